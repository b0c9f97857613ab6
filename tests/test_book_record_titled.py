"""A book header's title and classed author link (source "details") are taken without the text vouching for them when
the page's own title names that title as a book: quoted, or "T <by> Author". Our own words."""

from scraper.extract.bookrecord import titled


def test_quoted_in_page_title():
    assert titled("Тиха вода", "Иван Петров", "Мнения на читатели за „Тиха вода“ | Библиотека")
    assert titled("Der stille Hof", "Lena Vogt", "Leserstimmen zu »Der stille Hof« – Bücherei")


def test_title_by_author_in_page_title():
    assert titled("Casa do Rio", "Marta Lopes", "Casa do Rio de Marta Lopes - Livro - Livraria")
    assert titled("Der stille Hof", "Lena Vogt", "Der stille Hof von Lena Vogt | Shop")


def test_near_miss_post_title_beside_its_blogger():
    # a blog's post heading and its writer's byline: the page title names the blog after its writer, with a dash
    assert not titled("Autumn reading", "Jane Doe", "Autumn reading - Jane Doe")
    assert not titled("Autumn reading", "Jane Doe", "Autumn reading | Jane Doe's blog")
    # a capitalised word between is no "by"
    assert not titled("Casa do Rio", "Marta Lopes", "Casa do Rio Para Marta Lopes")
    # the title quoted only in part
    assert not titled("Rio", "Marta Lopes", "„Casa do Rio“ – Livraria")
