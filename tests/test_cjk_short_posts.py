"""Short Chinese and Japanese posts, and the chapter titles their reviews quote (issue 3).

A post of 250 Han characters and kana carries as much as one of 700-900 Latin letters, but the text-container
fallback (a page no engine's selector fits) measured paragraphs in characters and took such a post for captions.
And a review quotes a chapter's title in the same marks as the book's ("最后一章《…》", "第3話「…」"): that title is a
part's, and the counting word before it ("一章", "one chapter") no author.

Every page, post, book and person here is invented for these tests, in our own words and markup.
"""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract import extract_page, find_body
from scraper.extract.anaphora import references
from scraper.extract.book import Context
from scraper.extract.bookpageclues import Clues
from scraper.extract.bookbody import find_book
from scraper.extract.bookrescue import Page, rescue
from scraper.extract.bookscripts import script_pair
from scraper.extract.booktitles import cjk_bracketed, cjk_owner, cjk_title, counted, part_before
from scraper.extract.datelines import FULL_DATE, date_only
from scraper.extract.words import reading_size

_JA_POST = [
    "週末、図書館で借りた水野あかりの『灯台守の手帳』を一気に読みました。北の小さな島で灯台を守る老人と、夏休みにやってきた孫娘の話です。",
    "大きな事件は起きません。朝の霧、昼の網の修理、夜の灯り。その繰り返しの中で、二人が少しずつ言葉を交わすようになる過程が丁寧に描かれています。",
    "祖父が若いころの失敗を打ち明ける場面では、電車の中なのに涙が出そうになりました。静かな本が好きな人にすすめたい一冊です。",
]
_ZH_POST = [
    "上个月在旧书摊淘到一本周秋禾的《河岸上的钟表铺》，封面都褪色了，没想到读起来这么好。",
    "这本书的故事很简单：一个修钟表的老人，在小镇的河边开了四十年铺子，来修表的人各有各的心事。作者写得很克制，每个客人只有几页，却都让人记住了。",
    "我最喜欢第三章《停在六点的表》，一个女孩拿来父亲留下的旧表，老人没有修好它，反而教她怎样让它一直停着。",
    "读完这本小说，很想去河边走一走。推荐给喜欢慢节奏的朋友。",
    "我的评分：8.5/10",
]


def _page(lang: str, title: str, paragraphs: list[str], sidebar: list[str], tags: list[str] = ()) -> str:
    """A hand-made blog: no engine's classes, the post in a plain box beside a sidebar of short links."""
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    tag_row = " ".join(f'<a href="/tags/{t}">#{t}</a>' for t in tags)
    side = "".join(f'<li><a href="/p/{i}">{s}</a></li>' for i, s in enumerate(sidebar))
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<div id="top"><a href="/">ホーム</a> <a href="/about">about</a></div>'
            f'<div id="wrap"><div id="kiji"><h1>{title}</h1>{text}{f"<p>{tag_row}</p>" if tags else ""}</div>'
            f'<div id="menu"><ul>{side}</ul></div></div></body></html>')


def test_reading_size_weighs_han_and_kana_letters_and_leaves_other_scripts_as_written():
    assert reading_size("a short line of English") == len("a short line of English")
    assert reading_size("Ein Büchlein über Äpfel") == len("Ein Büchlein über Äpfel")
    assert reading_size("河边的钟表铺") == 18  # six Han characters: three letters' worth each
    assert reading_size("ひかり") == 6  # kana: two each
    assert reading_size("소설을 읽었다") == len("소설을 읽었다") + 6  # a Hangul block writes a syllable: two each (s26)
    assert reading_size("หนังสือเล่มนี้") == len("หนังสือเล่มนี้")  # Thai letters are an alphabet's


def test_a_short_japanese_post_on_a_hand_made_blog_is_found_as_its_body():
    assert sum(map(len, _JA_POST)) < 400  # fewer characters than the fallback asks of Latin text
    html = _page("ja", "島の灯台と夏休み", _JA_POST, ["前の記事", "次の記事", "カテゴリー一覧"])
    body, posts = find_body(lxml_html.fromstring(html))
    assert posts == 1 and body is not None and body.get("id") == "kiji"
    record = extract_page(html, "https://hon-no-mori.example/2026/11/todai.html")
    assert "灯台守の手帳" in record.body_text and "カテゴリー一覧" not in record.body_text


def test_a_short_chinese_post_is_found_and_its_chapter_title_is_not_the_book():
    html = _page("zh-CN", "旧书摊上的意外", _ZH_POST, ["上一篇", "下一篇"], tags=["周秋禾", "读书笔记"])
    body, posts = find_body(lxml_html.fromstring(html))
    assert posts == 1 and body is not None and body.get("id") == "kiji"
    record = extract_page(html, "https://jiubaitan.example/post/4471")
    assert "停在六点的表" in record.body_text and "下一篇" not in record.body_text
    assert (record.book_title, record.book_author) == ("河岸上的钟表铺", "周秋禾")
    # the score line is the post's, not a dateline ("8.5/10" reads as a day, a month and a year)
    assert "我的评分：8.5/10" in record.body_text and record.rating_raw == "8.5/10"


