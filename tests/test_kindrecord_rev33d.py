"""A cover caption that is a book's whole record, "A 장편소설 『T』, P" / "A長篇小說《T》，P出版"
(``bookcjkcover.kind_record``; review rev33d).

A genre, a country or a time word stands where the name would ("고전 소설 『T』", "日本推理小說《T》", "經典長篇小說《T》"),
and a film's poster is captioned the same way ("A新作《T》，電影海報"): the name must be one the post calls a writer outside
the caption (a tag, a role word, the name owning the prose: ``bookcjkslash.writer_named``), and a caption naming another
medium is no book's. Every page and caption here is invented for these tests.
"""

from __future__ import annotations

from scraper.extract import bookcjkcover
from scraper.extract import extract_page


def test_fires_where_the_post_calls_the_name_a_writer():
    kind = bookcjkcover.kind_record
    assert kind([("윤고은 장편소설 『밤의 정원』, 바다출판", "")], "윤고은 작가는 늘 밤을 쓴다.") == ("밤의 정원", "윤고은")
    assert kind([("林小雨長篇小說《河口》，江城出版", "")], "林小雨的文字很安靜。") == ("河口", "林小雨")
    assert kind([("森川遥長編小説『灯台守』（海鳴社）", "")], "森川遥さんの新しい長編。") == ("灯台守", "森川遥")
    assert kind([("陳明遠散文集《山中書》，雨林出版", "")], "#陳明遠 #散文") == ("山中書", "陳明遠")
    assert kind([("황정은 소설집 『겨울의 방』, 창비숲", "")], "", ["황정은"]) == ("겨울의 방", "황정은")


def test_genre_country_time_words_are_no_author():
    kind = bookcjkcover.kind_record
    text = "고전 소설을 다시 읽었다. 헤르만 헤세가 젊은 날에 쓴 소설이다. 추리 소설과는 결이 다르다."
    for word in ("고전", "추리", "성장", "연애", "공포", "신간", "전작", "명작"):
        assert kind([(f"{word} 소설 『데미안』, 민음사", "")], text) is None
    assert kind([("성장 소설 『데미안』 (민음사)", "")], "성장 소설이라는 말이 어울린다.") is None
    zh = "日本推理小說向來擅長寫人心。東野圭吾的文字冷靜。這部經典長篇小說值得再讀。"
    for word in ("日本推理", "經典長篇", "美國", "英國", "台灣", "話題"):
        assert kind([(f"{word}小說《白夜行》，皇冠出版", "")], zh) is None


def test_other_medium_caption_is_no_book():
    kind = bookcjkcover.kind_record
    assert kind([("宮崎駿新作《蒼鷺與少年》，電影海報", "")], "宮崎駿的作品我都看過。宮崎駿先生") is None
    assert kind([("山田太郎長編小説『夜の港』映画ポスター", "")], "山田太郎さんの原作") is None
    assert kind([("김하늘 장편소설 『바람』, 영화 포스터", "")], "김하늘 작가") is None


def test_extract_page_genre_caption_gives_no_author():
    html = ("<html lang='ko'><head><title>[서평] 다시 읽은 청춘의 책 : 블로그</title></head><body><div class='post'>"
            "<div class='se-documentTitle'><p class='se-title-text'>[서평] 다시 읽은 청춘의 책</p></div>"
            "<div class='se-main'><div class='se-image'><div class='se-module-image'><img src='/c/d.jpg' alt=''></div>"
            "<div class='se-module-text se-caption'><p>고전 소설 『데미안』, 민음사</p></div></div>"
            "<p>『데미안』은 헤르만 헤세가 1919년에 발표한 소설이다. 고전을 다시 읽는 일은 늘 조금 두렵다.</p>"
            "<p>싱클레어가 데미안을 만나 자기 안의 목소리를 찾아가는 과정이 스무 살 때와는 다르게 읽혔다.</p>"
            "<p>알을 깨고 나오는 새의 이미지는 여전히 강렬하다. 다만 중반부의 설교 같은 대목은 조금 지루했다.</p>"
            "<p>별점 : 4/5</p></div></div></body></html>")
    record = extract_page(html, "https://blog.example.kr/reader/5678")
    assert record.book_author != "고전"
