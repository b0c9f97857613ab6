"""ifpost's borrowed "share" narrowed (review rev32e), in our own words.

The closing plea's "share" in Hindi and Bengali is bidden with its verb ("शेयर करें", "शेयर कीजिए", "শেয়ার করুন");
a bare शेयर / শেয়ার is a company's share too ("शेयर बाजार", "শেয়ার বাজার"), the book's subject, no plea.
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.ifpost import ASK_MORE


@pytest.mark.parametrize("text", [
    "इसे अपने दोस्तों के साथ शेयर करें", "इस पोस्ट को शेयर कीजिए", "पोस्ट को शेयर कर दें",
    "বন্ধুদের সাথে শেয়ার করুন", "লেখাটি শেয়ার করে দিন",
])
def test_the_share_bidden_with_its_verb_is_an_ask(text):
    assert ASK_MORE.search(text)


@pytest.mark.parametrize("text", [
    "शेयर बाजार में नए लोगों के लिए इससे अच्छी शुरुआत नहीं है", "शेयर की कीमतें गिरती रहीं",
    "শেয়ার বাজারে নতুনদের জন্য এর চেয়ে ভালো শুরু নেই", "শেয়ারের দাম পড়ে গেল",
])
def test_a_bare_share_is_the_markets(text):
    assert not ASK_MORE.search(text)


def test_a_hindi_reviews_advice_on_the_share_market_stays():
    paras = ["यह किताब निवेश की बुनियादी बातें बहुत सरल भाषा में समझाती है और हर अध्याय के अंत में छोटे "
             "उदाहरण देती है।",
             "लेखक ने जोखिम और धैर्य पर जो अध्याय लिखा है वह मुझे सबसे अच्छा लगा, क्योंकि उसमें अपनी गलतियाँ "
             "भी गिनाई हैं।",
             "अगर आपको यह लेख उपयोगी लगा हो तो यह किताब जरूर पढ़ें, शेयर बाजार में नए लोगों के लिए इससे अच्छी "
             "शुरुआत नहीं है।"]
    body = "".join(f"<p>{p}</p>" for p in paras)
    html = ("<html lang='hi'><head><meta charset='utf-8'><title>पुस्तक समीक्षा: धैर्य का धन</title></head>"
            f"<body><article><h1>पुस्तक समीक्षा: धैर्य का धन</h1><div class='entry-content'>{body}</div></article>"
            "</body></html>")
    assert "शेयर बाजार" in extract_page(html, "https://pustakpath.example/2026/01/dhairya/").body_text
