"""The post's provenance, not the book's history (code review rev31d): ``provenance.elsewhere_first`` reads the words
the book's history shares ("erschien zuerst", "d'abord paru", "apparso prima", "Original article:") only with the post
named (not "the text", "the piece", "original story") and a place that is a publication or a site (not "my edition",
not a language); an address counts in the phrase's own clause, with a real top-level domain in lower case ("Vol.IV",
"ch.XI", "Dr.No" are none).

Every line here is invented for these tests (invented books, people and pages, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.provenance import elsewhere_first


def _first(line: str, linked: bool = False) -> bool:
    return elsewhere_first(line, lambda: linked)


def test_where_the_post_ran():
    for line in ("Diese Rezension erschien zuerst auf dem Blog Nachtlicht.",
                 "Cet article a d'abord paru sur le site de la revue Fenêtre.",
                 "Questa recensione è apparsa prima sul blog Fogli sparsi.",
                 "Tulisan ini telah tayang di rakbaca.example.id",
                 "Originally posted on my blog, Lantern Notes.",
                 "Artículo original: https://cuaderno.example.es/2026/rio"):
        assert _first(line), line
    assert _first("Original article:", linked=True)


def test_the_books_history():
    for line in ("Der Text ist zuerst auf Polnisch erschienen; meine Ausgabe ist die Übersetzung von 2019.",
                 "Ce texte est d'abord paru en revue en 1931 ; mon édition reprend la version longue.",
                 "Erstveröffentlichung unter dem Titel 'Nebeljahre' 1987; meine Ausgabe folgt der zweiten Auflage.",
                 "Il pezzo è apparso prima a puntate sul mio quotidiano di allora, poi in volume.",
                 "Originally published in Dutch in 2015; translated by Mark Hale (lanternbooks.com).",
                 "Original story: Sora Ito · Art: Ken Mori",
                 "First published as Vol.IV of the cycle, ch.XI onward."):
        assert not _first(line), line


def test_extract_page_keeps_the_books_history():
    prose = ("<p>Ein Roman über eine Fährfrau an der Elbe, die in einem einzigen Winter drei Fremde übersetzt und "
             "von jedem eine Geschichte behält. Die Sprache ist ruhig, die Figuren sind genau gezeichnet.</p>"
             "<p>Am stärksten ist das Buch, wenn es schweigt: die Fahrten bei Nebel, das Warten am Steg. Der Schluss "
             "kommt etwas plötzlich, hat mich aber lange begleitet.</p>")
    line = "Der Text ist zuerst auf Polnisch erschienen; meine Ausgabe ist die Übersetzung von 2019."
    html = (f"<html lang='de'><head><title>Die Fährfrau</title></head><body><article><h1>Die Fährfrau</h1>"
            f"<div class='entry-content'>{prose}<p>{line}</p></div></article></body></html>")
    record = extract_page(html, "https://nachtlicht.example.de/2026/faehrfrau")
    assert "meine Ausgabe ist die Übersetzung" in record.body_text
