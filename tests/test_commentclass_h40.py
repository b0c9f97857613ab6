"""platforms.COMMENT_TOKEN: a comments box whose class CSS Modules named with one underscore before its hash
("<component>_comments_<hash>"), the readers' box under a news site's review, goes whole with its heading and names.

Invented pages (a Chinese culture portal's review, an English magazine's review) with near misses: a hash-named
box holding the article itself, and a "comment_count" line (no hash: a figure or a capital marks one).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.platforms import COMMENT_TOKEN

ZH_REVIEW = (
    "<p>重读这部长篇，最打动我的仍是那座小镇的冬天：雪下得很慢，人物说话也很慢，每一句都像在炉边烤过。</p>"
    "<p>作者把三代人的命运压进一条街，叙事时而跳回战前，时而落到今天，读起来并不轻松，但结构始终清楚。</p>"
    "<p>缺点是后半部分的配角太多，有些名字出现一次就消失了。整体而言，这是一本值得慢慢读的小说。</p>"
)
EN_REVIEW = (
    "<p>The novel follows a lighthouse keeper's daughter through one long winter on the Atlantic coast, and it never "
    "hurries her: the storms arrive when they arrive and the letters from the mainland take weeks.</p>"
    "<p>What stays with me is the sound of the prose, all short sentences and salt, and the way the father is loved "
    "without being forgiven. The last forty pages are as good as anything I have read this year.</p>"
)


def _page(article: str, after: str) -> str:
    return (
        "<html><head><title>Review</title></head><body>"
        f"<div class='article_main_Xc81q'><h1>A winter review</h1><div class='article_text_7pQzA'>{article}</div>"
        f"{after}</div></body></html>"
    )


def test_hash_named_comment_box_goes_zh():
    box = ("<div class='detail_comment_9fK2x'><h3>读者留言</h3><div class='detail_row'><b>书迷_4410</b>"
           "<p>看完电视剧再读原著，还是原著好。四星！</p></div></div>")
    record = extract_page(_page(ZH_REVIEW, box), "https://culture.example.cn/a/1")
    assert "原著好" not in record.body_text and "读者留言" not in record.body_text
    assert "小镇的冬天" in record.body_text


def test_hash_named_comment_box_goes_en():
    box = ("<section class='Story_comments_a2Bc9'><h2>Reader comments (1)</h2><div><b>marlow_reads</b>"
           "<p>Loved the series, the book is even better. Five stars from me!</p></div></section>")
    record = extract_page(_page(EN_REVIEW, box), "https://magazine.example.com/review/winter")
    assert "even better" not in record.body_text
    assert "lighthouse keeper" in record.body_text


def test_tokens_with_and_without_a_hash():
    for name in ("index_comment_1R3k8", "Story_comments_a2Bc9", "page_replies_Q0w9e", "post_comments__ab3de"):
        assert COMMENT_TOKEN.match(name), name
    # near misses: a word, not a hash, after the underscore; a box of the article itself named the same way
    for name in ("comment_count", "comments_title", "comment_label", "index_content_1R3k8", "index_commentary_1R3k8"):
        assert not COMMENT_TOKEN.match(name), name


def test_hash_named_article_box_is_kept():
    record = extract_page(_page(EN_REVIEW, "<p class='meta_comment_count'>2 comments</p>"),
                          "https://magazine.example.com/review/winter")
    assert "lighthouse keeper" in record.body_text and "last forty pages" in record.body_text
