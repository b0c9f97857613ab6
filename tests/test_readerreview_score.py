"""scraper.extract.readerreview: the reader's head line (name and date) goes from the kept reader's review, but a score
written out in it, in an element of its own ("<span>Note : 4 sur 5</span> Ana 19.11.2026"), stays as the review's line
(the rating is read from it); a row of star glyphs beside the name is the box's widget and goes with the line.

Comment boxes of our own markup, in German and Spanish (the rule was written from a Norwegian page).
"""

from __future__ import annotations

import lxml.html

from scraper.extract.readerreview import keep_review

DE = ("Ich habe das Buch in zwei Abenden gelesen und mochte besonders die Großmutter, die jeden Sonntag Briefe an ihren "
      "verschollenen Bruder schreibt und sie nie abschickt. Die Sprache ist schlicht, manchmal zu schlicht, aber das Ende "
      "hat mich wirklich berührt. Ein schönes Geschenk für Leute, die ruhige Familiengeschichten mögen.")
ES = ("Lo compré para un viaje largo en tren y lo terminé antes de llegar. La abuela que escribe cartas cada domingo a su "
      "hermano desaparecido es un personaje inolvidable, y aunque el estilo a veces es demasiado sencillo, el final me "
      "dejó pensando varios días. Buen regalo para quien disfruta de historias familiares tranquilas.")


def _kept(head: str, review: str) -> str:
    """The page's text once keep_review has kept the longest reader's review of its comment boxes."""
    page = ("<html><body><h1>Ein Buch</h1><section class='comments'>"
            f"<div class='comment'><div class='comment-head'>{head}</div><div class='comment-body'><p>{review}</p></div></div>"
            "<div class='comment'><div class='comment-head'><span>Tom</span> <span>02.10.2026</span></div>"
            "<div class='comment-body'><p>Ganz nett, aber zu lang.</p></div></div></section></body></html>")
    root = lxml.html.fromstring(page)
    assert keep_review(root)
    return " ".join(root.text_content().split())


def test_a_score_written_in_the_readers_head_line_stays():
    text = _kept("<span class='stars' aria-hidden='true'>●●●●○</span><span class='sr-only'>Bewertung: 4 von 5</span> "
                 "<span>Sigrun, Kiel</span> <span>19.11.2026</span>", DE)
    assert "Bewertung: 4 von 5" in text and DE in text and "Sigrun" not in text
    text = _kept("<span class='sr-only'>Puntuación: 4 de 5</span> <span>Lucía, Sevilla</span> <span>19/11/2026</span>", ES)
    assert "Puntuación: 4 de 5" in text and ES in text and "Lucía" not in text


def test_star_glyphs_beside_the_readers_name_go_with_the_line():
    text = _kept("<span>Sigrun, Kiel</span> <span class='stars'>★★★★★</span> <span>19.11.2026</span>", DE)
    assert "★★★★★" not in text and "Sigrun" not in text and DE in text


def _kept_root(head: str, review: str):
    page = ("<html><body><h1>Ein Buch</h1><section class='comments'>"
            f"<div class='comment'><div class='comment-head'>{head}</div><div class='comment-body'><p>{review}</p></div></div>"
            "<div class='comment'><div class='comment-head'><span>Tom</span> <span>02.10.2026</span>"
            "<img src='/i/stars/2.png' alt='40 %'></div>"
            "<div class='comment-body'><p>Ganz nett, aber zu lang.</p></div></div></section></body></html>")
    root = lxml.html.fromstring(page)
    assert keep_review(root)
    return root


def test_a_score_shown_as_a_picture_in_the_readers_head_line_stays():
    # (the picture's alt text is the score: a percentage, or a fraction in words; the other reader's picture goes)
    root = _kept_root("<span>Sigrun</span> <span>19.11.2026</span> <span><img src='/i/stars/4.png' alt='80 %'></span>", DE)
    assert [i.get("alt") for i in root.iter("img")] == ["80 %"] and "Sigrun" not in root.text_content()
    root = _kept_root("<span>Lucía</span> <span>19/11/2026</span> <img src='/i/e4.png' alt='4 de 5 estrellas'>", ES)
    assert [i.get("alt") for i in root.iter("img")] == ["4 de 5 estrellas"] and "Lucía" not in root.text_content()


def test_a_picture_that_is_no_score_goes_with_the_line():
    # (an avatar, a flag, a badge with a number that is no score: the head line goes whole)
    root = _kept_root("<img src='/i/avatar.png' alt='Sigrun'> <span>Sigrun</span> <span>19.11.2026</span>", DE)
    assert list(root.iter("img")) == []
    root = _kept_root("<span>Lucía</span> <span>19/11/2026</span> <span><img src='/i/b.png' alt='Top 100'></span>", ES)
    assert list(root.iter("img")) == []
