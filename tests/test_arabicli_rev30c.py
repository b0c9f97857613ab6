"""``bookarabicby``'s li- headline ("رواية T لA"): li- also means "for" ("لطلاب الثانوية", for high-school students;
"لعشاق الغموض", for mystery lovers; "لفصل الصيف", for the summer). Read only where the post calls the person the
writer: a tag, a writer's word before the name or its surname ("الروائي", "للكاتبة", "بقلم"), or a writing verb after.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookarabicby import arabic_headline_by

_STORY = "تدور الأحداث في قرية ساحلية صغيرة، حيث تعود امرأة إلى بيت جدتها بعد غياب طويل. أحببت الفصول الأولى أكثر من النهاية. "


def _ctx(text: str) -> Context:
    return Context(text, (), "ar")


def test_fires_where_the_post_calls_the_writer():
    assert arabic_headline_by("رواية بيت الملح لنادية الحلبي", _ctx(_STORY + "الحلبي تكتب بلغة هادئة.")) \
        == ("بيت الملح", "نادية الحلبي")
    assert arabic_headline_by("مراجعة رواية بيت الملح لنادية الحلبي", _ctx("تبدأ الروائية الحلبي من البحر. " + _STORY)) \
        == ("بيت الملح", "نادية الحلبي")
    assert arabic_headline_by("كتاب أيام الريح لسامر العلي | مدونتي", _ctx("للكاتب العلي أسلوب خاص. " + _STORY)) \
        == ("أيام الريح", "سامر العلي")
    verb_first = _ctx(_STORY + "تكتب الحلبي بلغة هادئة وتترك للقارئ أن يملأ الفراغات.")
    assert arabic_headline_by("رواية بيت الملح لنادية الحلبي", verb_first) == ("بيت الملح", "نادية الحلبي")
    tagged = _ctx(_STORY + "يبقى العلي قريبا من شخصياته.")
    assert arabic_headline_by("ديوان أغاني الملح لسامر العلي", tagged, ["شعر", "سامر العلي"]) == ("أغاني الملح", "سامر العلي")


def test_an_audience_or_a_season_is_no_writer():
    fans = _STORY + "الغموض هنا في الناس لا في الجريمة. أنصح بها لكل من يحب الغموض."
    assert arabic_headline_by("رواية الظلال البعيدة لعشاق الغموض", _ctx(fans)) is None
    pupils = _STORY + "كتاب مناسب للطلاب، وقد قرأه بعض طلاب الثانوية في المدرسة."
    assert arabic_headline_by("رواية الظلال البعيدة لطلاب الثانوية", _ctx(pupils)) is None
    summer = _STORY + "قرأته في الصيف على الشاطئ، وهو كتاب خفيف يناسب الصيف."
    assert arabic_headline_by("كتاب رحلة القارب لفصل الصيف", _ctx(summer)) is None
