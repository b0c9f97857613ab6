"""Two record shapes a review names its book in, and the body rule that keeps the second:

- "*T* od *Jména Příjmení*": the title and, after Czech/Slovak "od" (by), the author in the genitive, both set off in
  bold or italics (read “T” od “Name”), the author given back in the nominative the page uses
  (``bookgenitive._QUOTED_GENITIVE``);
- a library's description closing a review, "Name. Title. City: Publisher, Year" (Russian "М.: Издательство, 2018",
  Polish "Kraków: Wydawnictwo, 2021", Czech "Praha: Nakladatelství, 2020"), its publisher maybe naming an imprint after
  a comma (``bookbiblio._PLACE_PUBLISHER``; ``citedrecord.cited_record``, which keeps it from going as a plea's lead-in).

Near misses: the genitive name after no "od" set off on its own; the surname never in the nominative; a line whose
third part has no colon; a name as the second part; a sentence with a colon and a year.
Every line here is invented for these tests (invented books, people and houses, in our own words).
"""

from scraper.extract.book import Context
from scraper.extract.bookbiblio import from_bibliography
from scraper.extract.bookgenitive import genitive_author
from scraper.extract.citedrecord import cited_record


def test_a_set_off_title_and_a_set_off_genitive_author_after_od():
    paragraph = "Letos jsme sáhli po knize, na kterou se zapomnělo: “Tichá zátoka” od “Hany Krejčové”."
    text = paragraph + "\n„Krejčová píše krátce,“ říká naše knihkupkyně."
    assert genitive_author([paragraph], Context(text), [], "cs") == ("Tichá zátoka", "Hana Krejčová")
    paragraph = "Na leto odporúčame “Biely prístav” od “Mareka Hudáka”."
    text = paragraph + "\nHudák píše pokojne a presne."
    found = genitive_author([paragraph], Context(text), [], "sk")
    assert found is not None and found[0] == "Biely prístav" and found[1].endswith("Hudák")


def test_near_misses_of_the_set_off_genitive():
    # no "od" before the set-off name: two set-off spans side by side say nothing of who wrote what
    paragraph = "Letos jsme četli “Tichá zátoka” “Hany Krejčové” v klubu."
    assert genitive_author([paragraph], Context(paragraph + "\nKrejčová píše krátce."), [], "cs") is None
    # the surname never in the nominative on the page
    paragraph = "Letos jsme sáhli po knize “Tichá zátoka” od “Hany Krejčové”."
    assert genitive_author([paragraph], Context(paragraph + "\nKniha je krátká."), [], "cs") is None


RU_TEXT = "Соколова пишет коротко и точно. Соколова ничего не объясняет дважды."
PL_TEXT = "Wrona pisze krótko. Wrona ufa ciszy bardziej niż słowom."


def test_a_library_description_closing_a_review():
    lines = [RU_TEXT, "Марина Соколова. Тихая пристань. М.: Издательство Берег, 2019"]
    assert from_bibliography(lines, Context("\n".join(lines))) == ("Тихая пристань", "Марина Соколова")
    lines = [RU_TEXT, "Марина Соколова. Тихая пристань. СПб.: Берег, Редакция Ольги Лесной, 2019"]
    assert from_bibliography(lines, Context("\n".join(lines))) == ("Тихая пристань", "Марина Соколова")
    lines = [PL_TEXT, "Halina Wrona. Dom nad stawem. Kraków: Kruk, 2021"]
    assert from_bibliography(lines, Context("\n".join(lines))) == ("Dom nad stawem", "Halina Wrona")


def test_near_misses_of_the_library_description():
    # the third part's colon opens a date, no publisher: an event's line, not a description
    lines = [PL_TEXT, "Halina Wrona. Spotkanie autorskie. Kraków: 12 maja, 2021"]
    found = from_bibliography(lines, Context("\n".join(lines)))
    assert found is None or found[0] != "Spotkanie autorskie"
    # the second part is a name (a translator's), not a title
    lines = [PL_TEXT, "Halina Wrona. Jan Sowa. Kraków: Kruk, 2021"]
    found = from_bibliography(lines, Context("\n".join(lines)))
    assert found is None or found[0] != "Jan Sowa"


def test_a_cited_record_whose_publisher_names_an_imprint():
    assert cited_record("Марина Соколова. Тихая пристань. М.: Берег, Редакция Ольги Лесной, 2019")
    assert cited_record("Halina Wrona. Dom nad stawem. Kraków: Kruk, Seria Nowa, 2021")
    # near misses: a sentence with a colon and a year; a plea's lead-in
    assert not cited_record("Our picks: books, films and more, 2021")
    assert not cited_record("Поддержите нас: каждый взнос важен, спасибо, 2026")
