"""A character's quoted plea and a reviewer's advice are no membership plea (review rev33f), in our own words.

memberask.member_plea (read by siteaccounts.site_account) and boxed_member_plea (an italic box between the paragraphs):
quoted speech with its speaker ("“Join the library, stand by us,” Sudha says") is a character's line, and a price for
the reader's own town's library ("join your local library: only ₹200 a year") is the reviewer's advice; pa "help us"
pleads for the site only with its membership or a payment beside it. The site's own pleas still read.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.memberask import member_plea


def test_the_sites_pleas_still_read():
    for line in (
        "पत्रिका के सदस्य बनें — सिर्फ़ ₹150 सालाना।",
        "ਸਾਡੀ ਮਦਦ ਕਰੋ — ਰਸਾਲੇ ਦੀ ਮੈਂਬਰਸ਼ਿਪ ਲਓ।",
        "পত্রিকার সদস্য হোন, আমাদের পাশে থাকুন।",
        "Become a member for just $4 a month.",
    ):
        assert member_plea(line), line


def test_quoted_speech_and_advice_are_no_plea():
    for line in (
        "“গ্রন্থাগারের সদস্য হোন, আমাদের পাশে থাকুন,” রুমা জানালার কাছে দাঁড়িয়ে বলে।",
        "“ਕਲੱਬ ਦੇ ਮੈਂਬਰ ਬਣੋ, ਸਾਡਾ ਸਾਥ ਦਿਓ,” ਗੁਰਮੀਤ ਕਹਿੰਦੀ ਹੈ।",
        "“क्लब के सदस्य बनें और हमारा साथ दें,” मीरा हँसकर कहती है।",
        "अगर पढ़ने का शौक है तो अपने शहर के पुस्तकालय के सदस्य बनें — सिर्फ़ ₹300 सालाना।",
        "Do yourself a favour and become a member of your local library for just $10 a year.",
        "ਜਦੋਂ ਮੀਂਹ ਪਿਆ, ਉਸ ਨੇ ਰੌਲਾ ਪਾਇਆ: ਸਾਡੀ ਮਦਦ ਕਰੋ!",
    ):
        assert not member_plea(line), line


def test_an_italic_quote_between_the_paragraphs_stays():
    paras = ["উপন্যাসটি একটি ছোট শহরের পুরনো পাঠাগার নিয়ে, যেখানে রুমা প্রতি বিকেলে বই ফেরত দিতে আসে আর গল্প শোনে।",
             "লেখকের ভাষা সহজ কিন্তু গভীর; মাঝের অধ্যায়গুলো একটু ধীর, তবে শেষটা মন ছুঁয়ে যায় এবং অনেক দিন মনে থাকে।",
             "যারা শান্ত, চরিত্রনির্ভর গল্প ভালোবাসেন, তাদের জন্য বইটি নিঃসন্দেহে একটি ভালো সঙ্গী হবে।"]
    quote = "<p><em>“গ্রন্থাগারের সদস্য হোন, আমাদের পাশে থাকুন,” রুমা জানালার কাছে দাঁড়িয়ে বলে।</em></p>"
    body = f"<p>{paras[0]}</p>{quote}<p>{paras[1]}</p><p>{paras[2]}</p>"
    page = ("<html lang='bn'><head><meta charset='utf-8'><title>পাঠাগারের বিকেল - বইঘর</title></head><body><article>"
            f"<h1>পাঠাগারের বিকেল</h1><div class='entry-content'>{body}</div></article></body></html>")
    record = extract_page(page, "https://boighor.example.in/2026/12/pathagar")
    assert "রুমা জানালার কাছে" in record.body_text
