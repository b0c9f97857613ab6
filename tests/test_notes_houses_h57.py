"""A free-copy note at the review's edge whose giver is a house named by its "publications" (tr "X Yayınları", az "X
Nəşrləri", ku "Weşanên X": notegift._IMPRINT) or whose writer is said to have been given or sent the copy without payment
in Swahili ("alipewa … bila malipo": notewords.PROVIDED, FREE_SCRIPTS), on reviews of our own invention. A house named in
a record row, a thanks for something else, a house that only printed the book, a note in the middle of the review and a
giving to a character are no disclosure."""

from __future__ import annotations

import pytest

from scraper.extract.notes import read_notes

PARAS = [
    "The novel follows two sisters who run a lighthouse café through a long wet autumn, one chapter for each week.",
    "The middle drags a little, but the storm at the end is written with real force and I read it in one sitting.",
    "Her dialogue is quick and dry, and the town around the café feels lived in rather than painted on.",
    "I would hand it to anyone who likes quiet family stories, and I will look out for whatever she writes next.",
]


def _md(*blocks: str) -> str:
    return "\n\n".join(blocks)


@pytest.mark.parametrize("note", [
    "Bu kitabı bize yollayan Deniz Yayınları'na teşekkürler.",  # tr: thanks to the house for sending (yollamak)
    "Okuma nüshası için Kuzey Yayıncılık'a teşekkür ederim.",  # tr: thanks for the reading copy
    "Kitabı gönderdikleri için Martı Yayınları'na teşekkür ederiz.",  # tr: thanks for sending it
    "Kitabı Günəş Nəşrləri mənə hədiyyə göndərib.",  # az: the house sent it to me as a gift
    "Weşanên Avesta ev pirtûk ji me re şand, spas.",  # ku: the house sent us the book, thanks
    "Mkaguzi alipewa nakala bila malipo na mchapishaji.",  # sw: the reviewer was given a copy free by the publisher
    "Tulitumiwa kitabu hiki na mchapishaji bila gharama yoyote.",  # sw: we were sent it by the publisher at no cost
])
@pytest.mark.parametrize("at_start", [True, False])
def test_a_house_or_a_free_giving_at_the_edge_is_a_disclosure(note, at_start):
    blocks = [note, *PARAS] if at_start else [*PARAS, note]
    assert read_notes(_md(*blocks)).disclosure == note


@pytest.mark.parametrize("blocks", [
    # a record row naming the house
    [*PARAS, "Yayınevi: Deniz Yayınları"],
    # a thanks to the house for a fine cover, nothing given or sent
    [*PARAS, "Deniz Yayınları'na bu güzel kapak için teşekkürler."],
    # the house only printed the book
    [*PARAS, "Roman 2019'da Martı Yayınları tarafından basıldı."],
    # the note in the middle of a long review
    [*PARAS[:2], "Kitabı gönderdikleri için Martı Yayınları'na teşekkür ederiz.", *PARAS[2:], *PARAS],
    # sw: a character given a gift in the plot, no publisher
    [*PARAS, "Mwishoni shujaa alipewa zawadi bila malipo na mjomba wake."],
    # sw: the publisher printed it, nothing given
    [*PARAS, "Mchapishaji alichapisha toleo jipya mwaka huu."],
])
def test_near_misses_are_no_disclosure(blocks):
    assert read_notes(_md(*blocks)).disclosure is None
