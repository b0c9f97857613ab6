"""Misfires of bookasia4's caseless and CJK book readers, found in review and mended at their cause:

- a Chinese headline's owner: the headline counted as one of the two namings let any end of its run before 《T》 that the
  text says once be an owner ("朋友推荐的《T》" with "推荐给…" in the text); the owner must open the headline's phrase or
  follow a verb of reading there ("重读A《T》");
- a caseless record line whose "title" part is a label ("लेखक — A, House": the author row; "पुस्तक परिचय — …") or holds
  one before a colon ("अगली किताब: T2 — A, House", read next), and two record lines of different books (a list);
- a genitive caption whose owner is a publishing house ("আনন্দ পাবলিশার্সের ‘T’");
- a Korean copula after an owned title with no kind word between ("도서관의 『T』입니다": the library's), and a Korean
  vocative before a comma ("정민아, 『T』 고마워") where the bracket does not close the headline.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookcaptiongenitive import genitive_caption
from scraper.extract.bookcaselessrecord import caseless_record


def _page(lang: str, headline: str, paragraphs: list[str], caption: str | None = None) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    figure = f'<figure><img src="/img/c.jpg" alt=""><figcaption>{caption}</figcaption></figure>' if caption else ""
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{headline}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{headline}</h1><div class="entry-content">{figure}{body}'
            "</div></article></body></html>")


def _book(lang: str, headline: str, paragraphs: list[str], caption: str | None = None) -> tuple[str | None, str | None]:
    record = extract_page(_page(lang, headline, paragraphs, caption), "https://notes.example.org/post/42")
    return record.book_title, record.book_author


_ZH = [
    "朋友说这本书很好，我便找来读了。一部写小镇的长篇，书里的河流、码头和茶馆都还在，人却一个个走散了。",
    "作者用极慢的笔调写三代人的离合，读来并不轻松，但每一章都有让人停下来的句子。",
    "结尾处的那场大雨写得尤其好，我合上书很久都没有说话。推荐给喜欢慢节奏小说的读者。",
    "当然，小说的中段有些拖沓，几条支线似乎没有必要，人物之间的对话也偶尔显得刻意，读到这里我一度想放下。",
    "但坚持读完是值得的：最后三章把前面所有散落的细节都收了回来，小镇的黄昏也因此有了分量。",
    "评分：4/5",
]


def test_chinese_headline_phrase_end_is_no_owner():
    # "a friend's recommended 《T》": "推荐" said again in the text ("推荐给…") is a verb, no name
    assert _book("zh", "朋友推荐的《河湾》", _ZH)[1] != "推荐"


def test_chinese_headline_owner_after_reading_verb_still_read():
    paragraphs = [p.replace("作者用", "林望舒用") for p in _ZH]
    assert _book("zh", "二十年后重读林望舒《河湾》：一座小镇的黄昏", paragraphs) == ("河湾", "林望舒")


_HI = [
    "यह उपन्यास एक छोटे से कस्बे की तीन पीढ़ियों की कहानी कहता है। नदी के किनारे बसे इस कस्बे में हर बरसात कुछ नया बहा ले जाती है।",
    "वर्मा की भाषा सरल है, पर उसमें गहरी उदासी छिपी है। पात्र ज़्यादा बोलते नहीं, फिर भी उनकी चुप्पी बहुत कुछ कह जाती है।",
    "बीच के अध्याय कुछ लंबे लगते हैं और कुछ प्रसंग दोहराए गए से लगते हैं, लेकिन अंत तक पहुँचते-पहुँचते सब कुछ अपनी जगह आ जाता है।",
    "जो पाठक धीमी, ठहरी हुई कथा पसंद करते हैं, उनके लिए यह किताब ज़रूर पढ़ने लायक है।",
    "मेरी रेटिंग: 4/5",
]


def test_author_row_with_a_dash_is_no_record():
    # "Author — A, House": the label is no title
    assert _book("hi", "नीली नदी - पुस्तक समीक्षा", [*_HI, "लेखक — कमला प्रसाद वर्मा, सरिता प्रकाशन"])[0] == "नीली नदी"


def test_review_label_with_a_dash_is_no_record():
    title, _author = _book("hi", "बरसात के बाद का कस्बा", ["पुस्तक परिचय — कमला प्रसाद वर्मा, सरिता प्रकाशन", *_HI])
    assert title != "पुस्तक परिचय"


def test_read_next_record_is_not_the_book():
    # "Next book: T2 — A, House": another book of the same author, the headline labelling the post's own
    lines = [*_HI, "अगली किताब: सूखी धरती — कमला प्रसाद वर्मा, सरिता प्रकाशन"]
    assert _book("hi", "नीली नदी - पुस्तक समीक्षा", lines)[0] == "नीली नदी"


def test_read_next_after_the_record():
    lines = [*_HI, "नीली नदी (उपन्यास) — कमला प्रसाद वर्मा, सरिता प्रकाशन", "यह भी पढ़ें: सूखी धरती — कमला प्रसाद वर्मा, सरिता प्रकाशन"]
    assert _book("hi", "बरसात के बाद का कस्बा", lines) == ("नीली नदी", "कमला प्रसाद वर्मा")


def test_list_of_the_authors_books_is_no_record():
    lines = [*_HI, "वर्मा की अन्य किताबें", "सूखी धरती — कमला प्रसाद वर्मा, सरिता प्रकाशन", "पीली रेत — कमला प्रसाद वर्मा, सरिता प्रकाशन"]
    assert caseless_record(lines, Context(text="\n".join(lines)), ["बरसात के बाद का कस्बा"]) is None


_BN = [
    "গ্রামের এক মেয়ে নদীর ধারে বড় হয়, তারপর শহরে পড়তে যায়। সেখানেই তার জীবনে আসে নতুন মানুষ, নতুন ভয় আর নতুন স্বপ্ন।",
    "লেখকের ভাষা সহজ, কিন্তু প্রতিটি অধ্যায়ে একটা চাপা বিষাদ লেগে থাকে। চরিত্রগুলো কম কথা বলে, তবু তাদের নীরবতা অনেক কিছু বলে দেয়।",
]


def test_publishers_genitive_caption_is_no_author():
    assert genitive_caption([("আনন্দ পাবলিশার্সের ‘নতুন বই’, ২০২৩", "")], Context(text="\n".join(_BN))) is None
    assert genitive_caption([("सरिता प्रकाशन का ‘नया संस्करण’", "")], Context(text="\n".join(_BN))) is None


_KO = [
    "바닷가 마을에 사는 세 자매의 겨울을 그린 소설집이다. 여섯 편의 단편이 느슨하게 이어진다.",
    "인물들은 큰 소리로 말하지 않는다. 대신 부엌의 작은 소리, 창밖의 눈발에서 마음이 드러난다.",
    "다만 몇몇 단편은 결말이 비슷해서 연달아 읽으면 단조롭게 느껴질 수 있다. 천천히 읽기를 권한다.",
    "표제작에서 막내는 언니들이 떠난 집에 홀로 남아 매일 저녁 세 사람 몫의 밥을 짓는다. 그 장면이 오래 남았다.",
    "문장은 짧고 담백하지만 그 사이에 놓인 침묵이 길다. 겨울밤에 한 편씩 아껴 읽기 좋은 책이다.",
    "별점: 4/5",
]


def test_korean_copula_after_a_place_or_time_is_no_owner():
    for word in ("도서관", "장마철", "한국인"):
        paragraphs = [f"이번에 소개할 책은 {word}의 『겨울 부엌』입니다. 오래 아껴 두었다가 이번에 읽었어요.", *_KO]
        assert _book("ko", "눈 오는 밤에 읽은 책", paragraphs)[1] != word, word


def test_korean_vocative_before_a_comma_is_no_owner():
    paragraphs = ["정민아 고마워. 정민이 준 책이다.", *_KO]
    assert _book("ko", "정민아, 『겨울 부엌』 고마워", paragraphs)[1] != "정민아"
