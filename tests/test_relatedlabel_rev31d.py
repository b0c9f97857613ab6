"""'Same subject' labels only as labels (code review rev31d): ``edges.READ_ALSO``'s labels of posts on the same subject
or related posts ("Sobre el mismo tema", "Zum gleichen Thema", "Sur le même sujet") count only before a colon, at the
line's end or before the line's link alone; a reviewer's sentence opening with the words ("Sobre el mismo tema
escribió X <a>Título</a>") stays.

Every line here is invented for these tests (invented books, people and pages, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page

_PROSE = {
    "es": ("<p>Una novela sobre una maestra rural que llega a un pueblo de la sierra en 1962 y se queda cuarenta "
           "años. La historia avanza por cursos escolares y cada capítulo es un año con sus alumnos.</p>"
           "<p>La autora escribe con una calma que convence, y los niños están muy bien dibujados. El tramo final "
           "se acelera demasiado, pero la última escena es preciosa.</p>"),
    "de": ("<p>Ein Roman über einen Schleusenwärter am Kanal, der in einem heißen Sommer eine Fremde bei sich "
           "aufnimmt und dabei sein ganzes Dorf gegen sich aufbringt. Die Kapitel sind kurz und genau.</p>"
           "<p>Besonders stark sind die Dialoge, in denen fast nichts gesagt wird. Das Ende ist etwas zu glatt, aber "
           "der Ton trägt das Buch bis zur letzten Seite.</p>"),
    "fr": ("<p>Un roman sur une bibliothécaire de quartier qui décide de tenir la bibliothèque ouverte la nuit, "
           "pendant un hiver de grève. Les lecteurs nocturnes deviennent peu à peu une petite communauté.</p>"
           "<p>Le ton est tendre sans être mièvre, et les personnages secondaires sont très réussis. La fin est un "
           "peu attendue, mais on referme le livre avec le sourire.</p>"),
}


def _page(lang: str, line: str) -> str:
    return (f"<html lang='{lang}'><head><title>Reseña</title></head><body><article><h1>Reseña</h1>"
            f"<div class='entry-content'>{_PROSE[lang]}{line}</div></article></body></html>")


def test_labels_before_a_colon_or_the_link_alone_go():
    for lang, line, gone in (
            ("es", "<p>Sobre el mismo tema: <a href='/2026/01/sierra'>Diez novelas de maestras</a></p>",
             "Diez novelas de maestras"),
            ("de", "<p>Zum gleichen Thema <a href='/2026/02/kanal'>Bücher über Wasserwege</a></p>",
             "Bücher über Wasserwege"),
            ("fr", "<p>Sur le même sujet</p><p><a href='/2026/03/nuit'>Cinq romans de bibliothèques</a></p>",
             "Cinq romans de bibliothèques")):
        record = extract_page(_page(lang, line), f"https://notas.example.org/{lang}/1")
        assert gone not in record.body_text, line


def test_a_sentence_opening_on_the_words_stays():
    for lang, line, kept in (
            ("es", "<p>Sobre el mismo tema escribió Elena Prado <a href='https://libros.example.com/sierra'>La "
                   "escuela de invierno</a></p>", "escribió Elena Prado"),
            ("de", "<p>Zum gleichen Thema hat Jonas Weil <a href='https://buch.example.de/kanal'>Das stille "
                   "Wasser</a> geschrieben</p>", "hat Jonas Weil"),
            ("fr", "<p>Sur le même sujet, Anne Vidal a publié <a href='https://livres.example.fr/nuit'>Les "
                   "Lecteurs de minuit</a></p>", "Anne Vidal a publié")):
        record = extract_page(_page(lang, line), f"https://notas.example.org/{lang}/2")
        assert kept in record.body_text, line
