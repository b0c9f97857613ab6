"""Content warnings, holdout24 round (det14): depression and sexual scenes are hard things a labelled warning names in
the scripts whose table had only violence, death and abuse (notewords.HARD: zh, ja, ko, ar, he, hi, fa, th, ru …), as
the Latin table has "depression". Our own words; near misses: a bracketed label over a reading time, a warning that
says there is none, a character's mood in a plain note."""

from __future__ import annotations

import pytest

from scraper.extract import notes
from scraper.extract.notewords import names_hard_thing


@pytest.mark.parametrize("markdown", [
    "**【预警】**这篇书评会写到抑郁和性方面的描写，不舒服的朋友可以先跳过。\n\n正文从这里开始。",  # zh
    "**【注意】**この感想ではうつ病と性的な描写に触れます。苦手な方はご注意ください。\n\n本文はここから。",  # ja
    "**[경고]** 이 글에는 우울증과 성적 묘사에 대한 언급이 있습니다.\n\n본문은 여기서 시작합니다.",  # ko
    "**تحذير:** تتناول الرواية الاكتئاب ومشاهد جنسية صريحة.\n\nيبدأ النص هنا.",  # ar
    "**Предупреждение:** в книге есть сцены депрессии.\n\nДальше сам отзыв.",  # ru
])
def test_a_labelled_warning_naming_depression_or_sexual_scenes(markdown):
    assert notes.read_notes(markdown).content_warnings


@pytest.mark.parametrize("markdown", [
    "**【预警】**本文很长，约五千字，请泡好茶。\n\n正文。",  # a reading time under the label
    "**【预警】**本书没有抑郁或性方面的描写，可以放心。\n\n正文。",  # says there is none
    "**【注】**主人公的性格有点抑郁。\n\n正文。",  # a plain note on a character, not a warning's label
])
def test_no_warning(markdown):
    assert notes.read_notes(markdown).content_warnings is None


@pytest.mark.parametrize("text, hard", [
    ("书里有大段抑郁症的描写", True),
    ("性方面的描写很多", True),
    ("他的性格很温和", False),  # 性 alone is no hard thing
    ("うつ病の描写があります", True),
    ("우울증을 다룬다", True),
])
def test_names_hard_thing(text, hard):
    assert names_hard_thing(text) is hard
