"""scraper.extract.newslead: a news report opens on a dateline (a place in capitals, then a dash or a colon), so a
post whose book is read only in its text, with no verdict of its own, is news (an adaptation's, a prize's), not a
review; in the cased scripts. Our own words; near misses (a warning's or a spoiler's label in capitals, a dash in a
reader's sentence, a rated review, a review that mentions its film) stay as they were."""

from __future__ import annotations

import pytest

from scraper.extract.newslead import wire_lead
from tests.test_classify import kind


@pytest.mark.parametrize("line", [
    "JAKARTA - Novel karya penulis muda itu akan diadaptasi menjadi serial delapan episode tahun depan.",  # id
    "NEW DELHI: The novel will be adapted into a web series of eight episodes, the producers said on Monday.",  # en
    "MADRID, 3 dic (EFE) – La novela será adaptada como serie de ocho capítulos, anunció la productora.",  # es
    "ΑΘΗΝΑ – Το μυθιστόρημα θα γίνει σειρά οκτώ επεισοδίων, ανακοίνωσε σήμερα η εταιρεία παραγωγής.",  # el
    "КИЇВ — Роман письменниці екранізують як серіал із восьми серій, повідомили продюсери в понеділок.",  # uk
])
def test_a_dateline(line):
    assert wire_lead(["Foto: a still from the trailer", line])


@pytest.mark.parametrize("line", [
    "WARNING: this review discusses the ending and the death of a child in some detail below.",
    "SPOILERS - I will talk about the ending of the novel freely here, so stop reading now.",
    "MUMBAI: one word in capitals and a colon is as often a label as a place, so it is left alone.",
    "I read this - finally - after years of putting it off, and it is every bit as good as they said.",
    "Salt Ledger – a novel about the sea that I loved more than I expected to, and more than the film.",
    "PARIS - short.",  # a heading's length, not a paragraph's lead
])
def test_no_dateline(line):
    assert not wire_lead([line])


_NEWS = (("JAKARTA - Novel Laut Garam karya Jana Berger akan diadaptasi menjadi serial, kata produser hari ini.",
          "Trailer pertamanya sudah ditonton dua juta kali."), "")


def test_a_dateline_report_naming_a_book_in_its_text_is_no_review():
    assert kind(title="Laut Garam resmi jadi serial", words=160, book_source="body", book_has_author=True,
                book_mentions=3, body=_NEWS) == "other"


def test_near_misses_stay_reviews():
    # the reviewer's own score: a newspaper's review may open on its city too
    assert kind(title="Laut Garam resmi jadi serial", words=160, book_source="body", book_has_author=True,
                book_mentions=3, rating=True, scored_lines=1, body=_NEWS) == "review"
    # the book read from the title with its author
    assert kind(title="Laut Garam by Jana Berger", words=160, book_source="title", book_has_author=True,
                book_mentions=3, body=_NEWS) == "review"
    # a review that mentions the film, opening on the reader's voice
    body = (("I came to the novel after the film, and the book is far stranger and sadder than the screen let it be.",), "")
    assert kind(title="Laut Garam resmi jadi serial", words=160, book_source="body", book_has_author=True,
                book_mentions=3, body=body) == "review"


# -- a title that reports a book made into a film or a series (newslead.made_into) ----------------------------------

@pytest.mark.parametrize("title", [
    "Laut Garam resmi diadaptasi jadi serial",  # id
    "The Salt Ledger is being adapted into a TV series",  # en
    "La novela de Jana Berger, llevada al cine",  # es
    "Die Salzkammer wird verfilmt",  # de
    "Роман «Соль» экранизируют",  # ru
    "『塩の帳簿』映画化決定",  # ja
    "Tuz Defteri dizi oluyor",  # tr
])
def test_a_title_reporting_an_adaptation(title):
    assert kind(title=title, words=160, book_source="body", book_has_author=True, book_mentions=3,
                body=(("Ada kabar baru hari ini.",), "")) == "other"


@pytest.mark.parametrize("title", [
    "I read the book that was made into a film last year",  # a reader's title: "made into"
    "The film and the novel: notes on salt",
    "Werden und Vergehen: ein Roman über das Meer",  # "werden" without the screen's noun
    "Made in Italy: a novel of salt",
])
def test_titles_that_report_no_adaptation(title):
    from scraper.extract.newslead import made_into
    assert not made_into(title)


def test_a_rated_review_under_an_adaptation_title_stays_a_review():
    assert kind(title="Laut Garam resmi diadaptasi jadi serial", words=160, book_source="body", book_has_author=True,
                book_mentions=3, rating=True, scored_lines=1, body=(("Saya membaca novel ini dua kali.",), "")) == "review"
