"""A caption whose credit names the reviewer in the first person ("… Photo: my copy", "Foto: mein Exemplar", "Photo :
mon exemplaire", "Фото: моё"): the reviewer's photo of their own copy, captioned in their words, stays
(``covercaption.own_photo``, read by ``housekeeping.credited_caption``). Near misses: a picture desk's credit naming a
person or an agency (a capitalised "Mia", "Min"), and a caption that is the own credit alone, with no words of its own
before it.

Every line here is invented for these tests (invented books, people and pages, in our own words).
"""

from __future__ import annotations

from lxml.html import fragment_fromstring

from scraper.extract import extract_page
from scraper.extract.housekeeping import credited_caption


def _figure(caption: str) -> object:
    return fragment_fromstring(f'<figure><img src="/p/1.jpg"><figcaption>{caption}</figcaption></figure>')


def test_own_credit_stays_in_many_languages():
    for caption in ("The Salt Orchard by Hester Quayle, second printing. Photo: my copy, on the kitchen table.",
                    "Die Salzgärten von Hester Quayle. Foto: mein Exemplar im Zug.",
                    "Les Vergers de sel, de Hester Quayle. Photo : mon exemplaire, un soir de pluie.",
                    "Los huertos de sal, de Hester Quayle. Foto: archivo propio.",
                    "«Соляной сад» Хестер Куэйл. Фото: моё, на подоконнике.",
                    "Ο αλμυρός κήπος της Hester Quayle. Φωτογραφία: το αντίτυπό μου.",
                    "Hester Quayle, Solny sad. Zdjęcie: moje własne.",
                    "The Salt Orchard, the hardback. Photo by me."):
        assert not credited_caption(_figure(caption)), caption


def test_desk_credits_still_go():
    for caption in ("A street in the old harbour town at dawn. Photo: Mia Lundqvist",
                    "Die Autorin bei der Lesung in Graz. Foto: Min Jung Park",
                    "Le port au petit matin. Photo : Agence Littorale",
                    "The writer at her desk. Photo: Getty Images",
                    "La librería del barrio. Foto: Mio Tanaka",
                    # (a caption that is the credit alone says nothing of the book: it goes as before)
                    "Photo: my own copy, a bit worn.",
                    "Foto: mein Exemplar."):
        assert credited_caption(_figure(caption)), caption


def _page(caption: str) -> str:
    prose = ("<p>This is a slow, patient novel about a family of salt farmers on a cold coast, and I loved how little "
             "it explains. The grandmother runs the pans and the house, and nobody dares to argue with her plans.</p>"
             "<p>Quayle writes weather better than anyone I have read this year, and the ending stayed with me for "
             "days. I would give it to anyone who likes quiet books with a storm under them.</p>")
    return (f"<html><head><title>The Salt Orchard</title></head><body><article><h1>The Salt Orchard</h1>"
            f"<div class='entry-content'><figure><img src='/p/salt.jpg'><figcaption>{caption}</figcaption></figure>"
            f"{prose}</div></article></body></html>")


def test_extract_page_keeps_the_own_caption_and_drops_the_desks():
    own = "The Salt Orchard by Hester Quayle, the first edition. Photo: my copy, by the window."
    record = extract_page(_page(own), "https://saltblog.example.org/salt-orchard")
    assert "Photo: my copy, by the window." in record.body_text
    desk = "A salt pan on the northern coast at low tide. Photo: Mia Lundqvist"
    record = extract_page(_page(desk), "https://saltblog.example.org/salt-orchard")
    assert "Mia Lundqvist" not in record.body_text
