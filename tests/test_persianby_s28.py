"""A headline's quoted title credited with Persian "نوشته"/"نوشتهٔ" (written by) or "اثر" (work of), the name after it
and no book noun before the title (``bookarabicby.arabic_headline_by``): these say "by" as English does, so the family
name said again in the post (or a tag) vouches for a name of two or three words. Near misses: "از" (from) is not read
so; a name whose family name the post never says again, or says only inside a longer name joined by a zero-width
non-joiner ("کاظمی‌نژاد"), is not read.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookarabicby import arabic_headline_by


def _pair(headline: str, text: str, tags=()):
    return arabic_headline_by(headline, Context(text, ("مینا سعیدی",), "fa"), list(tags))


def test_written_by_and_work_of_with_the_family_name_said_again():
    body = "راوی داستان زنی در تبریز است. زبان کاظمی ساده است و این رمان را در دو شب خواندم."
    assert _pair("نقد «باغ زمستانی» نوشته رضا کاظمی", body) == ("باغ زمستانی", "رضا کاظمی")
    assert _pair("معرفی «باغ زمستانی» نوشتهٔ رضا کاظمی | کتاب‌خانه", body) == ("باغ زمستانی", "رضا کاظمی")
    assert _pair("«باغ زمستانی» اثر رضا کاظمی", body) == ("باغ زمستانی", "رضا کاظمی")
    # the family name only in a tag
    assert _pair("نقد «باغ زمستانی» نوشته رضا کاظمی", "راوی داستان زنی در تبریز است.", ["کاظمی"]) == \
        ("باغ زمستانی", "رضا کاظمی")


def test_near_misses():
    body = "راوی داستان زنی در تبریز است. زبان کاظمی ساده است."
    assert _pair("«باغ زمستانی» از رضا کاظمی", body) is None  # ("from": not a by-word here)
    assert _pair("نقد «باغ زمستانی» نوشته رضا کاظمی", "راوی داستان زنی در تبریز است.") is None  # (never said again)
    # the family name said only as part of a longer joined name
    assert _pair("نقد «باغ زمستانی» نوشته رضا کاظمی", "زبان کاظمی\u200cنژاد ساده است.") is None
