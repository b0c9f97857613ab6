"""The site's notice about its cookies or tracking set inside the article (the s36 round; ``cookienote``). Own words.

A short block naming cookies and the site or its tracking, before the review's first paragraph or among its last
blocks, goes in any language. Near misses: a review sentence about baking cookies; a sentence of a surveillance novel's
review naming cookies and trackers inside the review's paragraphs; a long paragraph at the top that mentions cookies.
"""

from scraper.extract import extract_page

_PARAS = [
    "<p>The novel follows a night-shift baker in a harbour town who finds a stranger's diary in a flour sack and "
    "decides, against all sense, to return it to its owner by hand before the morning ferry leaves.</p>",
    "<p>It is a quiet book with one loud chapter, the storm, and the storm chapter alone would be worth the price; "
    "the rest is patient, funny and exact about the hours when a town is asleep.</p>",
    "<p>Score: 8/10. A warm and odd little book for a long winter evening.</p>",
]


def _page(*blocks, lang="en"):
    body = "".join(blocks)
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>The flour sack diary</title></head><body><article>"
            f"<h1 class='entry-title'>The flour sack diary</h1><div class='entry-content'>{body}</div></article>"
            f"</body></html>")


def _text(html):
    return extract_page(html, "https://nightbaker.example.net/2026/12/flour-sack/").body_text


def test_english_no_cookies_line_at_top_goes():
    text = _text(_page("<p><small>Nothing here sets cookies or trackers; the blog is plain pages.</small></p>", *_PARAS))
    assert "trackers" not in text and "night-shift baker" in text


def test_finnish_cookie_notice_at_top_goes():
    text = _text(_page("<div class='huomio'><p>Tämä sivusto käyttää evästeitä. Jatkamalla hyväksyt ne.</p></div>", *_PARAS))
    assert "evästeitä" not in text


def test_korean_cookie_notice_at_end_goes():
    text = _text(_page(*_PARAS, "<p>이 블로그는 방문 통계를 위해 쿠키를 사용합니다.</p>"))
    assert "쿠키" not in text and "storm chapter" in text


def test_baking_cookies_sentence_stays():
    line = "<p>The baker's ginger cookies turn up in every chapter, a small sweet joke.</p>"
    text = _text(_page(line, *_PARAS))
    assert "ginger cookies" in text


def test_surveillance_sentence_inside_the_review_stays():
    paras = list(_PARAS)
    paras.insert(1, "<p>In the diary the stranger complains that every site now plants cookies and trackers on him.</p>")
    text = _text(_page(*paras, "<p>Read it in one sitting, as I did.</p>", "<p>Then read it again.</p>",
                       "<p>And lend it to a baker.</p>"))
    assert "plants cookies and trackers" in text


def test_long_opening_paragraph_mentioning_cookies_stays():
    opening = ("<p>I read this on a website's recommendation while my daughter baked cookies for the school fair, and "
               "the smell of butter and the sound of the oven timer kept pulling me out of the book and back in, "
               "which is maybe the best way to read a novel about a baker at night.</p>")
    text = _text(_page(opening, *_PARAS))
    assert "baked cookies for the school fair" in text
