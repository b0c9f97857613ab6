"""A book noun's owner (``booknounowner``) is read in words of Arabic script, and the script's own punctuation ends a
word: "كتاب ممنوع، كتاب جريء" (a banned book, a bold book) names no one, nor does a Persian or Urdu clause that a comma,
a semicolon or a full stop ends. Near misses: the owner read as before where no mark stands inside the run.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from scraper.extract.booknounowner import noun_owners


def test_a_comma_ends_the_run_after_the_noun():
    # Arabic: "a banned book, a bold book, a book not for pupils"
    assert noun_owners("سمعت عنه قبل أن أقرأه: كتاب ممنوع، كتاب جريء، كتاب لا يعطى للتلاميذ.") == []
    # Persian: "a short novel, a novel of one night"
    assert noun_owners("رمان کوتاه، رمانی برای یک شب.") == []
    # Urdu: a full stop and a question mark inside the run
    assert all("۔" not in n and "؟" not in n for n in noun_owners("یہ کتاب اچھی۔ کتاب کیوں؟ نسرین قاضی کا ناول ہے۔"))


def test_near_miss_owner_without_a_mark_inside_is_read_as_before():
    assert noun_owners("قرأت رواية الكاتب سليم حداد، ثم نمت.")[0] == "سليم حداد"
    assert noun_owners("دیروز رمان کوتاه مهتاب رحیمی‌نژاد را دوباره خواندم؛ خوب بود.")[0] == "مهتاب رحیمی‌نژاد"
    assert noun_owners("یہ نسرین قاضی کا نیا ناول ہے۔")[0] == "نسرین قاضی"
