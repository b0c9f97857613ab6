"""covercaption.own_photo, narrowed (rev30b): "private" or "personal" in a caption's credit is no first person ("Foto:
privat", "Foto: archivo personal", "Foto: arquivo pessoal", "Photo : archives personnelles": a picture the pictured
person supplied, a press photo's credit), so such a caption goes as a desk's does; "own" and the first person still keep
one ("Foto: archivo propio", "Foto: mein privates Archiv"), now with Danish "mit" (before what it owns: German "mit" is
"with") and Czech "můj". Captions invented for these tests, in our own words."""

from __future__ import annotations

from lxml.html import fragment_fromstring

from scraper.extract.housekeeping import credited_caption


def _figure(caption: str) -> object:
    return fragment_fromstring(f'<figure><img src="/p/1.jpg"><figcaption>{caption}</figcaption></figure>')


def test_a_pictured_persons_own_picture_goes():
    for caption in ("Die Autorin Mira Vogel bei einer Lesung in Kiel. Foto: privat",
                    "La autora Lucía Mar en la feria de Sevilla. Foto: archivo personal",
                    "A autora Rita Sol na feira do livro do Porto. Foto: arquivo pessoal",
                    "L'autrice Anne Roux au salon de Brest. Photo : archives personnelles",
                    "Die Lesung im Stadthaus, bis auf den letzten Platz voll. Foto: Veranstalter / privat",
                    "Der Autor Jonas Brandt am Hafen von Rostock. Foto: mit freundlicher Genehmigung des Verlags"):
        assert credited_caption(_figure(caption)), caption


def test_the_reviewers_own_picture_stays():
    for caption in ("Saltvandet af Ida Holm, første udgave. Foto: mit eget eksemplar på altanen.",
                    "Tiché město od Evy Malé, první vydání. Foto: můj výtisk na stole.",
                    "Los huertos de sal, de Lucía Mar. Foto: archivo propio.",
                    "Die Salzgärten von Mira Vogel, gebunden. Foto: mein privates Exemplar."):
        assert not credited_caption(_figure(caption)), caption
