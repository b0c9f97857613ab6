"""A record line under a review that opens with the author's name, then the title, then a part a publisher's word
opens ("Εκδόσεις", "Wydawnictwo", "Éditions", "Verlag"), and a page count written either side of its figure
("σελ. 472", "320 stron"): the parts between the name and the publisher are the title.
Near misses: a name followed by the publisher alone, a second name before the publisher, no publisher's word.

Every line here is invented for these tests (invented books, people and houses, in our own words).
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookbiblio import from_bibliography

GREEK_TEXT = "Ο Καραλής γράφει με μια ήσυχη επιμονή. Ο Καραλής δεν βιάζεται ποτέ."
POLISH_TEXT = ("Wrona pisze krótko i nie tłumaczy niczego dwa razy, więc czytelnik musi sam składać tę historię z drobnych "
               "scen nad stawem. Wrona ufa ciszy bardziej niż słowom i ta ufność się opłaca.")


def test_a_name_a_title_and_a_publisher_s_part_give_the_book():
    lines = [GREEK_TEXT, "Στέφανος Καραλής, Το νησί με τα φανάρια, Εκδόσεις Πλώρη, σελ. 312"]
    assert from_bibliography(lines, Context("\n".join(lines))) == ("Το νησί με τα φανάρια", "Στέφανος Καραλής")
    lines = [POLISH_TEXT, "Halina Wrona, Dom nad stawem, Wydawnictwo Kruk, 2021, 280 stron"]
    assert from_bibliography(lines, Context("\n".join(lines))) == ("Dom nad stawem", "Halina Wrona")
    lines = ["Odile Marchand, La maison des crues, Éditions du Phare, 2019, 240 pages"]
    assert from_bibliography(lines, Context("\n".join(lines))) == ("La maison des crues", "Odile Marchand")


def test_a_count_before_its_figure_marks_a_record_line():
    lines = ["Στέφανος Καραλής, Το νησί με τα φανάρια, Εκδόσεις Πλώρη, σελ. 312"]
    assert from_bibliography(lines, None) == ("Το νησί με τα φανάρια", "Στέφανος Καραλής")
    # near miss: no count, no year, no price: a sentence's commas, not a record
    assert from_bibliography(["Στέφανος Καραλής, ένας φίλος, Εκδόσεις και άλλα"], None) is None


def test_a_name_and_a_publisher_only_or_two_names_give_no_title():
    lines = [POLISH_TEXT, "Halina Wrona, Wydawnictwo Kruk, 2021, 280 stron"]
    found = from_bibliography(lines, Context("\n".join(lines)))
    assert found is None or found[0] != "Wydawnictwo Kruk"
    # a translator named before the publisher: no telling which part is the title
    lines = [POLISH_TEXT, "Halina Wrona, Jan Sowa, Wydawnictwo Kruk, 2021, 280 stron"]
    found = from_bibliography(lines, Context("\n".join(lines)))
    assert found is None or found[1] != "Halina Wrona" or found[0] not in ("Jan Sowa",)
    # no publisher's word after the title: the name the text calls by surname leads a credit line, not this rule
    lines = [POLISH_TEXT, "Halina Wrona, Dom nad stawem, Kruk, 2021, 280 stron"]
    found = from_bibliography(lines, Context("\n".join(lines)))
    assert found is None or found == ("Dom nad stawem", "Halina Wrona")


HE_TEXT = ("כהן כותבת לאט, כמעט בלחש, ואת רוב הסיפור אנחנו שומעים מפי השכנים. כהן לא ממהרת להסביר דבר, והסבלנות משתלמת "
           "בפרקים האחרונים, שבהם הבית על הנהר נפתח סוף סוף לקורא.")
KA_TEXT = "ბერიძე წერს ნელა და მშვიდად. ბერიძე არაფერს ხსნის ორჯერ, და ეს მოსწონს მკითხველს, ვინც მოთმინება აქვს."


def test_a_record_line_a_publisher_s_word_marks_in_a_script_without_capitals():
    # no year, no pages: the publisher's word ("הוצאת", "გამომცემლობა") marks the record; the name is named again
    lines = [HE_TEXT, "הבית על הנהר / נועה כהן. הוצאת גשר, מהדורה חדשה"]
    assert from_bibliography(lines, Context("\n".join(lines))) == ("הבית על הנהר", "נועה כהן")
    lines = [KA_TEXT, "მთის სახლი / ლევან ბერიძე. გამომცემლობა ნავი, ახალი გამოცემა"]
    assert from_bibliography(lines, Context("\n".join(lines))) == ("მთის სახლი", "ლევან ბერიძე")


def test_near_misses_for_a_caseless_record_line():
    # the name's family name not named in the text
    lines = ["הספר נקרא מהר, והסוף מפתיע. " * 6, "הבית על הנהר / נועה כהן. הוצאת גשר, מהדורה חדשה"]
    assert from_bibliography(lines, Context("\n".join(lines))) is None
    # no publisher's word, no year, no pages: a sentence's slashes and commas, not a record
    lines = [HE_TEXT, "הבית על הנהר / נועה כהן. קראתי בחורף, בשני ערבים"]
    assert from_bibliography(lines, Context("\n".join(lines))) is None
