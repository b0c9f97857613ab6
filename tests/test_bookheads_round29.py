"""Round 29 (DETBOOK3): two ways a post names its book.

1. A paper's record box that opens on its head, "Author: «Title»", with no year, pages or price of its own, over the
   line of its details, "Novel, Publisher, 2026": the head names the book; the details line alone would be read as
   "Title, Author, year" and give the kind and the publisher (bookbiblio._headed).
2. Hebrew type that sets quotes as gershayim, ״T״ של A (bookscripts._HE_QUOTED_OF), besides "T" and “T”.

Every text here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookbiblio import _headed, from_bibliography
from scraper.extract.bookscripts import script_pair

TEXT_NB = "Ingrid Vold skriver lett. Vold vet hva hun gjør, og romanen om fyret holder hele veien."


def test_a_norwegian_record_head_over_its_details():
    lines = ["Ingrid Vold: «Lyset over skjæret»", "Roman, Fjellstad Forlag, 2025", "312 sider", TEXT_NB]
    assert from_bibliography(lines, Context(TEXT_NB)) == ("Lyset over skjæret", "Ingrid Vold")


def test_a_german_record_head_unquoted_over_its_details():
    text = "Moritz Halbach erzählt ruhig. Halbach lässt sich Zeit."
    lines = ["Moritz Halbach: Die Brücke am Kanal", "Roman, Verlag Seeblick, 2024, 288 Seiten", text]
    assert from_bibliography(lines, Context(text)) == ("Die Brücke am Kanal", "Moritz Halbach")


def test_a_polish_record_head_over_its_details():
    text = "Zofia Lemańska pisze oszczędnie. Lemańska zna swoich bohaterów."
    lines = ["Zofia Lemańska: „Dom pod lipami”", "Powieść, Wydawnictwo Brzask, 2023", text]
    assert from_bibliography(lines, Context(text)) == ("Dom pod lipami", "Zofia Lemańska")


def test_near_misses_no_head_join():
    context = Context(TEXT_NB)
    # the head has its own year: the line itself is the record, nothing to join
    assert _headed(["Ingrid Vold: «Lyset over skjæret», 2025", "Roman, Fjellstad Forlag, 2025"], context) == []
    # a label, no person, before the colon
    assert _headed(["Forlag: Fjellstad Forlag", "Roman, 2025, 312 sider"], context) == []
    # the line under it gives no year, pages or price
    assert _headed(["Ingrid Vold: «Lyset over skjæret»", "En roman om et fyr og en familie"], context) == []
    # a sentence after the colon, not a title
    assert _headed(["Ingrid Vold: jeg leste den på én kveld, og det var verdt det.", "Roman, Fjellstad Forlag, 2025"], context) == []
    # a label shaped like a name, which the text does not name again (a content warning's, a score's)
    assert _headed(["Content Warning: Self Harm", "Roman, Fjellstad Forlag, 2025"], context) == []
    assert _headed(["Star Rating: Four Stars", "Roman, Fjellstad Forlag, 2025"], context) == []
    # no text to vouch for the name
    assert _headed(["Ingrid Vold: «Lyset over skjæret»", "Roman, Fjellstad Forlag, 2025"], None) == []


def test_a_details_line_alone_still_reads_as_before():
    text = "Vold vet hva hun gjør. Ingrid Vold skriver lett."
    assert from_bibliography(["Lyset over skjæret, Ingrid Vold, 2025, 312 sider", text], Context(text)) == \
        ("Lyset over skjæret", "Ingrid Vold")


HE = "קראתי את ״הגשר הצר״ של מרים אלון בחופשה. אלון כותבת בשקט, והספר נשאר איתי."


def test_a_hebrew_title_in_gershayim_of_a_name_named_again():
    assert script_pair(HE, Context(HE)) == ("הגשר הצר", "מרים אלון")


def test_a_hebrew_title_in_gershayim_after_a_one_letter_prefix():
    line = "נזכרתי ב״הגשר הצר״ של מרים אלון כשעברתי ליד הנהר, ואלון הייתה שם בראש שלי."
    assert script_pair(line, Context(line)) == ("הגשר הצר", "מרים אלון")


def test_a_hebrew_name_with_gershayim_inside_it():
    line = "חזרתי אל ״בית הבאר״ של ש״ל דגן, ודגן שוב הצליח להפתיע."
    assert script_pair(line, Context(line)) == ("בית הבאר", "ש״ל דגן")


def test_hebrew_near_misses():
    # the surname is not named again: "of" is any owner's word (a friend's house)
    line = "ביקרתי ב״בית הקפה״ של דנה לוי אתמול."
    assert script_pair(line, Context(line)) is None
    # an abbreviation's gershayim inside a word open no quote ("צה״ל", "ארה״ב")
    line = "שירתתי בצה״ל ואחר כך נסעתי לארה״ב של רונית שגיא, ושגיא שמחה."
    assert script_pair(line, Context(line)) is None


def test_gershayim_quotes_are_hebrew_only():
    line = "Читала ״Тихий мост״ של Анны Орловой."  # not Hebrew words: no name
    assert script_pair(line, Context(line)) is None
