"""rev28 #4: ``bookscripts._ko_sole_topic`` reads "A의 『T』은 …" (an owner named once) only when A is no publisher's
shape ("…사", "…북스", "…출판", "…하우스", ``bookcjkimprint.imprint``), unless the text calls A a person ("A 작가",
"A 씨", "저자 A"): a house's book is as often "the publisher's T" as a person's.

Every text here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookscripts import script_pair


def _pair(line: str, rest: str = ""):
    return script_pair(line, Context("\n".join([line, rest]), (), "ko"))


def test_persons_still_read():
    assert _pair("한소율의 『바다 책방』은 작은 섬의 서점 이야기다.", "문장이 담백하다.") == ("바다 책방", "한소율")
    assert _pair("정다온의 「새벽 기차」가 그리는 것은 떠나는 사람이다.", "별점: ★★★★") == ("새벽 기차", "정다온")
    # a name shaped like a house's, which the text calls a writer
    assert _pair("김영사의 『먼 산』은 따뜻한 소설이다.", "김영사 작가는 이 책으로 데뷔했다.") == ("먼 산", "김영사")


def test_publishers_are_no_owner():
    assert _pair("창해사의 『바다 책방』은 올해 가장 많이 팔린 책이다.", "번역이 깔끔하다.") is None
    assert _pair("솔북스의 『새벽 기차』는 출퇴근길에 읽기 좋았다.", "별점: ★★★★") is None
    assert _pair("문학사의 《먼 산》은 표지가 아름답다.", "이야기는 산골 마을에서 시작한다.") is None
