"""Where a review's headline is the reviewer's own words, the book is read from elsewhere on the page by its structure:

* a review site's <title> template that opens with a review label, "Review of the book T — A | Site", its author named
  by the text (bookpagetitles._labelled);
* a name set in bold right after the byline's by-word, "By **Name** · date", is the writer's, never a title
  (bookbylinemark);
* a book box closing the post on two lines, the bare title over "A. House, 300 pages, price" (booktitleover).

Near misses: a labelled <title> whose author the text never names, a plain <title> naming another book, a bold title
after "Por" inside a sentence, a one-word bold mark after a by-word, a sentence over a record line, a record line whose
person the text never names again."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookbylinemark import byline_mark
from scraper.extract.booktitleover import titled_over
from scraper.extract.bookbiblio import BIBLIO_DETAIL


def _page(lang: str, title: str, h1: str, body: str) -> str:
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body><main>'
            f'<article class="post"><h1 class="entry-title">{h1}</h1><div class="entry-content">{body}</div>'
            f'</article></main><footer><p>© 2026 Blog</p></footer></body></html>')


_RU = ("<p>Снова открыл «Сторожа» через много лет. Тогда я запомнил только погоню по льду, а теперь меня "
       "больше всего тронула старая собака, что ждёт хозяина у переправы.</p>"
       "<p>Дорошенко пишет плотно и тихо, без лишних слов. Зимний лес у него живой, а люди молчат, как деревья. "
       "Середина провисает, но финал искупает всё.</p>"
       "<p>Книга неровная, но из тех, что долго не отпускают.</p><p>Моя оценка: 8 из 10</p>")


def test_labelled_page_title_names_the_book():
    html = _page("ru", "Рецензия на книгу Сторож — Павел Дорошенко | КнигоСайт",
                 "Собака у переправы и долгая зима", _RU)
    got = extract_page(html, "https://knigosait.example/review/5531")
    assert (got.book_title, got.book_author) == ("Сторож", "Павел Дорошенко")


def test_labelled_page_title_author_never_named_is_not_taken():
    html = _page("ru", "Рецензия на книгу Сторож — Павел Дорошенко | КнигоСайт",
                 "Собака у переправы и долгая зима", _RU.replace("Дорошенко пишет", "Автор пишет"))
    got = extract_page(html, "https://knigosait.example/review/5531")
    assert got.book_author != "Павел Дорошенко"


def test_unlabelled_page_title_of_other_words_is_not_read_as_the_book():
    html = _page("ru", "Метель — Павел Дорошенко | КнигоСайт", "Собака у переправы и долгая зима", _RU)
    got = extract_page(html, "https://knigosait.example/review/5531")
    assert got.book_title != "Метель"


_PT = ('<div class="meta-linha">Por <b>Marta Quintela</b> · 12/10/2026 08h30</div>'
       "<p>Numa aldeia do litoral, um faroleiro aposentado recebe cartas de um filho que nunca conheceu. Pires conta "
       "a história em capítulos curtos, quase sem diálogos.</p>"
       "<p>A primeira metade é lenta, mas vale insistir: quando as cartas começam a se contradizer, o livro vira um "
       "pequeno enigma, triste e bonito. Pires escreve com uma calma rara.</p>"
       "<p>Há um capítulo inteiro sobre a tempestade de 1978 que poderia ser um conto à parte, e outro sobre a "
       "mulher do faroleiro que parte meu coração até hoje.</p>"
       "<p>Para quem gosta de histórias de mar e de silêncio, é uma ótima surpresa deste ano.</p>"
       "<p>Farol das Cartas</p><p>Joana Pires. Editora Maré Alta, 240 páginas, R$ 59,90</p><p>Cotação: ★★★★</p>")


def test_bold_byline_name_is_no_title_and_closing_box_names_the_book():
    got = extract_page(_page("pt", "O faroleiro e o filho que escrevia | Jornal", "O faroleiro e o filho que escrevia",
                             _PT), "https://jornal.example/cultura/2026/10/faroleiro")
    assert (got.book_title, got.book_author) == ("Farol das Cartas", "Joana Pires")


def test_byline_mark_near_misses():
    assert byline_mark("Por “Marta Quintela” · 12/10/2026 08h30", "Marta Quintela")
    assert byline_mark("By “Ann Lee”", "Ann Lee")
    # a title after "Por" inside a sentence: words, no byline's date after it
    assert not byline_mark("Por “Cem Noites Brancas” me apaixonei pelo mar e pelo autor", "Cem Noites Brancas")
    # a one-word mark after a by-word, "De «Amras», 1964": a title's shape too
    assert not byline_mark("De “Amras”, 1964", "Amras")
    # a mark that is no name after "by" in a long line
    assert not byline_mark("By “the river bank” we sat, 2 hours", "the river bank")


def test_title_over_record_near_misses():
    text = ("Pires escreve com calma. Pires conta tudo.\nFarol das Cartas\n"
            "Joana Pires. Editora Maré Alta, 240 páginas, R$ 59,90")
    context = Context(text, ("Jornal",), "pt")
    assert titled_over(["Farol das Cartas", "Joana Pires. Editora Maré Alta, 240 páginas, R$ 59,90"], context,
                       BIBLIO_DETAIL) == ["Farol das Cartas, Joana Pires. Editora Maré Alta, 240 páginas, R$ 59,90"]
    # a sentence over the record line is no title
    assert titled_over(["Vale a pena ler.", "Joana Pires. Editora Maré Alta, 240 páginas, R$ 59,90"], context,
                       BIBLIO_DETAIL) == []
    # a person the text never names again (the record line is the one mention): no author
    assert titled_over(["Farol das Cartas", "Rui Bastos. Editora Maré Alta, 240 páginas, R$ 59,90"], context,
                       BIBLIO_DETAIL) == []
    # no pages, price or ISBN after the name: no record
    assert titled_over(["Farol das Cartas", "Joana Pires. Lisboa, outono"], context, BIBLIO_DETAIL) == []


_PT_REVIEW = ("<p>Li o romance de Tavares numa semana de chuva. A narradora, uma tradutora cansada, volta à casa da "
              "avó no interior e encontra cadernos escondidos no sótão.</p>"
              "<p>Tavares escreve frases curtas e secas, e o livro cresce devagar. Sofia Ramos, a amiga da narradora, "
              "é a melhor personagem. Ramos aparece pouco, mas cada cena dela vale o capítulo.</p>"
              "<p>O final é apressado, mas recomendo.</p><p>Nota: 4/5</p>")


def test_labelled_page_title_by_the_reviewer_is_not_the_author():
    # "Review of «T» by <the review's writer>": the by-word names who wrote the review, never the book's author
    html = _page("pt", 'Resenha de "Os Cadernos do Sótão" por Sofia Ramos - Estante', "Uma casa cheia de papel",
                 _PT_REVIEW)
    got = extract_page(html, "https://estante.example/resenha/881")
    assert got.book_author != "Sofia Ramos"


def test_labelled_page_title_name_said_whole_is_a_title():
    # "Review: a phrase - Dona Marta - Site": a name-shaped part the text says whole each time is the book's title
    body = ("<p>Dona Marta é um livro pequeno sobre uma cozinheira e a seca. Li Dona Marta em dois dias e fiquei com "
            "vontade de reler.</p><p>A prosa é seca como a paisagem, e Dona Marta termina sem consolo.</p>"
            "<p>Nota: 4/5</p>")
    html = _page("pt", "Resenha: A cozinha no meio da seca - Dona Marta - Leitores", "Dona Marta", body)
    got = extract_page(html, "https://leitores.example/resenha/12")
    assert got.book_author != "Dona Marta"
