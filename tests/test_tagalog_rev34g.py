"""rev34g: Tagalog's fault (reservation._FAULT) is said of the craft: the fault a predicate before its subject, the
craft noun in the "ang" phrase after it ("mahina ang banghay", the plot is weak; "mahina ang ulan" is light rain) or
linked before it; "the novel" (reviewwords) only with the subject's article "ang" ("paglulunsad ng aklat", a book
launch, "tindahan ng libro", a bookshop, are compounds); the negation "hindi" is lower case or opens a clause, not the
language's name ("Translated from the Hindi, the pacing is slow in places" grants its fault); "kahit" is a concession
only as "kahit na"/"kahit man". Sentences of our own."""

from __future__ import annotations

import pytest

from scraper.extract.readernotes import references
from scraper.extract.reservation import reserves


@pytest.mark.parametrize("text", [
    "Mahina ang banghay sa gitna, pero maganda ang wakas.",
    "Medyo mabagal ang mga unang kabanata, ngunit sulit ang paghihintay.",
    "Minsan nakakabagot ang mga usapan ng mga tauhan, pero tapat ang nobela.",
    "Translated from the Hindi, the pacing is a little slow in places.",
    "The Hindi translation is fine, though the pacing is a little slow in places.",
])
def test_fault_granted(text):
    assert reserves([text])


@pytest.mark.parametrize("text", [
    "Bagama't mahina ang ulan, nakinig ang mga bata sa kuwento ng may-akda.",
    "Mabagal ang trapiko, pero dumating kami bago magsimula ang kuwento.",
    "Hindi mabagal ang kuwento, pero mahaba ito.",  # negated
    "The pacing is not slow, though the Hindi edition is longer.",
])
def test_no_fault(text):
    assert not reserves([text])


def test_the_novel_only_with_ang():
    assert references("Maganda ang nobela, at tapat ang wika.") == 1
    assert references("Dumalo kami sa paglulunsad ng aklat sa tindahan ng libro.") == 0
    assert references("Bahagi ito ng Buwan ng Aklat sa aming bayan.") == 0
