"""holdout50 round (helper body50): a byline under a kicker and a headline, a magazine's "by" line and subscription box,
a record's publisher row, and a catalogue's lone reader's review.

- datelines.dateline: the writer's labelled byline with a whole date right under the headline, a rubric line over the
  headline (the text not begun);
- namedbyline: "<by> Given Family" over the text, the family name never said again in it;
- memberask: the bid to take out a subscription with a periodical's reason (issues a year, to the reader's mailbox), and
  leadin: the review's last line is not the lead-in of an ask set in a box of its own;
- citedrecord.record_line: "Publisher: <house>, 496 pages" (two parts, the last a page count) is the record's;
- readerreview: a record table's author row under the h1's row, and the one reader's review of a list of one.
All text here is our own.
"""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.citedrecord import record_line
from scraper.extract.leadin import never_lead_in
from scraper.extract.memberask import member_plea
from scraper.extract.readerreview import book_header

P1 = ("The novel opens in a mountain village where the post bus has stopped coming, and the narrator, a retired teacher, "
      "spends the first chapters counting the letters that no longer arrive. It is slower than it needs to be, "
      "but the slowness has a purpose that the second half makes clear.")
P2 = ("What lifts the book is its patience with small things: a stove, a coat left on a chair, a goat that waits at the "
      "gate every evening. The prose never hurries and never shows off, and by the end I found the quiet almost loud. "
      "Some readers will want more plot; I did not.")
P3 = ("The translation keeps the long sentences of the original without making them heavy, which is harder than it "
      "looks, and the afterword explains the choices well. I would give it to anyone who liked the earlier stories "
      "about the same valley.")


def _page(head: str = "", tail: str = "", lang: str = "en", title: str = "Letters that stopped") -> str:
    return (f"<html lang='{lang}'><head><title>{title}</title></head><body><main class='page'>{head}"
            f"<div class='txt'><p>{P1}</p><p>{P2}</p><p>{P3}</p>{tail}</div></main></body></html>")


def _body(page: str) -> str:
    return extract_page(page, "https://magazine.example.org/reviews/letters-that-stopped").body_text


# datelines: a labelled byline under the headline, a kicker over it

def _news(row: str, lang: str, h2: str = "") -> str:
    return (f"<html lang='{lang}'><head><title>Letters</title></head><body><header><a href='/'>Home</a></header>"
            f"<div id='main' class='container'><div class='node-category'><a href='#'>Culture</a></div>"
            f"<h1 class='page-header'>Letters that stopped</h1>{'' if h2 else f'<div class=submitted>{row}</div>'}"
            f"<div class='field-name-body'><p>{P1}</p>{f'<h2>{h2}</h2><div>{row}</div>' if h2 else ''}<p>{P2}</p>"
            f"<div class='related-inline'><b>Read also:</b> <a href='#'>A fair opened</a></div><p>{P3}</p></div>"
            f"<div class='share-links'><a href='#'>Facebook</a> <a href='#'>X</a></div></div></body></html>")


def _news_body(page: str) -> str:
    return extract_page(page, "https://news.example.org/culture/1234").body_text


def test_labelled_byline_under_a_kicker_and_headline_goes():
    for lang, row in (("ps", "لیکوال: کریم خان ساپی | ۲ غويي ۱۴۰۵"), ("fa", "نویسنده: مریم احمدی | ۲۱ آذر ۱۴۰۵"),
                      ("de", "Text: Jana Beck | 3. Dezember 2026"), ("en", "Words: Ann Holt | 3 December 2026")):
        assert row not in _news_body(_news(row, lang)), lang


def test_a_byline_shaped_line_after_the_text_has_begun_stays():
    row = "Text: Jana Beck | 3. Dezember 2026"
    assert row in _news_body(_news(row, "de", h2="Ein Brief"))


# namedbyline: "<by> Given Family" over the text

def test_by_line_over_the_text_goes():
    for lang, line in (("nn", "Av Sigrid Hovland"), ("de", "Von Jana Beckmann"), ("fr", "Par Lucie Marchal"),
                       ("en", "By Tom Whitlow"), ("is", "Eftir Jón Þórsson")):
        head = f"<h1>Letters that stopped</h1><p class='intro'>A slow book, and a good one.</p><p class='who'>{line}</p>"
        assert line not in _body(_page(head, lang=lang)), lang


def test_by_line_naming_the_books_author_stays():
    # (the text speaks of the author again: the line is the book's, under its title)
    text = P1.replace("the narrator", "Hovland's narrator")
    page = (f"<html lang='nn'><head><title>T</title></head><body><main><h1>Letters that stopped</h1>"
            f"<p>Av Sigrid Hovland</p><div class='txt'><p>{text}</p><p>{P2}</p><p>{P3}</p></div></main></body></html>")
    assert "Av Sigrid Hovland" in _body(page)
    # (lower case, a sentence, not a name)
    head = "<h1>Letters that stopped</h1><p>by the sea, slowly</p>"
    assert "by the sea, slowly" in _body(_page(head))


