"""Helper mend22a: three rules of the afternoon that fired on ordinary reviews (code review rev22), in our own words:

- holdingsrecord.noted_record read a blog's mini review (a book-info list, the blurb, then "my review" in a box of its
  own) as a catalogue's title page with one reader's note: it now wants a catalogue's evidence (an ISBN, shelf-mark or
  copies row, a table, or several readers' boxes) and leaves the post's writer's own box (classed "my-review", or a
  note with no reader's name, date or stars over it);
- deskbio.profile_bio took the headline "<Author>: <Title>" for a byline and removed the book's author's bio: the
  headings are no longer passed as lines over the post, and a line opening with the name and a colon, a dash or a
  possessive is the book's, not a byline;
- headerrecord.rows removed the reviewer's own verdict row from the header's book card: a first-person or verdict
  label, or a sentence for a value, stays.

Each with the case the rule was written for, which it still catches.
"""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from scraper.extract import extract_page, nodes
from scraper.extract.deskbio import profile_bio
from scraper.extract.headerrecord import _own_row
from scraper.extract.holdingsrecord import holdings_record

# --- 1. holdingsrecord.noted_record ----------------------------------------------------------------------------------

_BLURB = {
    "en": ("After the lighthouse is sold, its last keeper, a widower called Aurel Dan, stays on the island for one more "
           "winter to look after the empty tower and the goats nobody wanted. When a young surveyor arrives to map the "
           "coast for the new owners, the two men begin an uneasy friendship that is tested by a storm, a shipwreck "
           "and a letter from the mainland that Aurel has been avoiding for years."),
    "de": ("Nachdem der Leuchtturm verkauft ist, bleibt sein letzter Wärter, der Witwer Aurel Dan, noch einen Winter auf "
           "der Insel, um den leeren Turm und die Ziegen zu hüten, die niemand wollte. Als ein junger Vermesser kommt, "
           "um die Küste für die neuen Besitzer zu kartieren, beginnt zwischen den beiden Männern eine unsichere "
           "Freundschaft, die ein Sturm, ein Schiffbruch und ein lange gemiedener Brief auf die Probe stellen."),
    "es": ("Cuando venden el faro, su último farero, un viudo llamado Aurel Dan, se queda en la isla un invierno más "
           "para cuidar la torre vacía y las cabras que nadie quiso. Cuando llega un joven topógrafo a cartografiar la "
           "costa para los nuevos dueños, los dos hombres empiezan una amistad incómoda que pondrán a prueba una "
           "tormenta, un naufragio y una carta del continente que Aurel lleva años evitando."),
}
_ROWS = {
    "en": ["Author: Petra Lind", "Publisher: Gull House", "Pages: 264", "Source: borrowed"],
    "de": ["Autorin: Petra Lind", "Verlag: Möwenhaus", "Seiten: 264", "Quelle: geliehen"],
    "es": ["Autora: Petra Lind", "Editorial: Casa Gaviota", "Páginas: 264", "Origen: prestado"],
}
_ISBN = {"en": "ISBN: 9780000000024", "de": "ISBN: 9780000000024", "es": "ISBN: 9780000000024"}
_SHELF = {"en": "Shelf mark: F LIN", "de": "Signatur: LIN", "es": "Signatura: N LIN"}
_MINE = {
    "en": ("I adored this one. Lind makes the weather a character, and the last chapter had me in tears on the bus. "
           "It is slow in places, but I would hand it to anyone who loves quiet books about islands."),
    "de": ("Ich habe es geliebt. Lind macht das Wetter zur Figur, und das letzte Kapitel hat mich im Bus zum Weinen "
           "gebracht. Stellenweise langsam, aber ich empfehle es allen, die stille Inselbücher mögen. Der Schluss mit "
           "dem Brief ist für mich das Beste, was ich in diesem Winter gelesen habe."),
    "es": ("Me encantó. Lind convierte el tiempo en un personaje y el último capítulo me hizo llorar en el autobús. "
           "Es lento a ratos, pero se lo daría a cualquiera que quiera libros tranquilos sobre islas. El final de la "
           "carta es lo mejor que he leído este invierno."),
}


def _mini_review(lang: str, rows: list[str], box: str = "my-review", reader_head: bool = False) -> str:
    items = "".join(f"<li>{row}</li>" for row in rows)
    head = ("<div class='reader-review__head'><span class='stars'>★★★★☆</span> <span>Tomas, member</span> "
            "<span>3.2.2026</span></div>") if reader_head else ""
    return (f"<html lang='{lang}'><head><title>Mini review: The Last Keeper</title></head><body><article class='post'>"
            f"<h1 class='entry-title'>The Last Keeper</h1><div class='entry-content'><ul class='book-info'>{items}</ul>"
            f"<div class='synopsis'><p>{_BLURB[lang]}</p></div><div class='{box}'>{head}<p>{_MINE[lang]}</p></div>"
            "</div></article></body></html>")


def _holdings(page: str) -> str | None:
    tree = lxml_html.fromstring(page)
    nodes.keep_attributes(tree)
    try:
        return holdings_record(tree)
    finally:
        nodes.forget_attributes()


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_a_blogs_mini_review_under_its_book_card_is_no_catalogue_record(lang):
    page = _mini_review(lang, _ROWS[lang])
    assert _holdings(page) is None
    assert extract_page(page, "https://islandreader.example/2026/02/last-keeper").kind == "review"
    # an ISBN row in the card does not make the writer's own box a reader's note
    assert _holdings(_mini_review(lang, _ROWS[lang] + [_ISBN[lang]])) is None
    # nor does a box classed as a review that holds nothing but the writer's note
    assert _holdings(_mini_review(lang, _ROWS[lang] + [_ISBN[lang]], box="review")) is None


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_a_catalogue_record_with_one_members_note_is_still_a_record(lang):
    page = _mini_review(lang, _ROWS[lang][1:3] + [_ISBN[lang], _SHELF[lang]], box="reader-review", reader_head=True)
    assert "reader's note" in (_holdings(page) or "")


