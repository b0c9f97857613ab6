"""The book in a short review's headline or opening (the s33 round; own words and markup).

- Bulgarian and Macedonian "„T“ на A" (bookquotedby): "на" makes the genitive of languages that decline no name, after
  a quoted title and before a name that is all that follows. Near misses: a place after it, a remark after the name,
  another language's page.
- An Ethiopic headline "T — A" (bookethiopicdash): the name after the dash, called by its given name alone in the text,
  which calls its work a book. Near misses: a text that never says the given name alone, one that never says "book".
- An English headline in title case whose small words stay in lower case is a title ("… Song with Stones",
  bookbody.title_like). Near misses: a headline in sentence case.
- "Finished A B's first book …": a verb opening the sentence is no given name (bookopeningverb). Near misses: a short
  given name, a name whose rest is one word, a name in the middle of a sentence.
"""

import pytest

from scraper.extract.book import Context
from scraper.extract.bookbody import title_like
from scraper.extract.bookclues import possessor
from scraper.extract.bookdashowner import dashed_owner
from scraper.extract.bookheadline import from_title

_BG_TEXT = "Стиховете на Петрова са тихи и точни. Прочетох книгата за една вечер."


@pytest.mark.parametrize("language", ["bg", "mk"])
def test_quoted_title_of_a_name(language):
    book = from_title("„Сиви облаци“ на Мария Петрова", Context(_BG_TEXT, (), language))
    assert (book.title, book.author) == ("Сиви облаци", "Мария Петрова")


@pytest.mark.parametrize("headline, language", [
    ("„Хамлет“ на Народния театър", "bg"),  # a place
    ("„Сиви облаци“ на Мария Петрова: впечатления от едно четене", "bg"),  # a remark after the name
    ("„Сиви облаци“ на Мария Петрова", "ru"),  # another language: "на" is "on"
])
def test_quoted_title_not_of_a_name(headline, language):
    book = from_title(headline, Context(_BG_TEXT, (), language))
    assert book is None or book.author is None


_TI_HEADLINE = "ቀይሕ ባሕሪ — ሙሴ ተስፋይ"


def test_ethiopic_dash_the_given_name_said_alone():
    text = "እዚ መጽሓፍ ብዛዕባ ገምገም ባሕሪ እዩ።\nሙሴ ብቐሊል ቋንቋ ይጽሕፍ።"
    assert dashed_owner(_TI_HEADLINE, Context(text, (), "ti")) == ("ቀይሕ ባሕሪ", "ሙሴ ተስፋይ")


@pytest.mark.parametrize("text", [
    "እዚ መጽሓፍ ብዛዕባ ገምገም ባሕሪ እዩ።\nብቐሊል ቋንቋ ይጽሕፍ።",  # the given name never said
    "ሙሴ ተስፋይ ኣብ ከተማ ይነብር።\nሙሴ ብዛዕባ ባሕሪ ይዛረብ።",  # said, but no book
])
def test_ethiopic_dash_not_vouched(text):
    assert dashed_owner(_TI_HEADLINE, Context(text, (), "ti")) is None


@pytest.mark.parametrize("headline", ["The Song with Stones", "Letters from the Harbour", "A House over the Water"])
def test_title_case_keeps_small_words_lower(headline):
    assert title_like(headline, "en")


@pytest.mark.parametrize("headline", ["Notes from a rainy weekend", "Reading with friends again", "Coffee and long walks"])
def test_sentence_case_is_no_title(headline):
    assert not title_like(headline, "en")


def test_opening_verb_is_no_given_name():
    lines = ["Finished Ana Ruiz Soler's second novel on the night train home and missed my stop."]
    assert possessor(lines, Context(lines[0], (), "en")) == "Ana Ruiz Soler"


@pytest.mark.parametrize("line, name", [
    ("Ted Hughes's poems were on the shelf beside it.", "Ted Hughes"),  # a short given name
    ("Harding Wells's novel opens on a beach.", "Harding Wells"),  # the rest is one word
    ("Last spring I loved Sterling Okoro's novel about the coast.", "Sterling Okoro"),  # mid-sentence
])
def test_names_that_keep_their_first_word(line, name):
    assert possessor([line], Context(line, (), "en")) == name
