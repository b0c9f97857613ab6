"""A free-copy note at a review's edge in Irish, Scottish Gaelic and Welsh (notegift, notewords): the publisher, its
initial mutated, a giving, a copy and the writer (or the reviewer) as its receiver."""

from scraper.extract.notegift import edge_gift


def _at_end(note):
    return edge_gift(note, 5, 6)


def test_irish_notes():
    assert _at_end("Sheol an foilsitheoir cóip den leabhar chugam saor in aisce.")
    assert _at_end("Fuair an léirmheastóir cóip ón bhfoilsitheoir.")


def test_scottish_gaelic_note():
    assert _at_end("Chuir am foillsichear lethbhreac den leabhar thugam.")


def test_welsh_note():
    assert _at_end("Anfonwyd copi o'r llyfr i mi gan y cyhoeddwr.")


def test_near_misses():
    # the publisher named with no copy given: a record line, a reissue, a publisher's news
    assert not _at_end("Foilsitheoir: Cló an Locha, 2026.")
    assert not _at_end("Thug an foilsitheoir clúdach nua don eagrán seo.")
    assert not _at_end("Cyhoeddwyd y llyfr gan Wasg y Dyffryn yn 2025.")
    # a copy sent to bookshops, not to the writer
    assert not _at_end("Sheol an foilsitheoir cóipeanna chuig na siopaí leabhar.")
    # in the middle of the review, not at its edge
    assert not edge_gift("Fuair an léirmheastóir cóip ón bhfoilsitheoir.", 3, 8)
