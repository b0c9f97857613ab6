"""A Hindi free-copy note saying the publisher presented the book for review ("यह पुस्तक प्रकाशक ने समीक्षा के लिए
भेंट की थी"): ``notewords.PROVIDED`` knows the giving as a gift, "भेंट" (presented, not "से भेंट", a meeting with
someone) and "उपहार"; so the note is read as the disclosure, and ``leadin`` keeps it when a promotion box follows it.
Near misses: a meeting with the author ("लेखक से भेंट"), the publisher named with no giving.

Every line here is invented for these tests (invented books, people and pages, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.notes import find_disclosure


def test_the_gift_notes():
    for note in ("(यह पुस्तक प्रकाशक ने समीक्षा के लिए भेंट की थी।)",
                 "यह उपन्यास प्रकाशक की ओर से समीक्षा के लिए उपहार में मिला।",
                 "(प्रकाशक ने यह किताब समीक्षा हेतु भेंट की।)"):
        assert find_disclosure([("text", note)]), note
    # a note set in italics naming the publisher and the gift, no "for review"
    note = "प्रकाशक ने यह किताब भेंट स्वरूप दी, राय मेरी अपनी है।"
    assert find_disclosure([("text", note)], {note})


def test_near_misses():
    meeting = "पुस्तक मेले में प्रकाशक के स्टॉल पर लेखक से भेंट हुई।"
    assert not find_disclosure([("text", meeting)], {meeting})
    assert not find_disclosure([("text", "प्रकाशक: राजकमल, 2026, 240 पृष्ठ")])


_PROSE_HI = ("<p>यह उपन्यास एक छोटे कस्बे के डाकिए की कहानी है जो तीस साल तक एक ही रास्ते पर चिट्ठियाँ बाँटता है और "
             "हर घर की कहानी जानता है। लेखक ने कस्बे की गलियों को बहुत धीरे और प्यार से रचा है।</p>"
             "<p>सबसे अच्छा हिस्सा वह है जब डाकिया अपनी ही बेटी की चिट्ठी पढ़ने से इनकार करता है। बीच के कुछ अध्याय "
             "लंबे लगते हैं, पर अंत तक आते-आते किताब मन में बस जाती है।</p><p><b>रेटिंग:</b> 4/5</p>")


def test_extract_page_keeps_the_note_before_a_promotion_box():
    note = "<p><i>(यह पुस्तक प्रकाशक ने समीक्षा के लिए भेंट की थी। राय पूरी तरह मेरी अपनी है।)</i></p>"
    promo = "<div class='promo'><p>हमारे ऐप पर हज़ारों ई-बुक पढ़ें — आज ही डाउनलोड करें।</p></div>"
    html = (f"<html lang='hi'><head><title>डाकिए का रास्ता</title></head><body><article><h1>डाकिए का रास्ता</h1>"
            f"<div class='entry-content'>{_PROSE_HI}{note}{promo}</div></article></body></html>")
    record = extract_page(html, "https://pustak.example.in/samiksha/dakiya")
    assert record.disclosure and "भेंट की थी" in record.disclosure
    assert "भेंट की थी" in record.body_text
