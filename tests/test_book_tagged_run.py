"""An English post tagged with its author, whose text writes the name in full, and whose opening names a title in title
case inside a sentence (booktranslated.tagged_title_run, bookB13); near misses: a German page (every noun capitalised),
a title held up for comparison, two people tagged, a run that opens a sentence, a run with no small word or article."""

from scraper.extract.booktranslated import tagged_title_run

_TEXT = "I finally read The Lantern Room of Aldgate this spring.\nAda Berg writes like a watchmaker. The ending is quiet."


def _find(opening: str, labels=("novellas", "ada berg"), text: str = _TEXT, language: str = "en"):
    return tagged_title_run([opening], list(labels), opening + "\n" + text, language)


def test_english_lower_and_capitalised_tags():
    assert _find("I finally read The Lantern Room of Aldgate this spring.") == ("The Lantern Room of Aldgate", "Ada Berg")
    assert _find("Last month I picked up A Winter in Lisbon because it was short.", labels=["Ada Berg"]) == ("A Winter in Lisbon", "Ada Berg")
    # a note set off whole before the opening is skipped
    assert tagged_title_run(["“Content note: grief.”", "I finally read The Lantern Room of Aldgate."], ["ada berg"],
                            _TEXT, "en") == ("The Lantern Room of Aldgate", "Ada Berg")


def test_near_misses():
    # German capitalises every noun: no title case to read
    assert _find("Ich habe endlich Die Wand der Stille gelesen.", language="de") is None
    # held up for comparison
    assert _find("If you loved The Lantern Room of Aldgate, this one is darker.") is None
    # two people tagged and named in full: no telling
    text = _TEXT + " Tom Reed, the narrator, is a clerk."
    assert _find("I finally read The Lantern Room of Aldgate.", labels=["ada berg", "tom reed"], text=text) is None
    # the run opens the sentence; a run with no small word and no article is a name or a place
    assert _find("The Lantern Room of Aldgate was slow.") is None
    assert _find("We drove through North Yorkshire Moors in May.") is None
    # the tag is not written in the text at all
    assert _find("I finally read The Lantern Room of Aldgate.", labels=["jane doe"]) is None
