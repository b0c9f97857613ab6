"""A platform's ranking card in a post body (round s29), in our own words and markup.

rankingbadge.ranking_badge: a short block whose own label, outside its link, names the blog ranking and whose link is
the category it ranks in ("ランキングに参加しています <a>本・読書</a>", "Blog ranking: <a>Books</a>") is the platform's
card, wherever it stands in the body. Near misses: a reviewer's sentence that mentions a blog ranking and links a page
(longer than a label), a short linked line naming no ranking.
"""

from __future__ import annotations

from lxml import html

from scraper.extract import extract_page
from scraper.extract.rankingbadge import ranking_badge


def _block(markup: str):
    return html.fromstring(f"<div>{markup}</div>")[0]


def test_a_ranking_card_is_the_platforms_in_several_languages():
    for markup in (
        '<p>ランキングに参加しています <a href="https://blog.example.jp/-/group/123">本・読書</a></p>',
        '<p>Blog ranking: <a href="/group/books">Books and reading</a></p>',
        '<div>블로그 순위 참여 중 <a href="/category/books">책 이야기</a></div>',
        '<p>博客排名 <a href="/group/reading">读书</a></p>',
        '<p>Classement des blogs : <a href="/groupe/romans">Romans</a></p>',
    ):
        assert ranking_badge(_block(markup)) == "ranking badge", markup


def test_a_reviewers_sentence_or_a_plain_link_line_is_no_card():
    for markup in (
        '<p>I came to this novel through a blog ranking of <a href="/t">translated fiction</a> last spring, and it '
        'earned its place.</p>',
        '<p>ブログランキングで話題になっていたので、<a href="/b">この本</a>を買って一晩で読んでしまいました。</p>',
        '<p>Filed under <a href="/category/books">Books</a></p>',
    ):
        assert ranking_badge(_block(markup)) is None, markup


def test_the_card_between_the_paragraphs_leaves_the_review():
    paras = ["海辺の町で古い灯台を守る姉妹の話です。静かな文章で、読み終えたあとも波の音が残りました。",
             "妹の手紙が少しずつ明かされていく構成が見事で、最後の章では思わず泣いてしまいました。",
             "派手な事件は起きませんが、季節の描写がとても美しく、何度も読み返したくなる一冊です。"]
    body = (f"<p>{paras[0]}</p><p>{paras[1]}</p>"
            '<div class="module-rank"><p>ランキングに参加しています<a href="/-/group/99">文芸書</a></p></div>'
            f"<p>{paras[2]}</p><p>評価：★★★★☆</p>")
    page = ("<html lang='ja'><head><meta charset='utf-8'><title>灯台の姉妹 感想 - 潮読み日記</title></head><body>"
            "<article class='entry'><h1 class='entry-title'>灯台の姉妹 感想</h1>"
            f"<div class='entry-content'>{body}</div></article></body></html>")
    record = extract_page(page, "https://shioyomi.example.jp/entry/2026/12/01/lighthouse")
    assert "ランキング" not in record.body_text
    assert all(p in record.body_text for p in paras)
