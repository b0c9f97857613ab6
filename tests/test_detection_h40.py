"""Review detection, holdout40 round: a headline clause that is the book set off and its author in any case form
("«T» A-gen", a paper's byline for its review); a Ukrainian man's first name in -ія read back in -ій; French papers'
"club lecture" and their spaced clock times ("10 h 30"); a Korean post's length in English words' worth for the
"too short for a review" gate. Our own words and markup, with near misses."""

from __future__ import annotations

import pytest

from scraper.extract import announce
from scraper.extract.bookgenitive import masculine_given
from scraper.extract.classify import Evidence, classify
from scraper.extract.headline import byline_clause, headline_work
from scraper.extract.reviewlength import english_words


def evidence(**overrides) -> Evidence:
    values = dict(
        url="https://paper.example/culture/2026/12/a-piece", title="A piece", words=180, post_bodies=1, articles=1,
        body_classes=[], og_type="article", categories=[], tags=[], book_source=None, book_has_author=False,
        rating=False, books_named=0, qa_blocks=0, jsonld_review=False, source_hint=False,
    )
    values.update(overrides)
    return Evidence(**values)


# -- a headline clause that is the book and its author ------------------------------------------------------------

@pytest.mark.parametrize("title,book,author", [
    ("«Ледяной сад» Марины Орловой: сорок зим спустя", "Ледяной сад", "Марина Орлова"),  # ru, the clause first
    ("Сорок зим спустя: «Ледяной сад» Марины Орловой", "Ледяной сад", "Марина Орлова"),  # ru, the clause last
    ("«Сад камінців» Петра Дмитренка — повернення до дев'яностих", "Сад камінців", "Петро Дмитренко"),  # uk
    ("Po dvaceti letech: „Tichý dům“ Jana Kovaře", "Tichý dům", "Jan Kovář"),  # cs (the ending and a vowel change)
    ("Jono Petraičio „Rudens laiškai“ | kritika", "Rudens laiškai", "Jonas Petraitis"),  # lt, the name before
    ("Το «Σπίτι στον λόφο» του Μάρκου Ζαχαρίου: μια δεύτερη ματιά", "Σπίτι στον λόφο", "Μάρκος Ζαχαρίου"),  # el, "του"
])
def test_a_clause_of_title_and_author_is_the_headlines_byline(title, book, author):
    assert byline_clause(title, book, author)
    ev = evidence(title=title, book_source="body", book_has_author=True, book_title=book, book_author=author, book_mentions=2)
    assert headline_work(ev)
    assert classify(ev)[0] == "review"


@pytest.mark.parametrize("title,book,author", [
    ("«Ледяной сад» Марины Орловой экранизируют", "Ледяной сад", "Марина Орлова"),  # news: the clause goes on
    ("Το «Σπίτι στον λόφο» του Ζαχαρίου γίνεται ταινία", "Σπίτι στον λόφο", "Μάρκος Ζαχαρίου"),  # el news
    ("«Ледяной сад» Марины Орловой: стоит ли читать?", "Ледяной сад", "Марина Орлова"),  # a question
    ("«Ледяной сад» Ивана Седова: сорок зим спустя", "Ледяной сад", "Марина Орлова"),  # another person's name
    ("«Северный ветер» Марины Орловой: сорок зим спустя", "Ледяной сад", "Марина Орлова"),  # another book of hers
    ("Зимние книги: почему я перечитываю классику", "Ледяной сад", "Марина Орлова"),  # no title in the headline
    ("Марина Орлова о «Ледяном саде» и о себе", "Ледяной сад", "Марина Орлова"),  # about the writer, the title declined
])
def test_headlines_that_are_no_byline_of_the_book(title, book, author):
    assert not byline_clause(title, book, author)
    ev = evidence(title=title, book_source="body", book_has_author=True, book_title=book, book_author=author, book_mentions=2)
    assert classify(ev)[0] == "other"


def test_a_byline_headline_does_not_lift_a_short_piece():
    ev = evidence(title="«Ледяной сад» Марины Орловой: коротко", words=80, book_source="body", book_has_author=True,
                  book_title="Ледяной сад", book_author="Марина Орлова", book_mentions=2)
    assert classify(ev)[0] != "review"


# -- a Ukrainian man's first name in the genitive ----------------------------------------------------------------

@pytest.mark.parametrize("genitive,nominative", [("Андрія", "Андрій"), ("Олексія", "Олексій"), ("Сергея", "Сергей"),
                                                 ("Василя", "Василь")])
