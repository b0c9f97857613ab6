"""An unmarked sentence-case title in a Romance-language sentence, its author between commas after "de" (bookplainof)."""

from scraper.extract.book import Context
from scraper.extract.bookplainof import plain_of


def _read(text: str, language: str):
    return plain_of(text, Context(text, language=language))


def test_portuguese_with_the_article_and_a_verb_before():
    text = "Acabei ontem O rio das almas, da Joana Prates, e ainda estou pensando nele. A Prates escreve com calma."
    assert _read(text, "pt-BR") == ("O rio das almas", "Joana Prates")


def test_spanish_title_opening_the_sentence():
    text = "El faro apagado, de Luis Ortega, se lee en dos tardes. Ortega no da respiro."
    assert _read(text, "es") == ("El faro apagado", "Luis Ortega")


def test_italian_di():
    text = "Ho letto Il mare d'inverno, di Marta Galli, durante le vacanze. La Galli sa scrivere."
    assert _read(text, "it") == ("Il mare d'inverno", "Marta Galli")


def test_a_title_holding_a_name_is_kept_whole():
    text = "A vida de Ana Reis, do Paulo Lemos, é curta. Lemos acerta o tom."
    assert _read(text, "pt") == ("A vida de Ana Reis", "Paulo Lemos")


def test_near_miss_language_without_the_form():
    text = "Ich las Der stille Hafen, de Greta Lind, in einem Zug. Lind schreibt klar."
    assert _read(text, "de") is None


def test_near_miss_place_or_single_word_after_de():
    assert _read("Passei o verão em Lisboa, de Portugal, com amigos.", "pt") is None  # one word: no person
    assert _read("Fui à Feira do Livro, da Praça Central, no sábado.", "pt") is None  # a place, named once
