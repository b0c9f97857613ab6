"""A record line in a script without capitals ("A, „T“. House", "T، A، House، year"): a part the line sets in quotation
marks is the title, never the name (``bookcaselessname.script_name`` with the line), so a title whose last word the
text says twice is not read as a person and the record is not read backwards; and a Georgian surname is named again
in any case ending ("ბერიძე" in the record, "ბერიძის" in the prose: ``bookgeorgian.said_in_any_case``), as the record
rules ask of a caseless name. Near misses: a title-first record with the name unquoted after it is still read so;
a record whose name the prose never names again gives no pair from the name.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookbiblio import from_bibliography


def _read(lines: list[str], lang: str):
    return from_bibliography(lines, Context("\n".join(lines), (), lang))


def test_quoted_title_is_not_the_name():
    # the title's last word said twice in the prose (ka "სახლი", fa "شب"): the old reading took the title for the name
    ka = ["ზაფხულში ვკითხულობდი, სახლი ზღვასთან იდგა.", "ბერიძის ენა მარტივია, სახლი კი ყველგანაა.",
          "ეკა ბერიძე, „ზღვის სახლი“. გამომცემლობა „ბაკმი“."]
    assert _read(ka, "ka") == ("ზღვის სახლი", "ეკა ბერიძე")
    fa = ["این رمان را در یک شب خواندم.", "باغ شب زیباست و شب در آن طولانی است.",
          "رضا کاظمی، «باغ شب»، نشر چشمه، ۱۳۹۸"]
    assert _read(fa, "fa") != ("رضا کاظمی", "باغ شب")
    he = ["קראתי את הספר בלילה אחד.", "כהן כותב בפשטות על גן הלילה, וגן הלילה נשאר איתי.",
          "דנה כהן, \"גן הלילה\", הוצאת עם עובד, 2019"]
    assert _read(he, "he") == ("גן הלילה", "דנה כהן")


def test_georgian_surname_named_again_in_another_case():
    title_first = ["ეს რომანი ზაფხულში წავიკითხე.", "ბერიძის ენა მარტივია.", "ზღვის სახლი, ეკა ბერიძე, ბაკმი, 2019."]
    assert _read(title_first, "ka") == ("ზღვის სახლი", "ეკა ბერიძე")
    name_first = ["ეს რომანი ზაფხულში წავიკითხე.", "ბერიძემ კარგად იცის ზღვა.",
                  "ეკა ბერიძე, „ზღვის სახლი“, ბაკმი, 2019."]
    assert _read(name_first, "ka") == ("ზღვის სახლი", "ეკა ბერიძე")


def test_near_misses():
    # a title-first record, the name unquoted after it: read so still
    fa = ["این رمان را در یک شب خواندم.", "کاظمی با زبانی ساده می‌نویسد و کاظمی را دوست دارم.",
          "باغ شب، رضا کاظمی، نشر چشمه، ۱۳۹۸"]
    assert _read(fa, "fa") == ("باغ شب", "رضا کاظمی")
    # the name never said again in the prose: no pair read from it, and never the title as the name
    once = ["ეს რომანი ზაფხულში წავიკითხე.", "ზღვა ყველგანაა.", "ეკა ბერიძე, „ზღვის სახლი“, ბაკმი, 2019."]
    assert _read(once, "ka") in (None, ("ზღვის სახლი", "ეკა ბერიძე"))
