"""A book box closing a review: the bare title on a line of its own over the author's row and the reviewer's score
("T" / "Author: A" / "Rating: 4/5"), the box set apart as an element of its own (``bookfirstrow.headed_rows``): the
score's label in any language (``ratingwords``) counts as the record's second row, and a head that is the first
element of a box holding only it and the rows is set apart as a bold one is. Near misses: the head line a paragraph of
the post itself, a box holding more than the record, a row that is neither a fact nor a score, a line of thanks.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

import lxml.html

from scraper.extract.bookfirstrow import headed_rows

_PROSE = "A long paragraph of the review itself, about the harbour town and the people in it, ending here."


def _post(*box: str, boxed: bool = True) -> tuple[list[str], object]:
    inner = "".join(f"<p>{line}</p>" for line in box)
    html = f"<div class='post'><p>{_PROSE}</p>" + (f"<div class='info'>{inner}</div>" if boxed else inner) + "</div>"
    return [_PROSE, *box], lxml.html.fromstring(html)


def test_box_in_four_languages():
    lines, root = _post("潮風のカップ", "著者: 森田沙耶", "評価: ★★★★☆")
    assert headed_rows(lines, root) == [("title", "潮風のカップ"), ("著者", "森田沙耶")]
    lines, root = _post("바다의 우체국", "저자: 윤서아", "평점: 4/5")
    assert headed_rows(lines, root) == [("title", "바다의 우체국"), ("저자", "윤서아")]
    lines, root = _post("नदी का घर", "लेखक: रमाकांत वर्मा", "मेरी रेटिंग: 4/5")
    assert headed_rows(lines, root) == [("title", "नदी का घर"), ("लेखक", "रमाकांत वर्मा")]
    lines, root = _post("La casa del faro", "Autora: Lucía Ferrán", "Puntuación: 8/10")
    assert headed_rows(lines, root) == [("title", "La casa del faro"), ("Autora", "Lucía Ferrán")]


def test_near_misses():
    # the head line is a paragraph of the post itself, not a box's
    lines, root = _post("La casa del faro", "Autora: Lucía Ferrán", "Puntuación: 8/10", boxed=False)
    assert headed_rows(lines, root) == []
    # the box holds more than the record (a note after the rows)
    lines = [_PROSE, "La casa del faro", "Autora: Lucía Ferrán", "Puntuación: 8/10"]
    root = lxml.html.fromstring(f"<div><p>{_PROSE}</p><div><p>La casa del faro</p><p>Autora: Lucía Ferrán</p>"
                                "<p>Puntuación: 8/10</p><p>Nos vemos la semana que viene</p></div></div>")
    assert headed_rows(lines, root) == []
    # a row that is neither a fact nor a score
    lines, root = _post("La casa del faro", "Autora: Lucía Ferrán", "Web: faro.example")
    assert headed_rows(lines, root) == []
    # a line of thanks over the rows
    lines, root = _post("Many thanks to Harbour Press", "Author: Ann Lee", "Rating: 4/5")
    assert headed_rows(lines, root) == []
