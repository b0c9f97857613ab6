"""rev34g: Arabic "قد" is no hedge (reservation._HEDGE: "has", "indeed" before a past verb) and "الفصل" is a chapter
(reservation._CRAFT) only with its ordinal ("الفصل الأخير", the last chapter): alone it is a classroom or a term too.
Sentences of our own."""

from __future__ import annotations

import pytest

from scraper.extract.reservation import reserves


@pytest.mark.parametrize("text", [
    "بعض الفصول بطيئة، لكن النهاية جميلة.",
    "الفصل الأخير متسرع قليلا، لكن الرواية ممتعة.",
    "أحيانا تبدو الحبكة ضعيفة.",
])
def test_fault_granted(text):
    assert reserves([text])


@pytest.mark.parametrize("text", [
    "قد كانت الحصة في الفصل مملة.",
    "كانت الحصة في الفصل مملة، لكن المعلم لطيف.",
    "قد جاءت الحبكة متوقعة جدا.",  # "قد": no hedge
])
def test_no_fault(text):
    assert not reserves([text])
