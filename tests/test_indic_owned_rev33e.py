"""bookheadowner.indic_owned (rev33e): a possessive pronoun opening the owner ("আমার মনের ‘T’", my heart's 'T') makes
no name of a two-letter noun; a two-letter surname in a name is still read."""

from scraper.extract.book import Context
from scraper.extract.bookheadowner import indic_owned


def test_a_pronoun_and_a_short_noun_is_no_owner():
    # bn "my heart's", "our home's", mr "my mind's"
    context = Context("‘নদীর গান’ বইটি পড়লাম। আমার মন ভালো হয়ে গেল। মন ছুঁয়ে যায়।", (), "bn")
    assert indic_owned("আমার মনের ‘নদীর গান’: একটি পাঠ", context) is None
    context = Context("‘নদীর গান’ পড়লাম। আমাদের ঘর ছোট। ঘর ভরে গেল।", (), "bn")
    assert indic_owned("আমাদের ঘরের ‘নদীর গান’: একটি পাঠ", context) is None
    context = Context("'नदीचे घर' वाचले. माझ्या मन प्रसन्न झाले. मन शांत.", (), "mr")
    assert indic_owned("माझ्या मनाचे 'नदीचे घर': वाचन", context) is None


def test_a_two_letter_surname_in_a_name_still_read():
    context = Context("‘নদীর গান’ উপন্যাসটি মোহাম্মদ আবুল হক লিখেছেন। হকের গদ্য সরল।", (), "bn")
    book = indic_owned("মোহাম্মদ আবুল হকের ‘নদীর গান’: গ্রামের গল্প", context)
    assert book is not None and book.author == "মোহাম্মদ আবুল হক"
