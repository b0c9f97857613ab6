"""A library's description with the ISBD area dash (". — "), as Ukrainian DSTU, Russian GOST and Polish norms set it."""

from scraper.extract.bookbiblio import from_bibliography


def test_ukrainian_dashed_areas():
    assert from_bibliography(["Олена Коваль. Тиха гавань. — Київ: Либідь, 2019. — 288 с."]) == ("Тиха гавань", "Олена Коваль")


def test_russian_city_abbreviation():
    assert from_bibliography(["Пётр Ланской. Северный берег. — М.: Эксмо, 2015. — 320 с."]) == ("Северный берег", "Пётр Ланской")


def test_polish_en_dash():
    assert from_bibliography(["Anna Kwiatek. Szara przystań. – Kraków: Znak, 2018. – 304 s."]) == ("Szara przystań", "Anna Kwiatek")


def test_near_miss_dash_before_a_remark_not_a_place():
    # after the dash a remark, not "Place: Publisher": no title is read from the second part
    found = from_bibliography(["Олена Коваль. Тиха гавань. — чудова книжка, 2019."])
    assert found != ("Тиха гавань", "Олена Коваль")
