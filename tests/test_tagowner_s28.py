"""A post's tag named as the owner of a bracketed title where the review names its book (round s28), in our own words
and markup.

- bookrescue._tag_set_as_owner: a tag of the post that the headline or the opening line sets bare before a bracketed
  title ("【読書メモ】小川洋子『T』", "余华《T》"), with a possessive where the tag is a person's name's shape ("김애란의
  『T』", "湊かなえの『T』"), or with a verb of writing over the headline's bracketed title ("《T》：余华写的…").
- booktitles.tagged_han_author: a name-shaped tag the text never writes, over the one title the headline brackets when
  the text brackets none; the tag line the body kept ("标签：A B") is not the text naming the tag (booktags.untagged).
- booktags: a tag list's box named for what wraps it ("entry-tags-wrapper").

Near misses: a place, a genre or a post's kind tagged and set before the brackets ("京都の『T』", "当代小说《T》",
"読書感想『T』"), two tagged names before two titles, a text that calls someone else the author, a Korean place.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract import bookrescue, booktags

JA = [
    "週末に図書館で借りてきて、一晩で読み終えてしまった。記憶が八十分しかもたない老人と、家政婦の母子が過ごす"
    "ひと夏の物語で、数字をめぐる会話がどれも優しい。",
    "数式の美しさを語る場面が何度も出てくるのに、少しも難しく感じない。むしろ、人と人との距離の取り方を描いた"
    "小説なのだと思う。最後の章では、思わず涙が出た。",
    "派手な事件は何も起きないので、物足りないと感じる人もいるかもしれない。それでも、静かな本が好きな人には"
    "心からすすめたい。",
    "評価：★★★★☆",
]
ZH = [
    "这本书我在大学时读过一次，最近又拿出来重读。故事很简单，一个老人向来采风的年轻人讲述自己的一生，家人一个个"
    "离开，最后只剩下一头老牛陪着他。",
    "语言非常朴素，几乎没有形容词，可是每一段都沉甸甸的。读到中间几次停下来，不是因为难懂，而是因为太难过。",
    "也有人觉得苦难写得太密集，像是刻意安排的。我能理解这种批评，但书里那种活下去的韧劲依然打动了我。",
    "个人评分：9/10",
]
KO = [
    "여름휴가 때 바닷가 숙소에서 이 소설집을 천천히 읽었다. 수록된 단편마다 무언가를 잃어버린 사람들이 나오는데, "
    "그 상실을 크게 외치지 않고 조용히 견디는 모습이 오래 남는다.",
    "문장은 담담하지만 장면 하나하나가 선명해서 읽는 내내 마음이 서늘했다. 특히 첫 번째 이야기의 마지막 장면은 "
    "책을 덮은 뒤에도 계속 떠올랐다.",
    "몇몇 단편은 비슷한 구조가 반복되어 조금 아쉬웠다. 그래도 올해 읽은 소설 중에서 손꼽을 만한 책이다.",
    "별점: ★★★★☆",
]


def _page(headline: str, paras: list[str], tags: list[str], lang: str, *, first: str = "", wrap: str = "post-tags",
          label: str = "") -> str:
    body = (f"<p>{first}</p>" if first else "") + "".join(f"<p>{p}</p>" for p in paras)
    links = " ".join(f"<a href='#'>{t}</a>" for t in tags)
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{headline} - 本の庭</title></head><body>"
            f"<article class='post'><h1 class='entry-title'>{headline}</h1><div class='entry-content'>{body}</div>"
            f"<footer><div class='{wrap}'>{label}{links}</div></footer></article>"
            "<aside class='sidebar'><h3>プロフィール</h3><p>毎日少しずつ読んでいます。</p></aside></body></html>")


def _book(html: str) -> tuple:
    record = extract_page(html, "https://honnoniwa.example.org/entry/2026/11/20/one")
    assert record.is_review, (record.kind, record.reason)
    return record.book_title, record.book_author


def test_a_tag_bare_before_the_headline_brackets_is_the_author():
    html = _page("【読書メモ】小川洋子『博士の愛した数式』", JA, ["小川洋子", "日本の小説"], "ja")
    assert _book(html) == ("博士の愛した数式", "小川洋子")


def test_a_tag_with_a_kana_given_name_before_the_opening_brackets():
    # (the headline names no book; the opening line does, after a name a tag gives: a kanji family, a kana given name)
    html = _page("夏のあいだに読んだ一冊", JA, ["湊かなえ"], "ja", first="湊かなえ『告白』を、ようやく読みました。",
                 wrap="entry-tags-wrapper")
    assert _book(html) == ("告白", "湊かなえ")


def test_a_korean_tag_with_its_possessive_before_the_opening_brackets():
    html = _page("바닷가에서 읽은 소설집", KO, ["김애란", "소설"], "ko", first="김애란의 『바깥은 여름』을 읽었다.")
    assert _book(html) == ("바깥은 여름", "김애란")


def test_other_scripts_and_places_a_tag_before_the_brackets():
    # (a Korean name bare before the opening's brackets; a katakana name with its dot, opening the text or after the
    # headline's label; a Chinese name after a verb)
    html = _page("여름에 읽은 책", KO, ["김애란", "소설"], "ko", first="김애란 『바깥은 여름』을 이제야 읽었다.")
    assert _book(html) == ("바깥은 여름", "김애란")
    html = _page("秋の夜長に読んだ一冊", JA, ["カズオ・イシグロ", "翻訳小説"], "ja",
                 first="カズオ・イシグロ『日の名残り』を読み返した。")
    assert _book(html) == ("日の名残り", "カズオ・イシグロ")
    html = _page("【読書メモ】ジョン・アーヴィング『ガープの世界』", JA, ["ジョン・アーヴィング"], "ja")
    assert _book(html) == ("ガープの世界", "ジョン・アーヴィング")
    html = _page("一个冬天的读书笔记", ZH, ["苏童"], "zh", first="读完苏童《妻妾成群》，窗外正下着雪。")
    assert _book(html) == ("妻妾成群", "苏童")


def test_a_chinese_tag_that_the_headline_says_wrote_the_book():
    html = _page("重读《活着》：余华写的苦难与温情", ZH, ["余华", "当代小说"], "zh",
                 first="余华的文字一向克制。")
    assert _book(html) == ("活着", "余华")


def test_a_name_tag_over_the_headline_brackets_when_the_text_brackets_nothing_and_keeps_the_tag_line():
    # (the body keeps its tag line, "标签：A B"; the text itself never names the writer)
    html = _page("《推拿》：黑暗里的尊严", ZH, ["毕飞宇", "当代小说"], "zh", label="标签：", wrap="art-tags")
    assert _book(html) == ("推拿", "毕飞宇")


def test_untagged_takes_off_the_tag_line_only():
    text = "作者的句子很冷静。个人评分：8/10 标签：毕飞宇 当代小说"
    assert "毕飞宇" not in booktags.untagged(text, ["毕飞宇", "当代小说"])
    assert booktags.untagged("我喜欢毕飞宇的小说。", ["毕飞宇"]) == "我喜欢毕飞宇的小说。"
    assert "Lena Vogt" not in booktags.untagged("Four stars. Tags: Lena Vogt, novels", ["Lena Vogt", "novels"])


# (the near misses ask the rule itself: the body's other rules read some of these lines on their own)
def _owner(headline: str, lines: list[str], tags: list[str], title: str | None = None):
    return bookrescue._tag_set_as_owner(bookrescue.Page(headline, lines, tags), title)


def test_a_place_tag_with_its_particle_before_the_brackets_is_no_author():
    assert _owner("秋の京都で読んだ本", ["京都の『古書店地図』を片手に歩いた。", *JA], ["京都", "散歩"]) is None
    assert _owner("北海道『雪の駅』", JA, ["北海道"]) is None


def test_a_post_kind_or_a_genre_tag_before_the_brackets_is_no_author():
    assert _owner("読書感想『博士の愛した数式』", JA, ["読書感想"]) is None
    assert _owner("当代小说《活着》", ZH, ["当代小说"]) is None
    assert _owner("ミステリー『告白』", JA, ["ミステリー"]) is None


def test_two_tagged_names_before_two_titles_give_none():
    assert _owner("余华《活着》与苏童《妻妾成群》", ZH, ["余华", "苏童"]) is None


def test_a_text_that_calls_someone_else_the_author_leaves_the_tag():
    lines = ["作者：钱某某。这本书的作者钱某某是我的老师。", *ZH]
    assert _owner("重读《活着》：余华写的苦难与温情", lines, ["余华"]) is None


def test_a_korean_place_or_a_two_syllable_tag_with_its_possessive_is_no_author():
    assert _owner("섬에서 읽은 소설집", ["제주도의 『바다 일기』를 들고 여행을 떠났다.", *KO], ["제주도"]) is None
    assert _owner("강가에서 읽은 책", ["서울의 『밤 풍경』을 읽었다.", *KO], ["서울"]) is None


def test_a_tag_before_another_title_than_the_book_found_is_left():
    assert _owner("【読書メモ】小川洋子『博士の愛した数式』", JA, ["小川洋子"], title="ことり") is None
    assert _owner("【読書メモ】小川洋子『博士の愛した数式』", JA, ["小川洋子"]) is not None


def test_a_tag_lists_wrapper_box_is_read_but_not_a_taglines():
    from scraper.extract.parse import parse_page

    wrapped = "<html><body><article><div class='entry-tags-wrapper'><a href='#'>小川洋子</a></div></article></body></html>"
    tagline = "<html><body><article><div class='tagline-wrapper'><a href='#'>小川洋子</a></div></article></body></html>"
    assert booktags.tag_links(parse_page(wrapped)) == ["小川洋子"]
    assert booktags.tag_links(parse_page(tagline)) == []


def test_a_tagged_name_before_a_line_of_speech_is_no_author():
    lines = ["真壁一郎「もう遅いんだ」という台詞で物語が始まる。", *JA]
    assert _owner("冬に読んだ小説", lines, ["真壁一郎"]) is None
