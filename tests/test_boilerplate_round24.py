"""Cleaning rules of the holdout24 round (boilerplate, body precision), on posts of our own words and markup.

- an engine's timestamp under the headline whose month is written in a script with combining marks (Devanagari,
  Bengali, Kannada, Tamil vowel signs: "२६ नवंबर २०२६ १०:४०") is a whole date like "26 November 2026 10:40": the
  dateline and the writer's name beside it go; a review sentence that names a month and a year stays.
"""

from __future__ import annotations

from scraper.extract.chrome import _whole_date
from scraper.extract.datelines import FULL_DATE, date_only
from tests.cleaning import cleaned, paras

import lxml.html

HI = ["यह उपन्यास एक छोटे से पहाड़ी कस्बे की कहानी है, जहाँ हर सर्दी में नदी जम जाती है और लोग एक-दूसरे के घरों में आग के पास बैठकर पुराने किस्से सुनाते हैं।",
      "लेखिका की भाषा सरल है लेकिन हर वाक्य में एक गहरी उदासी छिपी है, और अंत तक पहुँचते-पहुँचते मैं कई बार रुककर खिड़की से बाहर देखती रही।",
      "बीच का हिस्सा थोड़ा धीमा है, फिर भी यह किताब मुझे लंबे समय तक याद रहेगी।"]
KN = ["ಈ ಕಾದಂಬರಿ ಮಲೆನಾಡಿನ ಒಂದು ಸಣ್ಣ ಹಳ್ಳಿಯ ಕಥೆ, ಅಲ್ಲಿ ಮಳೆಗಾಲದಲ್ಲಿ ರಸ್ತೆಗಳು ಮುಚ್ಚಿಹೋಗುತ್ತವೆ ಮತ್ತು ಜನರು ಒಬ್ಬರಿಗೊಬ್ಬರು ನೆರವಾಗುತ್ತಾರೆ.",
      "ಲೇಖಕರ ಭಾಷೆ ಸರಳವಾಗಿದೆ, ಆದರೆ ಪ್ರತಿಯೊಂದು ಅಧ್ಯಾಯದಲ್ಲೂ ಒಂದು ಆಳವಾದ ವಿಷಾದವಿದೆ, ಕೊನೆಯ ಪುಟಗಳನ್ನು ಓದಿದ ನಂತರ ನಾನು ಬಹಳ ಹೊತ್ತು ಸುಮ್ಮನೆ ಕುಳಿತೆ.",
      "ಮಧ್ಯದ ಭಾಗ ಸ್ವಲ್ಪ ನಿಧಾನವಾಗಿದೆ, ಆದರೂ ಈ ಪುಸ್ತಕ ಬಹಳ ಕಾಲ ನೆನಪಿನಲ್ಲಿ ಉಳಿಯುತ್ತದೆ."]


def test_a_month_written_with_vowel_signs_makes_a_whole_date():
    for text in ("२६ नवंबर २०२६", "১২ ডিসেম্বর ২০২৬", "22 ನವೆಂಬರ್ 2026", "3 டிசம்பர் 2026", "14 November 2026"):
        assert FULL_DATE.search(text), text
        assert _whole_date(text), text
    # (a sentence is no date: a month's word needs its day and year around it)
    assert not FULL_DATE.search("मैंने यह किताब नवंबर में पढ़ी")


def test_a_timestamp_row_under_the_headline_goes_in_scripts_with_marks():
    for review, name, stamp in ((HI, "रीना वर्मा", "अंतिम अपडेट: २६ नवंबर २०२६ १०:४०"),
                                (KN, "ಸುಮಾ ರಾವ್", "ಪ್ರಕಟಿಸಿದ ದಿನಾಂಕ: 22 ನವೆಂಬರ್ 2026 08:15")):
        header = f"<div class='byline'><span class='who'>{name}</span><span class='when'>{stamp}</span></div>"
        text, rules = cleaned(header + paras(*review), "news.example")
        assert stamp not in text and name not in text, rules
        assert all(r in text for r in review)


def test_a_review_line_with_a_month_and_a_clock_stays():
    # a sentence of the review that names a date is prose: more words than a timestamp row holds
    line = "मैंने यह किताब २६ नवंबर २०२६ की रात १०:४० बजे ट्रेन में पढ़नी शुरू की और सुबह होने तक खत्म कर दी, क्योंकि इसकी कहानी मुझे छोड़ ही नहीं रही थी।"
    text, rules = cleaned(paras(line, *HI), "news.example")
    assert line in text, rules
    block = lxml.html.fromstring(f"<p>{line}</p>")
    assert date_only(block, 0, 4) is None
