"""A closing plea for the site set in a box of its own in the post (holdout29 round 28, the body helper).

A magazine's theme inserts its donation plea after the review, a paragraph alone in a box of its own ("<div
class=support><p>Support <site> with a monthly gift: …</p></div>"), styled by the theme's stylesheet rather than by
an inline style or a class our rules know. It names the site and asks the reader to give or support: the plea rule
(pleas.closing_plea) already took such a line when it was typeset apart; a wrapper that holds only it sets it apart
too. What stays: the same line written straight into the body among the reviewer's paragraphs, a boxed closing line
that names the site without asking anything, and a boxed plea that is not among the post's last lines. Our own
words and markup, Dutch, English and German.
"""

from __future__ import annotations

from scraper.extract import extract_page

NL = ["De roman volgt een veerman en zijn dochter op een rivier die elk jaar breder wordt, en de schrijver laat het water "
      "het meeste werk doen. Hoofdstuk na hoofdstuk verdwijnt er een dorp, zonder dat iemand het hardop zegt.",
      "Halverwege zakt het tempo in, maar de laatste vijftig bladzijden maken dat ruimschoots goed. De dochter krijgt "
      "eindelijk een eigen stem en de veerman moet kiezen tussen de boot en het land."]
EN = ["The novel follows a ferryman and his daughter on a river that widens every year, and the writer lets the water "
      "do most of the work. Chapter by chapter a village disappears, and nobody says so out loud.",
      "The pace drops in the middle, but the last fifty pages make up for it. The daughter finally gets a voice of her "
      "own and the ferryman has to choose between the boat and the land."]
DE = ["Der Roman folgt einem Fährmann und seiner Tochter auf einem Fluss, der jedes Jahr breiter wird, und der Autor "
      "lässt das Wasser die meiste Arbeit tun. Kapitel für Kapitel verschwindet ein Dorf, ohne dass es jemand ausspricht.",
      "In der Mitte lässt das Tempo nach, aber die letzten fünfzig Seiten machen das wett. Die Tochter bekommt endlich "
      "eine eigene Stimme und der Fährmann muss zwischen Boot und Land wählen."]

CASES = (
    (NL, "Rivierlicht", "Steun Rivierlicht met een maandelijkse gift, dan blijven onze recensies gratis. "
                        "<a href='/doneer/'>Doneer nu</a>"),
    (EN, "Riverlight", "Support Riverlight with a monthly gift so our reviews stay free to read. "
                       "<a href='/give/'>Give now</a>"),
    (DE, "Flusslicht", "Unterstützen Sie Flusslicht mit einer monatlichen Spende, damit unsere Kritiken frei bleiben. "
                       "<a href='/spenden/'>Jetzt spenden</a>"),
)


def _page(site: str, paragraphs: list[str], before: str = "", after: str = "") -> str:
    return (f"<html><head><title>A river that widens – {site}</title></head><body><main><article>"
            "<h1>A river that widens</h1><div class='entry-content'>"
            f"{before}<p>{paragraphs[0]}</p><p>{paragraphs[1]}</p>{after}</div></article></main></body></html>")


def _plain(line: str) -> str:
    return line.split("<a ")[0].strip()


def test_a_boxed_closing_plea_for_the_site_goes():
    for paragraphs, site, line in CASES:
        record = extract_page(_page(site, paragraphs, after=f"<div class='x-steun'><p>{line}</p></div>"),
                              "https://magazine.example/2026/11/river")
        assert paragraphs[1] in record.body_text
        assert _plain(line) not in record.body_text, site


def test_the_same_line_in_the_running_text_stays():
    # written straight into the body, among the reviewer's paragraphs: nothing sets it apart
    for paragraphs, site, line in CASES:
        record = extract_page(_page(site, paragraphs, after=f"<p>{line}</p>"), "https://magazine.example/2026/11/river")
        assert _plain(line) in record.body_text, site


def test_a_boxed_line_naming_the_site_without_an_ask_stays():
    line = "Riverlight reviewed the first book of this trilogy in the spring, and this one is the stronger of the two."
    record = extract_page(_page("Riverlight", EN, after=f"<div class='x-note'><p>{line}</p></div>"),
                          "https://magazine.example/2026/11/river")
    assert line in record.body_text


def test_a_boxed_plea_before_the_review_is_not_a_closing_plea():
    # not among the post's last lines: the closing-plea rule does not read it
    paragraphs, site, line = CASES[1]
    record = extract_page(_page(site, paragraphs, before=f"<div class='x-steun'><p>{line}</p></div>"),
                          "https://magazine.example/2026/11/river")
    assert paragraphs[0] in record.body_text and paragraphs[1] in record.body_text
