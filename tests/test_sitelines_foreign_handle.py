"""scraper.extract.followpleas.foreign_handle: a short line in another script holding an account's handle in Latin letters.

Our own lines, in Georgian, Greek and Chinese (the network written in the line's script, or not named at all), and
near misses: a Latin-script line that mentions someone's handle, a bare dedication, a Japanese free-copy thanks to
a publisher's account, a long paragraph.
"""

from __future__ import annotations

import pytest

from scraper.extract.followpleas import foreign_handle, follow_plea
from tests.cleaning import cleaned, paras


@pytest.mark.parametrize("line", [
    "გამოგვყევით ტელეგრამში: @wignis_taro — ყოველ კვირას ახალი მიმოხილვა.",
    "Ακολουθήστε μας στο Ίνσταγκραμ @vivlio.kai.kafes για νέες κριτικές.",
    "更多书评请关注我们的公众号 @lin_reads",
])
def test_a_handle_in_latin_inside_a_line_of_another_script_is_a_follow_line(line):
    assert foreign_handle(line) and follow_plea(line)


@pytest.mark.parametrize("line", [
    "I loved the thread @anna_reads wrote about this book last spring.",   # Latin throughout
    "Для @bookclub",                                                       # too few letters around it
    "本書は出版社 @shinchosha より献本いただきました。",                        # a free-copy disclosure
    "Αυτό το βιβλίο " * 8 + "@someone",                                     # a long paragraph
])
def test_near_misses_stay(line):
    assert not foreign_handle(line)


def test_a_closing_georgian_line_with_a_handle_goes_from_the_body():
    review = ["ეს რომანი მოგვითხრობს სოფლის ოჯახზე, რომელიც ომის შემდეგ ცდილობს ცხოვრების თავიდან დაწყებას და ერთმანეთის "
              "გაგებას, თუმცა ძველი წყენა ყველა საუბარში იჩენს თავს.",
              "ენა მარტივი და ლამაზია, ბოლო თავები კი ცოტა ნელა იკითხება, მაგრამ დასასრული ღირს ლოდინად."]
    text, rules = cleaned(paras(*review) + "<p>გამოგვყევით ტელეგრამში: @wignis_taro</p>", "tsigni.example")
    assert "@wignis_taro" not in text and all(t in text for t in review)
