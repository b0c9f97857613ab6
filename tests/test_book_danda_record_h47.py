"""A book's record line whose parts a spaced danda sets apart ("T । A । Publisher: P । Pages: 212"), as Bengali and
Hindi papers close a review, and a Bengali name vouched for by its given name (Bengali calls its writers so)."""

from scraper.extract.book import Context
from scraper.extract.bookbiblio import from_bibliography

BN_TEXT = ("নদীর ধারে এক জেলে পরিবারের গল্প, যেখানে সুবর্ণা প্রতিটি চরিত্রকে যত্ন নিয়ে গড়েছেন।\n"
           "শেষ অধ্যায়ে সুবর্ণার ভাষা আরও নরম হয়ে আসে, পড়তে ভালো লাগে।\n"
           "নীল নৌকা । সুবর্ণা চৌধুরী । প্রকাশক: নদীপথ প্রকাশনী । পৃষ্ঠা: ১৮০ । মূল্য: ২৫০ টাকা")
HI_TEXT = ("इस उपन्यास में वर्मा जी ने पहाड़ के एक छोटे कस्बे की कहानी कही है।\n"
           "वर्मा की भाषा सरल है और पात्र जीवंत लगते हैं।\n"
           "धुंध का शहर । अनिल वर्मा । प्रकाशक: पर्वत प्रकाशन । पृष्ठ: 212 । मूल्य: ₹299")


def test_bengali_danda_record_given_name():
    assert from_bibliography(BN_TEXT.split("\n"), Context(BN_TEXT)) == ("নীল নৌকা", "সুবর্ণা চৌধুরী")


def test_hindi_danda_record_family_name():
    assert from_bibliography(HI_TEXT.split("\n"), Context(HI_TEXT)) == ("धुंध का शहर", "अनिल वर्मा")


def test_bengali_middle_dot_record_given_name():
    text = BN_TEXT.replace(" । ", " · ")
    assert from_bibliography(text.split("\n"), Context(text)) == ("নীল নৌকা", "সুবর্ণা চৌধুরী")


def test_near_miss_name_never_named_again():
    text = "নদীর ধারে এক জেলে পরিবারের গল্প।\nনীল নৌকা । সুবর্ণা চৌধুরী । প্রকাশক: নদীপথ প্রকাশনী । পৃষ্ঠা: ১৮০"
    assert from_bibliography(text.split("\n"), Context(text)) is None


def test_near_miss_prose_with_spaced_dandas():
    # sentences of a post, spaced around their dandas, with a year in them: no record
    text = ("সুবর্ণা চৌধুরী ২০১৯ সালে প্রথম উপন্যাস লিখেছিলেন নদীর ধারের গ্রামে বসে । তারপর অনেক বছর কেটে গেছে তাঁর "
            "লেখার টেবিলে নতুন কিছু আসেনি বলে পাঠকেরা অপেক্ষা করেছেন । সুবর্ণা এবার ফিরেছেন নতুন গল্প নিয়ে আর তা পড়ে মন ভরে যায় ।")
    assert from_bibliography([text], Context(text)) is None


def test_near_miss_given_name_alone_is_no_name():
    # one word of the script is no person's name for a record, though the text repeats it
    text = "নদী নিয়ে লেখা। নদী বারবার ফিরে আসে।\nনীল নৌকা । নদী । প্রকাশক: নদীপথ প্রকাশনী । পৃষ্ঠা: ১৮০"
    assert from_bibliography(text.split("\n"), Context(text)) is None


def test_comments_box_class_is_a_comments_box():
    # a box of readers' comments named "comments-box" (a social plugin's wrapper) goes as "comments-area" does
    from scraper.extract.platforms import COMMENT_TOKEN
    assert COMMENT_TOKEN.match("comments-box") and COMMENT_TOKEN.match("fb-comments-box")
    assert not COMMENT_TOKEN.match("no-comments-box") and not COMMENT_TOKEN.match("comments-boxed")
