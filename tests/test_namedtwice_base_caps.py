"""booknamedtwice._base: a name's case form matched casefolded may share no prefix as written (the prose prints the
name in lower case, "sørensens", or in another capital); that must leave the name as it is, not raise
StopIteration out of extract_page (it did, on an unseen page, at 1.56.0)."""

from scraper.extract.booknamedtwice import _base


def test_another_case_in_the_prose_leaves_the_name():
    assert _base("Sørensen", ["sørensens", "skriver", "om"]) == "Sørensen"
    assert _base("Ødegård", ["ødegårds", "roman"]) == "Ødegård"


def test_a_shorter_form_the_prose_gives_is_still_taken():
    assert _base("Lindqvists", ["Lindqvist", "skriver"]) == "Lindqvist"
    assert _base("Մահարին", ["Մահարի", "գիրքը"]) == "Մահարի"
