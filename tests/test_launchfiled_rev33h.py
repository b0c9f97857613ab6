"""classify: a launch named as such ("Buchpremiere", "book launch") is an event's title even where the post is filed
under reviews; only the presentation words ask that it is not (rev33h)."""
from scraper.extract import extract_page, fairwords


def test_launch_words_are_named_launches():
    for title in ("Buchpremiere: Der stille Hafen", "Book launch: The Salt Orchard", "Lancement du livre de Mina",
                  "Boeklancering in de bibliotheek", "Peluncuran buku Laut Senja"):
        assert fairwords.launch_named(title), title


def test_presentation_words_are_not_named_launches():
    for title in ("Buchvorstellung: Der stille Hafen", "Presentazione del libro di Sara", "Boekvoorstelling: De vuurtoren"):
        assert not fairwords.launch_named(title), title
        assert fairwords.launch(title, meets=True), title


def _post(lang, title, paragraphs, category):
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{title}</h1><div class="entry-content">{body}</div>'
            f'<footer class="entry-meta"><a href="/category/{category.lower()}/" rel="category tag">{category}</a>'
            '</footer></article></body></html>')


LAUNCHES = [
    ("de", "Buchpremiere: „Das Salzhaus“ von Mira Lenz", "Rezensionen", [
        "Am Freitag, 6. März, um 19:00 Uhr feiert Mira Lenz in der Stadtbibliothek die Premiere ihres Romans „Das "
        "Salzhaus“. Sie liest aus dem Buch und spricht mit ihrer Lektorin über die Entstehung.",
        "Der Eintritt ist frei, Anmeldung erbeten. Danach signiert die Autorin, und die Buchhandlung am Hafen bietet "
        "einen Büchertisch an. Wir freuen uns auf einen schönen Abend mit Ihnen und Ihren Freunden.",
        "Die Bibliothek ist barrierefrei erreichbar; die Plätze sind begrenzt."]),
    ("en", "Book launch: The Salt House by Mira Lenz", "Reviews", [
        "On Friday, 6 March, at 7pm Mira Lenz launches her novel The Salt House at the town library. She will read "
        "from the book and talk with her editor about how it came to be written.",
        "Entry is free but please book a seat. Afterwards the author will sign copies and the harbour bookshop will "
        "have a table of her books. We look forward to a lovely evening with you and your friends.",
        "The library is step-free; seats are limited."]),
]


def test_a_launch_notice_filed_under_reviews_is_an_event():
    for lang, title, category, paragraphs in LAUNCHES:
        record = extract_page(_post(lang, title, paragraphs, category), f"https://blog.example.org/2026/02/{lang}-premiere")
        assert record.kind == "event", (lang, record.kind, record.reason)