# --- 2. deskbio.profile_bio through sitelines ------------------------------------------------------------------------

_BIO = {
    "en": "About the author: Petra Lind was born in Gdynia in 1974 and taught maths for twenty years before writing.",
    "de": "Über die Autorin: Petra Lind wurde 1974 in Gdynia geboren und unterrichtete zwanzig Jahre lang Mathematik.",
    "es": "Sobre la autora: Petra Lind nació en Gdynia en 1974 y enseñó matemáticas durante veinte años antes de escribir.",
}


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_the_books_author_named_in_a_record_headline_is_no_byline(lang):
    for line in ("Petra Lind: The Last Keeper", "Petra Lind – The Last Keeper", "»Petra Lind: Der letzte Wärter«"):
        assert not profile_bio(_BIO[lang], [line]), (lang, line)


@pytest.mark.parametrize("lang,byline", [("en", "By Petra Lind"), ("de", "Von Petra Lind"), ("es", "Por Petra Lind")])
def test_a_profile_of_the_bylines_writer_is_still_a_bio(lang, byline):
    assert profile_bio(_BIO[lang], [byline])
    assert profile_bio(_BIO[lang], ["Text: Petra Lind · 3 February 2026"])


_REVIEW = [
    "Petra Lind's second novel keeps a lighthouse keeper on his island for one last winter, and I read it over two "
    "grey evenings with the feeling that the wind outside had been written into the pages by someone who knew it well.",
    "Without giving much away: the surveyor who comes to map the coast is the book's real question, and the way the "
    "two men circle each other without ever saying the obvious thing is handled with a patience most novels lack.",
    "The prose is plain and careful, the storm chapter is tremendous, and I recommend it to anyone who likes their "
    "fiction slow, salty and a little sad.",
]


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_the_books_authors_bio_closing_a_review_stays(lang):
    paras = "".join(f"<p>{p}</p>" for p in _REVIEW)
    page = (f"<html lang='{lang}'><head><title>The Last Keeper</title></head><body><article>"
            f"<h1 class='entry-title'>The Last Keeper</h1><div class='entry-content'><h2>Petra Lind: The Last Keeper</h2>"
            f"{paras}<p>{_BIO[lang]}</p></div></article></body></html>")
    record = extract_page(page, "https://islandreader.example/2026/02/last-keeper-review")
    assert record.kind == "review"
    assert "Gdynia" in record.body_text


# --- 3. headerrecord.rows -------------------------------------------------------------------------------------------

_CARD = {
    "en": (["Author: Petra Lind", "Publisher: Gull House", "Source: review copy from the publisher"], "My verdict: loved it"),
    "de": (["Autorin: Petra Lind", "Verlag: Möwenhaus", "Seiten: 264"], "Mein Fazit: ein stilles Meisterwerk"),
    "es": (["Autora: Petra Lind", "Editorial: Casa Gaviota", "Páginas: 264"], "Mi opinión: me encantó"),
    "fr": (["Autrice : Petra Lind", "Éditeur : Maison Mouette", "Pages : 264"], "Mon avis : coup de cœur"),
}


def _card_page(lang: str, own: str | None) -> str:
    rows, _ = _CARD[lang]
    cells = "".join(f"<p>{row}</p>" for row in rows + ([own] if own else []))
    paras = "".join(f"<p>{p}</p>" for p in _REVIEW)
    return (f"<html lang='{lang}'><head><title>Review: The Last Keeper</title></head><body><article>"
            f"<h1 class='entry-title'>Review: The Last Keeper</h1><div class='entry-content'><div class='wrap'>"
            f"<div class='book-card'><img src='/covers/keeper.jpg' alt='cover'>{cells}</div>"
            f"<div class='review-text'>{paras}</div></div></div></article></body></html>")


@pytest.mark.parametrize("lang", ["en", "de", "es", "fr"])
def test_the_reviewers_verdict_row_in_the_header_card_stays(lang):
    rows, own = _CARD[lang]
    body = extract_page(_card_page(lang, own), "https://islandreader.example/review/last-keeper").body_text
    assert own.split(":")[-1].strip() in body
    assert rows[1].split(":")[-1].strip() not in body  # the catalogue's rows still go


@pytest.mark.parametrize("lang", ["en", "de", "es", "fr"])
def test_the_header_card_of_record_rows_alone_still_goes(lang):
    rows, _ = _CARD[lang]
    body = extract_page(_card_page(lang, None), "https://islandreader.example/review/last-keeper").body_text
    assert not any(row.split(":")[-1].strip() in body for row in rows[1:])


def test_own_rows_by_label_or_sentence():
    for row in ("My verdict: loved it", "Our rating: five gulls", "Fazit: lesenswert", "Veredicto: imprescindible",
                "Мой вердикт: прочитать", "Source: I bought it at the harbour shop. No regrets."):
        assert _own_row(row), row
    for row in ("Publisher: Gull House", "Verlag: Möwenhaus", "Source: review copy from the publisher", "Pages: 264"):
        assert not _own_row(row), row
