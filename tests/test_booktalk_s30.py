"""A report of a talk held about a book (a discussion, a panel, a round table, a book talk) names the book in its
headline as a review does, and reviews it not (readingevent.book_talk, read by classify's event rule): its headline
names the session and its text reports it (a first line that dates it, or people quoted and named after their words).
Near misses: a review that mentions the author's talk in its text; a review titled with the book alone that quotes a
character; a headline naming a discussion over a text that neither dates nor quotes a session."""

from __future__ import annotations

from scraper.extract import extract_page


def _post(lang: str, title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{title}</h1><div class="entry-content">{body}</div>'
            '</article></body></html>')


REPORTS = [
    ("es", "Charla sobre «La ciudad de los vientos» llena la biblioteca municipal", [
        "El jueves (19/11), la biblioteca municipal acogió una charla sobre «La ciudad de los vientos», la novela de "
        "Marta Ibáñez, con la autora y el crítico Luis Peña.",
        "«Escribí el libro para entender a mi abuela», dijo Ibáñez ante más de ochenta personas. Peña destacó el "
        "ritmo de los capítulos finales y la precisión del paisaje.",
        "La próxima cita del ciclo será en enero, con otra novela de la misma editorial."]),
    ("de", "Podiumsdiskussion zu „Das stille Dorf“ im Literaturhaus", [
        "Am Dienstag, 24.11., diskutierten im Literaturhaus die Autorin Eva Lindner und die Kritikerin Maria Kühn "
        "über Lindners Roman „Das stille Dorf“.",
        "„Mich hat interessiert, was Schweigen mit einer Familie macht“, sagte Lindner. Kühn lobte die knappe Sprache "
        "und fragte nach den vielen Zeitsprüngen.",
        "Im Gespräch ging es auch um die Frage, wie viel Autobiografie in dem Buch steckt. Lindner erzählte von "
        "ihrer Kindheit in einem Dorf an der Oder und von den Briefen ihrer Großmutter, die sie beim Schreiben "
        "begleitet haben. Das Publikum stellte viele Fragen zur Hauptfigur und zum offenen Ende.",
        "Die Veranstaltung war ausverkauft; im Februar folgt die nächste Lesung."]),
    ("en", "Book talk: The Salt Road draws a crowd at the Corn Exchange", [
        "On Friday (6/11) about sixty readers came to the Corn Exchange for a book talk on The Salt Road by Maren Holt.",
        "\"I walked the route twice before I wrote a word,\" said Holt, who was interviewed by the poet Dan Reyes. "
        "Reyes asked about the brother's ashes and the ending.",
        "Holt spoke about the salt mines her grandfather worked in, the maps she drew while writing, and the two "
        "endings she threw away before she found the one in the book. Questions from the floor ranged from the "
        "brother's letters to whether there will be a sequel; there will not, she said, laughing.",
        "Signed copies sold out within the hour."]),
]


def test_a_talk_report_is_no_review():
    for lang, title, paragraphs in REPORTS:
        record = extract_page(_post(lang, title, paragraphs), f"https://news.example.org/{lang}/talk/")
        assert not record.is_review, (lang, record.kind, record.reason)
        assert record.kind == "event", (lang, record.kind, record.reason)


REVIEW = [
    "Maren Holt's The Salt Road follows a woman walking from the salt mines to the sea with her brother's ashes. I "
    "read it in two evenings and have been thinking about it since.",
    "Holt writes landscape as if it were a character, and her sentences are plain and exact. I heard her talk about "
    "the book at a festival last year, and she said she walked the route twice; you can feel it on every page.",
    "\"We are what we carry,\" says Ada near the end, and the novel earns that line. The middle drags a little, but "
    "this is the best novel I have read this year. Highly recommended.",
]


def test_a_review_that_mentions_a_talk_stays_a_review():
    record = extract_page(_post("en", "The Salt Road by Maren Holt", REVIEW), "https://blog.example.net/salt-road/")
    assert record.is_review, (record.kind, record.reason)


def test_a_discussion_headline_over_an_undated_unquoted_text_is_not_taken_by_this_rule():
    from scraper.extract.readingevent import book_talk
    assert not book_talk("Discussion: The Salt Road by Maren Holt", [
        "I have wanted to write about The Salt Road for months.", "Holt's prose is plain and exact."])
    assert book_talk("Book talk: The Salt Road", ["On Friday (6/11) sixty readers came to hear Maren Holt."])
    assert not book_talk("The Salt Road by Maren Holt", ["On Friday (6/11) sixty readers came to hear Maren Holt."])
