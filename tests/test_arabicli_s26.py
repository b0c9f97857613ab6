"""Arabic's shortest "by", li- glued to the name, in a headline that names its book with a book noun: "مراجعة رواية T
لA" (the novel T of A), "كتاب T لA | site", "ديوان T لA، دار P" (``bookarabicby``). Li- also means "for": read only as a
person the prose calls by surname and whose other words it never says alone (a first name is said once; "students"
of "لطلاب الجامعة" recur). Near misses: a book for an audience, a name the prose never calls anyone by, li- with the
article (read by its role word elsewhere), no book noun.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookarabicby import arabic_headline_by

_PROSE = ("تدور الأحداث في مدينة ساحلية صغيرة، حيث تعود امرأة إلى بيت جدتها بعد غياب طويل. يكتب الخطيب بلغة هادئة "
          "ويترك للقارئ أن يملأ الفراغات. أحببت الفصول الأولى أكثر من النهاية.")


def _ctx(text: str = _PROSE) -> Context:
    return Context(text, (), "ar")


def test_li_glued_to_the_name():
    assert arabic_headline_by("مراجعة رواية بيت على الماء لسامر الخطيب", _ctx()) == ("بيت على الماء", "سامر الخطيب")
    assert arabic_headline_by("قراءة في كتاب ظلال الميناء لسامر الخطيب | مدونة القارئ", _ctx()) \
        == ("ظلال الميناء", "سامر الخطيب")
    assert arabic_headline_by("ديوان أغاني الملح لسامر الخطيب، دار النخلة", _ctx()) == ("أغاني الملح", "سامر الخطيب")


def test_near_misses():
    students = "كتاب مفيد جدا. الطلاب في الجامعة يحتاجون إليه، وكل طلاب السنة الأولى سيجدون فيه ما يفيد الجامعة."
    assert arabic_headline_by("مراجعة كتاب دليل الدراسة لطلاب الجامعة", _ctx(students)) is None
    # a name the prose never calls anyone by
    assert arabic_headline_by("مراجعة رواية بيت على الماء لسامر الخطيب", _ctx("رواية جميلة وهادئة أنصح بها.")) is None
    # no book noun before the title
    assert arabic_headline_by("أفكار عن البحر لسامر الخطيب", _ctx()) is None
