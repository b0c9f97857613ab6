"""A link to the site's section, category or rubric archive is no title set off in the opening ("Рубрика: <a
href='?rubric=polka'>Книжная полка</a>"): bookopening.marked_paragraphs leaves it unmarked (bookB13); near misses: a
tag's link and a book's link stay marked."""

from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.bookopening import marked_paragraphs


def _body(inner: str):
    return lxml_html.fromstring(f"<div>{inner}</div>")


def test_section_links_are_no_titles():
    body = _body("<div>Рубрика: <a href='/news/?rubric=polka'>Книжная полка</a> · Автор: Анна Петрова, библиотекарь</div>"
                 "<p>Категория: <a href='/category/resenas/'>Reseñas de libros</a> y más cosas aquí.</p>")
    text = " ".join(marked_paragraphs(body))
    assert "“Книжная полка”" not in text and "“Reseñas de libros”" not in text


def test_tag_and_book_links_stay_marked():
    body = _body("<p>I finally read <a href='/tag/the-salt-road/'>The Salt Road</a> and <a href='/books/42-ice'>Ice</a> this week.</p>")
    text = " ".join(marked_paragraphs(body))
    assert "“The Salt Road”" in text and "“Ice”" in text


_POST = """<html lang="ru"><head><title>Зима на реке — Новости — Библиотека</title></head><body>
<main><div class="news-detail"><h1>Зима на реке</h1><div class="date">18.11.2026</div>
<div class="rubric">Рубрика: <a href="/about/news/?rubric=polka">Книжная полка библиотекаря</a> · Автор: Анна Петрова, ведущий библиотекарь</div>
<div class="text"><p>Этот роман у нас почти никогда не стоит на полке: его берут, возвращают и тут же записываются снова. Я долго его
откладывала и прочла только в этом году, за три вечера.</p>
<p>Деревня, зима, долгая дорога на восток. Героиня тихая, но упрямая, и к концу книги её уже невозможно забыть. Язык простой,
местами почти сухой, но от этого страшные сцены действуют сильнее. Мне не хватило только одного: второстепенные герои
иногда похожи друг на друга.</p><p>Моя оценка — девять из десяти.</p></div></div></main></body></html>"""


def test_whole_page_names_no_rubric_as_its_book():
    record = extract_page(_POST, "https://lib.example/about/news/zima-na-reke/")
    assert record.book_title != "Книжная полка библиотекаря"
