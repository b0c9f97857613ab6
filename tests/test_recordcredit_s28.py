"""bookbiblio (s28): a closing record line "T, <by> A. House, Year" whose second part opens on a lower-case by-word
(pt/es/fr "de", de "von", it "di", pl "od") credits its head: the head is the title, the by-word's name the author,
never read the other way round as "Name, Title, 480 pages" even where the text says "de A" again; near miss: a true
"Name, Title, pages" line still reads so. Examples in our own words."""

import pytest

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookbiblio import from_bibliography


@pytest.mark.parametrize("prose, line, language, expected", [
    ("O romance de Helena Prado Lins é curto. A autora não suaviza nada.",
     "Sala de Espera, de Helena Prado Lins. Editora Ventania, 2022.", "pt", ("Sala de Espera", "Helena Prado Lins")),
    ("La novela de Marta Ruiz Soler avanza despacio. La autora escribe bien.",
     "Patio Interior, de Marta Ruiz Soler. Anagrama, 2019, 240 págs.", "es", ("Patio Interior", "Marta Ruiz Soler")),
    ("Der Roman von Jonas Albrecht Hain ist kurz. Hain schreibt genau.",
     "Winter Hafen, von Jonas Albrecht Hain. Hanser, 2018, 220 Seiten.", "de", ("Winter Hafen", "Jonas Albrecht Hain")),
    ("Il romanzo di Lucia Ferri Neri è breve. Neri scrive piano.",
     "Casa Bassa, di Lucia Ferri Neri. Sellerio, 2021, 180 pagine.", "it", ("Casa Bassa", "Lucia Ferri Neri")),
])
def test_by_word_part_credits_the_head(prose, line, language, expected):
    lines = [prose, "Uma segunda linha qualquer sem registo.", line]
    assert from_bibliography(lines, Context("\n".join(lines), (), language)) == expected


def test_name_title_pages_still_reads():
    # (the title in lower case after its first word, named again in the text: the head is the person)
    lines = ["Anna Kowal, Czarna woda, 212 stron",
             "Kowal pisze o rzece. Czarna woda to jej druga książka."]
    assert from_bibliography(lines, Context("\n".join(lines), (), "pl")) == ("Czarna woda", "Anna Kowal")


def test_substack_style_review_page():
    html = """<html lang="pt"><head><title>O que o mar devolve - Maré Baixa</title></head><body>
    <article class="post"><h1 class="post-title">O que o mar devolve</h1><div class="available-content">
    <div class="body markup"><p>Um pescador encontra na praia uma mala com cartas de um homem que ninguém conhece. O
    romance de Helena Prado Lins acompanha a cidade inteira tentando descobrir quem ele foi.</p>
    <p>A autora alterna as cartas com a vida da vila, e o contraste entre as duas vozes é o melhor do livro. Há
    humor, há luto, e há uma paciência rara para os detalhes do cotidiano de quem vive do mar.</p>
    <p>Algumas cartas se repetem, e o final resolve tudo depressa demais. Ainda assim, li em duas noites.</p>
    <p>Nota: ★★★★☆</p>
    <p><em>Sala de Espera</em>, de Helena Prado Lins. Editora Ventania, 2022.</p></div></div></article></body></html>"""
    record = extract_page(html, "https://marebaixa.example/p/o-que-o-mar-devolve")
    assert (record.book_title, record.book_author) == ("Sala de Espera", "Helena Prado Lins")
