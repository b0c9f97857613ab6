"""A name the languages of India and Nepal glue a genitive onto before a quoted title (bookgenitivefront)."""

from scraper.extract.book import Book, Context
from scraper.extract.bookgenitivefront import nominative_author


def _author(author, title, headline, language, text="…"):
    book = nominative_author(Book(title, author, source="title"), headline, Context(text, (), language))
    return book.author if book else None


def test_marathi_is_left_alone():
    # Marathi puts the name itself in an oblique form before its genitive ("पाटलाची" of "पाटील"): nothing to take off
    assert _author("विजय पाटलाची", "माती", "विजय पाटलाची ‘माती’ – एक वाचन", "mr") == "विजय पाटलाची"


def test_bengali_genitive_with_a_remark_after():
    headline = "‘নদীর ওপারে’ নয়, অনিমেষ সরকারের ‘শীতের রাত’: একটি পাঠ"
    # (a name may end in the same letters, "কাদের": the text names the stem bare)
    assert _author("অনিমেষ সরকারের", "শীতের রাত", headline, "bn", "সরকার লিখেছেন।") == "অনিমেষ সরকার"


def test_bengali_genitive_before_the_quoted_title():
    headline = "পাঠ প্রতিক্রিয়া: অনিমেষ সরকারের ‘নদীর ওপারে’"
    assert _author("অনিমেষ সরকারের", "নদীর ওপারে", headline, "bn", "সরকার লিখেছেন।") == "অনিমেষ সরকার"


def test_odia_and_nepali_genitive_before_the_quoted_title():
    assert _author("ସୁଧାକର ମିଶ୍ରଙ୍କ", "ନଈକୂଳ", "ସମୀକ୍ଷା: ସୁଧାକର ମିଶ୍ରଙ୍କ “ନଈକୂଳ”", "or", "ମିଶ୍ର ଲେଖିଛନ୍ତି।") \
        == "ସୁଧାକର ମିଶ୍ର"
    assert _author("हरिप्रसाद थापाको", "बगर", "समीक्षा : हरिप्रसाद थापाको ‘बगर’ – एक अनलाइन", "ne") == "हरिप्रसाद थापा"


def test_a_nominative_name_that_merely_ends_so_is_kept():
    # Nepali -का ends given names (Radhika): not taken for a genitive
    assert _author("राधिका", "साँझ", "राधिका ‘साँझ’ : समीक्षा", "ne") == "राधिका"
    # Bengali "ঠাকুর" ends in -র, not the genitive -ের
    assert _author("রবীন্দ্রনাথ ঠাকুর", "গোরা", "রবীন্দ্রনাথ ঠাকুর ‘গোরা’", "bn") == "রবীন্দ্রনাথ ঠাকুর"


def test_the_genitive_only_right_before_the_title():
    # the same ending on a name the headline does not put before the quoted title (the author read elsewhere)
    assert _author("हरिप्रसाद थापाको", "बगर", "‘बगर’ : हरिप्रसाद थापाको उपन्यास", "ne") == "हरिप्रसाद थापाको"
    # another language's page: nothing taken off
    assert _author("Anna Koko", "Ilta", "Anna Koko ‘Ilta’", "fi") == "Anna Koko"
