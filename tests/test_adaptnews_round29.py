"""Round 29 (DETBOOK3): news that a book will be made into a film or a series, in the languages that say it with a
postposition or a verb of turning (newslead._MADE_INTO_OTHER): hi, mr, ur, fa, ar, he; and a comment section whose
theme abbreviates its class ("cmntSec", "cmnt-box": platforms.COMMENT_TOKEN), whose readers' scores are no verdict
of the post's. Near misses: the film already made on a book (a review's subject too), review titles, other classes.

Every text here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.newslead import made_into
from scraper.extract.platforms import COMMENT_TOKEN
from scraper.extract import extract_page
from tests.cleaning import paras


def test_adaptation_news_titles():
    for title in (
            "रमाकांत के उपन्यास 'नदी का घर' पर बनेगी वेब सीरीज, कलाकारों की तलाश",  # hi: a web series will be made on
            "कमला देवी की किताब पर फिल्म बनाने का ऐलान",  # hi: announced making a film on
            "लोकप्रिय कादंबरीवर चित्रपट येणार",  # mr: a film will come on the novel
            "مشہور ناول پر فلم بنے گی",  # ur: a film will be made on the novel
            "از روی رمان «باغ» سریال ساخته می‌شود",  # fa: a series is being made from the novel
            "تحويل رواية «البيت الأزرق» إلى مسلسل",  # ar: turning the novel into a series
            "הרומן של נועה לב יעובד לסדרה",  # he: the novel will be adapted into a series
    ):
        assert made_into(title), title


def test_adaptation_near_misses():
    for title in (
            "उपन्यास पर बनी फिल्म: कितनी वफ़ादार?",  # hi: the film (already) made on the novel
            "पुस्तक समीक्षा: नदी का घर",  # hi: a review
            "رواية «البيت الأزرق»: قراءة",  # ar: a reading
            "ביקורת: הבית הכחול",  # he: a review
            "ناول پر میری رائے",  # ur: my opinion on the novel
    ):
        assert not made_into(title), title


REVIEW = ["यह उपन्यास एक छोटे कस्बे के परिवार की कहानी है, जहाँ हर फैसला पड़ोसियों की नज़र से होकर गुज़रता है और बच्चे सब कुछ चुपचाप देखते हैं।",
          "भाषा सरल है, पर हर अध्याय के अंत में कुछ ऐसा रह जाता है जो पाठक को अगले पन्ने तक खींच ले जाता है।"]


def _page(section_class: str, comment_class: str = "cmnt") -> bytes:
    comments = (f"<div class='{section_class}'><h3>टिप्पणियाँ</h3><div class='{comment_class}'><span class='cmntUser'>पाठक_एक</span>"
                "<p>बहुत अच्छा उपन्यास है, 10 में से 9।</p></div><p class='cmntLogin'>टिप्पणी के लिए लॉग इन करें</p></div>")
    return (f"<html lang='hi'><head><title>नदी का घर</title></head><body><article><h1>नदी का घर</h1>{paras(*REVIEW)}"
            f"{comments}</article></body></html>").encode()


def test_an_abbreviated_comment_section_goes():
    record = extract_page(_page("cmntSec"), "https://news.example/story/nadi-ka-ghar")
    assert "10 में से 9" not in record.body_text and record.rating is None
    assert any(r["rule"] == "comments" for r in record.removed) and "लॉग इन" not in record.body_text
    record = extract_page(_page("readerbox", "cmnt"), "https://news.example/story/nadi-ka-ghar")
    assert "10 में से 9" not in record.body_text  # one comment's own box
    record = extract_page(_page("readerbox", "note"), "https://news.example/story/nadi-ka-ghar")
    assert "10 में से 9" in record.body_text  # (no comment class: the rule has nothing to go by)


def test_comment_token_near_misses():
    assert all(COMMENT_TOKEN.match(t) for t in ("cmntSec", "cmnt", "cmnts", "cmnt-box", "cmnt_list"))
    assert not any(COMMENT_TOKEN.match(t) for t in ("cmntUser", "recommended", "cmntr", "document", "commentary-text"))
