"""A headline's leading reread label before a colon ("Wiedergelesen: T", "Muling pagbasa: T ni A"; rev34g: not the
nouns that name a proofreading or a reinterpretation too, "Relecture :", "إعادة قراءة:") is the writer's label, as
English "Reread: T" is (book.REVIEW_PREFIX, reviewlabel.REREAD_WORDS), taken off the book's title; and Tagalog's
article on the book's noun ("ang nobela"; rev34g: not "ng aklat", a compound's) calls the work "the novel"
(reviewwords.MORE_WORK_REFERENCES). Headlines and sentences of our own; near misses: a reread word running on into the
headline's sentence, a plural of books."""

from __future__ import annotations

import pytest

from scraper.extract.book import REVIEW_PREFIX
from scraper.extract.readernotes import references


@pytest.mark.parametrize("headline, rest", [
    ("Wiedergelesen: Der Sommer am Fluss von Eva Lind", "Der Sommer am Fluss von Eva Lind"),
    ("Muling pagbasa: Ang Huling Tag-araw ni Rosa Diaz", "Ang Huling Tag-araw ni Rosa Diaz"),
    ("पुनर्वाचन: नदीकाठचं घर", "नदीकाठचं घर"),
])
def test_leading_reread_label(headline, rest):
    label = REVIEW_PREFIX.match(headline)
    assert label is not None and headline[label.end():] == rest


@pytest.mark.parametrize("headline", [
    "Relecture de la Bible en temps de crise",  # no colon: the headline's own words
    "Muling pagbasa ng kasaysayan sa paaralan",
])
def test_reread_word_in_a_sentence_is_no_label(headline):
    assert REVIEW_PREFIX.match(headline) is None


def test_tagalog_article_on_the_noun_is_a_reference():
    assert references("Nakakagulat na sariwa pa rin ang nobela. Sa dulo ng aklat, umiyak ako.") == 1
    assert references("Marami akong binili ng mga libro sa perya.") == 0
