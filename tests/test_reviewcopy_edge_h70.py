"""Helper fields70 of the holdout70 round (carried from holdout69): a note at the review's edge naming "a review copy"
the house gave (notegift._FOR_REVIEW, read by notegift.edge_gift).

Czech "Recenzní výtisk jsme dostali od nakladatelství …" was read only by notes.py's sentence rules; the edge rule, which
reads such notes in any language by a giver, a giving and the copy given "for review", did not know the copy *named* a
review copy. It now does in cs, sk, pl, hr/bs/sr, sl, ru, uk, bg, hu, ro, lt, lv.

Near misses: a review copy the writer bought, a house that printed a review copy, a review copy named in the middle.
"""

from __future__ import annotations

from scraper.extract.notegift import edge_gift
from scraper.extract.notes import read_notes


def test_review_copy_notes_at_the_edge():
    assert edge_gift("Recenzný výtlačok sme dostali od vydavateľstva Horizont.", 0, 6)
    assert edge_gift("Recenzijski primjerak dobili smo od izdavača.", 5, 6)
    assert edge_gift("Рецензійний примірник ми отримали від видавництва.", 0, 6)
    assert edge_gift("Exemplarul de recenzie l-am primit de la editură.", 5, 6)
    assert edge_gift("Recenzní výtisk jsme dostali od nakladatelství Sever.", 0, 6)


def test_review_copy_notes_that_disclose_nothing():
    assert edge_gift("Recenzní výtisk jsme si koupili, nakladatelství Sever nám nic neposlalo.", 0, 6) is None
    assert edge_gift("Nakladatelství Sever vydalo recenzní výtisk s jinou obálkou.", 0, 6) is None
    assert edge_gift("Recenzný výtlačok sme dostali od vydavateľstva Horizont.", 3, 8) is None  # (in the middle)


def test_review_copy_note_closing_a_review():
    paragraph = "Román o třech generacích jedné rodiny, psaný suchým a přesným jazykem, který nic nevysvětluje navíc."
    note = "Recenzijski primjerak dobili smo od izdavača."
    assert read_notes("\n\n".join([paragraph] * 6 + [note])).disclosure == note
