"""The site's plea for support in shapes the plea rules missed (``supportasides``, bpplea37): a boxed bid to become a
member with a reason (money or the site's name), a drink stood for the writer in a box, help with the site's costs in a
box naming the site by its kind, a drink for the writer beside a payment service or its address in any paragraph, a
closing line whose condition is the reader's wanting for the site by its kind with money or no ads in that clause, and
the site's name inflected with a changed stem."""

import pytest

from scraper.extract import extract_page

_PARAS = [
    "A retired ferryman rows a stranger across the estuary every night for a month, and the novel is the record of "
    "their talk, one crossing to a chapter, until the stranger stops turning up at the jetty.",
    "The prose is plain and tidal, and the writer has a fine ear for the way two tired men avoid a subject, though "
    "the flashbacks to the ferryman's marriage are laid on a little too thickly for my taste.",
    "I read it in two evenings and have been thinking about the last crossing ever since, which is the best thing I "
    "can say about any short novel this year.",
]
_URL = "https://tidewaterleaves.example.net/2026/12/the-last-crossing/"
_HEAD = ("<html lang='{lang}'><head><meta charset='utf-8'><title>The Last Crossing | Tidewater Leaves</title>"
         "<link rel='canonical' href='" + _URL + "'></head>"
         "<body><header><a href='/'>Tidewater Leaves</a></header><article class='post'><h1 class='entry-title'>The "
         "Last Crossing</h1><div class='entry-content'>")


def _text(middle="", end="", lang="en", score="<p>Rating: 4/5</p>", url=_URL, head=_HEAD):
    ps = [f"<p>{p}</p>" for p in _PARAS]
    page = head.format(lang=lang) + f"{ps[0]}{middle}{ps[1]}{ps[2]}{score}{end}</div></article></body></html>"
    return extract_page(page, url).body_text


def _kept(text):
    return all(p[:40] in text for p in _PARAS)


# -- a boxed bid to become a member, with money or the site's name as its reason ---------------------------------

@pytest.mark.parametrize("middle, gone, lang", [
    # a callout: the bidding to join opens the line, a drink offered as the other way to give
    ("<div class='callout-card'><div class='callout-text'>Become a member of the circle and get our monthly picks. A "
     "tea through the wallet app is welcome too.</div></div>", "wallet app", "en"),
    ("<div class='note-box'><p><em>Deveniți membru al cercului și primiți lecturile lunii. O cafea plătită prin "
     "portofel ne bucură.</em></p></div>", "portofel", "ro"),
])
def test_a_boxed_membership_bid_with_a_drink_goes(middle, gone, lang):
    text = _text(middle=middle, lang=lang)
    assert gone not in text and _kept(text)


def test_a_boxed_membership_bid_naming_the_platform_goes():
    middle = ("<div class='pull'><p><em>Readers of the shelf get a bonus piece each month. Hakka Tidewateri liikmeks, et "
              "lugeda kõike.</em></p></div>")
    text = _text(middle=middle)
    assert "liikmeks" not in text and _kept(text)


def test_a_boxed_story_line_on_joining_a_coffee_club_stays():
    # the story's club: a membership told, not bidden at a sentence's head, and no site named
    middle = ("<div class='pull'><p><em>The ferryman's wife tells him to become a member of the harbour choir and "
              "buy the singers a coffee after.</em></p></div>")
    text = _text(middle=middle)
    assert "harbour choir" in text


def test_a_boxed_membership_bid_without_a_reason_stays():
    middle = "<div class='pull'><p><em>Become a member of your own town's rowing society; I did.</em></p></div>"
    text = _text(middle=middle)
    assert "rowing society" in text


# -- a drink stood for the writer, boxed --------------------------------------------------------------------------

def test_a_boxed_drink_for_the_writer_goes():
    middle = ("<p class='wp-block-paragraph'><em>Buy me a bottled iced tea from the corner shop? Every coin ends up as "
              "more secondhand books here.</em></p>")
    text = _text(middle=middle)
    assert "iced tea" not in text and _kept(text)


def test_a_boxed_story_drink_stays():
    middle = ("<p class='wp-block-paragraph'><em>The stranger would buy me a tea, the ferryman says, if he ever had a "
              "coin in his coat.</em></p>")
    text = _text(middle=middle)
    assert "ever had a coin" in text


# -- help with the site's costs, boxed, the site by its kind --------------------------------------------------------

def test_a_boxed_help_with_the_costs_of_the_site_goes():
    middle = ("<div class='wp-block-group has-background' style='background:#eee'><p>Everything on this website stays "
              "free. If you want to help with the costs of review copies and train tickets, the About page has a "
              "link.</p></div>")
    text = _text(middle=middle)
    assert "train tickets" not in text and _kept(text)


