"""A paper's record line that opens with the book's kind set off in bold, then "Author: *Title*. Publisher." ("**Romaani**
· A: *T*. P.", "**Roman** · A: *T*. P."): the set-off word before the author is a label, the title the part set off after
the author's colon (``bookopening.info_line``). Near misses: "*Title* – Author" with nothing set off after the author,
and "*Title* – Author: Publisher" (a colon, but nothing set off after it).

Every line here is invented for these tests (invented books, people and houses, in our own words).
"""

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookopening import info_line

FI_TEXT = ("Aaltonen kirjoittaa lyhyin lausein. Saaristossa tuuli on aina henkilöhahmo, ja Aaltonen antaa sen puhua. "
           "Kirja on hiljainen mutta sitkeä romaani yksinäisyydestä.")
DE_TEXT = "Brandt erzählt knapp und trocken. Brandt lässt die Figuren reden, und der Roman trägt bis zur letzten Seite."


def test_a_kind_label_then_author_colon_title():
    assert info_line("“Romaani” · Ilona Aaltonen: “Majakan vartija”. Kustannus Ulappa.", Context(FI_TEXT)) == ("Majakan vartija", "Ilona Aaltonen")
    assert info_line("“Roman” · Henrike Brandt: “Das stille Haus”. Verlag Kieselstein.", Context(DE_TEXT)) == ("Das stille Haus", "Henrike Brandt")


def test_near_misses_keep_the_title_set_off_first():
    # "*Title* – Author (Publisher)": nothing set off after the author
    assert info_line("“Majakan vartija” – Ilona Aaltonen (Kustannus Ulappa)", Context(FI_TEXT)) == ("Majakan vartija", "Ilona Aaltonen")
    # a colon after the author but a publisher, not set off
    assert info_line("“Das stille Haus” – Henrike Brandt: Verlag Kieselstein", Context(DE_TEXT)) == ("Das stille Haus", "Henrike Brandt")


def test_a_whole_page_with_a_kind_labelled_record():
    page = f"""<html lang="fi"><head><title>Kirja-arvio: Saaristossa tuulee aina | Lehti</title></head><body>
    <article><h1>Saaristossa tuulee aina</h1>
    <div class="article-body">
    <p class="info"><strong>Romaani</strong> · Ilona Aaltonen: <em>Majakan vartija</em>. Kustannus Ulappa.</p>
    <p>Kirjan kertoja palaa isänsä majakkasaarelle kolmenkymmenen vuoden jälkeen. {FI_TEXT}</p>
    <p>Aaltonen ei selitä liikaa, ja se on kirjan suurin vahvuus. Loppu jää auki, mutta se sopii tarinaan hyvin.</p>
    <p>Suosittelen kaikille, jotka pitävät hitaista ja tarkoista kirjoista. Arvosana: 4/5</p>
    </div></article></body></html>"""
    record = extract_page(page, "https://lehti.example.fi/kulttuuri/arvio-majakan-vartija.html")
    assert (record.book_title, record.book_author) == ("Majakan vartija", "Ilona Aaltonen")
