"""A dashed headline in a script without capitals whose name the text calls a book's owner by surname alone, and
Bengali's few words between the genitive and the book noun (bookdashowner.py, round 32); near misses: a surname named
but owning no book, a clause too long between the name and the noun, a sentence's end between them, a one-word name."""

from scraper.extract.book import Context
from scraper.extract.bookdashowner import dashed_owner
from scraper.extract.bookscripts import script_pair

BN_HEAD = "নীল জলের গান — সুমিত্রা হালদার"


def test_bengali_surname_owns_the_book_with_words_between():
    text = BN_HEAD + "\nহালদারের প্রথম ও সেরা উপন্যাস এটি। নদীর ধারের এক গ্রামের গল্প, ধীরে ধীরে খোলে।"
    assert dashed_owner(BN_HEAD, Context(text)) == ("নীল জলের গান", "সুমিত্রা হালদার")
    assert script_pair(BN_HEAD, Context(text)) == ("নীল জলের গান", "সুমিত্রা হালদার")
    # one word between, the full name not said again
    text = BN_HEAD + "\nহালদারের নতুন বই পড়ে শেষ করলাম গতকাল রাতে।"
    assert dashed_owner(BN_HEAD, Context(text)) == ("নীল জলের গান", "সুমিত্রা হালদার")


def test_hindi_and_arabic_surname_alone():
    head = "धूप की नाव — कमला श्रीवास्तव"
    text = head + "\nश्रीवास्तव का यह उपन्यास एक छोटे कस्बे के बारे में है।"
    assert dashed_owner(head, Context(text)) == ("धूप की नाव", "कमला श्रीवास्तव")
    head = "ظل النخلة — سعاد الفارس"
    text = head + "\nقرأت رواية الفارس في ليلة واحدة، وهي قصيرة وجميلة."
    assert dashed_owner(head, Context(text)) == ("ظل النخلة", "سعاد الفارس")


def test_near_misses():
    # the surname named, but as no book's owner
    text = BN_HEAD + "\nহালদার বলেন, শহরে এখন শীত নেমেছে। আমরা সবাই বাজারে গেলাম।"
    assert dashed_owner(BN_HEAD, Context(text)) is None
    # too many words between the genitive and the book noun: another clause
    text = BN_HEAD + "\nহালদারের কথা শুনে মনে হলো এই উপন্যাস আমি আগে পড়েছি।"
    assert dashed_owner(BN_HEAD, Context(text)) is None
    # a sentence ends between them
    text = BN_HEAD + "\nসেদিন হালদারের বাড়ি গেলাম। বই পড়া হলো না।"
    assert dashed_owner(BN_HEAD, Context(text)) is None
    # a one-word part has no surname to stand for it: the owner must be named whole
    head = "শীতের সকাল — কলকাতা"
    text = head + "\nকলকাতা শহরে কুয়াশা। সকালে চা খেলাম।"
    assert dashed_owner(head, Context(text)) is None
    # a cased headline is not this rule's
    assert dashed_owner("Blue Water Song — Sumitra Haldar", Context("Haldar's first novel is this.")) is None
