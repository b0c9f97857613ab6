"""A ranking card's label shape (review rev33f), in our own words and markup.

rankingbadge._own_label reads a short block as a platform's ranking card only in the card's shape: the label naming
the ranking, two words at most beside the ranking's name, and the link to the category closing the block. A
reviewer's sentence that names a ranking and links a page says more around it, or puts the link mid-sentence.
"""

from __future__ import annotations

from lxml import html

from scraper.extract import extract_page
from scraper.extract.rankingbadge import ranking_badge


def _block(markup: str):
    return html.fromstring(f"<div>{markup}</div>")[0]


def test_the_cards_shape_still_reads_in_several_languages():
    for markup in (
        '<p>ランキング参加中 <a href="/-/group/7">ミステリー</a></p>',
        '<p>Blog ranking: <a href="/group/poetry">Poetry</a>.</p>',
        '<div>블로그 순위 <a href="/category/essay">에세이</a></div>',
        '<p>Рейтинг блогов: <a href="/group/fantasy">Фэнтези</a></p>',
        '<p>Ranking blogów <a href="/grupa/kryminal">Kryminał</a></p>',
    ):
        assert ranking_badge(_block(markup)) == "ranking badge", markup


def test_a_sentence_naming_a_ranking_is_no_card():
    for markup in (
        '<p>The story started as a web serial climbing <a href="/s">Fanfold</a>\'s blog rankings.</p>',
        '<p>My aunt discovered the poet through Blogadda: <a href="/p">his first blog</a>.</p>',
        '<p>Powieść trafiła na ranking blogów <a href="/m">Miesięcznika</a></p>',
        '<p>Он мечтает попасть в рейтинг блогов <a href="/g">газеты</a></p>',
        '<p>姉は<a href="/k">手芸ブログ</a>でランキング参加中らしい。</p>',
        '<p>Her debut topped the classement des blogs of <a href="/l">a literary weekly</a> in spring.</p>',
    ):
        assert ranking_badge(_block(markup)) is None, markup


def test_the_sentence_stays_in_a_review():
    paras = ["A quiet novel about two sisters who keep a lighthouse, told in letters that arrive out of order.",
             "The letters are the book's strength; the frame story around them is thinner and ends too neatly.",
             "Still, I read it in one sitting and would hand it to anyone who likes epistolary fiction."]
    line = 'It first ran as a blog serial that climbed <a href="/r">Lanternpost</a>\'s blog rankings.'
    body = f"<p>{paras[0]}</p><p>{line}</p><p>{paras[1]}</p><p>{paras[2]}</p>"
    page = ("<html lang='en'><head><meta charset='utf-8'><title>Lighthouse Letters - Quiet Shelf</title></head><body>"
            f"<article><h1>Lighthouse Letters</h1><div class='entry-content'>{body}</div></article></body></html>")
    record = extract_page(page, "https://quietshelf.example.org/2026/12/lighthouse-letters")
    assert "climbed Lanternpost's blog rankings" in record.body_text
