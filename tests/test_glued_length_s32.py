"""A short post in a language that glues its words is measured in English words' worth at the classifier's floors
(detshort5): the "empty" floor (60 words) and the rated one-verdict post's floor (91) asked count_words bare, while the
"too short for a review" gate already asked reviewlength.english_words, so a rated Malayalam capsule of some fifty
words (a hundred in English) was filed as empty. An English post as short, and a Malayalam one half as long, are still
empty; an unrated Malayalam notice as long is no review. Texts of our own.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.words import count_words


def _page(lang: str, title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{title}</h1><div class="entry-content">{body}</div>'
            '</article></body></html>')


_ML = [
    "ഒ.വി. വിജയന്റെ ഖസാക്കിന്റെ ഇതിഹാസം കോളേജ് കാലത്താണ് ആദ്യം വായിച്ചത്. ഇത്തവണ മഴക്കാലത്ത് വീണ്ടും "
    "എടുത്തപ്പോൾ പുതിയൊരു പുസ്തകം പോലെ തോന്നി.",
    "രവിയുടെ യാത്രയും ഗ്രാമത്തിലെ മനുഷ്യരും ഭാഷയുടെ താളവും ഒരുപോലെ മനസ്സിൽ തങ്ങിനിൽക്കുന്നു. ചില "
    "അധ്യായങ്ങൾ മനസ്സിലാക്കാൻ പ്രയാസമാണ്, പക്ഷേ ഓരോ വാക്കിനും ഭംഗിയുണ്ട്.",
    "അവസാന രംഗം ഇപ്പോഴും എന്നെ വേട്ടയാടുന്നു. വായിക്കാത്തവർ തീർച്ചയായും വായിക്കണം.",
]
_STARS = "<strong>റേറ്റിങ്:</strong> ⭐⭐⭐⭐⭐"


def test_a_rated_malayalam_capsule_of_fifty_words_is_a_review():
    assert 40 <= count_words("\n".join(_ML)) < 60
    record = extract_page(_page("ml", "ഖസാക്കിന്റെ ഇതിഹാസം", _ML + [_STARS]),
                          "https://vayana.example.in/2026/11/khasak.html")
    assert record.kind == "review", (record.kind, record.reason)
    assert record.rating is not None


def test_a_rated_english_post_as_short_stays_empty():
    text = ("Read this one again over the long weekend. The village, the rain and the teacher who arrives there "
            "stayed with me for days, though the middle chapters wander. The last scene still haunts me. Worth it.")
    assert count_words(text) < 60
    record = extract_page(_page("en", "Rain village", [text, "<strong>Rating:</strong> ⭐⭐⭐⭐⭐"]),
                          "https://reads.example.org/2026/11/rain-village/")
    assert record.kind == "empty", (record.kind, record.reason)


def test_a_malayalam_post_half_as_long_stays_empty():
    record = extract_page(_page("ml", "ഖസാക്കിന്റെ ഇതിഹാസം", [_ML[2], _STARS]),
                          "https://vayana.example.in/2026/11/khasak-short.html")
    assert record.kind == "empty", (record.kind, record.reason)


def test_an_unrated_malayalam_notice_as_long_is_no_review():
    notice = [
        "ഈ ശനിയാഴ്ച വൈകുന്നേരം അഞ്ചു മണിക്ക് നഗരത്തിലെ പൊതു വായനശാലയിൽ പുതിയ പുസ്തകങ്ങളുടെ പ്രദർശനം നടക്കും. "
        "എല്ലാ വായനക്കാരെയും ക്ഷണിക്കുന്നു.",
        "കുട്ടികൾക്കായി പ്രത്യേക കഥപറച്ചിൽ പരിപാടിയും ഉണ്ടായിരിക്കും. പ്രവേശനം സൗജന്യമാണ്. കൂടുതൽ വിവരങ്ങൾക്ക് "
        "വായനശാലയുടെ ഓഫീസുമായി ബന്ധപ്പെടുക.",
        "പുതിയ അംഗങ്ങൾക്ക് അന്നേ ദിവസം അംഗത്വ ഫോം പൂരിപ്പിക്കാം.",
    ]
    record = extract_page(_page("ml", "പുസ്തക പ്രദർശനം", notice), "https://vayana.example.in/2026/11/exhibition.html")
    assert record.kind != "review", (record.kind, record.reason)