# memberask and leadin: a subscription box closing the text's box

def test_subscription_ask_with_a_periodicals_reason():
    for text in ("Teikn abonnement på Fjellrom: fire nummer i året, rett i postkassa.",
                 "Subscribe to Stone Quarterly: four issues a year, straight to your letterbox.",
                 "Abonnieren Sie Bergblatt: vier Ausgaben im Jahr, direkt in Ihren Briefkasten.",
                 "Abonnez-vous à Pierre: quatre numéros par an.", "Tilaa Vuorilehti: neljä numeroa vuodessa."):
        assert member_plea(text), text
    for text in ("She decided to subscribe to four issues a year of a gardening paper.",
                 "Subscribe to Stone Quarterly.", "Tegn abonnement, sier moren, men han vil heller lese i biblioteket."):
        assert not member_plea(text), text


def test_the_note_before_a_boxed_subscription_ask_stays():
    note = "<p class='note'><em>Kritikaren har fått boka av forlaget.</em></p>"
    ask = "<div class='abo'><p>Teikn abonnement på Fjellrom: fire nummer i året, rett i postkassa.</p></div>"
    body = _body(_page(tail=note + ask, lang="nn"))
    assert "Kritikaren har fått boka av forlaget." in body
    assert "Teikn abonnement" not in body
    tree = lxml_html.fromstring(f"<div><p>{P1}</p><p>{P2}</p><p>A short last line.</p><div><p>Join us.</p></div></div>")
    last, ask_p = tree[2], tree[3][0]
    assert never_lead_in(last, list(tree[:2]), "", ask_p)
    # (the ask bare beside the line, no box of its own: the caller's lead-in rule decides as before)
    flat = lxml_html.fromstring(f"<div><p>{P1}</p><p>{P2}</p><p>A short last line.</p><p>Join us.</p></div>")
    assert not never_lead_in(flat[2], list(flat[:2]), "", flat[3])


# citedrecord: a publisher row of two parts

def test_publisher_row_with_a_page_count_is_a_record_line():
    for text in ("Izdavač: Vrelo, 312 strana", "Publisher: Harbour Books, 496 pages", "Verlag: Steinweg, 288 Seiten",
                 "Wydawnictwo: Zorza, ISBN 978-83-0000-000-0"):
        assert record_line(text), text
    for text in ("Verdict: slow, but worth it", "Note: I read it twice, 9/10", "Publisher: Harbour Books"):
        assert not record_line(text), text


# readerreview: a catalogue's record table and its one reader's review

REVIEW = ("I borrowed this because my brother said it was the strangest book on the shelf, and he was right. A family "
          "moves into a lighthouse and slowly stops talking to one another, and the sea does most of the talking instead. "
          "It is sad in places but never heavy, and the ending surprised me. I would give it to anyone who likes quiet books.")


def _catalogue(reviews: str) -> str:
    return ("<html lang='en'><head><title>Valley Library - The Lamp Keepers</title></head><body>"
            "<div id='head'><span>Valley Library</span><ul><li><a href='#'>Home</a></li><li><a href='#'>Search</a></li></ul></div>"
            "<div id='record'><table class='rec'>"
            "<tr><td rowspan='4'><img src='/c.jpg' alt='cover'></td><td>Title</td><td><h1>The Lamp Keepers</h1></td></tr>"
            "<tr><td>Author</td><td><a href='#'>Ross, Mary A., 1911-1988</a></td></tr>"
            "<tr><td>Publisher</td><td>Greyhouse</td></tr><tr><td>Status</td><td>On shelf (2 of 2)</td></tr></table>"
            "<div class='notice'>The library is closed on Monday for the holiday.</div>"
            f"<div id='userReviews'><h2>Reader Reviews</h2>{reviews}"
            "<p class='reviewNote'>All reviews are read by staff first.</p></div></div></body></html>")


def test_a_record_tables_author_row_under_the_h1s_row_makes_a_book_page():
    assert book_header(lxml_html.fromstring(_catalogue("")))
    # (a post's table with a dated row is none)
    dated = _catalogue("").replace("Greyhouse", "Greyhouse, 12.03.2026")
    assert not book_header(lxml_html.fromstring(dated))


def test_the_one_reader_review_of_a_catalogue_record_is_read_alone():
    item = (f"<div class='reviewItem'><div class='reviewHead'>Lee R. 04/11/2026</div><div class='reviewText'><p>★★★★☆</p><p>{REVIEW}</p></div></div>")
    record = extract_page(_catalogue(item), "https://valley.library.example.org/record/2231")
    assert record.kind == "review"
    assert REVIEW in record.body_text
    for gone in ("On shelf (2 of 2)", "Greyhouse", "closed on Monday", "Ross, Mary A.", "read by staff first"):
        assert gone not in record.body_text, gone
