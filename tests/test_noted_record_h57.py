"""A catalogue's title page whose one reader's note is shorter than the record's own words (holdingsrecord.noted_record):
one h1, three label rows or more, a summary of its own, and in its readers' area (a box classed as reviews) one short
note with its stars: a record, no review. Pages of our own invention, in several languages; near misses: a reader's
review longer than the summary, a blog's comments, a page whose own words give a score, a page without record rows, a
review that runs past the note's length."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from scraper.extract.holdingsrecord import holdings_record

SUMMARY = {
    "en": ("A retired ferry captain takes one last winter crossing with his estranged daughter, and the weather, the "
           "cargo and the past all turn against them before they reach the northern harbour in the final chapter of "
           "this slim and quiet novel about the sea."),
    "de": ("Eine pensionierte Fährkapitänin fährt ein letztes Mal im Winter über den Sund, zusammen mit ihrer Tochter, "
           "mit der sie seit Jahren kaum gesprochen hat, und unterwegs holen beide die alten Geschichten ein, bis sie "
           "im Hafen ankommen und alles anders ist."),
    "es": ("Una capitana de transbordador jubilada hace un último cruce invernal con su hija, con la que apenas habla "
           "desde hace años, y el mal tiempo, la carga y los recuerdos se ponen en su contra antes de que lleguen al "
           "puerto del norte al final de esta novela breve."),
}
ROWS = {
    "en": ["Publisher: Harbour Lane Press", "Pages: 212", "ISBN: 9780000000017", "Shelf mark: F HAL"],
    "de": ["Verlag: Hafenweg", "Seiten: 212", "ISBN: 9780000000017", "Signatur: HAL"],
    "es": ["Editorial: Puerto Norte", "Páginas: 212", "ISBN: 9780000000017", "Signatura: N HAL"],
}
NOTE = {
    "en": "Borrowed it for our book group. Slow at first, but the last crossing had us all talking for an hour afterwards.",
    "de": "Für unseren Lesekreis ausgeliehen. Am Anfang zäh, aber die letzte Überfahrt hat uns danach eine Stunde lang beschäftigt.",
    "es": "Lo pedí para el club de lectura. Empieza lento, pero el último cruce nos tuvo hablando una hora después de la reunión.",
}
COPIES = """<div class="copies"><h2>Copies</h2><table><tr><th>Branch</th><th>Status</th></tr><tr><td>Central</td>
<td>On shelf</td></tr><tr><td>Harbour</td><td>On loan until 3 January</td></tr></table><a href="/hold/4411">Place a hold</a></div>"""
HEADS = {"en": "Reader reviews (1)", "de": "Leserrezensionen (1)", "es": "Reseñas de lectores (1)"}


def _page(lang: str, note: str | None = None, box: str = "reader-review", summary: str | None = None,
          rows: list[str] | None = None) -> str:
    copies = rows is None  # (a copies table of two columns counts as record rows too)
    rows = ROWS[lang] if rows is None else rows
    items = "".join(f"<li>{row}</li>" for row in rows)
    return f"""<html lang="{lang}"><head><title>Winter Crossing - Ann Marsh | City Library</title></head><body>
<header><nav><a href="/">Home</a> <a href="/catalogue">Catalogue</a></nav></header>
<main class="record"><div class="record__main"><h1>Winter Crossing</h1>
<p class="record__author"><a href="/search?author=Ann+Marsh">Ann Marsh</a></p>
<ul class="record__meta">{items}</ul>
{COPIES if copies else ""}
<section class="summary"><h2>Summary</h2><p>{SUMMARY[lang] if summary is None else summary}</p></section>
<section class="{box}s"><h2>{HEADS[lang]}</h2><div class="{box}">
<div class="{box}__head"><span class="stars" aria-label="4 / 5">★★★★☆</span> <span>Lena, member</span> <span>12.11.2026</span></div>
<p>{NOTE[lang] if note is None else note}</p></div></section>
</div></main><footer><p>City Library · Harbour Street 1</p></footer></body></html>"""


def _reason(page: str) -> str | None:
    from scraper.extract import nodes
    tree = lxml_html.fromstring(page)
    nodes.keep_attributes(tree)
    try:
        return holdings_record(tree)
    finally:
        nodes.forget_attributes()


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_a_record_with_one_short_readers_note_is_no_review(lang):
    page = _page(lang)
    assert "reader's note" in (_reason(page) or "")


LONG_NOTE = " ".join([NOTE["en"]] * 5)  # (a reader's review longer than the summary: the page's content, a review)


@pytest.mark.parametrize("page", [
    _page("en", note=LONG_NOTE),  # a reader's review past the note's length
    _page("en", box="comment"),  # a blog's comments, not a readers' area
    _page("en", summary=SUMMARY["en"] + " My rating: 4/5."),  # the page's own words give a score: its writer's
    _page("en", rows=["Pages: 212"]),  # no record of the book (one row, no copies table)
    # the summary shorter than the note, on a page that offers no library's copies (a table of them, a hold control: a
    # library's record holds a reader's short note whatever its summary, test_record_note_h69)
    _page("en", summary="A short blurb of the novel for the catalogue.", rows=ROWS["en"]),
])
def test_near_misses_are_left_alone(page):
    assert _reason(page) is None
