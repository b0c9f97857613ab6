"""A Hebrew review that opens with its title unquoted, "of" its author, the author one of the post's tags ("בית
בגליל של נעמה כהן יצא ב־2001 …"). Near misses: an owner who is no tag (a character's grandmother), a tag that is
the blogger's own name.

Every text here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookscripts import script_pair

LINE = "שדה הצפצפות של נעמה כהן יצא לפני עשרים שנה, ואני קראתי אותו רק בקיץ האחרון."


def test_an_unquoted_opening_title_of_a_tagged_name():
    assert script_pair(LINE, Context(LINE), ["נעמה כהן", "ספרות עברית"]) == ("שדה הצפצפות", "נעמה כהן")


def test_an_owner_who_is_no_tag_or_is_the_blogger_gives_no_book():
    line = "הבית של סבתא רחל עמד בקצה המושב, ושם קראתי את הספר."
    assert script_pair(line, Context(line), ["ספרות עברית"]) is None  # the grandmother is no tag
    assert script_pair(LINE, Context(LINE), ["ספרות עברית"]) is None  # the name is no tag: no telling
    assert script_pair(LINE, Context(LINE, ("נעמה כהן",)), ["נעמה כהן"]) is None  # the blog's own writer