def test_a_boxed_costs_line_of_the_story_stays():
    middle = ("<div class='wp-block-group has-background' style='background:#eee'><p>The parish helps with the cost of "
              "the funeral, and the ferryman never forgives it.</p></div>")
    text = _text(middle=middle)
    assert "never forgives it" in text


# -- a drink for the writer beside a payment service or its address, any paragraph -----------------------------------

@pytest.mark.parametrize("middle, gone, lang", [
    ("<p>Kup mi kawę przez suportuj.example, jeśli lubisz ten blog. Wszystko idzie na książki.</p>",
     "suportuj", "pl"),
    ("<blockquote>Se la recensione ti è servita, puoi offrirmi un caffè su PayPal: trovi il link in fondo. Grazie!"
     "</blockquote>", "PayPal", "it"),
])
def test_a_drink_for_the_writer_by_a_payment_service_goes(middle, gone, lang):
    text = _text(middle=middle, lang=lang)
    assert gone not in text and _kept(text)


def test_a_drink_for_the_writer_without_a_service_stays():
    middle = "<p>„Kup mi kawę” – mówi przewoźnik do nieznajomego, a ten tylko się śmieje i wsiada do łodzi.</p>"
    text = _text(middle=middle, lang="pl")
    assert "przewoźnik" in text


def test_a_drink_for_the_writer_by_a_service_in_no_box_naming_no_site_stays():
    # (a plain paragraph between the review's: whose coffee it is stays unsaid; test_coffeeask_h43 keeps such a line)
    middle = "<p>Kup mi kawę przez BLIK, mówi przewoźnik, i dopiero wtedy zaczyna opowiadać o żonie.</p>"
    text = _text(middle=middle, lang="pl")
    assert "opowiadać o żonie" in text


def test_a_drink_paid_by_a_service_in_the_story_stays():
    middle = "<p>The stranger pays for his coffee with PayPal at the jetty kiosk, which dates the novel nicely.</p>"
    text = _text(middle=middle)
    assert "jetty kiosk" in text


# -- the closing line: the reader's wanting for the site by its kind, money or no ads in that clause -------------------

def test_a_closing_wanting_for_the_blog_line_goes():
    end = ("<p>If you want to keep this blog free of ads, the town library's friends take donated paperbacks every "
           "Saturday.</p>")
    text = _text(end=end)
    assert "donated paperbacks" not in text and _kept(text)


def test_a_closing_review_line_naming_the_blog_stays():
    end = "<p>If you loved this blog's last pick, the donation scene near the end will break you all over again.</p>"
    text = _text(end=end)
    assert "break you all over again" in text


def test_a_closing_wanting_line_on_another_blog_stays():
    end = "<p>If you want to keep up with the author's blog, she posts ad-free notes on every chapter she cut.</p>"
    text = _text(end=end)
    assert "every chapter she cut" in text


# -- the site's name inflected with a changed stem (Finnish consonant gradation) ---------------------------------

_FI_URL = "https://lukutuvat.example.fi/2026/11/matka.html"
_FI_HEAD = ("<html lang='{lang}'><head><meta charset='utf-8'><title>Lukutuvat: Matka</title><link rel='canonical' "
            "href='" + _FI_URL + "'></head><body><header><h1><a href='https://lukutuvat.example.fi/'>Lukutuvat</a>"
            "</h1></header><article class='post'><h3 class='entry-title'>Matka</h3><div class='entry-content'>")


def test_a_boxed_support_line_naming_the_site_inflected_goes():
    middle = "<div><i>Jos haluat tukea Lukutupia, lainaa kirja kirjastosta ja kerro siitä ystävälle.</i></div>"
    text = _text(middle=middle, lang="fi", url=_FI_URL, head=_FI_HEAD)
    assert "tukea" not in text and _kept(text)


def test_a_boxed_line_naming_a_lookalike_word_stays():
    middle = "<div><i>Tukea hän ei saa keneltäkään, ja luku tuntuu pitkältä kuin talvi.</i></div>"
    text = _text(middle=middle, lang="fi", url=_FI_URL, head=_FI_HEAD)
    assert "talvi" in text


def test_a_boxed_drink_asked_in_a_characters_quoted_words_stays():
    middle = ("<div class='aside-note'><p>At the jetty she laughs «buy me a tea first» and the ferryman pretends not "
              "to hear.</p></div>")
    text = _text(middle=middle)
    assert "pretends not" in text
