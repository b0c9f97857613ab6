"""``fragmentrecord``'s caseless comma record narrowed (review rev32a): "T, A, House" is read where a part after the
name names a house or holds a figure (a year, pages), or the review quotes the title; a line of themes ("गाँव, किसान
जीवन, कर्ज़") is none, nor a sentence of clauses, whose closing stop is now read before the record's is taken off.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.fragmentrecord import fragment_book, named_record


def test_records_with_house_figure_or_quoted_title():
    hi = "जोशी का यह उपन्यास एक पहाड़ी गाँव की कहानी है। जोशी की भाषा साफ़ है।"
    assert named_record("धूप की नदी, कमला जोशी, नीलकमल प्रकाशन", hi)
    fa = "این رمان داستان خانواده‌ای در شمال است. صالحی با زبانی ساده می‌نویسد."
    assert named_record("باران شبانه، مریم صالحی، نشر چشمه، ۱۴۰۱", fa)
    bn = "সেনের এই উপন্যাস একটি নদীর গল্প। সেন সহজ ভাষায় লেখেন।"
    assert named_record("নদীর গান, অপর্ণা সেন, ২০১৯", bn)
    ta = "«மழைக்காலம்» ஒரு கிராமத்தின் கதை. ராமநாதன் எளிய மொழியில் எழுதுகிறார்."
    assert named_record("மழைக்காலம், செல்வி ராமநாதன், கவிதா", ta)
    book = fragment_book(None, [hi, "धूप की नदी, कमला जोशी, नीलकमल प्रकाशन"], hi)
    assert book and (book.title, book.author) == ("धूप की नदी", "कमला जोशी")


def test_theme_lines_and_sentences_are_no_records():
    hi = "यह उपन्यास किसानों के जीवन की कहानी है। गाँव का जीवन और कर्ज़ का बोझ हर पन्ने पर है।"
    assert not named_record("गाँव, किसान जीवन, कर्ज़, पलायन", hi)
    ta = "இந்த நாவல் ஒரு கடற்கரை ஊரின் கதை. மொழி நடை எளிமையானது, கதை நெகிழ்ச்சி தருகிறது."
    assert not named_record("கதை எளிமையானது, மொழி நடை அழகானது, முடிவு நெகிழ்ச்சி தருகிறது.", ta)
    bn = "এই বইটি গ্রামের জীবনের গল্প। নদী ভাঙন আর ঋণের কথা বারবার আসে।"
    assert not named_record("গ্রাম, নদী ভাঙন, ঋণ, অভিবাসন", bn)
    assert fragment_book(None, [hi, "गाँव, किसान जीवन, कर्ज़, पलायन"], hi) is None
