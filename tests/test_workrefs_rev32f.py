"""After review rev32f: Urdu's "this book" ends where the word ends ("اس کتاب میلے", this book fair, is no reference
to the work: reviewwords.WORK_REFERENCE), and an Arabic first name that is also an adjective (جميل) stays an owner's
name after a book noun (booknounowner)."""

from scraper.extract.booknounowner import noun_owners
from scraper.extract.reviewwords import WORK_REFERENCE


def test_urdu_book_fair_is_no_reference_to_the_work():
    assert not WORK_REFERENCE.search("اس کتاب میلے میں بہت لوگ آئے۔")
    assert not WORK_REFERENCE.search("یہ کتابیں سستی ہیں۔")
    assert WORK_REFERENCE.search("یہ ناول مختصر ہے۔") and WORK_REFERENCE.search("اس کتاب کا انجام")


def test_an_arabic_first_name_after_a_book_noun_is_its_owner():
    assert any("جميل" in name for name in noun_owners("قرأت رواية جميل حسن في الشتاء."))
    assert any("جميلة" in name for name in noun_owners("أنهيت رواية جميلة العلي أمس."))
    assert noun_owners("لكنها رواية تستحق القراءة، خصوصًا لمن يحب الأدب.") == []
