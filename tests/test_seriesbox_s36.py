"""The blog's own boxes between a review's paragraphs (bpseries36, ``seriesbox``), on pages of my own making.

- a series line: a box holding a bold label, then only the series' other posts (the site's own links or none, or
  numbered parts) between marks;
- a label over a list of the site's own links, the two alone in a box;
- a price box: two prices or more in a line set apart, or a bid to buy naming a shop with a price.
"""

import pytest

from scraper.extract import extract_page

_PARAS = [
    "The novel follows a ferryman who keeps a ledger of every passenger he has carried across the estuary for forty "
    "years, and the winter he starts to notice that some of the names repeat.",
    "The prose is plain and patient, and the author trusts the small details to do the work: the tide tables pinned "
    "by the door, the price of diesel, the dog that will only sit on the left of the bench.",
    "The last chapters lose a little of that patience and hurry to a reunion the book had not earned, but the ledger "
    "itself stayed with me for days after I closed it, and I will be lending it out all year.",
]
_URL = "https://estuarypages.example.net/2026/11/the-ferrymans-ledger/"
_TITLE = "The Ferryman's Ledger by Ines Varga: a review"


def _page(middle="", tail=""):
    ps = [f"<p>{p}</p>" for p in _PARAS]
    return (f"<html lang='en'><head><meta charset='utf-8'><title>{_TITLE}</title></head><body>"
            f"<header><a href='/'>Estuary Pages</a></header><article class='post'><h1 class='entry-title'>{_TITLE}</h1>"
            f"<div class='entry-content'>{ps[0]}{ps[1]}{middle}{ps[2]}"
            f"<p><strong>Rating:</strong> 4/5</p>{tail}</div></article></body></html>")


def _text(middle="", tail=""):
    return extract_page(_page(middle=middle, tail=tail), _URL).body_text


def _kept(text):
    return "tide tables" in text and "lending it out" in text


# series line


@pytest.mark.parametrize("box", [
    "<div class='project-box'><p><strong>My winter of river novels</strong>: <a href='/2026/10/the-weir/'>The Weir</a>"
    " · <a>Low Water</a> · <a>Salt Marsh</a></p></div>",
    "<div class='serie'><p><strong>Ma série « Fleuves et marées »</strong> : <a>Le Barrage</a> · <a>Low Water</a> · "
    "<a>Le Sel</a></p></div>",
    "<div class='column-index'><p><b>Sunday column</b> No. 12 | No. 13 | No. 14</p></div>",
])
def test_a_series_line_in_its_box_goes(box):
    text = _text(middle=box)
    assert "Low Water" not in text and "No. 13" not in text and "column" not in text.split("\n")[-1] and _kept(text)


@pytest.mark.parametrize("box, kept", [
    # links to another site's pages: the writer's citation
    ("<div class='aside'><p><strong>My winter of river novels</strong>: <a href='https://press.example.org/weir'>"
     "The Weir</a> · <a href='https://press.example.org/low'>Low Water</a> · <a href='https://press.example.org/salt'>"
     "Salt Marsh</a></p></div>", "Low Water"),
    # the label owns the books in the third person: the reviewer on the author's other books
    ("<div class='aside'><p><strong>Her earlier novels</strong>: <a>The Weir</a> · <a>Low Water</a> · <a>Salt Marsh"
     "</a></p></div>", "Low Water"),
    # items that are words, not the blog's posts nor numbered parts
    ("<div class='aside'><p><strong>The tides</strong>: spring · neap · ebb</p></div>", "neap"),
    ("<div class='aside'><p><strong>Chapters</strong> 1 | 2 | 3 | the coda</p></div>", "coda"),
    # a book's place in its series: the reading order, not the blog's numbered posts
    ("<div class='aside'><p><strong>Reading order</strong>: Book 1 · Book 2 · Book 3</p></div>", "Book 2"),
    # the same line in the review's own flow, no box of its own
    ("<p><strong>My winter of river novels</strong>: <a>The Weir</a> · <a>Low Water</a></p>", "Low Water"),
])
def test_a_line_that_is_not_the_series_box_stays(box, kept):
    assert kept in _text(middle=box)


# label over a list of the site's own links


