"""A credit line closing a review is no book record (bookpublisherrecord._bracketed, bookbiblio._paired): "Translated by
A (House).", "Illustrations by A (House).", "Übersetzt von A" over "320 Seiten, Verlag, 2024" credit a translator or an
illustrator; the part before the by-word is a credit (``bookpublisherrecord.credit_title``: a credit's participle or
a credit's or a preface's noun alone), not a title. Near misses: the book's own record beside it still read, a title
that opens on such a word but is none ("The Translator", "Translations, A (House)" in a list's comma form).

Every line here is invented for these tests (invented books, people and houses, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookbiblio import from_bibliography
from scraper.extract.bookpublisherrecord import publisher_record


def _context(lines, language="en"):
    return Context("\n".join(lines), ("Reading Lamp",), language)


_EN = ["The parcel came on a wet Monday and I read the book by the fire over two long evenings.",
       "It follows a ferryman's daughter through one hard winter on a small island. Holm never hurries, and Berg "
       "keeps the plain sentences plain, so the quiet of the place comes through.",
       "The ending is sudden and right. Holm has written nothing better, and Berg deserves thanks for it."]


def test_a_translators_or_an_illustrators_credit_in_brackets_is_no_record():
    for credit in ("Translated by Anna Berg (Northway).", "Illustrations by Anna Berg (Northway).",
                   "Foreword by Anna Berg (Northway)."):
        lines = _EN + [credit]
        assert publisher_record(lines, _context(lines)) is None, credit
    de = ["Das Buch kam an einem nassen Montag, und ich las es in zwei Abenden am Ofen.",
          "Es folgt der Tochter eines Fährmanns durch einen harten Winter. Holm hat Zeit, und Berg lässt die "
          "schlichten Sätze schlicht.", "Das Ende kommt plötzlich und stimmt. Berg sei Dank dafür.",
          "Übersetzt von Anna Berg (Nordweg Verlag)."]
    assert publisher_record(de, _context(de, "de")) is None
    fr = ["Le livre est arrivé un lundi pluvieux et je l'ai lu en deux soirées près du poêle.",
          "On suit la fille d'un passeur pendant un hiver difficile. Holm prend son temps et Berg garde les phrases "
          "simples.", "La fin est brusque et juste. Merci à Berg pour ce travail.", "Préface de Anna Berg (Éditions Nord)."]
    assert publisher_record(fr, _context(fr, "fr")) is None


def test_a_credit_over_the_details_line_is_no_record():
    lines = _EN + ["Translated by Anna Berg", "320 pages, Northway, 2024, ISBN 978-1-0000-0000-0"]
    assert from_bibliography(lines, _context(lines)) is None
    nl = ["Het boek kwam op een natte maandag en ik las het in twee avonden bij de kachel.",
          "We volgen de dochter van een veerman door een zware winter. Holm neemt de tijd en Berg houdt de zinnen "
          "eenvoudig.", "Het einde komt plots en klopt. Berg verdient er dank voor.",
          "Vertaald door Anna Berg", "320 blz., Uitgeverij Noord, 2024"]
    assert from_bibliography(nl, _context(nl, "nl")) is None
    es = ["El libro llegó un lunes de lluvia y lo leí en dos tardes junto a la estufa.",
          "Seguimos a la hija de un barquero durante un invierno duro. Holm no tiene prisa y Berg dibuja el mar "
          "como un muro gris.", "El final llega de golpe y es justo. Gracias a Berg por los dibujos.",
          "Ilustraciones de Anna Berg", "320 páginas, Editorial Norte, 2024"]
    assert from_bibliography(es, _context(es, "es")) is None


def test_a_closing_credit_gives_the_page_no_book():
    paras = "".join(f"<p>{p}</p>" for p in _EN + ["Illustrations by Anna Berg (Northway).", "Rating: 4/5"])
    html = (f'<!DOCTYPE html><html lang="en"><head><title>A quiet island book – Reading Lamp</title></head><body>'
            f'<main><article><h1>A quiet island book</h1><div class="entry-content">{paras}</div></article></main>'
            f'</body></html>')
    record = extract_page(html.encode(), "https://readinglamp.example/2026/03/a-quiet-island-book/")
    assert record.book_title != "Illustrations" and record.book_author != "Anna Berg"


def test_near_misses_the_record_and_titles_that_open_on_such_words_are_still_read():
    lines = _EN + ["The Ferry Winter, Nina Holm (Northway).", "Translated by Anna Berg (Northway)."]
    assert publisher_record(lines, _context(lines)) == ("The Ferry Winter", "Nina Holm")
    lines = _EN + ["The Translator by Nina Holm (Northway)."]
    assert publisher_record(lines, _context(lines)) == ("The Translator", "Nina Holm")
    lines = _EN + ["The Ferry Winter by Nina Holm", "320 pages, Northway, 2024"]
    assert from_bibliography(lines, _context(lines))[1] == "Nina Holm"

def test_credit_title_reads_credits_not_titles():
    from scraper.extract.bookpublisherrecord import credit_title

    assert not credit_title("Translations", by=False) and credit_title("Translations")
    assert not credit_title("The Translator") and not credit_title("Photographs from the North Coast")
    assert credit_title("Übersetzt") and credit_title("Vorwort") and credit_title("Cover design")
