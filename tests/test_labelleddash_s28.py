"""A labelled CJK headline "[label] T - A" whose author the text names as the owner of the book's writing (round s28),
in our own words and markup.

bookcjkslash.labelled_dash: the name after the spaced dash is trusted where the post's tags name it, the text says it
with a writer's role word ("A 작가", "A氏"), or, new, the text says it as the owner of the writing: "A의 문장은", "A의
소설", "Aの文体", "A的小说" (a subtitle's phrase owns no prose).

Near misses: a subtitle after the dash whose word the text says with a possessive before a noun that is no writing
("나기의 일기", "冬の庭"), a name the text never says.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookcjkslash import labelled_dash

KO = [
    "한 작은 섬의 등대지기와 그의 딸이 보낸 마지막 겨울을 따라가는 소설이다. 큰 사건은 없지만 계절이 바뀌는 "
    "동안 두 사람이 서로를 조금씩 이해해 가는 과정이 차분하게 그려진다.",
    "윤서하의 문장은 건조한데 이상하게 따뜻하다. 바람 소리와 파도 소리를 묘사하는 대목마다 책장을 넘기는 속도가 "
    "느려졌다.",
    "섬사람들의 말투를 살린 대화도 좋았다. 처음에는 낯설었지만 몇 장만 지나면 그 리듬에 익숙해져서, 나중에는 "
    "소리 내어 읽고 싶어질 정도였다. 등대의 불빛이 꺼지는 장면은 오래 기억에 남을 것 같다.",
    "후반부에 갑자기 등장하는 인물의 사연은 조금 억지스러웠다. 그래도 오랜만에 끝까지 아껴 읽은 책이다.",
    "별점: ★★★★☆",
]


def _page(headline: str, paras: list[str], lang: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{headline} :: 책방 노트</title></head><body>"
            f"<div class='hgroup'><h1>{headline}</h1></div>"
            f"<div class='article-view'><div class='contents_style'>{body}</div></div>"
            "<footer><p>Designed by an invented skin</p></footer></body></html>")


def _dash(headline: str, text: str):
    return labelled_dash(headline, Context(text), [])


def test_a_korean_name_the_text_says_owns_the_prose():
    record = extract_page(_page("[서평] 등대의 겨울 - 윤서하", KO, "ko"), "https://chaekbang.example.kr/118")
    assert record.is_review and (record.book_title, record.book_author) == ("등대의 겨울", "윤서하")


def test_the_same_in_japanese_and_chinese_and_with_the_novel_owned():
    assert _dash("【読書感想】冬の灯台 - 佐伯遥", "佐伯遥の文体は乾いていて、それでいて温かい。") == ("冬の灯台", "佐伯遥")
    assert _dash("【书评】灯塔之冬 - 林远舟", "林远舟的小说一向安静，这一本也不例外。") == ("灯塔之冬", "林远舟")
    assert _dash("[리뷰] 등대의 겨울 - 윤서하", "윤서하의 장편을 처음 읽었다.") == ("등대의 겨울", "윤서하")


def test_a_subtitle_the_text_says_with_a_possessive_before_no_writing_is_no_author():
    assert _dash("[서평] 등대의 겨울 - 나기해", "나기해의 일기가 이야기의 중심이다.") is None
    assert _dash("【読書感想】灯台 - 冬の庭", "冬の庭の描写がよかった。") is None


def test_a_name_the_text_never_says_is_not_trusted():
    assert _dash("[서평] 등대의 겨울 - 윤서하", "바람 소리와 파도 소리가 좋았다.") is None
