"""holdout78–81 round (helper booklatin), in our own words: a headline "T – A" whose A is one word (a pen name) was read
by no rule: book.is_name never takes one word alone. bookpenname.tagged_pen_name now reads it where A is one of the
post's tags as the headline writes it, no kind's or review's word, and the text never says it in lower case.

Fires: fr, en, it, es headlines ending on a one-word name that the tags hold (the text naming it or not). Near
misses: a tag of a common word the text says in lower case ("Spoilers"), a kind's word ("Roman"), a review's word
("Rezension"), a one-word tail that no tag holds, a tag only in lower case.
"""

from __future__ import annotations

import pytest

from scraper.extract.bookpenname import tagged_pen_name

CASES = [
    ("La Maison des brumes – Sorel", ["classiques", "Sorel", "brume"], "Je le relis chaque hiver. Il tient encore."),
    ("The Lantern Keeper – Ashdown", ["classics", "Ashdown"], "A short book I reread every year; it still holds."),
    ("Il porto d'inverno – Marzano", ["classici", "Marzano"], "Lo rileggo ogni anno, e Marzano scrive ancora meglio."),
    ("El faro dormido – Berrocal", ["clásicos", "Berrocal"], "Lo releo cada invierno. Sigue en pie."),
]


@pytest.mark.parametrize("headline,tags,text", CASES)
def test_a_one_word_name_after_the_dash_that_a_tag_holds_is_the_author(headline, tags, text):
    title, name = headline.split(" – ")
    book = tagged_pen_name(None, headline, tags, text)
    assert book is not None and (book.title, book.author) == (title, name)


@pytest.mark.parametrize("headline,tags,text", [
    ("The Lantern Keeper – Spoilers", ["Spoilers"], "Careful: spoilers below, and more spoilers after."),
    ("Die stille Fähre – Roman", ["Roman"], "Ein leiser Text."),
    # (rev31b: a blog that capitalises every tag, as German does its nouns, tells no name by its capital)
    ("Die stille Fähre – Lindqvar", ["Klassiker", "Lindqvar"], "Ich lese es jeden Winter wieder. Es trägt noch."),
    ("Die stille Fähre – Rezension", ["Rezension"], "Ein leiser Text."),
    ("The Lantern Keeper – Ashdown", ["classics", "reread"], "A short book I reread every year."),
    ("The Lantern Keeper – Ashdown", ["classics", "ashdown"], "A short book I reread every year."),
])
def test_common_words_and_untagged_tails_are_no_author(headline, tags, text):
    assert tagged_pen_name(None, headline, tags, text) is None
