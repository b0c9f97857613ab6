"""Czech and Slovak front an unquoted title as the sentence's object, "od" and the author in the genitive after it, the
sentence going on in lower case ("Modrá stodola od Pavly Horákové jsem četla…"): at a paragraph's start, the title and
the author, given back in the nominative only where the page uses that form (``bookgenitive._CZECH_FRONTED``).

Near misses: the surname never said in the nominative; "Kniha od …" (the word for book, no title); "od" in the middle of
a paragraph; a name followed by a full stop. Every text here is invented for these tests.
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookgenitive import genitive_author


def test_a_fronted_title_with_a_woman_author_cs():
    paragraph = "Modrá stodola od Pavly Horákové jsem měla doma dva roky, než jsem ji otevřela."
    text = paragraph + "\nHoráková píše úsporně a přesně."
    assert genitive_author([paragraph], Context(text), [], "cs") == ("Modrá stodola", "Pavla Horáková")


def test_a_fronted_title_with_a_man_author_sk():
    paragraph = "Tichý prístav od Mareka Hudáka som čítal celé leto."
    text = paragraph + "\nHudák píše pomaly, ale presne."
    found = genitive_author([paragraph], Context(text), [], "sk")
    assert found is not None and found[0] == "Tichý prístav" and found[1].endswith("Hudák")


def test_no_nominative_on_the_page_gives_nothing():
    paragraph = "Modrá stodola od Pavly Horákové jsem měla doma dva roky."
    assert genitive_author([paragraph], Context(paragraph + "\nKniha je krátká."), [], "cs") is None


def test_the_word_for_book_is_no_fronted_title():
    paragraph = "Kniha od Pavly Horákové mi ležela na stole dva roky."
    text = paragraph + "\nHoráková píše úsporně."
    assert genitive_author([paragraph], Context(text), [], "cs") is None


def test_od_in_the_middle_or_before_a_full_stop_is_not_this_shape():
    text = "Horáková píše úsporně.\n"
    middle = "Včera jsem dočetla Modrou stodolu od Pavly Horákové a pořád na ni myslím."
    assert genitive_author([middle], Context(text + middle), [], "cs") is None
    stop = "Dopis od Pavly Horákové. Přišel v pondělí."
    assert genitive_author([stop], Context(text + stop), [], "cs") is None
