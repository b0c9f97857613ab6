"""The Hindi free-copy note by its giver (code review rev31d): "भेंट" is a present, a meeting ("से भेंट हुई") and an
interview (भेंटवार्ता); "उपहार" is any gift. ``notegiven.given_to_me`` reads the giving only with a publisher or the
author as its giver ("प्रकाशक ने … भेंट की", "लेखिका द्वारा भेंट स्वरूप"), and not denied (नहीं); ``notewords.PROVIDED``
no longer holds the two words alone.

Every line here is invented for these tests (invented books, people and pages, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.notes import find_disclosure


def _given(note: str) -> bool:
    return bool(find_disclosure([("text", note)]))


def test_a_publisher_or_author_presenting_the_copy():
    for note in ("(इस किताब की प्रति प्रकाशक ने समीक्षा हेतु भेंट की थी।)",
                 "वाणी प्रकाशन ने यह संग्रह मुझे उपहार में दिया।",
                 "यह उपन्यास मुझे प्रकाशक द्वारा भेंट स्वरूप मिला।"):
        assert _given(note), note


def test_meetings_interviews_other_gifts_and_denials():
    for note in ("किताब मेले में प्रकाशक के मंच पर लेखक से मेरी भेंट हुई थी।",
                 "प्रकाशक के ब्लॉग पर लेखक की लंबी भेंटवार्ता छपी है, उसे भी देखिए।",
                 "यह प्रति मेरे मामा ने दिवाली के उपहार में दी थी; प्रकाशक: सेतु।",
                 "प्रकाशक ने यह उपन्यास मुझे भेंट नहीं किया, मैंने इसे खरीदा।"):
        assert not _given(note), note


_PROSE = ("<p>यह उपन्यास एक नदी किनारे बसे कस्बे के डाकिये की कहानी है जो तीस बरस से एक ही रास्ते पर "
          "चिट्ठियाँ बाँटता है और "
          "हर घर के दुख-सुख जानता है। लेखक ने कस्बे की गलियों को बड़े धीरज से रचा है।</p>"
          "<p>सबसे अच्छा हिस्सा वह है जब डाकिया एक चिट्ठी देने से इनकार कर देता है। बीच के कुछ अध्याय धीमे हैं, पर अंत "
          "बहुत सधा हुआ है।</p><p><b>रेटिंग:</b> 4/5</p>")


def test_extract_page_reads_no_disclosure_from_a_meeting():
    html = (f"<html lang='hi'><head><title>डाकिया</title></head><body><article><h1>डाकिया</h1>"
            f"<div class='entry-content'>{_PROSE}"
            f"<p><i>(किताब मेले में प्रकाशक के स्टॉल पर लेखक से मेरी भेंट हुई थी।)</i></p>"
            f"</div></article></body></html>")
    assert extract_page(html, "https://pothi.example.in/samiksha/dakiya").disclosure is None
