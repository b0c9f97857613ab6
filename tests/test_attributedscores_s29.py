"""A list whose scored items are each led by a name and a dash, two of them or more quoting someone ("- Blog – “dense,
gorgeous”, 9/10") beside others told in the writer's words ("- Blog – likes the humour; 7/10"): every such item is
another reader's verdict (classify.body_signals' quoted_ratings), and a post of them is a round-up of other readers,
not a review. Near misses: a review's own breakdown by aspect ("- Plot – 4/5"), a titled review that quotes two
critics in a list and gives its own score."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.classify import body_signals


def _post(lang: str, title: str, html: str) -> str:
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{title}</h1><div class="entry-content">{html}'
            '</div></article></body></html>')


ROUNDUPS = [
    ("en", "What five bloggers made of Harbour Lights",
     "<p>I still have not started Harbour Lights by Mara Quill, so before I do I went looking for what other people "
     "thought of it. Here is a short tour of the blogs and channels I follow.</p><ul>"
     "<li>The Reading Nook – “slow, salty and wonderful”, 9/10</li>"
     "<li>Shelf Life – liked the humour but found the opening a slog; 6/10</li>"
     "<li>Paper Lanterns – “too many meetings on the quay”, 5/10</li>"
     "<li>Night Owl Reads – 4/5, mostly for the ending</li></ul>"
     "<p>The average is high, though the spread is wide. Tell me in the comments whether you have read it.</p>"),
    ("de", "Fünf Blogs über „Das Salzjahr“",
     "<p>Ich habe „Das Salzjahr“ von Jonas Feld noch nicht gelesen. Bevor ich anfange, wollte ich wissen, was andere "
     "darüber schreiben: ein kurzer Überblick über Blogs, die ich gern lese.</p><ul>"
     "<li>Bücherkiste – „ruhig, dicht, großartig“, 9/10</li>"
     "<li>Leselampe – lobt die Schwestern, findet den Mittelteil zäh; 7/10</li>"
     "<li>Seitenwind – „zu viel Wetter“, 5/10</li>"
     "<li>Das Lesesofa – 4/5, vor allem wegen des Endes</li></ul>"
     "<p>Im Schnitt also ziemlich gut. Meine eigene Rezension folgt, wenn ich fertig bin.</p>"),
    ("es", "Lo que dicen cinco blogs de «El jardín de invierno»",
     "<p>Todavía no he leído «El jardín de invierno» de Clara Morán, así que antes de empezar quise ver qué opinan "
     "otros lectores. Este es un repaso breve de los blogs que sigo.</p><ul>"
     "<li>La Estantería – «lento, luminoso, precioso», 9/10</li>"
     "<li>Café y Libros – le gusta el humor, pero el comienzo se le hizo largo; 6/10</li>"
     "<li>Páginas Sueltas – «demasiadas plantas», 5/10</li>"
     "<li>Lectora Nocturna – 4/5, sobre todo por el final</li></ul>"
     "<p>La media sale alta. Contadme en los comentarios si lo habéis leído.</p>"),
]


def test_a_round_up_of_named_readers_scores_is_no_review():
    for lang, title, html in ROUNDUPS:
        record = extract_page(_post(lang, title, html), f"https://blog.example.net/2026/11/{lang}-roundup/")
        assert not record.is_review, (lang, record.kind, record.reason)


def test_an_aspect_breakdown_counts_no_quoted_scores():
    lines = ["I loved this one, and here is how it scores for me.", "- Plot – 4/5", "- Characters – 5/5",
             "- Prose – “lush”, I wrote in my notes, 4/5", "- Pacing – 3/5"]
    assert body_signals(lines, "\n".join(lines))["quoted_ratings"] <= 1


def test_a_titled_review_that_quotes_two_critics_and_scores_the_book_stays_a_review():
    html = ("<p>Harbour Lights is Mara Quill's third novel, and her best. I read it in two sittings over a wet "
            "weekend and have been pressing it on friends since: the harbourmaster's daughter is one of the great "
            "narrators of the year, funny and furious by turns, and the town around her is drawn with real love.</p>"
            "<p>The critics were split, and I can see why:</p><ul>"
            "<li>The Gazette – “slow, salty and wonderful”, 9/10</li>"
            "<li>The Courier – “too many meetings on the quay”, 5/10</li></ul>"
            "<p>I side with the Gazette. The meetings are the point: it is a book about a town talking itself into and "
            "out of trouble, and Quill's ear for that talk is perfect. The ending is abrupt, but earned.</p>"
            "<p>My rating: 9/10</p>")
    record = extract_page(_post("en", "Harbour Lights by Mara Quill", html),
                          "https://blog.example.net/2026/11/harbour-lights-review/")
    assert record.is_review, record.reason
