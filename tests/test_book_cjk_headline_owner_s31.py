"""The owner of a bracketed title in Chinese and Korean, where the page says it once in the opening and once elsewhere:
a Chinese headline "重读A《T》：…" whose A the text names again (booktitles.cjk_owner asked of the headline too), a
Korean headline "A, 『T』" whose A the text calls a person (bookscripts._KO_BARE, the comma allowed), and "A의 소설집
『T』입니다" where the copula after the bracket makes the one bracketed title the sentence's predicate (_KO_TOPIC).
Near misses: a name the text never says again, a place before the comma, a second bracketed title."""

from __future__ import annotations

from scraper.extract import extract_page


def _page(lang: str, headline: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{headline}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{headline}</h1><div class="entry-content">{body}'
            "</div></article></body></html>")


def _book(lang: str, headline: str, paragraphs: list[str]) -> tuple[str | None, str | None]:
    record = extract_page(_page(lang, headline, paragraphs), "https://reads.example.net/p/1")
    return record.book_title, record.book_author


_ZH = [
    "一部写小镇的长篇，多年以后再读，感受完全不同。书里的河流、码头和茶馆都还在，人却一个个走散了。",
    "林望舒用极慢的笔调写三代人的离合，读来并不轻松，但每一章都有让人停下来的句子。",
    "结尾处的那场大雨写得尤其好，我合上书很久都没有说话。推荐给喜欢慢节奏小说的读者。",
    "当然，小说的中段有些拖沓，几条支线似乎没有必要，人物之间的对话也偶尔显得刻意，读到这里我一度想放下。",
    "但坚持读完是值得的：最后三章把前面所有散落的细节都收了回来，小镇的黄昏也因此有了分量。",
    "评分：4/5",
]


def test_chinese_headline_owner_named_again_in_text():
    assert _book("zh", "二十年后重读林望舒《河湾》：一座小镇的黄昏", _ZH) == ("河湾", "林望舒")


def test_chinese_headline_owner_never_named_again():
    # the run before the bracket is said only in the headline: no owner read off it
    paragraphs = [p.replace("林望舒用", "作者用") for p in _ZH]
    assert _book("zh", "二十年后重读林望舒《河湾》：一座小镇的黄昏", paragraphs)[1] != "林望舒"


def test_chinese_headline_reading_verb_is_no_owner():
    # "重读《T》": the verb of reading before the bracket, no name
    title, author = _book("zh", "秋天重读《河湾》", _ZH)
    assert author not in ("秋天重读", "重读")


_KO = [
    "바닷가 마을에 사는 세 자매의 겨울을 그린 소설집이다. 여섯 편의 단편이 느슨하게 이어진다.",
    "한지우의 인물들은 큰 소리로 말하지 않는다. 대신 부엌의 작은 소리, 창밖의 눈발에서 마음이 드러난다.",
    "다만 몇몇 단편은 결말이 비슷해서 연달아 읽으면 단조롭게 느껴질 수 있다. 천천히 읽기를 권한다.",
    "표제작에서 막내는 언니들이 떠난 집에 홀로 남아 매일 저녁 세 사람 몫의 밥을 짓는다. 그 장면이 오래 남았다.",
    "문장은 짧고 담백하지만 그 사이에 놓인 침묵이 길다. 겨울밤에 한 편씩 아껴 읽기 좋은 책이다.",
    "별점: 4/5",
]


def test_korean_headline_name_comma_bracket():
    assert _book("ko", "한지우, 『겨울 부엌』", _KO) == ("겨울 부엌", "한지우")


def test_korean_headline_place_comma_bracket():
    # a place before the comma that the text names as a place ("…에서"): no person
    paragraphs = [_KO[0], "서울에서 지하철을 타고 가며 읽었다. 부엌의 작은 소리, 창밖의 눈발에서 마음이 드러난다.", *_KO[2:]]
    assert _book("ko", "서울, 『겨울 부엌』", paragraphs)[1] != "서울"


def test_korean_owner_before_copula():
    # (the name said once only: the copula ties it to the book)
    paragraphs = ["겨울이 되면 이 책이 생각납니다. 한지우의 소설집 『겨울 부엌』입니다. 오래 아껴 두었다가 이번에 읽었어요.",
                  _KO[1].replace("한지우의 인물들은", "인물들은"), *_KO[2:]]
    assert _book("ko", "눈 오는 밤에 읽은 책", paragraphs) == ("겨울 부엌", "한지우")


def test_korean_copula_with_two_bracketed_titles():
    # a second bracketed title: the copula's title is no sole topic of the text
    paragraphs = ["겨울이 되면 이 책이 생각납니다. 한지우의 소설집 『겨울 부엌』입니다. 오래 아껴 두었다가 이번에 읽었어요.",
                  "예전에 읽은 『여름 정원』과 비교하면 훨씬 조용하다. 부엌의 작은 소리에서 마음이 드러난다.", *_KO[2:]]
    assert _book("ko", "눈 오는 밤에 읽은 책", paragraphs)[1] != "한지우"


def test_korean_copula_after_a_time_word():
    # "이번주의 『T』입니다": a week's pick, no owner
    paragraphs = ["이번주의 『겨울 부엌』입니다. 오래 아껴 두었다가 이번에 읽었어요.", *_KO[2:]]
    assert _book("ko", "이번 주 추천", paragraphs)[1] != "이번주"
