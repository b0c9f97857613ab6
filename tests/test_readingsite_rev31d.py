"""A pointer to the writer's shelf on a reading site (code review rev31d): ``moreonsite.own_site_pointer`` reads it only
when the words before the pointer end on the site's name (or its "also" verb, ja "もやってます") and the name after
it is a handle or the text of the line's link. A reviewer's line quoting a Goodreads review, a shelf name, a reading
goal or a reading group's news goes on.

Every line here is invented for these tests (invented books, people and pages, in our own words).
"""

from __future__ import annotations

from lxml.html import fragment_fromstring

from scraper.extract import extract_page
from scraper.extract.moreonsite import own_site_pointer


def test_pointers_to_the_shelf():
    assert own_site_pointer("You can also find me on The StoryGraph → @moth_reads")
    assert own_site_pointer("Retrouvez-moi aussi sur Babelio : lise_lit")
    line = fragment_fromstring("<p>Mój profil na Lubimyczytać: <a href='/u/9'>Półka Oli</a></p>")
    assert own_site_pointer("Mój profil na Lubimyczytać: Półka Oli", line)
    line = fragment_fromstring("<p>ブクログもやってます → <a href='/u/3'>本棚の記録</a></p>")
    assert own_site_pointer("ブクログもやってます → 本棚の記録", line)


def test_the_reviewers_lines():
    for line in ("My favourite Goodreads review of it puts it best: 'quiet as a held breath'",
                 "Also shelved on Goodreads as: seaside noir",
                 "Minha meta no Skoob para este ano: 50 livros",
                 "Meine Leserunde auf LovelyBooks: ab Montag mit dem Übersetzer",
                 "Мой профиль на LiveLib: там я пишу короче"):
        assert not own_site_pointer(line), line


def test_extract_page_keeps_the_goal_line():
    prose = ("<p>Um romance curto sobre um relojoeiro de Ouro Preto que conserta o relógio da igreja e, aos "
             "poucos, os relógios de todas as casas da cidade. Cada capítulo abre numa casa diferente.</p>"
             "<p>A prosa é precisa como o ofício do protagonista, e o humor aparece nos lugares certos. O final é "
             "um pouco apressado, mas fechei o livro sorrindo.</p><p>Nota: 4/5</p>")
    html = (f"<html lang='pt'><head><title>O relojoeiro</title></head><body><article><h1>O relojoeiro</h1>"
            f"<div class='entry-content'>{prose}<p>Minha meta no Skoob para este ano: 50 livros</p></div>"
            f"</article></body></html>")
    record = extract_page(html, "https://ponteiros.example.com.br/2026/relojoeiro")
    assert "Minha meta no Skoob" in record.body_text
