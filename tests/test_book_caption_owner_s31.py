"""A cover's caption that labels the book with its owner: Bengali "A B-এর ‘T’, note" with no book noun between
(bookcaptiongenitive), and Thai "T ผลงานของ A" (work of) under a picture whose alt text is the cover's phrase
(bookcover.thai_cover). Near misses: a caption that goes on as a clause about the picture, a one-word owner the text
never names, two such captions, a Thai caption under a picture that is no cover, a Thai caption whose "writer" is a shop."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookcaptiongenitive import genitive_caption

_BN = [
    "গ্রামের এক মেয়ে নদীর ধারে বড় হয়, তারপর শহরে পড়তে যায়। সেখানেই তার জীবনে আসে নতুন মানুষ, নতুন ভয় আর নতুন স্বপ্ন।",
    "লেখকের ভাষা সহজ, কিন্তু প্রতিটি অধ্যায়ে একটা চাপা বিষাদ লেগে থাকে। চরিত্রগুলো কম কথা বলে, তবু তাদের নীরবতা অনেক কিছু বলে দেয়।",
    "মাঝের কয়েকটি অধ্যায় একটু দীর্ঘ মনে হয়েছে, কিছু ঘটনা বারবার ফিরে এসেছে। তবে শেষ পর্যন্ত পড়লে সব সুতো এক জায়গায় মিলে যায়।",
    "যাঁরা ধীর লয়ের উপন্যাস ভালোবাসেন, তাঁদের জন্য এই বই অবশ্যই পড়ার মতো। বর্ষার সন্ধ্যায় পড়ার জন্য একেবারে উপযুক্ত।",
    "আমার রেটিং: ৪/৫",
]


def _page(lang: str, headline: str, caption: str, alt: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{headline}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{headline}</h1><div class="entry-content">'
            f'<figure><img src="/img/a1.jpg" alt="{alt}"><figcaption>{caption}</figcaption></figure>{body}'
            "</div></article></body></html>")


def _book(lang: str, headline: str, caption: str, alt: str, paragraphs: list[str]) -> tuple[str | None, str | None]:
    record = extract_page(_page(lang, headline, caption, alt, paragraphs), "https://kagoj.example.com/boi/991")
    return record.book_title, record.book_author


def test_bengali_genitive_caption_with_a_note():
    assert _book("bn", "নদীর ধারের মেয়ে", "সুরমা দত্তগুপ্তের ‘জলের দাগ’, নতুন সংস্করণ", "", _BN) \
        == ("জলের দাগ", "সুরমা দত্তগুপ্ত")


def test_bengali_genitive_caption_hyphenated():
    assert genitive_caption([("সুরমা দত্ত-এর ‘জলের দাগ’", "")], Context(text="\n".join(_BN))) \
        == ("জলের দাগ", "সুরমা দত্ত")


def test_caption_going_on_as_a_clause():
    # the quote is a phrase in a sentence about the picture: no label's note after it
    caption = "সুরমা দত্তগুপ্তের ‘জলের দাগ’ হাতে নিয়ে বইমেলায় দাঁড়িয়ে আছেন এক তরুণ পাঠক যিনি প্রথমবার এসেছেন"
    assert genitive_caption([(caption, "")], Context(text="\n".join(_BN))) is None


def test_one_word_owner_never_named():
    # "children's ‘T’": one word with the genitive, named nowhere in the text
    assert genitive_caption([("শিশুদের ‘খেলাঘর’", "")], Context(text="\n".join(_BN))) is None


def test_two_genitive_captions():
    captions = [("সুরমা দত্তগুপ্তের ‘জলের দাগ’", ""), ("অমল বসুর ‘মেঘের বাড়ি’", "")]
    assert genitive_caption(captions, Context(text="\n".join(_BN))) is None


_TH = [
    "นวนิยายเรื่องนี้เล่าชีวิตของครอบครัวหนึ่งในเมืองริมแม่น้ำ สามพี่น้องต้องเผชิญกับการสูญเสียและความลับที่ซ่อนอยู่ในบ้านหลังเก่า",
    "ภาษาของผู้เขียนเรียบง่ายแต่ลึกซึ้ง บทสนทนาหลายตอนทำให้นึกถึงคนในครอบครัวของเราเอง ตัวละครแต่ละตัวมีมิติและน่าเห็นใจ",
    "ช่วงกลางเรื่องอาจรู้สึกเชื่องช้าไปบ้าง เพราะการบรรยายความคิดตัวละครที่ยาวและวนซ้ำ แต่ตอนจบคุ้มค่ากับการรอคอยอย่างยิ่ง",
    "แนะนำสำหรับผู้ที่ชอบนวนิยายครอบครัวที่ค่อยๆ เปิดเผยความรู้สึกของตัวละครทีละน้อย อ่านแล้วอบอุ่นใจและชวนคิดต่อ",
    "คะแนน : 4/5",
]


def test_thai_caption_work_of_under_a_cover_alt():
    assert _book("th", "มุมหนังสือ : บ้านริมน้ำ", "สายน้ำไม่หวนกลับ ผลงานของ มาลัย ศรีสุข", "ปกหนังสือ", _TH) \
        == ("สายน้ำไม่หวนกลับ", "มาลัย ศรีสุข")


def test_thai_caption_under_a_picture_that_is_no_cover():
    # a photo of an event, its caption shaped alike: not read as the book's label
    title, author = _book("th", "มุมหนังสือ : บ้านริมน้ำ", "บรรยากาศงาน ผลงานของ มาลัย ศรีสุข", "ภาพบรรยากาศ", _TH)
    assert author != "มาลัย ศรีสุข" or title != "บรรยากาศงาน"


def test_thai_caption_whose_writer_is_a_shop():
    title, author = _book("th", "มุมหนังสือ : บ้านริมน้ำ", "สายน้ำไม่หวนกลับ ของ ร้านหนังสือ ริมน้ำ", "ปกหนังสือ", _TH)
    assert author != "ร้านหนังสือ ริมน้ำ"