def test_masculine_given_names(genitive, nominative):
    assert masculine_given(genitive) == nominative


# -- a reading club as French papers name it, and their clock times ------------------------------------------------

@pytest.mark.parametrize("title", [
    "Lannion. Le club lecture de la bibliothèque ouvre la saison avec « La Vie devant soi »",
    "Vitré : le club de lectures du centre social se retrouve jeudi",
    "Il club di lettura della biblioteca legge «La luna e i falò»",
])
def test_reading_clubs_named_so(title):
    assert announce.club(title)


@pytest.mark.parametrize("title", [
    "Le club de foot de Lannion fête ses cent ans",
    "« La Vie devant soi », une lecture qui bouleverse",
    "Café, croissants et lecture : mon dimanche parfait avec un roman",
    "[café-lecture] « Bonjour tristesse », de Françoise Sagan",  # a rubric's name, not a meeting
])
def test_not_a_reading_club(title):
    assert not announce.club(title)


@pytest.mark.parametrize("text", [
    "Prochaine rencontre : vendredi 9 janvier, 18 h 30, salle des fêtes.",
    "Rendez-vous le 7 février à 20 h à la bibliothèque.",
    "La séance aura lieu mardi 3 mars dès 9h dans la salle d'étude.",
])
def test_french_clock_times_give_an_appointment(text):
    assert announce.appointment(text)


@pytest.mark.parametrize("text", [
    "Publié le 09/01/2026 à 08h15",  # a dateline with its year
    "Le 12 mai 2025, 10 h 30 : le roman paraît enfin.",  # a year between the day and the hour
    "Il m'a fallu 3 h 30 de lecture pour finir le roman.",  # a duration, no day
])
def test_french_times_that_are_no_appointment(text):
    assert not announce.appointment(text)


def test_a_club_page_naming_its_book_in_the_text_is_no_review():
    ev = evidence(title="Lannion. Le club lecture de la bibliothèque se penche sur « La Vie devant soi »",
                  book_source="body", book_has_author=True, book_title="La Vie devant soi", book_author="Romain Gary",
                  book_mentions=3, words=140)
    assert classify(ev)[0] != "review"


# -- a Korean post's length in English words' worth ---------------------------------------------------------------

_KO_LINES = ("바다의 시간 | 한도윤 지음 | 푸른책 | 248쪽",
             "작은 섬마을에서 자란 두 자매가 어른이 되어 다시 만나는 이야기다. 작가는 큰 사건 없이 계절의 변화를 따라간다.",
             "다만 중반부는 조금 느리게 흘러서 인내심이 필요하다. 그래도 마지막 장을 덮으면 오래 여운이 남는다.")


def test_korean_words_count_one_and_a_half():
    assert english_words(_KO_LINES, 90) == 135


def test_english_with_a_korean_title_counts_as_written():
    lines = ("I finally read 바다의 시간 by Han Do-yun, a quiet novel about two sisters on an island.",
             "The middle drags, but the ending stays with you for days.")
    assert english_words(lines, 100) == 100
    assert english_words((), 100) == 100


def test_a_short_korean_review_under_its_book_card_is_a_review():
    ev = evidence(title="[책과 사람] 섬에서 다시 만난 두 자매", words=90, book_source="details", book_has_author=True,
                  book_title="바다의 시간", book_author="한도윤", book_mentions=3, body=(_KO_LINES, "\n".join(_KO_LINES)))
    assert classify(ev)[0] == "review"


def test_a_korean_notice_stays_too_short():
    lines = ("바다의 시간 | 한도윤 지음 | 푸른책 | 248쪽", "섬마을 두 자매의 이야기를 담은 장편소설이 나왔다.")
    ev = evidence(title="[새 책] 바다의 시간", words=60, book_source="details", book_has_author=True,
                  book_title="바다의 시간", book_author="한도윤", book_mentions=1, body=(lines, "\n".join(lines)))
    assert classify(ev)[0] == "other"


def test_an_english_short_piece_stays_too_short():
    lines = ("The Sea Hours by Han Doyun.", "A quiet novel about two sisters; a short note before the holidays.")
    ev = evidence(title="The Sea Hours by Han Doyun", words=90, book_source="title", book_has_author=True,
                  book_title="The Sea Hours", book_author="Han Doyun", book_mentions=2, body=(lines, "\n".join(lines)))
    assert classify(ev)[0] == "other"
