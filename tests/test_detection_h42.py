"""Pages wrongly read as reviews (round 3 of 5 Dec): news of an adaptation and essays about reading.

- a site's section of adaptations whose post's title names the book with its author *and* the work it becomes (a
  radio serial, a stage play, a series) is the adaptation's news, when it gives no rating or verdict
  (adaptsection.py); the same title in another section, or with a rating, or naming only the book, is not;
- the Germanic languages' compounds of the screen's noun ("dramaserie", "Miniserie", "speelfilm") count as the
  screen in a title that says a book becomes one (newslead.py); a book series' compounds ("boekenserie") do not;
- a title about novels in the plural is a title about books (booksplural.py), for a post whose book was not found.

Our own titles, addresses and sentences.
"""

from __future__ import annotations

import pytest

from scraper.extract.adaptsection import names_other_work
from scraper.extract.booksplural import about_books
from scraper.extract.classify import classify
from scraper.extract.newslead import made_into
from tests.test_classify import evidence

# -- a section of adaptations --------------------------------------------------------------------------------------

SECTION = "https://bookwire.example.org/news/adaptations/2026/11/the-salt-orchard-radio/"


def _adapt(title: str, book: str, author: str, url: str = SECTION, **more):
    values = dict(url=url, title=title, book_source="title", book_has_author=True, book_title=book,
                  book_author=author, words=260)
    values.update(more)
    return classify(evidence(**values))


@pytest.mark.parametrize("title, book, author", [
    ("The Salt Orchard by Mira Hale as a ten-part radio drama", "The Salt Orchard", "Mira Hale"),
    ("« Le Verger de sel » de Mira Hale en fiction radiophonique", "Le Verger de sel", "Mira Hale"),
    ("Der Salzgarten von Mira Hale wird ein Hörspiel in acht Teilen", "Der Salzgarten", "Mira Hale"),
    ("«Соляной сад» Миры Хейл поставят как радиоспектакль", "Соляной сад", "Миры Хейл"),
    ("De zouttuin van Mira Hale komt als toneelstuk naar Gent", "De zouttuin", "Mira Hale"),
    ("El huerto de sal, de Mira Hale, tendrá serie en seis capítulos", "El huerto de sal", "Mira Hale"),
])
def test_a_title_naming_book_and_new_work_in_an_adaptations_section_is_news(title, book, author):
    k, reason = _adapt(title, book, author)
    assert k == "announcement" and "section of adaptations" in reason


@pytest.mark.parametrize("title, book, author, more", [
    # the book and its author only: it may review the book the section's film is made from
    ("The Salt Orchard by Mira Hale", "The Salt Orchard", "Mira Hale", {}),
    # a rating or a verdict of its own: a review, whatever its section
    ("The Salt Orchard by Mira Hale as a ten-part radio drama", "The Salt Orchard", "Mira Hale", {"rating": True}),
    ("Le Verger de sel de Mira Hale en fiction radiophonique", "Le Verger de sel", "Mira Hale", {"verdict_lines": 1}),
])
def test_the_section_rule_keeps_its_bounds(title, book, author, more):
    assert _adapt(title, book, author, **more)[0] == "review"


def test_the_same_title_outside_a_section_of_adaptations_is_left_to_the_other_rules():
    k, reason = _adapt("The Salt Orchard by Mira Hale, and the radio drama I grew up with", "The Salt Orchard", "Mira Hale",
                       url="https://inkwell.example.net/2026/11/the-salt-orchard/")
    assert "section of adaptations" not in reason and k == "review"


@pytest.mark.parametrize("title", [
    "as an audio drama", "en feuilleton radiophonique", "als Hörspiel", "als hoorspel", "som hörspel", "som hørespil",
    "como radionovela", "come radiodramma", "jako słuchowisko", "jako rozhlasová hra", "радиоспектакль", "в Малом театре",
    "on stage in Leeds", "en mini-série",
])
def test_the_other_work_named(title):
    assert names_other_work(title)


@pytest.mark.parametrize("title", [
    "the audiobook read by its author", "le livre audio", "das Hörbuch", "a book about the radio age", "een luisterboek",
])
def test_the_book_read_aloud_or_a_word_of_radio_is_no_other_work(title):
    assert names_other_work(title) is None


# -- compounds of the screen's noun ---------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Het meisje van de sluis wordt jeugdserie bij de publieke omroep",
    "Die Fährfrau wird eine Miniserie, gedreht wird an der Ostsee",
    "Boken om fyrvaktaren blir dramaserie",
    "Deze roman van Wim Doorn wordt een speelfilm",
])
def test_a_book_becomes_a_compound_screen_work(title):
    assert made_into(title)


@pytest.mark.parametrize("title", [
    "Het meisje van de sluis wordt een boekenserie",  # a book series
    "Die Fährfrau wird eine Buchserie mit vier Bänden",
    "Het meisje van de sluis wordt nooit saai",
    "Die Fährfrau wird zur Romanserie",
])
def test_a_book_series_compound_is_no_screen(title):
    assert not made_into(title)


# -- novels in the plural ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "The novels we take on night buses",
    "Warum wir Romane im Wartezimmer lesen",
    "Les romans des salles d'attente",
    "Романы для долгой дороги",
    "Novelas para leer en la fila",
])
def test_a_title_about_novels_is_about_books(title):
    assert about_books(title)


@pytest.mark.parametrize("title", [
    "A novel for the night bus",  # one novel: a review's title
    "Romans on the road",  # the Romans of Rome, capitalised
    "Roman de gare, et fier de l'être",
])
def test_one_novel_or_the_romans_is_not_about_books(title):
    assert not about_books(title)


