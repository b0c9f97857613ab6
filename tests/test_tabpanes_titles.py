"""A tab pane's own title over its text (tabpanes.pane_titles): a heading at the top of the body, inside a box a tab of
the page opens ("#<id>"), beginning with the tab's label, goes; near misses: a heading that does not begin with the
label, a box no tab opens, a heading further down. Markup invented for these tests."""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract import tabpanes


def _run(page: str) -> dict[int, str]:
    root = lxml_html.document_fromstring(page)
    body = root.get_element_by_id("pane")
    items = [el for el in body.iter("h2", "h3", "p")]
    drop: dict[int, str] = {}
    tabpanes.pane_titles(items, body, drop, {})
    return {i: items[i].text_content() for i in drop}


def page(tabs: str, heading: str, before: str = "") -> str:
    return f"""<html><body><div class="record"><h1>Das Leuchtfeuer</h1></div><ul class="tabs">{tabs}</ul>
<div id="pane" class="extras">{before}<h2>{heading}</h2><p>Ein langer Absatz der Besprechung, der vom Winter auf der Insel
erzählt und davon, wie die Witwe das Licht allein hält.</p><p>Meine Wertung: 4 von 5.</p></div></body></html>"""


def test_a_panes_title_beginning_with_its_tabs_label_goes_de_fr():
    de = page('<li><a href="#info">Inhalt</a></li><li><a href="#pane">Rezension der Redaktion</a></li>',
              "Rezension der Redaktion: Filiale Nord")
    fr = page('<li><a href="#pane">Avis du libraire</a></li><li><a href="#x">Détails</a></li>', "Avis du libraire — Lyon 3e")
    assert list(_run(de).values()) == ["Rezension der Redaktion: Filiale Nord"]
    assert list(_run(fr).values()) == ["Avis du libraire — Lyon 3e"]


def test_near_misses_stay():
    other_words = page('<li><a href="#pane">Rezension</a></li>', "Ein Winter auf der Insel")
    no_tab = page('<li><a href="#elsewhere">Rezension</a></li>', "Rezension: Filiale Nord")
    lower = page('<li><a href="#pane">Rezension</a></li>', "Rezension: Filiale Nord",
                 before="<p>Erster Absatz.</p><p>Zweiter Absatz.</p>")
    assert _run(other_words) == {} and _run(no_tab) == {} and _run(lower) == {}
