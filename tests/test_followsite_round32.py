"""followpleas.follow_site: the Sanskrit-derived "follow" of Bengali and Hindi ("অনুসরণ করুন", "अनुसरण करें") is a verb of
following, so a news site's closing bidding to follow it by its own name is dropped (round 32). Near misses: the verb in
a review's sentence without the site's name, the site's name without the verb, a scored line.
Every text here is invented for these tests, in our own words and markup."""

from scraper.extract import extract_page
from scraper.extract.followpleas import follow_site

BN_SITE = ("দিগন্তরেখা",)
HI_SITE = ("क्षितिजरेखा",)


def test_bengali_and_hindi_follow_the_site():
    assert follow_site("দিগন্তরেখা অনলাইনের সব খবর পেতে আমাদের ফিড অনুসরণ করুন", BN_SITE)
    assert follow_site("ताज़ा ख़बरों के लिए क्षितिजरेखा का अनुसरण करें", HI_SITE)


def test_near_misses():
    # the verb in the review's own sentence, the site not named
    assert not follow_site("নায়িকা তার মায়ের পথ অনুসরণ করে শহরে আসে।", BN_SITE)
    # the site named, no bidding
    assert not follow_site("দিগন্তরেখা অনলাইনের বইয়ের পাতা প্রতি শুক্রবার বের হয়।", BN_SITE)
    # a score in the line
    assert not follow_site("দিগন্তরেখা রেটিং ৪/৫, আমাদের অনুসরণ করুন", BN_SITE)


REVIEW = ["এই উপন্যাসটি নদীর ধারের এক জেলেপাড়ার তিন প্রজন্মের গল্প বলে। লেখক খুব ধীরে ধীরে চরিত্রগুলোকে গড়ে তোলেন, "
          "আর প্রতিটি অধ্যায়ে নতুন এক দিক খুলে যায়।",
          "ভাষা সহজ, কিন্তু বর্ণনা গভীর। বর্ষার রাতের বর্ণনাগুলো পড়তে পড়তে মনে হয় জানালার বাইরে সত্যিই বৃষ্টি হচ্ছে।",
          "শেষের দিকে গল্প একটু তাড়াহুড়ো করে শেষ হয়েছে, তবু বইটি পড়ার মতো। যারা ধীর লয়ের উপন্যাস ভালোবাসেন, তাদের ভালো লাগবে।"]


def test_a_closing_follow_line_leaves_the_body():
    paragraphs = "".join(f"<p>{p}</p>" for p in REVIEW)
    page = f"""<!doctype html><html lang="bn"><head><meta charset="utf-8"><title>নদীর গল্প | দিগন্তরেখা</title></head>
<body><header><a class="logo" href="/">দিগন্তরেখা</a></header><main><article><h1>নদীর গল্প</h1>
<div class="content">{paragraphs}<p>দিগন্তরেখা অনলাইনের সব খবর পেতে আমাদের ফিড অনুসরণ করুন</p></div></article></main></body></html>"""
    record = extract_page(page.encode(), "https://digantarekha.example/boi/article/7741")
    assert "বর্ষার রাতের" in record.body_text
    assert "অনুসরণ করুন" not in record.body_text
