"""A picture's credit is no linked book (rev30a): ``bookopening.marked_paragraphs`` reads "<a><b>T</b> by A</a>" as a
set-off title and its by-line, but not after a picture credit's label ("Header image:", "Imagen:", "Foto:",
"Illustration :", "Ảnh:", in leadpicture.PICTURE_LABEL's languages): that link names a photo and its photographer.
Still read: the same link after a reading verb or a label of reading, beside a cover picture, in en, es, de, fr.

Every line here is invented for these tests (invented books, pictures and people, in our own words).
"""

from __future__ import annotations

from lxml.html import fromstring

from scraper.extract import extract_page
from scraper.extract.bookopening import marked_paragraphs


def _first(html: str) -> str:
    return marked_paragraphs(fromstring(f"<div>{html}</div>"))[0]


def test_a_picture_credit_keeps_its_link_whole():
    assert _first('<p><img src="a.jpg"> Cover photo: <a href="https://pics.example.com/u/ol"><b>Low Tide</b> by '
                  'Ola Brenner</a> via a free library.</p>') \
        == "Cover photo: “Low Tide by Ola Brenner” via a free library."
    assert _first('<p>Imagen: <a href="https://fotos.example.es/pablo"><em>Niebla de enero</em> de Pablo Rus</a>, '
                  'con licencia libre.</p>') == "Imagen: “Niebla de enero de Pablo Rus”, con licencia libre."
    assert _first('<p>Foto: <a href="https://bild.example.de/k"><strong>Morgen am Deich</strong> von Kai Lorenz</a>'
                  '</p>') == "Foto: “Morgen am Deich von Kai Lorenz”"
    assert _first('<p>Illustration : <a href="https://art.example.fr/m"><i>Pluie sur Brest</i> par Malo Quéré</a>.'
                  '</p>') == "Illustration : “Pluie sur Brest par Malo Quéré”."
    assert _first('<p>Ảnh: <a href="https://anh.example.vn/t"><b>Sương sớm</b> của Trần Vy</a></p>') \
        == "Ảnh: “Sương sớm của Trần Vy”"


def test_a_linked_book_is_still_read():
    assert _first('<p><img src="cover.jpg"> Read this month: <a href="/b/1"><strong>The Kiln Road</strong> by Ivo '
                  'Marsh</a>.</p>') == "Read this month: “The Kiln Road” by Ivo Marsh."
    assert _first('<p>Acabé <a href="/l/2"><em>El patio de los tilos</em> de Clara Onís</a> en dos tardes.</p>') \
        == "Acabé “El patio de los tilos” de Clara Onís en dos tardes."
    assert _first('<p>Gelesen: <a href="/b/3"><b>Das Haus am Wehr</b> von Greta Sommer</a>.</p>') \
        == "Gelesen: “Das Haus am Wehr” von Greta Sommer."
    assert _first('<p>Terminé <a href="/l/4"><i>La baie des ardoises</i> par Yann Morvan</a> hier.</p>') \
        == "Terminé “La baie des ardoises” par Yann Morvan hier."


_TRIP = """<html><head><title>Two days on the coast</title></head><body><article class="post"><h1>Two days on the
coast</h1><div class="entry-content">
<p><img src="coast.jpg"> Top photo: <a href="https://pics.example.com/@rk"><strong>Grey Harbour</strong> by Rhea
Kell</a> on a free picture site.</p>
<p>We took the early train to the coast on Saturday and walked the cliff path until our legs gave up. The wind never
stopped, and the chips at the harbour were the best I have had in years.</p>
<p>On Sunday we hired bikes and rode to the lighthouse, then sat in a tiny cafe while the rain came sideways off the
sea. I slept the whole way home.</p>
<p>The guesthouse gets 4/5 from me: clean, warm and a landlady who knew every bird on the shore.</p>
</div></article></body></html>"""


def test_a_travel_posts_photo_credit_is_no_book():
    record = extract_page(_TRIP, "https://days.example.net/2026/10/two-days-on-the-coast/")
    assert (record.book_title, record.book_author) != ("Grey Harbour", "Rhea Kell")
    assert record.book_author != "Rhea Kell"
