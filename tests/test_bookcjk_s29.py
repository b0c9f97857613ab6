"""CJK book lines the chain missed (``pagebook.read_book``):

- a book card whose title part is classed with the short "tit"/"ttl" of Korean and Japanese themes ("book_tit") beside
  its "book_author" (``bookld.from_card``);
- a cover picture's caption that is the book's whole record, "A 장편소설 『T』, P", "A長篇小說《T》，P出版", its image in
  a box of its own beside the caption (``bookcover.figure_captions``, ``bookcjkcover.kind_record``);
- a Chinese owner of a title in 〈〉, "A的〈T〉", in a text that brackets no book in 《》/『』 (``booktitles.cjk_owner``);
- a Korean headline "[label] A 『T』" (``bookcjkslash.hangul_owner``).

Near misses for each: two cards (a shelf), a caption that is a sentence or names a time word, 〈〉 beside a book in 《》,
a Korean headline opening with a word of time or a particle. Every text here is invented for these tests.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract import bookcjkcover, bookcjkslash
from scraper.extract.bookld import from_card
from scraper.extract.book import Context
from scraper.extract.booktitles import cjk_owner
from scraper.extract.parse import parse_page
from scraper.extract.bookcover import figure_captions


def _card(inner: str):
    html = (f"<html><body><div class='view'>{inner}<div class='txt'><p>Some text of the review.</p></div></div>"
            "</body></html>")
    book = from_card(parse_page(html))
    return (book.title, book.author) if book else None


def test_short_title_class_book_card():
    assert _card("<div class='book_box'><p class='book_tit'>바람의 집</p><p class='book_author'>한서윤 지음 · 책마루</p>"
                 "</div>") == ("바람의 집", "한서윤")
    assert _card("<div class='book-info'><h3 class='book-ttl'>夜の港</h3><span class='book-author'>宮本和子 著</span>"
                 "</div>") == ("夜の港", "宮本和子")
    assert _card("<div class='bookbox'><strong class='book_tit'>江边的雾</strong><em class='book_author'>李明 著</em>"
                 "</div>") == ("江边的雾", "李明")


def test_short_title_class_near_misses():
    # two cards: a shelf, no telling which is reviewed
    shelf = ("<ul><li><p class='book_tit'>바람의 집</p><p class='book_author'>한서윤</p></li>"
             "<li><p class='book_tit'>겨울 정원</p><p class='book_author'>김도윤</p></li></ul>")
    assert _card(shelf) is None
    # a heading classed "book_titles" (a list's heading) is no card's title part
    assert _card("<div><h3 class='book_titles'>올해의 책</h3><p class='book_author'>한서윤</p></div>") is None


def _captions(html: str):
    return figure_captions(parse_page(f"<html><body>{html}</body></html>"))


def test_caption_beside_an_image_in_its_own_box():
    html = ("<div class='se-image'><div class='se-module-image'><img src='/c/winter-house.jpg' alt=''></div>"
            "<div class='se-module-text se-caption'><p>한서윤 소설집 『겨울 정원』, 책마루</p></div></div>")
    assert _captions(html)[0][0] == "한서윤 소설집 『겨울 정원』, 책마루"


def test_caption_record():
    # (the name called a writer outside the caption, by a role word, its prose or a tag: rev33d)
    assert bookcjkcover.kind_record([("한서윤 장편소설 『바람의 집』, 책마루", "")], "한서윤 작가의 문장은 차분하다.") == ("바람의 집", "한서윤")
    assert bookcjkcover.kind_record([("李明長篇小說《江邊的霧》，江城出版", "")], "李明的文字很冷靜。") == ("江邊的霧", "李明")
    assert bookcjkcover.kind_record([("宮本和子長編小説『夜の港』（海鳴社）", "")], "", ["宮本和子"]) == ("夜の港", "宮本和子")
    assert bookcjkcover.kind_record([("김도윤 첫 시집 「겨울 강」 (바다출판)", "")], "#김도윤 #시집") == ("겨울 강", "김도윤")


def test_caption_record_near_misses():
    # a word of time before the kind: no name
    assert bookcjkcover.kind_record([("최근 장편소설 『바람의 집』, 책마루", "")]) is None
    # a sentence, not a record
    assert bookcjkcover.kind_record([("한서윤 장편소설 『바람의 집』을 읽으며 찍은 사진", "")]) is None
    assert bookcjkcover.kind_record([("這本長篇小說《江邊的霧》讓我想起故鄉。", "")]) is None
    # two records: no telling which
    assert bookcjkcover.kind_record([("한서윤 장편소설 『바람의 집』, 책마루", ""), ("김도윤 시집 『겨울 강』, 바다", "")]) is None


def test_caption_record_in_a_page():
    html = ("<html lang='ko'><head><title>[리뷰] 바다 앞의 겨울 : 블로그</title></head><body><div class='post'>"
            "<div class='se-documentTitle'><p class='se-title-text'>[리뷰] 바다 앞의 겨울</p></div><div class='se-main'>"
            "<div class='se-image'><div class='se-module-image'><img src='/c/wind.jpg' alt=''></div>"
            "<div class='se-module-text se-caption'><p>한서윤 장편소설 『바람의 집』, 책마루</p></div></div>"
            + "<p>바닷가 마을에 사는 세 자매의 이야기다. 문장이 차분하고 겨울 바다의 묘사가 아름다웠다.</p>"
            "<p>첫째는 떠나고 싶어 하고 막내는 남고 싶어 하는데, 둘째는 그 사이에서 오래 망설인다.</p>"
            "<p>그 망설임이 이 소설의 중심이다. 한서윤 작가는 누구의 편도 들지 않고 세 사람의 마음을 차례로 따라간다.</p>"
            "<p>중반부의 장례식 장면은 읽는 내내 숨을 죽이게 만들었다. 말보다 침묵이 더 많은 장면이다.</p>"
            "<p>다만 결말이 조금 서둘러 닫히는 느낌이 있어서 아쉬웠다. 그래도 겨울에 다시 읽고 싶은 책이다.</p>"
            + "<p>별점 : 4/5</p></div></div></body></html>")
    record = extract_page(html, "https://blog.example.kr/reader/1234")
    assert (record.book_title, record.book_author) == ("바람의 집", "한서윤")


def test_angle_bracket_owner():
    assert cjk_owner("賴明華的〈港口的燈〉寫於一九五〇年，講一個漁村少年的故事。") == ("港口的燈", "賴明華")
    assert cjk_owner("王小青之〈山居記〉，寫得極為清淡。") == ("山居記", "王小青")
    assert cjk_owner("读张晓明的〈雨夜〉，想起很多往事。张晓明写得很节制。") == ("雨夜", "张晓明")


def test_angle_bracket_near_misses():
    # beside a book in 《》: the 〈〉 title is one of its stories
    text = "《海邊小說集》收了十篇。賴明華的〈港口的燈〉最好。"
    assert cjk_owner(text) != ("港口的燈", "賴明華")
    # no particle: a bare 〈〉 after a name is a quotation as often
    assert cjk_owner("賴明華〈港口的燈〉") is None
    # a pronoun
    assert cjk_owner("他的〈港口的燈〉寫得好。") is None


def test_hangul_headline_owner():
    assert bookcjkslash.hangul_owner("[소설] 한서윤 『바람의 집』") == ("바람의 집", "한서윤")
    # (under no literary label, the name called a writer in the text: rev33d)
    assert bookcjkslash.hangul_owner("김도윤 「겨울 강」 후기", Context("김도윤 시인의 첫 시집이다.")) == ("겨울 강", "김도윤")
    assert bookcjkslash.hangul_owner("【서평】 박지호 『밤의 도서관』", Context("박지호의 문장은 짧다.")) == ("밤의 도서관", "박지호")


def test_hangul_headline_owner_near_misses():
    assert bookcjkslash.hangul_owner("[소설] 이번주 『바람의 집』") is None  # a week, not a name
    assert bookcjkslash.hangul_owner("오늘은 『바람의 집』") is None  # a particle
    assert bookcjkslash.hangul_owner("한서윤 『바람의 집』을 읽고 나서 생각한 것들") is None  # a clause after the title
    assert bookcjkslash.hangul_owner("[소설] 바람의 집") is None
    assert bookcjkslash.hangul_owner("고양이 『바람의 집』") is None  # a noun ("cat") opening with a surname's syllable


def test_caption_record_count_before_the_kind():
    assert bookcjkcover.kind_record([("一部長篇小說《江邊的霧》，江城出版", "")]) is None
