"""A library catalogue's title page whose record rows are set as a label cell beside its value's (two divs, a dt and its
dd: holdingsrecord._paired_label), with a staff pick's panel and a patrons' panel each holding one short note, and a
community average line ("Average 4.2 of 5 from 88 ratings · Log in to rate"): a record, no review
(holdingsrecord.noted_record). Near misses: a blog's review with an info box of the same rows and a short comment under
it, and a record page whose own words give its writer's score.

Every page here is invented for these tests (invented libraries, books and lines, in our own words).
"""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.holdingsrecord import noted_record

_COPIES = ('<table class="copies"><thead><tr><th>Branch</th><th>Shelf</th><th>Status</th></tr></thead><tbody>'
           '<tr><td>Central - Fiction</td><td>F MARLOW</td><td>Available</td></tr>'
           '<tr><td>Harbour Branch</td><td>F MARLOW</td><td>On loan</td></tr></tbody></table>')


def _record(rows: str, lang: str = "en", pick: str = "", patron: str = "", average: str = "") -> str:
    return (f'<html lang="{lang}"><head><title>The Salt Lamp</title></head><body class="module-Record">'
            '<div id="top"><a href="/">County Libraries</a> <a href="/account">Sign in</a></div>'
            '<div id="record"><h1>The Salt Lamp</h1><div class="byline">by Ruth Marlow</div>'
            f'{rows}<div id="summary"><h2>Summary</h2><p>A keeper\'s daughter on a northern island finds her '
            'mother\'s letters hidden in the lamp room and sets out to learn why the light failed one winter night '
            f'long ago.</p></div>'
            f'<div id="staff-review-box"><h2>Staff pick</h2><p>{pick}</p></div>'
            f'<div id="holdings">{_COPIES}</div><button>Place hold</button>'
            f'<div id="ratings"><h2>Ratings</h2><p>{average}</p></div>'
            '<div id="patron-reviews"><h2>Reviews</h2><div class="review">'
            f'<p class="who">Reviewed by Maria K. on 2 March 2026</p><p>{patron}</p>'
            '</div></div></div></body></html>')


_DIV_ROWS = "".join(f'<div class="row"><div class="label">{label}</div><div class="value">{value}</div></div>'
                    for label, value in (("Publisher:", "Northlight Press, 2019"), ("Format:", "Book · eBook"),
                                         ("Description:", "312 pages ; 22 cm"), ("Subjects:", "Islands -- Fiction")))
_PICK = "A quiet book our reading groups keep asking for. Try it on a stormy weekend. — Tom, Harbour Branch"
_PATRON = "Read it for my group and could not stop, we talked about the ending for an hour."
_AVERAGE = "Average 4.2 of 5 from 88 ratings · Log in to rate this title"


def test_record_with_div_rows_panels_and_an_average_is_no_review():
    page = _record(_DIV_ROWS, pick=_PICK, patron=_PATRON, average=_AVERAGE)
    assert noted_record(lxml_html.fromstring(page))
    record = extract_page(page, "https://catalogue.countylib.example/Record/b20045")
    assert not record.is_review, record.reason


def test_record_with_dt_dd_rows_in_german():
    rows = "<dl>" + "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in (
        ("Verlag:", "Nordlicht, 2019"), ("Umfang:", "312 Seiten"), ("Schlagwörter:", "Insel ; Roman"),
        ("Sprache:", "Deutsch"))) + "</dl>"
    page = _record(rows, "de",
                   pick="Ein stilles Buch, das unsere Lesekreise immer wieder ausleihen. — Tom, Filiale Hafen",
                   patron="Für meinen Lesekreis gelesen und nicht mehr weggelegt, toll.",
                   average="Durchschnitt 4,2 von 5 aus 88 Bewertungen · Anmelden zum Bewerten")
    assert noted_record(lxml_html.fromstring(page))


def test_record_with_div_rows_in_french():
    rows = "".join(f'<div class="ligne"><span class="lib">{label}</span> <div class="val">{value}</div></div>'
                   for label, value in (("Éditeur :", "Nordlumière, 2019"), ("Format :", "Livre · Livre numérique"),
                                        ("Collation :", "312 p. ; 22 cm"), ("Sujets :", "Îles -- Romans")))
    rows = rows.replace('<span class="lib">', '<div class="lib">').replace("</span>", "</div>")
    page = _record(rows, "fr",
                   pick="Un livre calme que nos clubs de lecture redemandent sans cesse. — Tom, annexe du port",
                   patron="Lu pour mon club et impossible de le lâcher, superbe fin.",
                   average="Moyenne 4,2 sur 5 de 88 avis · Connectez-vous pour noter")
    assert noted_record(lxml_html.fromstring(page))


def test_own_score_on_the_record_page_is_left_alone():
    own = "My verdict as your branch librarian: 4/5, a quiet and lovely book to share with a reading group."
    page = _record(_DIV_ROWS, pick=_PICK, patron=_PATRON, average=own)
    assert noted_record(lxml_html.fromstring(page)) is None


def test_blog_review_with_an_info_box_and_a_short_comment_stays_a_review():
    prose = ("I read The Salt Lamp by Ruth Marlow over a long wet weekend and it was exactly the book for it. Marlow "
             "writes the island as a place that keeps its secrets in plain sight: the lamp room, the mother's letters "
             "in the oil store, the neighbours who go quiet when the daughter asks about that winter. ")
    paragraphs = [prose, "The middle third drags a little, and the boat scenes are less sure than the house scenes, "
                  "but Marlow's daughter is one of the most stubborn and likeable narrators I have met this year. "
                  "The ending is quiet, and right, and it made me want to read everything she has written.", prose]
    page = ('<html lang="en"><head><title>The Salt Lamp by Ruth Marlow</title></head><body class="single-post">'
            '<article><h1 class="entry-title">The Salt Lamp by Ruth Marlow</h1><div class="entry-content">'
            f'<div class="book-info">{_DIV_ROWS}</div>' + "".join(f"<p>{p}</p>" for p in paragraphs)
            + '</div></article><div id="comments"><div class="comment-review"><p class="who">Ana</p>'
            '<p>Adding this to my list, it sounds like the perfect winter book for me.</p></div></div></body></html>')
    record = extract_page(page, "https://wetweekends.example/2026/11/the-salt-lamp/")
    assert record.is_review, record.reason
