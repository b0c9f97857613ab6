"""booknounowner (rev33e): a book noun after a colon opens a label's value, not a sentence; its owner of two words is
read ("Pick of the week: the novel of A B."); a clause of three words or more after the colon is still a predicate."""

from scraper.extract.booknounowner import noun_owners


def test_a_label_then_the_book_noun_and_its_owner():
    # fa, ar, fa with an adjective between
    assert noun_owners("انتخاب ماه: رمان نرگس کاویانی.") == ["نرگس کاویانی"]
    assert noun_owners("قراءة الأسبوع: رواية سامي الخطيب.") == ["سامي الخطيب"]
    assert noun_owners("کتاب فصل: رمان کوتاه کاوه رستمی.") == ["کاوه رستمی"]


def test_a_predicate_after_the_colon_is_no_owner():
    # the noun is the subject, the verb last: "Verdict: the novel has no clear ending."
    assert noun_owners("جمع‌بندی: رمان پایان روشنی ندارد.") == []
    assert noun_owners("خلاصه: کتاب ساختار پیچیده‌ای دارد.") == []
    # two words with a verb: no name
    assert noun_owners("نظر من: رمان جذابی نیست.") == []
