"""bookinopening (rev32b): an English "In The T, A <verb> …" read by its capitals alone must be the post's subject.

A place or a paper takes the article too ("In The Hague, …", "In The Observer, …"): the title is read only where the
text names it again beyond that sentence or the headline shares one of its words, so a headline naming another book
keeps it. Quoted or italic titles ("In “T”, A …", "Dans « T », …") are read as before. Our own words and markup.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookinopening import inside_opening

FILL = ("The chapters alternate between the two sisters, and the shifts in voice are handled with real care. I read "
        "it over a long weekend and found the final pages quietly devastating; the landscape is drawn with love and "
        "the dialogue never strains.</p><p>Some readers may find the middle slow, and one subplot about a cousin in "
        "the city never quite earns its place. Still, the book is patient in the best sense, and the small cruelties "
        "of village life are never softened or explained away. I kept thinking about the closing scene for days.</p>"
        "<p>Recommended for anyone who loves quiet literary fiction. Four stars.")


def _ctx(text: str, language: str = "en") -> Context:
    return Context(text, (), language)


def test_a_bare_title_named_again_or_shared_with_the_headline_is_read():
    opening = "In The Copper Lantern, Ruth Abara follows two sisters through one wet autumn."
    again = f"{opening} Abara never hurries. The Copper Lantern is her third novel, and Abara's best."
    assert inside_opening([again], _ctx(again)) == ("The Copper Lantern", "Ruth Abara")
    once = f"{opening} Abara never hurries, and Abara's sentences stay plain."
    assert inside_opening([once], _ctx(once), "A lantern for two sisters") == ("The Copper Lantern", "Ruth Abara")
    # (a title of three words, its last word in the headline: a newspaper's essay headline)
    other = "In The Winter Orchard, Tomas Reyes writes about grief. Reyes is funny too; Reyes knows his trees."
    assert inside_opening([other], _ctx(other), "An orchard against the cold") == ("The Winter Orchard", "Tomas Reyes")


def test_quoted_titles_in_other_languages_are_read_as_before():
    fr = "Dans « Le Jardin d'hiver », Lucie Marchand raconte une famille. Marchand écrit juste ; Marchand émeut."
    assert inside_opening([fr.replace("« ", "“").replace(" »", "”")], _ctx(fr, "fr")) == ("Le Jardin d'hiver",
                                                                                            "Lucie Marchand")
    es = "En “La casa del río”, Ana Beltrán narra tres generaciones. Beltrán no juzga; Beltrán observa."
    assert inside_opening([es], _ctx(es, "es")) == ("La casa del río", "Ana Beltrán")


def test_a_place_or_a_paper_with_its_article_is_no_title():
    for text, headline in (
        ("In The Hague, Pieter Brandt works nights at the court. Brandt is lonely; Brandt writes letters.", "Night work"),
        ("In The Observer, Kate Ellery praised the novel. Ellery is rarely wrong, and Ellery was right here.",
         "Why the critics loved it"),
        ("In The Bronx, Rosa Medina runs a failing shop. Medina is stubborn; Medina is the heart of it.",
         "Review: The Salt Ledger"),
    ):
        assert inside_opening([text], _ctx(text), headline) is None, text


def test_a_headline_book_keeps_its_title_over_a_place_in_the_opening():
    html = ("<html lang='en'><head><meta charset='utf-8'><title>Review: The Salt Ledger</title></head><body><article>"
            "<h1 class='entry-title'>Review: The Salt Ledger</h1><div class='entry-content'>"
            "<p>In The Bronx, Rosa Medina runs a bookshop nobody visits. The Salt Ledger follows her through a winter.</p>"
            "<p>Rosa Medina is a wonderful creation; Medina carries the whole novel on her shoulders.</p>"
            f"<p>{FILL}</p></div></article></body></html>")
    record = extract_page(html, "https://slowshelf.example.net/2026/03/salt-ledger/")
    assert record.book_title == "The Salt Ledger"