def test_an_essay_about_novels_and_a_review_under_one_novel():
    # ~210 words, no book found, no mark of one work: under a title about novels, an essay about reading
    essay = classify(evidence(title="The novels we take on night buses", words=210, work_clues=()))
    assert essay[0] == "other" and "essay about reading" in essay[1]
    # the same post under a title about one novel, and the same title over a post that keeps calling its book "the
    # novel": reviews
    assert classify(evidence(title="A novel for the night bus", words=210, work_clues=()))[0] == "review"
    voice = ("calls its book 'the book', 'the novel' 2×",)
    assert classify(evidence(title="The novels we take on night buses", words=210, work_clues=voice))[0] == "review"


# -- a lead that says the book will be turned into another work ----------------------------------------------------

from scraper.extract.adaptsection import turns_into  # noqa: E402


@pytest.mark.parametrize("line", [
    "A studio in Leeds plans to turn The Salt Orchard, Mira Hale's debut, into a six-part series.",
    "Une troupe de Rennes veut transformer « Le Verger de sel », le premier roman de Mira Hale, en un feuilleton de dix épisodes.",
    "Una productora de Bilbao convertirá El huerto de sal en una serie de seis capítulos.",
    "Het verhaal wordt door een kleine omroep omgezet tot een hoorspel in acht delen.",
    "Небольшая студия превратит «Соляной сад» в сериал из восьми серий.",
    "Uma companhia do Porto vai transformar O pomar de sal em uma peça de teatro.",
])
def test_a_lead_that_turns_a_book_into_another_work(line):
    assert turns_into(line)


@pytest.mark.parametrize("line", [
    "The novel was turned into a film in 1998, which I have never seen.",  # the past: a review recalls it
    "I wanted to turn every page into a small ritual of the evening.",
    "Elle veut transformer sa peine en colère, et le roman la suit pas à pas.",
    "Ella quiere convertir su casa en un refugio para los gatos del barrio.",
])
def test_a_turn_of_phrase_or_a_past_adaptation_is_no_report(line):
    assert not turns_into(line)


def test_a_radio_serial_title_over_a_lead_that_turns_the_book_into_one_is_news():
    lead = ("Une troupe de Rennes veut transformer « Le Verger de sel », le premier roman de Mira Hale, en un feuilleton "
            "de dix épisodes, diffusé dès le printemps.")
    body = ([lead, "Les enregistrements auront lieu en février, dans la médiathèque du quartier."], lead)
    ev = evidence(url="https://livres.example.fr/2026/12/le-verger-de-sel-radio/", title="« Le Verger de sel » de Mira Hale en feuilleton radiophonique",
                  book_source="title", book_has_author=True, book_title="Le Verger de sel", book_author="Mira Hale",
                  words=240, body=body)
    assert classify(ev)[0] == "other"
    # the same title over a lead in the reader's voice: left a review
    mine = ("J'ai lu « Le Verger de sel » de Mira Hale l'hiver dernier, et la voix de la narratrice m'a suivie longtemps "
            "après la dernière page.")
    ev = evidence(url="https://livres.example.fr/2026/12/le-verger-de-sel-radio/", title="« Le Verger de sel » de Mira Hale en feuilleton radiophonique",
                  book_source="title", book_has_author=True, book_title="Le Verger de sel", book_author="Mira Hale",
                  words=240, body=([mine], mine))
    assert classify(ev)[0] == "review"


# -- an essay that names its authors in passing --------------------------------------------------------------------

from scraper.extract.essaynames import authors_in_passing  # noqa: E402

ESSAY = ("My uncle read Mira Hale's The Salt Orchard on the night ferry, a chapter between two harbours. The ferry "
         "shop sold Tomas Vell's Winter Ledger by the dozen, and the students on deck passed round Ana Ruiz's A Quiet "
         "House until its spine gave way. Reading on water has its own rules: short chapters, a sturdy cover, a story "
         "you can leave mid-sentence when the horn sounds.")


def test_three_authors_in_the_possessive_each_once():
    assert authors_in_passing(ESSAY) == {"Mira Hale", "Tomas Vell", "Ana Ruiz"}


@pytest.mark.parametrize("text", [
    # a review returns to its author; its two read-alikes are no essay's three
    ("Mira Hale's The Salt Orchard is a slow book. Fans of Tomas Vell's Winter Ledger will know the mood, and Ana "
     "Ruiz's A Quiet House shares its harbour. Hale writes the sea as a ledger of debts."),
    "Fans of Tomas Vell's Winter Ledger and Ana Ruiz's A Quiet House will know the mood of this one.",
    # a shop's and a family's possessives are no authors: one word, or no title after
    "The Wheeler's bookstalls and Grandma's kitchen and Mr Singh's shop were where we read.",
])
def test_an_author_returned_to_or_fewer_than_three_is_no_essay(text):
    assert authors_in_passing(text) == set()


def test_a_post_of_length_and_shape_alone_that_names_three_authors_in_passing_is_an_essay():
    ev = evidence(title="What we read on the night ferry", words=230, work_clues=(), body=([ESSAY], ESSAY))
    k, reason = classify(ev)
    assert k == "other" and "3 authors in passing" in reason
    # filed as a review, or with a mark of one work: left a review
    assert classify(evidence(title="What we read on the night ferry", words=230, work_clues=(), body=([ESSAY], ESSAY),
                             categories=["Book reviews"]))[0] == "review"
    voice = ("calls its book 'the book', 'the novel' 2×",)
    assert classify(evidence(title="What we read on the night ferry", words=230, work_clues=voice,
                             body=([ESSAY], ESSAY)))[0] == "review"