def test_a_page_of_short_captions_and_menus_in_chinese_is_no_post():
    captions = ["清晨的码头", "雨后的小巷", "外婆家的院子", "秋天的银杏", "冬至的饺子", "放学路上", "老街的灯笼", "江边日落"]
    html = _page("zh-CN", "相册", captions * 3, ["首页", "相册", "留言板", "关于我"])
    assert find_body(lxml_html.fromstring(html)) == (None, 0)


def test_a_chapter_title_in_title_marks_is_no_book_and_its_counting_word_no_author():
    whole = "每一章都很短。最后一章《灯下》写得最好，一章就让我哭了。"
    assert cjk_owner("最后一章《灯下》写得最好", whole) is None
    assert cjk_title("第三章《停在六点的表》") is None
    assert cjk_title("第2話「海の音」") is None
    assert cjk_bracketed("读书笔记：第五回《雪夜》") is None
    # the book's title beside the chapter's: the book's is the one title the headline marks
    assert cjk_bracketed("《河岸上的钟表铺》第三章《停在六点的表》") == "河岸上的钟表铺"
    for before in ("第十二章", "最后一章", "最終話", "제3장 ", "마지막 화 ", "第4節"):
        line = f"{before}「夜」"
        assert part_before(line, line.index("「") + 1), before
    assert counted("一章") and counted("两本") and counted("第三")
    # Japanese sets の between the chapter word and the title
    line = "第三章の『雨の駅』がいちばん好きだ。第三章は短い。"
    assert script_pair(line, Context(line)) is None and cjk_owner(line, line) is None
    line = "森ひかりの『雨の駅』を読んだ。森ひかりは短編の名手だ。"
    assert script_pair(line, Context(line)) == ("雨の駅", "森ひかり")


def test_names_that_end_or_open_like_a_count_stay_names():
    # a name may end in 章 or 回, or open with a numeral (三木, 二宮): no counting word before the title
    assert cjk_owner("又翻开了林德章的《山路》", "林德章 林德章的《山路》") == ("山路", "林德章")
    assert not counted("三木一郎") and not counted("二宮") and not counted("林德章")
    assert cjk_owner("三木一郎の『冬の駅』を読んだ", "三木一郎 三木一郎の『冬の駅』") == ("冬の駅", "三木一郎")


def test_an_owner_named_once_in_the_text_and_again_in_the_tags():
    lines = ["前几天读完了许南星的《灯塔下的早餐》，很温暖。", "最后一篇《雨天》写得最好。"]
    page = Page("周末读书", lines, labels=[], tag_links=["许南星", "散文"])
    assert (lambda b: (b.title, b.author))(rescue(None, page)) == ("灯塔下的早餐", "许南星")
    # no tag names the owner: the rescue says nothing of the text's "X的《T》" alone
    assert rescue(None, Page("周末读书", lines, labels=[], tag_links=["散文"])) is None


def test_a_tag_names_the_owner_again_for_the_body_rules():
    lines = ["前几天读完了许南星的《灯塔下的早餐》，很温暖。", "每一篇都不长。"]
    context = Context("\n".join(lines))
    assert find_book(Clues(title="周末读书", lines=lines, context=context, labels=["许南星"]), None).author == "许南星"
    # named once and in no tag: a run before 的 after a word of reading is a name only when a family name opens it
    # ("读完了许南星的" → 许南星, booktitles._after_function_word); "读完了海边小屋的" names no one
    assert find_book(Clues(title="周末读书", lines=lines, context=context, labels=["散文"]), None).author == "许南星"
    lines = ["前几天读完了海边小屋的《灯塔下的早餐》，很温暖。", "每一篇都不长。"]
    context = Context("\n".join(lines))
    assert find_book(Clues(title="周末读书", lines=lines, context=context, labels=["散文"]), None) is None


def test_a_chapter_title_beside_the_book_is_no_other_work_for_this_book_references():
    text = "这本书不长。我最喜欢第三章《雨夜》，这本书的结尾也好。"
    assert references("读了《灯塔下的早餐》。" + text, "灯塔下的早餐") == 2
    # another work in the same marks: "this book" after it may be either (before it, the book is the one named:
    # anaphora's one late other work); named early, or twice, it leaves none the book's
    assert references("读了《灯塔下的早餐》。" + text.replace("第三章", "他的另一本"), "灯塔下的早餐") == 1
    assert references("读了《灯塔下的早餐》和他的另一本《雨夜》。" + text.replace("第三章《雨夜》", "那一篇"), "灯塔下的早餐") == 0
    assert references("读了《灯塔下的早餐》。" + text.replace("第三章", "他的另一本") + "《雨夜》更好。", "灯塔下的早餐") == 0


def test_a_score_with_a_point_and_a_slash_is_no_date_and_a_full_width_colon_makes_a_label():
    assert not FULL_DATE.search("个人评分 7.5/10") and not FULL_DATE.search("Note : 9.5/10")
    for date in ("08.05.2010", "8/5/10", "08-05-2010"):
        assert FULL_DATE.search(f"Posted {date}"), date
    # a label and its one date at the post's end: the review's own info line, in either colon
    for line in ("読了日：2026/11/02", "読了日: 2026/11/02"):
        block = lxml_html.fromstring(f"<p>{line}</p>")
        assert date_only(block, 5, 6) is None, line
    assert date_only(lxml_html.fromstring("<p>2026/11/02</p>"), 5, 6) == "dateline"
