"""A caseless closing record "T, A, House" whose headline names neither part (bookcaselessrecord, round 38): the part that
is a person's (a writer's dotted initials, or a family name the text says again as a word of its own) is the author.

Every line here is invented for these tests (invented books and people, in our own words)."""

from __future__ import annotations

from scraper.extract import extract_page


def _page(headline: str, paragraphs: list[str], lang: str):
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{headline} | ಪುಟ</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{headline}</h1>'
            f'<div class="entry-content">{body}</div></article></body></html>')
    record = extract_page(html, "https://oduga.example.org/2026/11/ondu-baraha/")
    return record.book_title, record.book_author


_KN = [
    "ಮಲೆನಾಡಿನ ಒಂದು ಹಳ್ಳಿಯಲ್ಲಿ ನದಿಯ ದಡದಲ್ಲಿ ಬೆಳೆದ ಹುಡುಗನ ಕಥೆ ಇದು. ಮಳೆಗಾಲ, ಜಾತ್ರೆ, ಶಾಲೆಯ ದಿನಗಳು ಎಲ್ಲವೂ ಬಹಳ ಸಹಜವಾಗಿ ಬಂದಿವೆ.",
    "ಭಾಷೆ ಸರಳವಾಗಿದೆ, ಆದರೆ ಪ್ರತಿಯೊಂದು ಅಧ್ಯಾಯದಲ್ಲೂ ಒಂದು ಸಣ್ಣ ನೋವು ಅಡಗಿದೆ. ಅಜ್ಜಿಯ ಪಾತ್ರ ಕಾದಂಬರಿಯ ಅತ್ಯುತ್ತಮ ಭಾಗ.",
    "ಹುಡುಗ ಪಟ್ಟಣಕ್ಕೆ ಓದಲು ಹೋದ ಮೇಲೆ ಕಥೆ ಸ್ವಲ್ಪ ನಿಧಾನವಾಗುತ್ತದೆ. ಆದರೂ ಕೊನೆಯ ಪುಟಗಳಲ್ಲಿ ಮತ್ತೆ ಹಳ್ಳಿಗೆ ಮರಳುವ ದೃಶ್ಯ ಕಣ್ಣು ತೇವಗೊಳಿಸುತ್ತದೆ.",
    "ಹಳ್ಳಿಯ ಬದುಕನ್ನು ಪ್ರೀತಿಸುವ ಎಲ್ಲರೂ ಓದಬೇಕಾದ ಕಾದಂಬರಿ ಇದು. ನನಗೆ ಬಹಳ ಇಷ್ಟವಾಯಿತು, ಮತ್ತೆ ಓದುತ್ತೇನೆ.",
    "ನನ್ನ ಅಂಕ: 8/10",
    "<em>ನದಿಯ ಹಾಡು, ಕೆ.ಎಸ್. ರಂಗನಾಥ, ಅಂಕುರ ಪ್ರಕಾಶನ</em>",
]


def test_kannada_closing_record_with_the_writers_initials():
    assert _page("ಹಳೆಯ ಊರಿಗೆ ಮರಳಿದಾಗ", _KN, "kn") == ("ನದಿಯ ಹಾಡು", "ಕೆ.ಎಸ್. ರಂಗನಾಥ")


_BN = [
    "উত্তরবঙ্গের এক চা-বাগানের পাশে বড় হওয়া একটি মেয়ের গল্প এই উপন্যাস। বাগানের শ্রমিক, স্কুলের দিদিমণি আর বাড়ির লোকজন — "
    "সবার কথাই খুব যত্ন নিয়ে লেখা।",
    "মিত্র খুব সংযত ভাষায় লেখেন, কোথাও বাড়তি আবেগ নেই। বর্ষার রাতে নদীর জল বাড়ার অধ্যায়টা পড়তে পড়তে দম বন্ধ হয়ে আসে।",
    "মাঝের দিকে কয়েকটা অধ্যায় একটু লম্বা লেগেছে, আর কিছু চরিত্র হঠাৎ হারিয়ে যায়। তবুও শেষটা মনে থেকে যাবে অনেকদিন।",
    "যাঁরা পাহাড় আর চা-বাগানের জীবন নিয়ে পড়তে ভালোবাসেন, তাঁদের জন্য এই বই একটা উপহার।",
    "আমার রেটিং: ৪/৫",
    "<em>জলের দাগ, সুবীর মিত্র, নীলাঞ্জনা প্রকাশনী</em>",
]


def test_bengali_closing_record_whose_family_name_the_text_says_alone():
    assert _page("বাগানের মেয়েটি", _BN, "bn") == ("জলের দাগ", "সুবীর মিত্র")


def test_near_miss_a_title_whose_last_word_is_said_alone_is_no_telling():
    # the title's last word is said alone in the text too: both parts look like a person's, neither is read
    paragraphs = [p.replace("ಅಜ್ಜಿಯ ಪಾತ್ರ", "ಅಜ್ಜಿಯ ಹಾಡು ಪಾತ್ರ") for p in _KN]
    paragraphs = [p.replace("ಕೊನೆಯ ಪುಟಗಳಲ್ಲಿ", "ಕೊನೆಯ ಪುಟಗಳಲ್ಲಿ ಹಾಡು ಕೇಳುತ್ತದೆ,") for p in paragraphs]
    assert _page("ಹಳೆಯ ಊರಿಗೆ ಮರಳಿದಾಗ", paragraphs, "kn") != ("ನದಿಯ ಹಾಡು", "ಕೆ.ಎಸ್. ರಂಗನಾಥ")


def test_near_miss_a_name_without_initials_never_said_again_is_no_author():
    paragraphs = [p.replace("ಕೆ.ಎಸ್. ರಂಗನಾಥ", "ಸುಮಾ ರಂಗನಾಥ") for p in _KN]
    _, author = _page("ಹಳೆಯ ಊರಿಗೆ ಮರಳಿದಾಗ", paragraphs, "kn")
    assert author != "ಸುಮಾ ರಂಗನಾಥ"
