"""``bookfirstrow.headed_rows``: a box closing the post, its head line over an author's row and a score row, is a
book's record when the head is a title ("T" / "Author: A" / "Rating: 4/5"), not when it is the box's own heading
("Final Thoughts", "Mein Fazit", "まとめ", "Conclusión", "Итог"). Invented titles and names."""

from __future__ import annotations

from lxml import html

from scraper.extract.bookfirstrow import headed_rows

_TEXT = ["A harbour clerk keeps the books through one long winter, and the book keeps pace with her.",
         "The middle drags a little, but the last chapters pay back the patience."]


def _box(head: str, author: str, score: str):
    root = html.fromstring(f"<article>{''.join(f'<p>{t}</p>' for t in _TEXT)}<div class='box'><p>{head}</p>"
                           f"<p>{author}</p><p>{score}</p></div></article>")
    return headed_rows(_TEXT + [head, author, score], root)


def test_title_heads_read():
    for head, author, score in (("The Copper Gate", "Author: Teodor Brask", "Rating: 4/5"),
                                ("Die Schleuse", "Autorin: Eva Lindner", "Bewertung: 4/5"),
                                ("灯台の冬", "著者：青木光", "評価：4/5")):
        rows = _box(head, author, score)
        assert rows and rows[0] == ("title", head), head


def test_box_headings_are_no_titles():
    for head, author, score in (("Final Thoughts", "Author: Teodor Brask", "Rating: 4/5"),
                                ("Mein Fazit", "Autorin: Eva Lindner", "Note: 2"),
                                ("まとめ", "著者：青木光", "評価：4/5"),
                                ("Conclusión", "Autora: Inés Prat", "Puntuación: 4/5"),
                                ("Итог", "Автор: Илья Орлов", "Оценка: 4/5"),
                                ("Mon avis", "Auteur : Paul Roy", "Note : 4/5")):
        assert _box(head, author, score) == [], head
