"""``bookcjkslash.labelled_dash``, "[label] T - A": the dash also opens a genre ("- 장편소설"), a publisher, a subtitle
or a character's name, tagged or said in the text. A Korean name must be name-shaped (``bookscripts.ko_name``) or said
with a writer's role word; a katakana word without "・" only with the role word; a teacher's or a neighbour's
honorific (선생, さん) is no writer's role. The title's label is read by one helper for the slash and the dash.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookcjkslash import labelled_dash, labelled_slash

_KO = "세 번째 장편소설이다. 겨울 바닷가의 작은 식당을 지키는 남매의 이야기. 문장이 담백해서 금방 읽었다."


def _ctx(text: str, language: str = "ko") -> Context:
    return Context(text, (), language)


def test_fires_on_names_in_other_layouts():
    # a Korean name said with 작가, no tags
    assert labelled_dash("[서평] 겨울 식당 - 윤서아 / 이번 달의 책", _ctx("윤서아 작가의 " + _KO), []) == ("겨울 식당", "윤서아")
    # a foreign name in Hangul, spaced, said with its role word
    assert labelled_dash("[책리뷰] 겨울 식당 - 토마스 베르그", _ctx("토마스 베르그 작가의 " + _KO), []) == ("겨울 식당", "토마스 베르그")
    # a Japanese kanji name, tagged
    ja = "港町の食堂を守る兄妹の話。静かな文章で、二晩で読み終えた。"
    assert labelled_dash("【読書感想】冬の食堂 – 森川遥斗｜冬の一冊", _ctx(ja, "ja"), ["森川遥斗", "読書"]) == ("冬の食堂", "森川遥斗")
    # a foreign name in katakana with its "・", tagged
    assert labelled_dash("【読書感想】冬の食堂 – トマス・ベルグ", _ctx(ja, "ja"), ["#トマス・ベルグ"]) == ("冬の食堂", "トマス・ベルグ")
    # a Chinese name said with 老师
    zh = "林秋白老师的新书，写海边小饭馆里的一对兄妹，文字干净。"
    assert labelled_dash("【书评】冬天的饭馆 - 林秋白", _ctx(zh, "zh"), []) == ("冬天的饭馆", "林秋白")


def test_genre_publisher_subtitle_character_are_no_author():
    text = "김하늘 작가의 " + _KO
    assert labelled_dash("[책리뷰] 겨울 식당 - 장편소설", _ctx(text), ["#김하늘", "#장편소설"]) is None
    assert labelled_dash("[책리뷰] 겨울 식당 - 에세이", _ctx(text), ["#김하늘", "#에세이"]) is None
    assert labelled_dash("[책리뷰] 겨울 식당 - 새벽바다", _ctx(text), ["#김하늘", "#새벽바다"]) is None  # a publisher
    assert labelled_dash("[서평] 별의 도시 - 잃어버린 열쇠", _ctx(text), ["#별의도시", "#잃어버린열쇠"]) is None
    # a character the text calls 선생 (a teacher), not the writer
    assert labelled_dash("[독후감] 우리 반 일기 - 최민호", _ctx("담임인 최민호 선생과 아이들의 일 년. " + _KO), []) is None


def test_katakana_genre_and_a_neighbour_are_no_author():
    ja = "東山三郎の新作ミステリー。港町の食堂を守る兄妹の話で、ミステリーとしては控えめ。"
    assert labelled_dash("【読書感想】冬の食堂 – ミステリー｜秋の一冊", _ctx(ja, "ja"), ["ミステリー", "東山三郎"]) is None
    ja2 = "東山三郎の新作。隣に住む田中ゆかりさんと少年の話。"
    assert labelled_dash("【読書感想】冬の食堂 – 田中ゆかり", _ctx(ja2, "ja"), []) is None


def test_slash_still_read_by_the_shared_label_helper():
    assert labelled_slash("【読書感想】冬の食堂／森川遥斗") == ("冬の食堂", "森川遥斗")
    assert labelled_slash("冬の食堂／森川遥斗【レビュー】") == ("冬の食堂", "森川遥斗")
    assert labelled_slash("冬の食堂／森川遥斗") is None
