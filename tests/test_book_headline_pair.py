"""booknamedtwice: a headline (or the page's <title>) that opens with a person and the quoted title, "A, «T» | Blog",
each said again in the prose, gives the book in any script; a word that is no name stays out (book10)."""

from lxml import html as lxml_html

from scraper.extract.book import Book
from scraper.extract.booknamedtwice import named_twice

RU = ["Этот рассказ я перечитала в поезде. «Лесная сторожка» написана очень просто, но Ковалёвой удаётся сказать многое.",
      "Героиня живёт одна на краю леса и ждёт письма. Ковалёва не объясняет, почему письмо не приходит.",
      "Мне понравилось, хотя конец показался поспешным."]
KA = ["ეს მოთხრობა მატარებელში წავიკითხე. „ტყის სახლი“ მარტივად არის დაწერილი, მაგრამ ბერიძე ბევრს ამბობს.",
      "გმირი ტყის პირას ცხოვრობს და წერილს ელოდება. ბერიძის ენა მშვიდი და ზუსტია.",
      "მომეწონა, თუმცა დასასრული ნაჩქარევი მეჩვენა."]


def page(title: str) -> object:
    return lxml_html.fromstring(f"<html><head><title>{title}</title></head><body><h1>Мысли в дороге</h1></body></html>")


def test_russian_headline_pair():
    found = named_twice(None, None, RU, "Ковалёва, «Лесная сторожка»", [])
    assert found and (found.title, found.author) == ("Лесная сторожка", "Ковалёва")
    # the page's <title> says it where the post's h1 is its own words; a title found already as the name gives way
    found = named_twice(Book("Ковалёва", None), page("Ковалёва, «Лесная сторожка» | Блог Ани"), RU, "Мысли в дороге", [])
    assert found and (found.title, found.author) == ("Лесная сторожка", "Ковалёва")


def test_georgian_headline_pair_in_a_script_without_capitals():
    found = named_twice(None, None, KA, "ბერიძე — „ტყის სახლი“ | ბლოგი", [])
    assert found and (found.title, found.author) == ("ტყის სახლი", "ბერიძე")


def test_near_misses():
    # a label, said in the prose in lower case, is no person
    words = RU[:2] + ["Это рецензия для клуба, и рецензия короткая."]
    assert named_twice(None, None, words, "Рецензия: «Лесная сторожка»", []) is None
    # the name never said again in the prose
    assert named_twice(None, None, RU, "Петрова, «Лесная сторожка»", []) is None
    # the quoted title never said in the prose
    assert named_twice(None, None, RU, "Ковалёва, «Зимний сад»", []) is None
    # the quote is not right after the opening name: a sentence, not a pair
    assert named_twice(None, None, RU, "Почему Ковалёва снова пишет о лесе, «Лесная сторожка»", []) is None
    # a title found already that is neither part stands: another book
    assert named_twice(Book("Зимний сад", None), None, RU, "Ковалёва, «Лесная сторожка»", []) != Book("Лесная сторожка", "Ковалёва", source="title")


HY = ["Այս վիպակը կարդացի գնացքում: «Անտառի տունը» գրված է պարզ, բայց Անի Սարգսյանի լեզուն շատ հարուստ է:",
      "Հերոսուհին ապրում է անտառի եզրին և նամակ է սպասում: Սարգսյանը չի բացատրում, թե ինչու նամակը չի գալիս:"]


def test_the_first_name_said_with_the_surname_in_a_case():
    # "Անի Սարգսյանի", "ნინო ბერიძის": the first name stands beside the inflected surname, not on its own
    found = named_twice(None, None, HY, "Անի Սարգսյան, «Անտառի տունը» | Բլոգ", [])
    assert found and (found.title, found.author) == ("Անտառի տունը", "Անի Սարգսյան")
    ka = KA[:1] + ["გმირი ტყის პირას ცხოვრობს. ნინო ბერიძის ენა მშვიდი და ზუსტია. ISBN 978-0-00."]
    found = named_twice(None, None, ka, "ნინო ბერიძე — „ტყის სახლი“", [])
    assert found and (found.title, found.author) == ("ტყის სახლი", "ნინო ბერიძე")
    # the first name on its own in the prose: two people, or a word, not one name
    alone = HY + ["Անին ինքն էլ է գրում:"]
    assert named_twice(None, None, alone, "Անի Սարգսյան, «Անտառի տունը» | Բլոգ", []) is None
