"""A byline under the post's own heading when the site's name and motto stand over it (datelines.date_only, helper
bodynotes43 of the holdout43 round), in our own words and markup: a static-site generator prints "<h1>site</h1>
<div>motto</div> <h3>post title</h3> <div>date — writer</div>", so the byline is the fourth block, past the first three
the rule looked at; under a heading and before any paragraph of prose it goes (en, de). Near misses: a date and a name
under a section heading after the review has begun stay; a labelled info line ("Read: …") stays.
"""

from __future__ import annotations

from tests.cleaning import cleaned, paras

EN = [
    "The novel follows a night-shift nurse in a coastal town who starts receiving letters addressed to a patient who "
    "died years before, and decides, against every rule of her ward, to answer them in his name.",
    "What makes it work is the restraint: the author never tells us what to think of her choice, and the letters "
    "themselves, short and plain, carry more grief than any speech could.",
]
DE = [
    "Der Roman erzählt von einer Nachtschwester in einer Küstenstadt, die Briefe an einen längst verstorbenen Patienten "
    "bekommt und gegen alle Regeln ihrer Station beschließt, sie in seinem Namen zu beantworten.",
    "Das Buch lebt von seiner Zurückhaltung: Die Autorin sagt uns nie, was wir von dieser Entscheidung halten sollen, "
    "und die kurzen, schlichten Briefe tragen mehr Trauer als jede Rede.",
]


def _page(site: str, motto: str, title: str, byline: str, review: list[str]) -> str:
    return f"<h1>{site}</h1><div>{motto}</div><h3>{title}</h3><div>{byline}</div>" + paras(*review)


def test_a_byline_under_the_posts_heading_below_the_site_header_goes_en_de():
    for byline, review in (
        ("March 11, 2026 — Nora Feld", EN),
        ("11. März 2026 — Jonas Berg", DE),
    ):
        text, rules = cleaned(_page("Lamp and Ledger", "notes from a night reader", "Letters to nobody", byline, review),
                              "ledger.example.org")
        assert byline not in text and "dateline" in rules
        assert review[0] in text and review[1] in text


def test_a_date_and_name_under_a_section_heading_after_the_text_stays():
    line = "March 11, 2026 — Nora Feld"
    inner = paras(EN[0], EN[1], DE[0]) + "<h3>A second look</h3>" + f"<div>{line}</div>" + paras(DE[1], EN[0] + " " + EN[1], DE[0], EN[1])
    text, _ = cleaned(inner, "ledger.example.org")
    assert line in text


def test_a_labelled_read_line_under_the_heading_stays():
    line = "Gelesen: 11. März 2026"
    text, _ = cleaned(_page("Lampe und Buch", "Notizen", "Briefe an niemanden", line, DE), "lampe.example.de")
    assert DE[0] in text
