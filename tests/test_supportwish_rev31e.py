"""Code review rev31e, in our own words: ifpost.SUPPORT_WISH, narrowed to "this/my blog" after rev31c, missed the
plainest asks: "If you want to support the blog, …", "If you'd like to support my work, …" above a review's shop
links. Now the article may stand before the blog, its site or newsletter (never before a channel or a canal: a
river's), and the writer's own work counts where a link follows in the line or the next block (ifhelped._wished).

Fires: es, pt, de (the article, and "my work" with its links in the line or in the next block). Near misses: "my work"
with no link by it, the article before a canal, a book's work "of" someone, and rev31c's own (tests/
test_supportwish_rev31c.py).
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page

PARAS = [
    "Marta Quirós's novel follows two sisters who run a bakery in a mining town the year the pit closes, and the "
    "bread they keep baking for neighbours who can no longer pay.",
    "The kitchen, the flour dust and the early mornings are on every page, and the quarrels between the sisters are "
    "the warmest and funniest scenes I have read this year.",
    "A thread about a lost brother never quite lands, but the final chapter, on the night of the strike, is superb.",
]
URL = "https://flourandink.example/2026/04/the-bakery/"
LINKS = "<a href='https://bookshop.example/a/77'>Bookshop</a> · <a href='https://hive.example/b/9'>Hive</a>"


def _page(last: str, lang: str, after: str = "") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in PARAS) + f"<p>{last}</p>" + after
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>The Bakery – Flour and Ink</title></head>"
            "<body><article class='post'><h1>The Bakery</h1><div class='entry-content'>"
            f"{body}</div></article></body></html>").encode()


@pytest.mark.parametrize("last,lang,after", [
    (f"Si quieres apoyar el blog, los enlaces de abajo le dejan algo. {LINKS}", "es", ""),
    (f"Se quiser apoiar o blog, os links abaixo rendem-lhe um pouco. {LINKS}", "pt", ""),
    (f"Wenn du den Blog unterstützen möchtest, bringen ihm die Links unten ein wenig. {LINKS}", "de", ""),
    ("Si quieres apoyar mi trabajo, compra el libro en una de estas tiendas:", "es", f"<p>{LINKS}</p>"),
    (f"Wenn du meine Arbeit unterstützen möchtest, bestelle über diese Links. {LINKS}", "de", ""),
])
def test_the_wish_to_support_the_blog_or_the_work_goes(last, lang, after):
    text = extract_page(_page(last, lang, after), URL).body_text
    assert last[:18] not in text, text[-200:]
    assert all(p[:40] in text for p in PARAS)


@pytest.mark.parametrize("last,lang", [
    ("If you want to support my work, tell a friend about this review: that is all I ask.", "en"),
    ("Si quieres apoyar mi trabajo, cuéntale a una amiga lo que te ha parecido esta reseña.", "es"),
    ("Si vous voulez soutenir le canal de Bourgogne, lisez ce roman : il parle des éclusiers.", "fr"),
    ("If you'd like to support the work of regional bakers, this novel is a lovely place to begin.", "en"),
])
def test_the_reviews_own_closing_stays(last, lang):
    text = extract_page(_page(last, lang), URL).body_text
    assert last[:18] in text, text[-200:]
