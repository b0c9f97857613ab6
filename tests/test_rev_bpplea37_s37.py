"""Misfires of ``supportasides`` (bpplea37) found by review rev-bpplea37: a novel's excerpt or a blurb in a quotation
box with a coffee and a service or address far from it, a story's "na kawę" beside a blog and an address, a boxed
story line helping with costs beside a blog, a closing "If you want to build a website …" of a how-to book, and a
boxed pull-quote bidding a named character to buy a drink."""

import pytest

from test_support_asides_s37 import _kept, _text


@pytest.mark.parametrize("middle, kept, lang", [
    # a novel's excerpt: the service told later in the sentence, not the way the drink is paid
    ("<blockquote>She texted him at midnight: buy me a coffee tomorrow and I will pay you back on Venmo, promise."
     "</blockquote>", "pay you back", "en"),
    # a blurb: the critic's address is its source, far from the drink
    ("<blockquote>Buy me a coffee and I will tell you about the warmest novel of the winter, says reviewer Ann Cole at "
     "readingroom.net</blockquote>", "warmest novel", "en"),
    # "na kawę" is going out for coffee, told in the sentence's middle
    ("<blockquote>Umówiłam się z przyjaciółką na kawę przez messenger.com i od razu zaczęłyśmy rozmawiać o tej książce."
     "</blockquote>", "przyjaciółką", "pl"),
    ("<p>Bohaterka prowadzi bloga o kawiarniach i co rano chodzi na kawę do kafejka.pl, gdzie poznaje Marka.</p>",
     "poznaje Marka", "pl"),
    ("<p>Hlavní hrdinka je blogerka, která zve čtenáře na kávu přes PayPal a z toho vznikne celý román.</p>",
     "celý román", "cs"),
])
def test_a_story_or_blurb_coffee_beside_a_service_stays(middle, kept, lang):
    text = _text(middle=middle, lang=lang)
    assert kept in text and _kept(text)


@pytest.mark.parametrize("middle, kept, lang", [
    ("<div class='callout'><p>Mara starts a blog to help cover the costs of her mother's care, and it goes viral.</p>"
     "</div>", "goes viral", "en"),
    ("<div class='wp-block-group has-background' style='background:#eee'><p>The club's new website helps with the costs "
     "of the annual outing, which is where the trouble starts.</p></div>", "trouble starts", "en"),
    ("<div class='infobox'><p>Die Heldin startet einen Blog, um die Kosten zu decken, die ihr das Café verursacht.</p>"
     "</div>", "verursacht", "de"),
])
def test_a_boxed_story_line_on_costs_beside_a_blog_stays(middle, kept, lang):
    text = _text(middle=middle, lang=lang)
    assert kept in text and _kept(text)


def test_a_closing_how_to_line_on_the_readers_own_website_stays():
    end = "<p>If you want to build a website that pays for itself through memberships, start with chapter four.</p>"
    assert "chapter four" in _text(end=end)


def test_a_boxed_pull_quote_bidding_a_character_stays():
    middle = "<div class='pullquote'><p>Buy me a beer, Harry, and I'll tell you where the body is.</p></div>"
    assert "where the body is" in _text(middle=middle)


def test_a_boxed_line_naming_a_word_sharing_the_sites_stem_stays():
    # (fi "lukutuntia", a reading lesson, shares six letters with the site "Lukutuvat" but no stem's gradation)
    from test_support_asides_s37 import _FI_HEAD, _FI_URL
    middle = "<div><i>Jos haluat tukea lukutuntia, lainaa kirja kirjastosta.</i></div>"
    text = _text(middle=middle, lang="fi", url=_FI_URL, head=_FI_HEAD)
    assert "lukutuntia" in text
