"""Posts about several books that a rule for one reviewed book would take, told by what the post's title and its
set-off titles say (reviewed.py):

- a title about a shelf or a case of books ("Clearing out my father's bookshelf", "父の本棚を片づけた日", "书架搬家记") is
  about books in the plural, as "books" is in the languages that have a plural, when the post carries no mark of one
  work; a title as short as a name ("Kristin's Bookshelf", "하늘의 책장") is a blog's name, not the post's words;
- a short rated post (under 180 words) whose book was not found, that names three titles or more in passing, none
  again, and carries no mark of one work, gives its one score to one of several: an essay about reading. A longer
  post, a post that names two, or one that keeps calling one of them "the novel" is still read as a review; an italic
  line of prose (a disclosure) is no title.

Our own sentences, in several languages.
"""

from __future__ import annotations

import pytest

from scraper.extract.classify import body_signals, classify
from scraper.extract.reviewed import scattered
from tests.test_classify import evidence

VOICE = "calls its book 'the book', 'the novel' 3×"


# -- a title about a shelf of books ----------------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["Clearing out my father's bookshelf at last", "父の本棚を片づけた日曜日",
                                   "书架搬家记：三十年的旧书", "Was auf Omas Bücherregal übrig blieb", "엄마의 책장을 정리하던 날"])
def test_a_long_post_under_a_title_about_a_bookshelf_with_no_mark_of_one_work_is_an_essay(title):
    k, reason = classify(evidence(title=title, words=300, work_clues=()))
    assert k == "other" and "shelf" in reason, reason


@pytest.mark.parametrize("overrides", [
    dict(title="Kristin's Bookshelf", work_clues=()),  # a blog's name
    dict(title="하늘의 책장", work_clues=()),
    dict(title="ぱんだの本棚", work_clues=()),
    dict(title="Clearing out my father's bookshelf at last", work_clues=(VOICE,)),  # one book, "the novel" again and again
    dict(title="Clearing out my father's bookshelf at last", work_clues=(), rating=True),  # a verdict
    dict(title="父の本棚を片づけた日曜日", work_clues=(), categories=["書評"], source_hint=True),  # filed as a review
])
def test_near_misses_of_the_bookshelf_title_stay_reviews(overrides):
    assert classify(evidence(words=300, **overrides))[0] == "review"


# -- a short rated post naming several titles in passing ---------------------------------------------------------

_ESSAY_EN = [
    "This autumn I went back to the shelf of novels I was made to read at school, to see who I was then.",
    "First came *The Old Orchard* by Mara Quill, which I hated at fifteen and now find tender. Then *Salt Roads* by "
    "Ivo Dane, where I stalled on page thirty back then and laughed aloud this time.",
    "The surprise was *A Winter Ledger* by Tomas Ek. Twenty years ago I gave it five stars on a reading site because "
    "everyone said it was great; now I understand why.",
    "What did I learn? That a book stays the same and its reader does not.",
]
_ESSAY_ES = [
    "Este otoño volví a la estantería de las novelas del instituto, para saber quién era yo entonces.",
    "Primero «El huerto viejo» de Mara Quill, que a los quince años odié y hoy me parece tierno. Después «Caminos de "
    "sal» de Ivo Dane, que entonces abandoné en la página treinta.",
    "La sorpresa fue «Un libro de invierno» de Tomás Ek. Hace veinte años le di cinco estrellas en una web de lectura "
    "porque todos decían que era grande; ahora entiendo por qué.",
    "¿Qué aprendí? Que un libro no cambia, pero su lectora sí.",
]


def _ev(paragraphs, **overrides):
    markdown = "\n\n".join(paragraphs)
    signals = body_signals(paragraphs, markdown)
    values = dict(title="Rereading at forty", words=140, rating=True)
    values.update(overrides)
    return evidence(**{**signals, **values})


@pytest.mark.parametrize("paragraphs", [_ESSAY_EN, _ESSAY_ES])
def test_a_short_rated_post_naming_three_titles_in_passing_is_an_essay(paragraphs):
    ev = _ev(paragraphs)
    assert len(scattered(ev)) == 3
    k, reason = classify(ev)
    assert k == "other" and "3 titles in passing" in reason, reason


def test_a_longer_post_keeps_the_benefit_of_its_length():
    assert classify(_ev(_ESSAY_EN, words=320))[0] == "review"


def test_two_titles_in_passing_are_not_several():
    paragraphs = [p.replace("*A Winter Ledger*", "one more novel") for p in _ESSAY_EN]
    assert classify(_ev(paragraphs))[0] == "review"


def test_a_title_named_again_is_the_post_s_book():
    paragraphs = _ESSAY_EN + ["I keep thinking about *A Winter Ledger* and its frozen harbour."]
    assert classify(_ev(paragraphs))[0] == "review"


def test_a_mark_of_one_work_keeps_it_a_review():
    assert classify(_ev(_ESSAY_EN, work_clues=(VOICE, "speaks of its rating")))[0] == "review"


def test_an_italic_line_of_prose_is_no_title():
    paragraphs = ["*The publisher sent me a free copy; the opinions are my own.*",
                  "*Content note: grief, a drowning.*"] + [p.replace("*A Winter Ledger*", "the third") for p in _ESSAY_EN]
    ev = _ev(paragraphs)
    assert scattered(ev) == set() and classify(ev)[0] == "review"
