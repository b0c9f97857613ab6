"""A masthead h1 is read as the site's name (``siteheading.banner_heading``) only where the page has its own post heading
elsewhere: an h2 or h3 carrying the part of <title> that is not the h1's ("Topic - Site", the topic an h2 further down).
A one-page site or a hand-made theme whose banner h1 is the post's own title ("Site - Post", <header><h1>Post</h1>, no
article) keeps the h1 as the headline. And a headline's bracketed spoiler notice (``book.clean_title``) is no longer
read in a Korean word that only opens like one (스포츠, "sports"); Taiwan's 無雷/有雷 and Quebec's "divulgâcheur" are.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import clean_title

_EN = ("<p>Quill's lighthouse keeper is a widow who rises to run the whole coast's signal service. The novel follows "
       "her "
       "from a storm in 1890 to the day the lamps go electric.</p><p>I found the present tense odd at first, then "
       "could not put it down. Maud Pellow watches every ship, and the prose watches with her.</p><p>Quill makes the "
       "coast feel like a kitchen full of knives, and the last chapter is the best thing I read this year. "
       "Rating: 5/5</p>")
_FR = ("<p>La gardienne de phare de Quill est une veuve qui finit par diriger tous les signaux de la côte. Le roman la "
       "suit d'une tempête de 1890 jusqu'au jour où les lampes deviennent électriques.</p><p>Le présent m'a gênée au "
       "début, puis je n'ai plus pu le lâcher. Maud Pellow surveille chaque navire, et la prose la surveille.</p><p>"
       "Quill écrit la côte comme une cuisine pleine de couteaux, et le dernier chapitre est superbe. Note : 5/5</p>")


def _page(lang, title, banner, body, heading=""):
    html = (f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"{banner}<div class='wrap'>{heading}<div class='text'>{body}</div></div></body></html>")
    return extract_page(html, "https://inkandsalt.example.org/2026/the-lamp-widow/")


def test_a_banner_h1_that_is_the_posts_title_stays_the_headline():
    record = _page("en", "Ink and Salt - The Lamp Widow by Rosa Quill",
                   "<header><h1>The Lamp Widow by Rosa Quill</h1></header>", _EN)
    assert record.title == "The Lamp Widow by Rosa Quill"
    assert (record.book_title, record.book_author) == ("The Lamp Widow", "Rosa Quill")
    # an ARIA banner and a bare title (French)
    record = _page("fr", "Encre et Sel - La Veuve des phares", "<div role='banner'><h1>La Veuve des phares</h1></div>",
                   _FR)
    assert record.title == "La Veuve des phares"
    # a bar separator
    record = _page("en", "Ink and Salt | The Lamp Widow", "<header><h1>The Lamp Widow</h1></header>", _EN)
    assert record.title == "The Lamp Widow"


def test_a_masthead_h1_over_the_posts_own_heading_is_still_the_site():
    record = _page("en", "The Lamp Widow by Rosa Quill - Ink and Salt", "<header><h1>Ink and Salt</h1></header>", _EN,
                   heading="<h2>The Lamp Widow by Rosa Quill</h2>")
    assert record.title == "The Lamp Widow by Rosa Quill"
    assert (record.book_title, record.book_author) == ("The Lamp Widow", "Rosa Quill")


def test_spoiler_notices_and_words_that_only_look_like_them():
    assert clean_title("축구 소년 (스포츠 소설)") == "축구 소년 (스포츠 소설)"
    assert clean_title("축구 소년 (스포 없음)") == "축구 소년"
    assert clean_title("燈塔寡婦（無雷）") == "燈塔寡婦"
    assert clean_title("燈塔寡婦 (有雷心得)") == "燈塔寡婦"
    assert clean_title("La Veuve des phares (sans divulgâcheur)") == "La Veuve des phares"
    assert clean_title("雷雨之夜（上）") == "雷雨之夜（上）"
