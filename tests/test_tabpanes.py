"""A tab box inside the post body (tabpanes.py): the panes not shown go when the shown pane holds the most text; a
table of the book's properties in them stays. Near misses: the shown pane shorter than a hidden one (the shop opens on
its description: all stay), a single pane, tabs with none marked shown."""

from __future__ import annotations

from tests.cleaning import cleaned

HOST = "kleinbuch.example"
REVIEW = ("<p>I read it in one sitting on a rainy Sunday and have been thinking about the lighthouse keeper ever since, "
          "which is more than I can say for most novels I finished this year.</p>"
          "<p>The middle sags a little, but the ending earns every page before it and I will read it again in winter.</p>")
BLURB = "A lighthouse keeper and his daughter weather one long winter on an island off the northern coast."
BLURB_DE = "Ein Leuchtturmwärter und seine Tochter überstehen einen langen Winter auf einer Insel vor der Küste."
PROPS = ("<table><tr><th>Author</th><td>Mara Lind</td></tr><tr><th>Publisher</th><td>North Harbour Press</td></tr>"
         "<tr><th>Year of publication</th><td>2024</td></tr><tr><th>Pages</th><td>212</td></tr></table>")


def tabs(blurb: str, shown_review: bool = True, role: bool = False) -> str:
    pane = "div role='tabpanel'" if role else "div class='tab-pane'"
    shown = "div role='tabpanel' class='active'" if role else "div class='tab-pane active'"
    first, second = (pane, shown) if shown_review else (shown, pane)
    return (f"<div class='tab-content'><{first}><p>{blurb}</p>{PROPS}</div>"
            f"<{second}>{REVIEW}</div></div>")


def test_hidden_tabs_beside_the_shown_review_go():
    for blurb, role in ((BLURB, False), (BLURB_DE, True)):
        text, rules = cleaned(tabs(blurb, role=role), HOST)
        assert "hidden tab" in rules and blurb not in text
        assert "lighthouse keeper ever since" in text and "Mara Lind" in text  # (the properties table stays)


def test_a_shown_pane_shorter_than_a_hidden_one_keeps_all():
    text, rules = cleaned(tabs(BLURB, shown_review=False), HOST)  # (the shop opens on its blurb, the review hidden)
    assert "hidden tab" not in rules and "lighthouse keeper ever since" in text


def test_panes_with_none_shown_stay():
    html = f"<div class='tab-content'><div class='tab-pane'><p>{BLURB}</p></div><div class='tab-pane'>{REVIEW}</div></div>"
    text, rules = cleaned(html, HOST)
    assert "hidden tab" not in rules and BLURB in text
