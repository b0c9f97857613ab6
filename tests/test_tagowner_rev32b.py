"""bookrescue._tag_set_as_owner (rev32b): a post's tag before a bracketed title is its owner only where the text gives
the title, or the writer's best-known work, no other owner ("Bの代表作", "B的《T》", "B의 대표작": the tag is a
character's, a detective's) and does not set the tag inside the book ("书里A", "主人公のA", "주인공 A"); the verb of
writing ("A写的", "Aが書いた", "A가 쓴") is read in the headline only, not in the opening line (a friend's essay on the
book). The tag owners of round s28 still read. Our own words.
"""

from __future__ import annotations

from scraper.extract import bookrescue

JA = ["週末に一気に読み終えた。犯人が分かってからも、最後の数ページまで気が抜けない。", "評価：★★★★☆"]
ZH = ["周末一口气读完了，结局出乎意料，人物关系写得很细。", "个人评分：8/10"]
KO = ["주말에 단숨에 읽었다. 결말이 예상과 달라서 한참 생각했다.", "별점: ★★★★☆"]


def _owner(headline: str, lines: list[str], tags: list[str], title: str | None = None):
    return bookrescue._tag_set_as_owner(bookrescue.Page(headline, lines, tags), title)


def test_the_tag_owner_still_reads_where_no_one_else_owns_the_book():
    assert _owner("【読書メモ】ミシェル・ルグラン『灰色の港』", JA, ["ミシェル・ルグラン"]).author == "ミシェル・ルグラン"
    assert _owner("读《长河》：沈青写的一个小镇", ZH, ["沈青", "当代小说"]).author == "沈青"
    assert _owner("박서연의 『겨울 항구』", KO, ["박서연"]).author == "박서연"
    assert _owner("夏の読書", ["宮下ゆかりの『灯台守』を読んだ。", *JA], ["宮下ゆかり"]).author == "宮下ゆかり"


def test_a_tag_the_text_gives_no_book_is_no_owner_when_another_owns_it():
    # (a detective's, a character's tag: the text names the writer's best-known work as another's)
    assert _owner("エミール・ダルトンの『霧の駅』", ["マルグリット・ソレルの代表作をやっと読んだ。", *JA],
                  ["エミール・ダルトン"]) is None
    assert _owner("【読書感想】神崎一郎『山の宿』", ["高田春江の代表作を読み返した。", *JA], ["神崎一郎"]) is None
    assert _owner("杜明《江上旧事》读后感", ["这是秦书兰的《江上旧事》，我读了两遍。", *ZH], ["杜明"]) is None
    assert _owner("정민호의 『바다 일기』", ["한유진의 대표작이라 기대가 컸다.", *KO], ["정민호"]) is None


def test_a_tag_the_text_sets_inside_the_book_is_a_character():
    assert _owner("《少年的信》：周明写的那些信", [*ZH, "书里周明写了很多信给他的母亲。"], ["周明"]) is None
    assert _owner("『港の手紙』：佐藤はるかが書いた手紙", [*JA, "主人公の佐藤はるかは毎週手紙を書く。"], ["佐藤はるか"]) is None
    assert _owner("『바다 편지』 - 윤서아가 쓴 편지", [*KO, "주인공 윤서아는 매주 편지를 쓴다."], ["윤서아"]) is None


def test_the_writing_verb_of_the_opening_line_is_not_read():
    assert _owner("『어린 새』를 읽고", ["김하늘이 쓴 『어린 새』 독후감을 보고 나도 읽었다.", *KO], ["김하늘"]) is None
    assert _owner("重读经典", ["周小雨写的《远山》读后感让我也去读了。", *ZH], ["周小雨"]) is None


def test_the_author_word_itself_is_no_other_owner():
    assert _owner("박서연의 『겨울 항구』", ["작가의 대표작이라고 한다.", *KO], ["박서연"]).author == "박서연"
    assert _owner("宮下ゆかりの『灯台守』", ["作者の代表作だと思う。", *JA], ["宮下ゆかり"]).author == "宮下ゆかり"


def test_the_character_cues_in_three_languages():
    assert bookrescue._owned_elsewhere("佐藤はるか", "港の手紙", "主人公の佐藤はるかは毎週手紙を書く。")
    assert bookrescue._owned_elsewhere("周明", "少年的信", "书里周明写了很多信。")
    assert bookrescue._owned_elsewhere("윤서아", "바다 편지", "주인공 윤서아는 매주 편지를 쓴다.")
    assert not bookrescue._owned_elsewhere("윤서아", "바다 편지", "윤서아의 문장은 담백하다.")
