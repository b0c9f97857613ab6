"""scraper.extract.notes: a disclosure written as a note's shorthand (the participle alone, "free", and the publisher:
"Libro ricevuto gratuitamente dalla casa editrice"), a free copy that "came" from the house ("kostenloses
Rezensionsexemplar vom Verlag"), and the Slavic loanwords for a trigger warning (uk "Тригери:", ru "Триггер-ворнинг:").
Near misses: praise received from a publisher, a free loan from a library, triggers talked about in a sentence."""

from __future__ import annotations

import pytest

from scraper.extract.notes import read_notes

PLOT = "\n\n".join([
    "A lighthouse keeper's daughter inherits the logbooks and reads forty years of weather and silence in them.",
    "The middle chapters move between the keeper's entries and her own winter in the emptied house on the cape.",
    "What she finds in the last logbook changes how she sees her mother, and I will not say more than that.",
] * 3)


@pytest.mark.parametrize("note", [
    "*Libro ricevuto gratuitamente dalla casa editrice, che ringrazio: le opinioni restano mie.*",  # it
    "Livro recebido gratuitamente da editora. Obrigada!",  # pt
    "Received free of charge from the publisher; the opinions are mine.",  # en
    "Die Taschenbuchausgabe kam als kostenloses Rezensionsexemplar vom Verlag zu mir.",  # de
])
def test_a_free_copy_from_the_publisher_written_as_a_short_note(note):
    assert read_notes(PLOT + "\n\n" + note).disclosure is not None


@pytest.mark.parametrize("note", [
    "The novel received glowing praise from the publisher before anyone had read it.",
    "Ich habe das Buch kostenlos in der Stadtbibliothek ausgeliehen, wie fast alles, was ich lese.",
    "Libro ricevuto in regalo da mia sorella per il compleanno.",
])
def test_a_free_book_or_praise_that_is_no_disclosure(note):
    assert read_notes(PLOT + "\n\n" + note).disclosure is None


@pytest.mark.parametrize("note, listed", [
    ("Тригери: смерть матері, домашнє насильство.", "смерть матері, домашнє насильство."),  # uk
    ("Триггер-ворнинг: суицид, жестокость к животным.", "суицид, жестокость к животным."),  # ru
])
def test_the_slavic_loanwords_for_a_trigger_warning(note, listed):
    assert read_notes(note + "\n\n" + PLOT).content_warnings == listed


def test_triggers_named_in_a_sentence_are_no_label():
    assert read_notes("Тригери в цій книжці кожен знайде свої, і про це вона.\n\n" + PLOT).content_warnings is None


@pytest.mark.parametrize("note, listed", [
    ("Upozornění na obsah: týrání zvířat.", "týrání zvířat."),  # cs "warning about the content"
    ("Попередження про вміст: загибель тварини.", "загибель тварини."),  # uk
    ("Тригер-попередження: булінг.", "булінг."),  # uk
    ("콘텐츠 경고: 학대, 자해", "학대, 자해"),  # ko "content warning"
    ("Varning för innehållet: ätstörningar.", "ätstörningar."),  # sv
])
def test_a_warning_about_the_content_in_more_wordings(note, listed):
    assert read_notes(note + "\n\n" + PLOT).content_warnings == listed


def test_the_same_words_inside_a_sentence_are_no_label():
    assert read_notes("Upozornění na obsah knihy dává už obálka, ale nic nevyzradí.\n\n" + PLOT).content_warnings is None


@pytest.mark.parametrize("note", [
    "Экземпляр для рецензии предоставлен издательством «Полынь».",  # ru
    "Цю книжку мені надіслало видавництво, за що дякую.",  # uk
    "Výtisk mi zaslalo nakladatelství Host.",  # cs
    "Bu kitap yayınevi tarafından hediye edildi.",  # tr
    "A példányt a kiadó biztosította.",  # hu
    "Exemplarul a fost trimis de editura Litera.",  # ro
    "Το βιβλίο μου στάλθηκε από τις εκδόσεις Πατάκη.",  # el
    "이 도서는 출판사에서 제공받아 솔직하게 썼습니다.",  # ko
])
def test_the_house_as_the_giver_in_more_languages(note):
    assert read_notes(PLOT + "\n\n" + note).disclosure is not None


@pytest.mark.parametrize("note", [
    "Издательство «Полынь» выпустило подарочное издание с иллюстрациями.",
    "Kitabı yayınevi tarafından basılan ilk baskıdan okudum.",
    "출판사에서 지원받은 번역가가 새로 옮긴 판본이다.",
])
def test_a_house_named_beside_no_giving_to_the_reviewer(note):
    assert read_notes(PLOT + "\n\n" + note).disclosure is None
