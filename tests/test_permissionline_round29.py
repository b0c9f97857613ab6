"""A review published by its owner's permission (scraper.extract.edges, the provenance line), round 29, on posts of our
own invention: a short line after the review's last paragraph saying it is reprinted by permission, in English, German,
Welsh, Dutch and Swedish, alone or under the reviewer's name after a break. Near misses stay: a free copy's disclosure
(a copy, not a permission), the words in the review's own paragraph, a long paragraph, a line before the review.
"""

from __future__ import annotations

import pytest

from scraper.extract.edges import PERMISSION
from tests.cleaning import cleaned, paras

HOST = "quarrybooks.example"
RULE = "provenance line"

REVIEW = [
    "The novel follows two brothers in a slate-quarrying village through one hard winter, told by the younger one years later.",
    "The voice is funny and sly for a hundred pages, and then the darkness under the jokes comes up through the floor.",
    "The ending by the lake is still one of the strangest and most moving pages I know, and it rewards a second reading.",
]


@pytest.mark.parametrize("line_", [
    "<p>Reprinted by kind permission of the Quarry Valley Review.</p>",  # en
    "<p class='by'>Anna Weber<br>Veröffentlicht mit freundlicher Genehmigung des Literaturhauses Nord.</p>",  # de
    "<p>Cyhoeddir yr adolygiad hwn trwy ganiatâd Cylchgrawn y Chwarel.</p>",  # cy
    "<p>Overgenomen met toestemming van het Leesblad.</p>",  # nl
    "<p>Publiceras med tillstånd av Bokbladet.</p>",  # sv
])
def test_a_permission_line_after_the_review_goes(line_):
    text, rules = cleaned(paras(*REVIEW) + line_, HOST)
    assert RULE in rules
    assert all(sentence in text for sentence in REVIEW)
    assert not any(w in text for w in ("permission", "Genehmigung", "ganiatâd", "toestemming", "tillstånd"))


def test_a_free_copy_disclosure_is_no_permission():
    assert not PERMISSION.search("The publisher sent me a free copy of this book in exchange for an honest review.")
    assert not PERMISSION.search("Der Verlag hat mir ein Rezensionsexemplar zur Verfügung gestellt.")


def test_the_words_in_the_reviews_paragraph_stay():
    middle = ("<p>The younger brother is only allowed out with his mother's permission, and the village watches him "
              "all the same, which is where the book's long quiet dread begins to gather.</p>")
    text, rules = cleaned(paras(*REVIEW[:2]) + middle + paras(REVIEW[2]), HOST)
    assert RULE not in rules and "permission" in text


def test_a_permission_line_before_the_review_is_not_this_rule():
    text, rules = cleaned("<p>Reprinted by permission of the Quarry Valley Review.</p>" + paras(*REVIEW), HOST)
    assert "Reprinted by permission" in text
