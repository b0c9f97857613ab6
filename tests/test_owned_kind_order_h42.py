"""A writer's book named with its place among their works between the genitive and the bracketed title (Korean "A의 첫
장편 『T』", "A의 두 번째 소설집 『T』"; Japanese "Aの初の長編『T』", "Aの最新作『T』"): scraper.extract.bookscripts
(_KO_ORDER, _JA_OWNED_KIND). And a related-post box holding a label and one link to the site (scraper.extract.linkblocks
._labelled_lone_link)."""

from lxml import html as lxml_html

from scraper.extract.book import Context
from scraper.extract.bookscripts import script_pair
from scraper.extract.linkblocks import is_related_list


def _pair(line: str, rest: str):
    return script_pair(line, Context(text=line + "\n" + rest))


def test_korean_order_before_kind():
    rest = "윤서아는 이번에도 담담한 문장으로 가족을 그린다."
    assert _pair("윤서아의 첫 장편 『바다의 정원』은 섬에 사는 자매의 이야기다.", rest) == ("바다의 정원", "윤서아")
    assert _pair("윤서아의 두 번째 소설집 『겨울 등대』를 읽었다.", rest) == ("겨울 등대", "윤서아")
    assert _pair("윤서아의 마지막 작품 『빈 방』은 짧다.", rest) == ("빈 방", "윤서아")


def test_korean_near_misses():
    # the owner not named again anywhere: no person's book by the order word alone
    assert _pair("한국의 첫 장편 『바다의 정원』이라는 말은 과장이다.", "번역은 매끄럽다.") is None
    # an order word with no kind word after it is no book noun ("첫 『T』" is not the form)
    assert _pair("윤서아의 첫 『바다의 정원』은 섬 이야기다.", "윤서아는 담담하다.") is None


def test_japanese_order_and_kind():
    rest = "森ひかりの文章はいつも静かだ。"
    assert _pair("森ひかりの初の長編『海の庭』は、島に暮らす姉妹の話だ。", rest) == ("海の庭", "森ひかり")
    assert _pair("森ひかりの最新作『冬の灯台』を読んだ。", rest) == ("冬の灯台", "森ひかり")
    assert _pair("森ひかりの二作目の小説『空き部屋』は短い。", rest) == ("空き部屋", "森ひかり")


def test_japanese_near_misses():
    # no name before the kind word: a clause's start ("三作目の長編『T』")
    assert _pair("この本は三作目の長編『海の庭』だ。", "静かな小説だ。") is None
    # the name never named again
    assert _pair("森ひかりの長編『海の庭』は静かな小説だ。", "文章が好きだ。") is None


def _list(markup: str):
    root = lxml_html.fromstring(f"<article><p>Text of the post, long enough to be prose.</p>{markup}<p>More text.</p></article>")
    return next(root.iter("ul"))


def test_related_box_with_one_link_goes():
    assert is_related_list(_list("<div class='rel'><strong>Read also</strong><ul><li><a href='/2026/05/winter-list'>"
                                 "Five family novels for winter</a></li></ul></div>"), "blog.example.org")
    assert is_related_list(_list("<aside><h4>함께 읽으면 좋은 글</h4><ul><li><a href='/view/1203'>겨울에 읽는 소설 세 권</a>"
                                 "</li></ul></aside>"), "blog.example.kr")


def test_lone_link_near_misses():
    # a list of one link in the post's own flow (no box of its own with a label), a link to another site, a sentence
    assert not is_related_list(_list("<ul><li><a href='/2026/05/winter-list'>Five family novels for winter</a></li></ul>"), "blog.example.org")
    assert not is_related_list(_list("<div><strong>Read also</strong><ul><li><a href='https://other.example.com/x'>"
                                     "Five family novels for winter</a></li></ul></div>"), "blog.example.org")
    assert not is_related_list(_list("<div><strong>Source</strong><ul><li>I first read about it in "
                                     "<a href='/2026/05/x'>this post</a> and then bought the book at the fair.</li></ul></div>"), "blog.example.org")
