"""The post's own category line inside its <article> (metadata._filed_links), not other posts' cards or a widget.

Only the <article> that holds the h1 (else the page's one article) is read; a box inside it that is another <article>,
an <aside>, or classed as a widget, a card or related posts files other posts. A short label may open the line
("Posted in:", "Publicado en", "Рубрика:"); a sentence may not. Pages of our own words and markup.
"""

from __future__ import annotations

import lxml.html

from scraper.extract import extract_page
from scraper.extract.metadata import read_metadata

NOTICE = ["Mara Lindqvist will read from her novel at the town library on Friday 12 June at seven. Tickets are free "
          "but places are limited, so please book at the front desk or call us during opening hours. The reading is "
          "part of our summer series, which brings a writer to the library every second Friday.",
          "Lindqvist will also sign copies afterwards, and the café stays open late for the evening. The novel won the "
          "coast prize last year and has been translated into nine languages. Children are welcome if they sit quietly."]


def _cats(article: str, before: str = "", after: str = "") -> list[str]:
    html = f"<html><body><header><h2>Site</h2></header>{before}{article}{after}</body></html>"
    return read_metadata(lxml.html.fromstring(html), "https://b.example/2026/05/post/").categories


def test_a_labelled_category_line_is_read():
    for box, want in (
        ("<div class='meta'>Posted in: <a href='/category/reviews/'>Reviews</a>, "
         "<a href='/category/fiction/'>Fiction</a></div>", ["Reviews", "Fiction"]),
        ("<div class='pie'><span>Publicado en</span> <a href='/category/resenas/'>Reseñas</a></div>", ["Reseñas"]),
        ("<div class='m'>Рубрика: <a href='/category/retsenzii/'>Рецензии</a></div>", ["Рецензии"]),
        ("<footer class='f'>Classé dans : <a href='/category/critiques/'>Critiques</a></footer>", ["Critiques"]),
    ):
        assert _cats(f"<article><h1>T</h1><p>Some text of the post.</p>{box}</article>") == want, box


def test_the_article_without_the_h1_when_it_is_the_only_one():
    assert _cats("<article><div class='m'><a href='/category/kritik/'>Kritik</a></div><p>Text.</p></article>",
                 before="<h1>Ein Titel</h1>") == ["Kritik"]


def test_other_posts_cards_and_widgets_file_nothing():
    card = ("<article class='card'><div class='card-cat'><a href='/category/reviews/'>Reviews</a></div>"
            "<h3><a href='/2026/04/x/'>Another post</a></h3></article>")
    related = f"<section class='related'><h2>You may also like</h2>{card}{card}</section>"
    # (inside the post's article, and after it)
    assert _cats(f"<article><h1>Reading tonight</h1><p>Text.</p>{related}</article>") == []
    assert _cats("<article><h1>Reading tonight</h1><p>Text.</p></article>", after=related) == []
    widget = ("<div class='widget-area'><a href='/category/reviews/'>Reviews</a> <a href='/category/news/'>News</a>"
              "</div>")
    assert _cats(f"<article><h1>Reading tonight</h1><p>Text.</p>{widget}</article>") == []
    aside = "<aside><div><a href='/category/reviews/'>Reviews</a></div></aside>"
    assert _cats(f"<article><h1>Reading tonight</h1><p>Text.</p>{aside}</article>") == []
    # a list page's many articles, no h1 in any: none of them is the post
    assert _cats("".join(f"<article><div class='m'><a href='/category/c{i}/'>C{i}</a></div><h2>P{i}</h2></article>"
                         for i in range(3))) == []


def test_a_sentence_files_nothing():
    assert _cats("<article><h1>T</h1><div class='x'>All of my many reviews are filed under "
                 "<a href='/category/reviews/'>Reviews</a></div></article>") == []


def test_a_notice_with_related_review_cards_is_no_review():
    cards = "".join("<article class='card'><div class='card-cat'><a href='/category/reviews/'>Reviews</a></div>"
                    f"<h3><a href='/2026/0{i}/p/'>Post {i}</a></h3></article>" for i in (3, 4))
    body = "".join(f"<p>{p}</p>" for p in NOTICE)
    html = ("<html lang='en'><head><meta charset='utf-8'><title>Reading: The Salt Orchard by Mara Lindqvist</title>"
            "</head><body><main><article><h1>Reading: The Salt Orchard by Mara Lindqvist</h1>"
            f"<div class='entry'>{body}</div><section class='related'>{cards}</section></article></main></body></html>")
    record = extract_page(html.encode(), "https://lamp.example/2026/05/reading/")
    assert record.categories == []
    assert record.kind != "review", record.reason
