"""A genitive glued onto the author before a quoted title, taken off (bookgenitivefront._glued_genitive): Bengali's
with its hyphen ("A-এর"), and where names end in the same letters (Odia "-ଙ୍କର" of "-shankar", Bengali "কাদের") only
when the text names the stem bare. Headlines and texts of our own words."""

from __future__ import annotations

from scraper.extract.book import Book, Context
from scraper.extract.bookgenitivefront import nominative_author


def _author(author: str, title: str, headline: str, language: str, text: str = "…") -> str | None:
    book = nominative_author(Book(title, author, source="title"), headline, Context(text, (), language))
    return book.author if book else None


def test_the_genitive_comes_off_whole():
    assert _author("সেলিনা হোসেন-এর", "নদীর ঘাট", "পাঠ প্রতিক্রিয়া: সেলিনা হোসেন-এর ‘নদীর ঘাট’", "bn") == "সেলিনা হোসেন"
    assert _author("ଗୋପୀନାଥ ମହାନ୍ତିଙ୍କର", "ମାଟିମଟାଳ", "ସମୀକ୍ଷା: ଗୋପୀନାଥ ମହାନ୍ତିଙ୍କର “ମାଟିମଟାଳ”", "or",
                   "ମହାନ୍ତି ଗାଁର କଥା ଲେଖନ୍ତି।") == "ଗୋପୀନାଥ ମହାନ୍ତି"
    assert _author("সেলিনা হোসেনের", "নদীর ঘাট", "সেলিনা হোসেনের ‘নদীর ঘাট’", "bn", "হোসেন সহজ ভাষায় লেখেন।") \
        == "সেলিনা হোসেন"
    assert _author("पारिजात राईको", "शिरीष", "समीक्षा : पारिजात राईको ‘शिरीष’", "ne") == "पारिजात राई"


def test_a_name_that_ends_so_is_kept():
    # "Umashankar", "Bhabanishankar": the text names them whole, never the stem
    assert _author("ଉମାଶଙ୍କର", "ନଦୀର ସେପାରି", "ସମୀକ୍ଷା: ଉମାଶଙ୍କର “ନଦୀର ସେପାରି”", "or",
                   "ଉମାଶଙ୍କର ଗାଁର ଜୀବନକୁ ଜାଣନ୍ତି।") == "ଉମାଶଙ୍କର"
    assert _author("ରବି ଭବାନୀଶଙ୍କର", "ନଦୀ", "ରବି ଭବାନୀଶଙ୍କର ‘ନଦୀ’", "or", "ଭବାନୀଶଙ୍କର ଲେଖନ୍ତି।") == "ରବି ଭବାନୀଶଙ୍କର"
    # Bengali "Kader", "Taher": the -ের is the name's own
    assert _author("আব্দুল কাদের", "নদী", "আব্দুল কাদের ‘নদী’", "bn", "কাদের লিখেছেন।") == "আব্দুল কাদের"
    assert _author("আবু তাহের", "মেঘ", "আবু তাহের ‘মেঘ’", "bn", "তাহেরের ভাষা সহজ।") == "আবু তাহের"
