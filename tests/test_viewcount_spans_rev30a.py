"""A row of spans is a count row only when each span is a short part (rev30a): ``counts.view_count_row`` reads a row
of elements side by side as the post's metadata ("By Ana · date · Views 3,211" each in a span) only when each element
holds four words at most and no sentence's stop. Prose pasted from a word processor, one span per phrase, with a count
of views or visits in one of them, is the writer's and stays (en, it, es, de, pt). Still read: rows of a name, a
date and a count in en, de, pl, es.

Every line here is invented for these tests (invented people and posts, in our own words).
"""

from __future__ import annotations

from lxml.html import fromstring

from scraper.extract.counts import view_count_row


def _row(html: str) -> bool:
    return view_count_row(fromstring(html))


def test_rows_of_short_parts_are_count_rows():
    assert _row('<p><span>By Tomas Reed</span> <span>2026.10.04</span> <span>Views 2,918</span></p>')
    assert _row('<p><span>Von Lene Voss</span> <span>4. Oktober 2026</span> <span>Aufrufe: 311</span></p>')
    assert _row('<div><span>Ola Nowak</span> <span>12.10.2026</span> <span>Wyświetleń: 88</span></div>')
    assert _row('<p><span>Ana Ruiz</span> <span>3 oct 2026</span> <span>1.204 visitas</span></p>')


def test_prose_pasted_as_spans_stays():
    assert not _row('<p><span>Then the strangest thing.</span> <span style="font-weight:700">3,100 views</span> '
                    '<span>on a post about soup.</span></p>')
    assert not _row('<p><span>Questo inverno ho fatto</span> <span>5 visite</span> <span>al museo, sempre con '
                    'mia sorella.</span></p>')
    assert not _row('<p><span>Sin aviso,</span> <span>900 visitas</span> <span>en una noche!</span></p>')
    assert not _row('<p><span>Plötzlich kamen</span> <span>2.000 Aufrufe</span> <span>über Nacht dazu.</span></p>')
    assert not _row('<p><span>No mês passado recebi</span> <span>40 visitas</span> <span>de leitores novos e '
                    'curiosos</span></p>')
