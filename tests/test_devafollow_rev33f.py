"""The native verb of following in Devanagari and Bengali (review rev33f), in our own words and markup.

followlines._DEVA_BENG_BID reads hi "अनुसरण करें" and bn "অনুসরণ করুন" (follow) as a bidding only with the site or
its account the object ("हमें", "हमारे पेज", "আমাদের", "পেজ"); "follow your dreams", an author's advice retold beside
a network's name, is the review's. The loan verbs ("फ़ॉलो करें", "ফলো করুন") are read as before.
"""

from __future__ import annotations

from scraper.extract.followlines import opening_follow


def test_following_the_site_or_its_page_is_a_bidding():
    for line in (
        "हमें फ़ेसबुक पर अनुसरण करें।",
        "हमारे यूट्यूब चैनल का अनुसरण करें।",
        "আমাদের ফেসবুক পেজ অনুসরণ করুন।",
        "ইউটিউবে আমাদের অনুসরণ করুন।",
        "हमें इंस्टाग्राम पर फ़ॉलो करें।",
    ):
        assert opening_follow(line), line


def test_following_ones_dreams_beside_a_network_is_the_reviews():
    for line in (
        "लेखक यूट्यूब पर एक बातचीत में कहते हैं: अपने दिल की आवाज़ का अनुसरण करें।",
        "फ़ेसबुक पर उपन्यास की नायिका लिखती है: अपने सपनों का अनुसरण करो।",
        "ফেসবুকে লেখিকা লিখেছেন: নিজের স্বপ্নের পথ অনুসরণ করুন।",
        "ইউটিউবের সাক্ষাৎকারে কবি বলেন, মায়ের কথা অনুসরণ করো।",
    ):
        assert not opening_follow(line), line
