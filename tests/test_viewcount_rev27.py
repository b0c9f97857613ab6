"""counts.view_count_row: a row's count of views goes, a book record's count of the reader's own readings stays
(code review rev27: "Editorial Sirena · 288 páginas · Lecturas: 3" was removed as the post's view count)."""

import lxml.html
import pytest

from scraper.extract.counts import view_count_row


def _p(text: str):
    return lxml.html.fragment_fromstring(f"<p>{text}</p>")


@pytest.mark.parametrize("text", [
    "Editorial Sirena · 288 páginas · Lecturas: 3",  # es: read three times by the reviewer
    "Companhia das Letras · 312 páginas · Leituras: 2",  # pt
    "Adelphi · 240 pagine · Letture: 4",  # it
    "Gallimard · 198 pages · Lectures : 2",  # fr
])
def test_a_record_line_counting_the_readers_own_readings_stays(text):
    assert not view_count_row(_p(text))


@pytest.mark.parametrize("text", [
    "Rubriky: Kultura | Počet přečtení: 1 204x",  # cs
    "Kategorie: Bücher · Aufrufe: 532",  # de
    "Просмотров: 88",  # ru
    "Lượt xem: 1.204",  # vi
    "Posted in Books | 2,310 views",  # en
])
def test_a_row_with_the_posts_view_count_goes(text):
    assert view_count_row(_p(text))
