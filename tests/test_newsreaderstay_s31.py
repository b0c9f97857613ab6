"""A news site's bidding to stay with it on a news reader, the verb closing the clause (the s31 round; own words):
bn "আমাদের খবর পেতে গুগল নিউজে আমাদের সঙ্গে থাকুন", hi "ताज़ा ख़बरों के लिए गूगल न्यूज़ पर हमारे साथ बने रहें"
(``moreonsite._FOLLOW_THERE``, read only with a news reader named: ``names_news_reader``).

Near misses: the same verb in the review's prose with no news reader named; a news reader named in prose with no such
verb; a long paragraph with both."""

import pytest

from scraper.extract.moreonsite import names_news_reader
from scraper.extract.sitelines import FOLLOW


@pytest.mark.parametrize("line", [
    "আমাদের খবর পেতে গুগল নিউজে আমাদের সঙ্গে থাকুন",
    "সব আপডেট পেতে গুগল নিউজ ও ফেসবুকে সাথে থাকুন",
    "ताज़ा ख़बरों के लिए गूगल न्यूज़ पर हमारे साथ बने रहें",
])
def test_stay_with_us_on_a_news_reader_goes(line):
    assert names_news_reader(line, FOLLOW)


@pytest.mark.parametrize("line", [
    "উপন্যাসটির শেষ অধ্যায় পর্যন্ত চরিত্রগুলোর সঙ্গে থাকুন, ধৈর্যের পুরস্কার মিলবে।",
    "লেখক একসময় গুগল নিউজে সাংবাদিকতার খবর পড়তেন, সেই অভিজ্ঞতা বইয়ে এসেছে।",
    "कहानी के नायक के साथ बने रहें तो आख़िरी अध्याय में सब साफ़ हो जाता है।",
    ("উপন্যাসের নায়ক প্রতিদিন সকালে গুগল নিউজে শহরের খবর পড়ে, তারপর অফিসে যায়, আর সন্ধ্যায় বন্ধুদের সঙ্গে "
     "আড্ডায় বসে সেই খবর নিয়ে তর্ক করে; লেখক এই তর্কগুলোর ভেতর দিয়ে সময়টাকে ধরেছেন, পাঠক শুধু সঙ্গে থাকুন "
     "আর দেখুন কীভাবে ছোট ছোট খবর একটা জীবনের গল্প হয়ে ওঠে।"),
])
def test_prose_stays(line):
    assert not names_news_reader(line, FOLLOW)
