"""rev34i: scraper.extract.bookcommaby.comma_by_record reads a review's record line "T, by A." as its book, but not a
credit line ("A guest post, by A.", "Reseña invitada, por A.", "Cover illustration, by A.": a contribution or a post's
kind, lower case after its first word), an epigraph's source (the line after a quotation), nor a closing line whose
author the text names only in that line's own paragraph (another book suggested). Near misses: a title in title case
that holds a credit's word ("The Photograph"), a record line whose author the review names in its own paragraphs.

Every line here is invented for these tests (invented books, people and blogs, in our own words).
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookcommaby import comma_by_record

_REVIEW = {
    "en": "I read this in two evenings. The prose is plain and the weather is everywhere; four stars from me.",
    "es": "Lo leí en dos noches. La prosa es sencilla y el invierno está en cada página; cuatro estrellas.",
    "fr": "Je l'ai lu en deux soirs. La prose est simple et l'hiver est partout ; quatre étoiles.",
    "de": "Ich habe es an zwei Abenden gelesen. Die Sprache ist schlicht und der Winter ist überall; vier Sterne.",
    "it": "L'ho letto in due sere. La prosa è semplice e l'inverno è ovunque; quattro stelle.",
}


def _find(lines: list[str], language: str):
    return comma_by_record(lines, Context("\n".join(lines), (), language))


@pytest.mark.parametrize("line, bio, lang", [
    ("A guest review, by Tomas Arkwright.", "Tomas Arkwright teaches in Hull.", "en"),
    ("Entrada invitada, por Marta Olivares.", "Marta Olivares enseña en Murcia.", "es"),
    ("Billet invité, par Léa Morvan.", "Léa Morvan enseigne à Brest.", "fr"),
    ("Ein Gastbeitrag, von Heike Sommerfeld.", "Heike Sommerfeld lebt in Kiel.", "de"),
    ("Recensione ospite, di Paola Venturi.", "Paola Venturi insegna a Lecce.", "it"),
    ("Cover photo, by Tomas Arkwright.", "Tomas Arkwright draws for the paper.", "en"),
])
def test_credit_line_is_no_record(line, bio, lang):
    lines = [line, _REVIEW[lang], _REVIEW[lang], bio]
    assert _find(lines, lang) is None


@pytest.mark.parametrize("quote, line, lang", [
    ("“Every tide takes something and brings something back.”", "The Salt Ledger, by Edith Marrow.", "en"),
    ("«Nadie vuelve del faro como se fue.»", "El faro de Ceuta, de Ramón Ibarguren.", "es"),
    ("« La mer ne rend jamais ce qu'elle prend. »", "Le Passeur, de Jeanne Kerhoas.", "fr"),
])
def test_epigraph_source_is_no_record(quote, line, lang):
    surname = line.rstrip(".").split()[-1]
    lines = [quote, line, f"{surname}'s old story is retold here. " + _REVIEW[lang], _REVIEW[lang]]
    assert _find(lines, lang) is None


@pytest.mark.parametrize("closing, lang", [
    ("The Moor House, by Agnes Pellow. Pellow's moors are wilder still, and Pellow knew it.", "en"),
    ("La casa del páramo, de Inés Carrasco. Carrasco escribe un páramo aún más salvaje.", "es"),
    ("Das Moorhaus, von Greta Lindholm. Lindholms Moor ist noch wilder.", "de"),
])
def test_closing_suggestion_is_no_record(closing, lang):
    lines = [_REVIEW[lang], _REVIEW[lang], "?", closing]
    assert _find(lines, lang) is None


@pytest.mark.parametrize("lines, lang, book", [
    (["Mira Talbot's second novel follows a photographer. " + _REVIEW["en"], "The Photograph, by Mira Talbot."],
     "en", ("The Photograph", "Mira Talbot")),
    (["La novela de Inés Carrasco sigue a una farera. " + _REVIEW["es"], "La casa del páramo, de Inés Carrasco."],
     "es", ("La casa del páramo", "Inés Carrasco")),
    (["Interview with the Lighthouse is Talbot's best. " + _REVIEW["en"],
      "Interview with the Lighthouse, by Mira Talbot."], "en", ("Interview with the Lighthouse", "Mira Talbot")),
])
def test_record_still_read(lines, lang, book):
    found = _find(lines, lang)
    assert found is not None and (found.title, found.author) == book


_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Weekend reading – Lantern Shelf</title>
</head><body><header><a href="/">Lantern Shelf</a></header><main><article><h1>Weekend reading</h1>
<div class="post-body">{body}</div></article></main><footer><p>Lantern Shelf · all rights reserved</p></footer></body></html>"""
_BODY = ("<p>I read this over a long weekend and could not put it down. The prose is spare and careful, the characters "
         "feel lived in, and the ending stayed with me for days. It is a patient novel about a family on a small "
         "island and the winter that forces them to talk.</p><p>What I liked most were the short chapters, each told "
         "by a different sister. Some readers will find the opening slow. Four stars out of five from me.</p>")


def test_page_guest_credit_is_no_book():
    body = "<p>A guest review, by Tomas Arkwright.</p>" + _BODY + "<p>Tomas Arkwright teaches in Hull.</p>"
    record = extract_page(_PAGE.format(body=body).encode(), "https://lanternshelf.example/2025/03/weekend")
    assert record.book_title != "A guest review"


def test_page_epigraph_source_is_no_book():
    body = ("<blockquote><p>“Every tide takes something and brings something back.”</p></blockquote>"
            "<p>The Salt Ledger, by Edith Marrow.</p><p>This retelling moves Marrow's story to a fish farm.</p>" + _BODY)
    record = extract_page(_PAGE.format(body=body).encode(), "https://lanternshelf.example/2025/03/weekend")
    assert record.book_title != "The Salt Ledger"
