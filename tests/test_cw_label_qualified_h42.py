"""A content-warning label qualified by a clause with a comma before its colon ("Triggerwarnung für alle, die es
brauchen:", "Content warning, for anyone who needs it:"): read as a label when what follows names a hard thing."""

from scraper.extract.notes import read_notes


def _cw(markdown):
    return read_notes(markdown).content_warnings


def test_qualified_labels_with_a_comma():
    md = ("Ein stiller Roman über einen Sommer am See.\n\n"
          "Triggerwarnung für alle, die es brauchen: Missbrauch und ein Suizid kommen vor.\n\n"
          "Die Sprache ist klar, die Figuren bleiben lange im Kopf.")
    assert "Suizid" in (_cw(md) or "")
    md = ("A slow novel about one summer by the lake.\n\n"
          "Content warning, for anyone who needs it: self-harm and violence on the page.\n\n"
          "The prose is plain and the people stay with you.")
    assert "self-harm" in (_cw(md) or "")


def test_near_misses():
    # the label's words with a comma, but nothing hard after the colon
    md = ("Ein stiller Roman über einen Sommer am See.\n\n"
          "Warnung an alle, die Tempo suchen: hier passiert lange nichts.\n\n"
          "Die Sprache ist klar, die Figuren bleiben lange im Kopf.")
    assert _cw(md) is None
    md = ("A slow novel about one summer by the lake.\n\n"
          "A warning, for those who like plot: nothing happens for a hundred pages.\n\n"
          "The prose is plain and the people stay with you.")
    assert _cw(md) is None
