"""A book pictograph's one line giving title and author across a dash: "📖 T – A" (bookpictodash)."""

from scraper.extract.book import Context
from scraper.extract.bookopening import pictograph_record


def _read(lines: list[str], language: str):
    return pictograph_record(lines, Context("\n".join(lines), (), language))


def test_thai_title_then_author():
    lines = ["📖 แม่น้ำสีเทา – วรรณา ศรีสุข", "อ่านจบในสองวัน ภาษาของวรรณาอ่านง่ายมาก", "ชอบตอนจบที่สุดเลยค่ะ วรรณาเขียนเก่ง"]
    assert _read(lines, "th") == ("แม่น้ำสีเทา", "วรรณา ศรีสุข")


def test_english_title_then_author_and_author_then_title():
    lines = ["📚 The Salt Orchard – Ana Ruiz", "I read it in two nights. Ruiz writes the sea well.", "Ruiz is a new favourite."]
    assert _read(lines, "en") == ("The Salt Orchard", "Ana Ruiz")
    lines = ["📖 Ana Ruiz — The Salt Orchard", "I read it in two nights. Ruiz writes the sea well.", "Ruiz is a new favourite."]
    assert _read(lines, "en") == ("The Salt Orchard", "Ana Ruiz")


def test_near_miss_no_person_named_again_or_no_dash():
    assert _read(["📖 แม่น้ำสีเทา – วรรณา ศรีสุข", "อ่านจบในสองวัน ชอบมาก"], "th") is None
    assert _read(["📚 Winter reads – part two", "Three short books for cold nights."], "en") is None
    assert _read(["📖 The Salt Orchard", "Ruiz writes the sea well. Ruiz again."], "en") is None
