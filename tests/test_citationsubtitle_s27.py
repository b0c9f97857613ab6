"""bookmarkedrecord (s27): a scholarly citation closing a review ("A, *T: S*. City: House, 2014.") joins the title and
its subtitle with a colon as its style requires; the book is its title before the colon. Near misses: a record without
a scholarly imprint, a short subtitle, a text that names the whole title again. Examples in our own words."""

from lxml import html as _html

from scraper.extract.book import Context
from scraper.extract.bookmarkedrecord import marked_record


def _read(line, text="Harlan argues well. Harlan is careful. Harlan again."):
    body = _html.fromstring(f"<div><p>{text}</p><p>{line}</p></div>")
    return marked_record(body, Context(text + "\n" + _html.fromstring(f"<p>{line}</p>").text_content(), (), "en"))


def test_english_chicago_citation():
    line = "Ruth Harlan, <em>The Long Field: Labour and Land in the Northern Valleys</em>. Boston: Orchard Press, 2011. 412 pp."
    assert _read(line) == ("The Long Field", "Ruth Harlan")


def test_french_citation_spaced_colon():
    line = "Anne Morel, <em>La Mer intérieure : Une histoire des ports du Nord</em>. Paris : Éditions du Quai, 2019."
    assert _read(line, "Morel écrit. Morel revient.") == ("La Mer intérieure", "Anne Morel")


def test_german_citation():
    line = "Hanna Seidl, <em>Die kalte Küste: Fischer und Händler im Ostseeraum</em>. München: Kranich, 2020."
    assert _read(line, "Seidl erzählt. Seidl kann das.") == ("Die kalte Küste", "Hanna Seidl")


# --- near misses ---

def test_near_miss_no_scholarly_imprint():
    # "House, 2011" with no place before a colon: a plain record; the title stays whole
    line = "Ruth Harlan, <em>The Long Field: Labour and Land in the Northern Valleys</em>, Orchard Press, 2011."
    assert _read(line) == ("The Long Field: Labour and Land in the Northern Valleys", "Ruth Harlan")


def test_near_miss_short_subtitle():
    line = "Ruth Harlan, <em>Field: Northern Stories</em>. Boston: Orchard Press, 2011."
    assert _read(line) == ("Field: Northern Stories", "Ruth Harlan")


def test_near_miss_text_names_the_whole_title():
    text = ("Harlan's The Long Field: Labour and Land in the Northern Valleys is careful. Harlan is careful. "
            "Harlan again.")
    line = "Ruth Harlan, <em>The Long Field: Labour and Land in the Northern Valleys</em>. Boston: Orchard Press, 2011."
    assert _read(line, text) == ("The Long Field: Labour and Land in the Northern Valleys", "Ruth Harlan")
