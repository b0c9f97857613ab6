"""A Korean review that names its author once, in the genitive before the bracketed title that its sentence is about:
"A의 『T』은 …" (``bookscripts.script_pair``, ``_ko_sole_topic``): the owner is read when the title takes the topic or
subject particle and is the one bracketed title of the whole text, the owner a name of three syllables.

Near misses: a book brought in to compare (an object's particle after it), a text with a second bracketed title, a
common word in the owner's place ("인생의", "고양이의"), and the named-twice path as before. Every text here is invented
for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookscripts import script_pair


def _pair(line: str, rest: str = ""):
    return script_pair(line, Context("\n".join([line, rest]), (), "ko"))


def test_topic_particle_after_double_angle_brackets():
    line = "윤서라의 『겨울 정원』은 한 가족이 오래된 집을 떠나는 이야기로 시작한다."
    assert _pair(line, "문장은 조용하고 장면은 느리게 쌓인다.") == ("겨울 정원", "윤서라")


def test_subject_particle_and_corner_brackets():
    line = "박지후의 「먼 바다」가 그리는 것은 떠난 사람보다 남은 사람의 하루다."
    assert _pair(line, "별점: ★★★★") == ("먼 바다", "박지후")


def test_topic_particle_after_a_kind_word_and_guillemets():
    line = "최하늘의 장편소설 《빛의 골목》은 재개발을 앞둔 동네의 마지막 여름을 따라간다."
    assert _pair(line, "후반부가 조금 서두르는 느낌이지만 좋았다.") == ("빛의 골목", "최하늘")


def test_near_misses():
    # a book brought in to compare: an object's particle
    assert _pair("윤서라의 『겨울 정원』을 떠올리게 하는 소설이다.", "읽는 내내 그 책이 생각났다.") is None
    # two bracketed titles in the text: which is the review's is not said
    assert _pair("윤서라의 『겨울 정원』은 좋았다.", "한편 『여름 항구』도 함께 읽었다.") is None
    # a common word in the owner's place
    assert _pair("인생의 책 『겨울 정원』은 누구에게나 있다.", "나에게는 이 소설이 그렇다.") is None
    assert _pair("고양이의 『겨울 정원』은 귀엽다.", "그림이 많다.") is None