def test_a_label_over_the_sites_own_links_in_a_box_goes():
    box = ("<div><p><b>More from the estuary shelf</b></p><ul><li><a>Ten tidal novels</a></li>"
           "<li><a href='/2026/09/the-weir/'>The Weir, reread</a></li></ul></div>")
    text = _text(middle=box)
    assert "estuary shelf" not in text and "Ten tidal novels" not in text and _kept(text)


@pytest.mark.parametrize("box, kept", [
    # the list's items are no links: the review's own list under its label
    ("<div><p><b>The ledger's columns</b></p><ul><li>Name</li><li>Fare</li></ul></div>", "Fare"),
    # the label a sentence of the review's, over the list
    ("<div><p>Two of her others stayed with me longer.</p><ul><li><a>The Weir</a></li><li><a>Low Water</a></li></ul>"
     "</div>", "stayed with me"),
])
def test_a_list_that_is_not_the_blogs_widget_stays(box, kept):
    assert kept in _text(middle=box)


# price box


@pytest.mark.parametrize("box, gone", [
    ("<div class='copies'><p><b>Find a copy:</b> paperback £8.99 at the corner bookshop, ebook £4.99.</p></div>",
     "£8.99"),
    ("<p><b>Pris</b>: inbunden 249 kr, pocket 119 kr.</p>", "249 kr"),
    ("<p>Order it from your local bookshop: hardback 22 €.</p>", "22 €"),
])
def test_a_price_box_goes(box, gone):
    text = _text(middle=box)
    assert gone not in text and _kept(text)


@pytest.mark.parametrize("line, kept", [
    # the review on what the book costs, in its own paragraph
    ("<p>The hardback costs £25 and the paperback £9.99, and for once the paperback has the better cover.</p>",
     "better cover"),
    # two prices under a label, and the reviewer's opinion in a clause of its own
    ("<p><b>Editions:</b> the hardback is £25 and the paperback £9.99, and the paperback has the better cover.</p>",
     "better cover"),
    ("<div class='aside'><p>The hardback is £25 and the paperback £9.99, and the paperback has the better cover.</p>"
     "</div>", "better cover"),
    # one price under a bold lead: the reviewer's aside, no shop's line
    ("<p><b>Worth it:</b> at £9.99 this is a bargain for six hundred pages of tides and ledgers.</p>", "a bargain"),
    # a shop named with a price, but no bid to buy: the reviewer's tip
    ("<div class='aside'><p><b>Find it:</b> at the harbour bookshop, or from the publisher for £12.</p></div>", "harbour"),
    # a bid to buy with a shop and a price, but the reviewer's advice: no colon over a list of prices
    ("<p>Buy it from the harbour bookshop if you can, it costs £12 and is worth every penny of it.</p>", "every penny"),
    # a sentence about buying with no bid: the reviewer's story
    ("<p>I bought mine at the harbour bookshop for £3, a battered copy with someone's tide notes in the margin.</p>",
     "battered copy"),
])
def test_the_reviews_sentence_about_prices_stays(line, kept):
    assert kept in _text(middle=line)


# events listing (``eventlist``)

_EVENTS = ("<div class='side-module'><h3>At the boathouse</h3><ul><li>4 March, 7 pm – the estuary reading circle, "
           "upstairs</li><li>11 March – book swap on the jetty</li></ul></div>")


def test_an_events_listing_after_the_review_goes():
    text = _text(tail=_EVENTS)
    assert "book swap" not in text and "boathouse" not in text and "Rating: 4/5" in text and _kept(text)


@pytest.mark.parametrize("middle, tail, kept", [
    # the book's chronology, the review going on after it
    (_EVENTS, "", "book swap"),
    # dated lines with no hour: the story's timeline after the review
    ("", "<div><h3>The ledger's winter</h3><ul><li>4 March – the first repeated name</li><li>11 March – the storm"
         "</li></ul></div>", "the storm"),
    # lines that do not open on a date
    ("", "<div><h3>At the boathouse</h3><ul><li>The reading circle meets at 7 pm upstairs</li><li>Book swap on the "
         "jetty after 8 pm</li></ul></div>", "Book swap"),
])
def test_a_dated_list_that_is_no_programme_stays(middle, tail, kept):
    assert kept in _text(middle=middle, tail=tail)
