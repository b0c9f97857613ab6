"""Related-post lines the s35 rules read (bprelated35), on pages of my own making.

- ``taillinklist._published_here``: a Ghost bookmark card with no address whose publisher line is the site's own name
  (its masthead's link home) is the blog's pointer to another of its posts.
- ``alsolead``: a 'read also' label's links with the marks between them, or with no address; a bold label that runs
  on past the label's words; a label over a list whose every item is one of the site's own links.
"""

import pytest

from scraper.extract import extract_page

_PARAS = [
    "The novel follows two sisters who inherit a failing orchard in the hills above the river and spend one long "
    "summer deciding whether to sell it to the developer who keeps calling.",
    "The writing is unhurried and exact, and the author is very good on the small economies of a farm: the price of "
    "a crate, the cost of a broken pump, the favours owed between neighbours.",
    "The ending is quieter than I expected and a little abrupt, but I closed the book wanting to walk those rows of "
    "trees myself, and I will be pressing it on friends all winter.",
]
_URL = "https://orchardpages.example.org/2026/12/the-orchard-summer/"
_TITLE = "Review: The Orchard Summer by Mara Lindqvist"


def _page(tail="", middle="", site="Orchard Pages"):
    ps = [f"<p>{p}</p>" for p in _PARAS]
    return (f"<html lang='en'><head><meta charset='utf-8'><title>{_TITLE}</title></head><body>"
            f"<header class='gh-head'><a class='gh-head-logo' href='/'>{site}</a><nav><a>Home</a><a>About</a></nav>"
            f"</header><article class='post'><h1 class='article-title'>{_TITLE}</h1><section class='gh-content'>"
            f"{ps[0]}{ps[1]}{middle}{ps[2]}{tail}</section></article></body></html>")


def _card(title, publisher, href=""):
    link = f" href='{href}'" if href else ""
    return (f"<figure class='kg-card kg-bookmark-card'><a class='kg-bookmark-container'{link}><div "
            f"class='kg-bookmark-content'><div class='kg-bookmark-title'>{title}</div><div class='kg-bookmark-"
            f"description'>A second look at an old favourite.</div><div class='kg-bookmark-metadata'><span "
            f"class='kg-bookmark-publisher'>{publisher}</span></div></div></a></figure>")


def _text(tail="", middle="", **kw):
    return extract_page(_page(tail=tail, middle=middle, **kw), _URL).body_text


def test_a_card_published_by_the_site_itself_goes():
    text = _text(tail=_card("Another orchard novel, reread", "Orchard Pages"))
    assert "orchard novel, reread" not in text and "second look" not in text and "all winter" in text


@pytest.mark.parametrize("card", [
    _card("The author's essay on apple farming", "The Harvest Quarterly"),  # (another site's name)
    _card("Orchard Pages at the book fair", "Orchard Pages", href="https://bookfair.example.com/orchard-pages"),
])
def test_a_card_for_another_sites_page_stays(card):
    assert "second look" in _text(tail=card)


def test_read_also_links_between_marks_go():
    text = _text(tail="<p><strong>Read also:</strong> <a>Winter in the valley</a> · <a>Five farm novels</a></p>")
    assert "Winter in the valley" not in text and "Five farm novels" not in text and "all winter" in text


def test_read_also_with_words_of_its_own_between_the_links_stays():
    line = "<p><strong>Read also:</strong> <a>Winter in the valley</a> · which I liked rather less than this one</p>"
    assert "rather less" in _text(tail=line)


def test_a_bold_label_running_on_past_its_words_goes():
    text = _text(tail="<p><b>Read also, from the archive</b> <a>Winter in the valley</a></p>")
    assert "Winter in the valley" not in text and "from the archive" not in text


@pytest.mark.parametrize("line, kept", [
    ("<p><b>Read also</b> the afterword, which <a>the translator</a> wrote for the new edition in 2019.</p>", "afterword"),
    ("<p><b>See also how the translator handled the songs</b> <a>in the appendix</a></p>", "handled the songs"),
])
def test_a_bold_lead_that_is_the_reviews_sentence_stays(line, kept):
    assert kept in _text(tail=line)


def test_a_label_over_a_list_of_the_sites_links_goes():
    box = ("<div class='more-box'><p><strong>Read also</strong></p><ul><li><a>Winter in the valley</a></li>"
           "<li><a href='/2026/10/five-farm-novels/'>Five farm novels</a></li></ul></div>")
    text = _text(middle=box)
    assert "Read also" not in text and "Five farm novels" not in text and "all winter" in text


@pytest.mark.parametrize("items", [
    "<li><a href='https://en.wikipedia.example.org/wiki/Orchard'>Orchard</a></li>"
    "<li><a href='https://press.example.com/orchard-summer'>The publisher's page</a></li>",
    "<li><a>Winter in the valley</a>, her first novel, about the same farm forty years earlier</li>",
])
def test_a_label_over_a_reading_list_stays(items):
    # (the label is kept: the list is the writer's reading list, not the site's pointer)
    assert "See also" in _text(middle=f"<p><strong>See also</strong></p><ul>{items}</ul>")


def test_a_label_over_a_title_whose_link_was_lost_goes_after_the_review():
    text = _text(tail="<p>📚 Read also: Winter in the valley, revisited</p>")
    assert "Winter in the valley" not in text and "all winter" in text


@pytest.mark.parametrize("tail, middle, kept", [
    ("<p>See also: the afterword, which explains the ending.</p>", "", "explains the ending"),
    ("", "<p>Read also: Winter in the valley, revisited</p>", "Winter in the valley"),  # (between the paragraphs)
])
def test_a_sentence_after_the_label_or_a_title_between_paragraphs_stays(tail, middle, kept):
    assert kept in _text(tail=tail, middle=middle)


def test_a_plain_see_also_over_a_link_that_leads_nowhere_stays():
    # (no bold label: the reviewer's pointer, readalsoline's to judge; the bold one above goes)
    assert "her first novel" in _text(tail="<p>See also: <a>her first novel</a> · <a>her essays</a></p>")
