"""A headline "A, «T»" (a name, a comma, one quoted title) is not tried whole as the book's title, only its quoted
part (bookbody._titles). A headline "T, “praise”" has the same shape: the quoted part is then a remark, opening in
lower case or words the review never says again, and the whole headline is tried as before, so its title is read."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page


def _page(lang: str, title: str, paras: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<header><a href="/" class="logo">Winter Lamp</a></header><article class="post">'
            f'<h1 class="entry-title">{title}</h1><div class="entry-content">{body}</div></article>'
            f'<footer>© 2025</footer></body></html>')


URL = "https://winterlamp.example/2025/02/review"

EN = ["Remains of Elmet is a short novel about a family the world has decided to ignore, and Fiona Mozley writes "
      "it from the inside.",
      "Mozley stays close to the younger son for the whole book. The father builds a house with his own hands in a "
      "copse in Yorkshire. Remains of Elmet never explains him, and that is its strength.",
      "The prose is dense and patient, and the dialogue is sparse; the landscape speaks more than the people do. "
      "Characters I expected to dislike turned out to be the most tender in the book.",
      "It is slow, and the ending is brutal. Four stars out of five."]
PT = ["Torto Arado é um romance breve sobre duas irmãs do sertão, e Itamar Vieira Junior escreve-o de dentro.",
      "Vieira Junior fica perto de Bibiana durante todo o livro. A faca da avó muda tudo. Torto Arado nunca explica "
      "nada, e essa é a sua força.",
      "A prosa é densa e paciente, os diálogos escassos; a terra fala mais do que as pessoas. As personagens que eu "
      "esperava detestar tornaram-se as mais humanas do livro.",
      "É lento, e o final é duro. Quatro estrelas em cinco."]
NL = ["Het diner is een korte roman over twee broers en één avond, en Herman Koch schrijft hem van binnenuit.",
      "Koch blijft het hele boek dicht bij Paul. De zoons hebben iets verschrikkelijks gedaan. Het diner legt nooit "
      "iets uit, en dat is de kracht ervan.",
      "Het proza is droog en precies, de dialogen zijn schaars; het restaurant zegt meer dan de mensen. Personages "
      "die ik wilde haten werden de menselijkste van het boek.",
      "Het is hard, en het einde is wreed. Vier sterren van vijf."]
DE = ["Tyll ist ein kurzer Roman über einen Gaukler und einen Krieg, und Daniel Kehlmann schreibt ihn von innen.",
      "Kehlmann bleibt das ganze Buch über nah bei Tyll. Der Vater wird als Hexer verbrannt. Tyll erklärt nie etwas, "
      "und das ist seine Stärke.",
      "Die Sprache ist trocken und genau, die Dialoge sind knapp; das Land spricht mehr als die Menschen. Figuren, die "
      "ich hassen wollte, wurden die menschlichsten des Buches.",
      "Es ist hart, und das Ende ist grausam. Vier von fünf Sternen."]


@pytest.mark.parametrize("lang,title,paras,book", [
    ("en", "Remains of Elmet, “a quiet, furious debut”", EN, ("Remains of Elmet", "Fiona Mozley")),
    ("en", 'Remains of Elmet, "The Book I Pressed On Everyone"', EN, ("Remains of Elmet", "Fiona Mozley")),
    ("pt", "Torto Arado, “um livro necessário”", PT, ("Torto Arado", "Itamar Vieira Junior")),
    ("nl", "Het diner, “een roman die schuurt”", NL, ("Het diner", "Herman Koch")),
    ("de", "Tyll, “ein Roman, der bleibt”", DE, ("Tyll", "Daniel Kehlmann")),
])
def test_title_then_quoted_praise_keeps_the_title(lang, title, paras, book):
    got = extract_page(_page(lang, title, paras), URL)
    assert got.is_review
    assert (got.book_title, got.book_author) == book


def test_name_then_quoted_title_is_read_by_its_quoted_part():
    paras = ["Я давно хотела перечитать «Городок», и наконец взяла его с собой в поезд. Тэффи пишет о маленьком "
             "городе так, будто сидит рядом с каждым его жителем.",
             "Сначала мне казалось, что это слишком медленно, но через несколько страниц я поняла, что в этой "
             "медлительности и есть сила книги. Мир Тэффи тесен, и выйти из него нельзя.",
             "Смешно и грустно одновременно. Оценка: 4/5"]
    got = extract_page(_page("ru", "Тэффи, «Городок»", paras), URL)
    assert (got.book_title, got.book_author) == ("Городок", "Тэффи")
