"""rev34g: a headline's leading reread label before a colon (book.REVIEW_PREFIX) is not one of the nouns that name a
proofreading or a new reading of a thing too: fr "Relecture :" (an author's proofs), es/it/pt "Relectura/Rilettura/
Releitura:" (a reinterpretation), fa "بازخوانی:" and ar "إعادة قراءة:" (a case, a war revisited). The participles and
the unambiguous nouns stay labels. Headlines of our own."""

from __future__ import annotations

import pytest

from scraper.extract.book import REVIEW_PREFIX


@pytest.mark.parametrize("headline, rest", [
    ("Wiedergelesen: Der Sommer am Fluss von Eva Lind", "Der Sommer am Fluss von Eva Lind"),
    ("Relu : Le Phare d'Anne Roy", "Le Phare d'Anne Roy"),
    ("Riletto: Il mare d'inverno di Lia Neri", "Il mare d'inverno di Lia Neri"),
    ("Muling pagbasa: Ang Huling Tag-araw ni Rosa Diaz", "Ang Huling Tag-araw ni Rosa Diaz"),
    ("Herlezen: De stille haven van Eva Smit", "De stille haven van Eva Smit"),
])
def test_reread_label(headline, rest):
    label = REVIEW_PREFIX.match(headline)
    assert label is not None and headline[label.end():] == rest


@pytest.mark.parametrize("headline", [
    "Relecture : Les Ombres du lac, tome 2",
    "Releitura: Romeu e Julieta no sertão",
    "Rilettura: Amleto nel Novecento",
    "بازخوانی: پرونده قتل‌های زنجیره‌ای",
    "إعادة قراءة: حرب 1967",
])
def test_revision_noun_is_no_label(headline):
    assert REVIEW_PREFIX.match(headline) is None
