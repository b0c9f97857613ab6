"""The post's own title, where a theme prints two h1s or trafilatura cuts <title> at a dash the title holds
(``metadata.read_metadata``).

- An h1 whose one link points at the page itself ("#", "") is the post's own title, not the site's name linked home
  (``siteheading.home_heading``): its text stays the title.
- "T - A :: Site" cut by trafilatura at the first dash as "T": the post's h1 reads "T - A" and <title> opens with it, so
  the h1 is the title (``siteheading.whole_heading``).

Near misses: a masthead h1 linked to the front page stays the site's name; an h1 that is the site's name before a dash
does not replace the title. Every page here is invented for these tests.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.metadata import read_metadata
from scraper.extract.parse import parse_page

_BODY = "<p>" + "A long paragraph of the review that speaks of the novel and its people at some length. " * 6 + "</p>"


def _title(head_title: str, headings: str, url: str = "https://blog.example.net/entry/2026/01/02/one") -> str | None:
    html = (f"<html><head><title>{head_title}</title></head><body>{headings}<article><div class='entry-content'>"
            f"{_BODY}</div></article></body></html>")
    return read_metadata(parse_page(html), url).title


def test_self_linked_entry_title_beside_a_masthead_h1():
    for post, site in [("Leggere «Il deserto dei Tartari» d'inverno", "Pagine sparse"),
                       ("村上春樹『羊をめぐる冒険』を読み返す", "読書の庭"),
                       ("Relire « Les Misérables » à Noël", "Le coin lecture")]:
        headings = (f"<header><h1 id='title'><a href='https://blog.example.net/'>{site}</a></h1></header>"
                    f"<h1 class='entry-title'><a href='#' class='entry-title-link'>{post}</a></h1>")
        assert _title(f"{post} - {site}", headings) == post


def test_whole_h1_where_the_head_title_was_cut_at_its_dash():
    for post, site in [("[리뷰] 바람의 집 - 한서윤", "책마루"), ("Recensione: La casa del vento - Marta Neri", "Libreria"),
                       ("Rezension: Das Windhaus - Jonas Brand", "Lesezeit")]:
        headings = f"<header><h1><a href='/'>{site}</a></h1></header><div class='hgroup'><h1>{post}</h1></div>"
        assert _title(f"{post} :: {site}", headings) == post


def test_near_misses():
    # a masthead linked home with a post title in an h2: the <title> without the site's name
    headings = "<h1><a href='/'>Pagine sparse</a></h1><h2 class='post-title'>Il deserto dei Tartari</h2>"
    assert _title("Il deserto dei Tartari | Pagine sparse", headings) == "Il deserto dei Tartari"
    # an h1 that is the site's name opening the <title>: never taken for the post's title
    headings = "<h1>Lesezeit</h1><h2>Das Windhaus</h2>"
    assert _title("Lesezeit - Das Windhaus", headings) != "Lesezeit - Das Windhaus"


def test_extract_page_reads_the_book_from_the_self_linked_title():
    html = ("<html lang='ja'><head><title>宮本和子『夜の港』感想 - 本の庭</title></head><body><header><h1 id='title'>"
            "<a href='https://honnoniwa.example.jp/'>本の庭</a></h1></header><article><h1 class='entry-title'>"
            "<a href='#'>宮本和子『夜の港』感想</a></h1><div class='entry-content'>"
            "<p>港町に暮らす姉妹の物語です。静かな文章で、夜の描写がとても美しかったです。" * 3 + "</p>"
            "<p>評価：★★★★☆</p></div></article></body></html>")
    record = extract_page(html, "https://honnoniwa.example.jp/entry/2026/01/02/120000")
    assert record.title == "宮本和子『夜の港』感想"
    assert (record.book_title, record.book_author) == ("夜の港", "宮本和子")
