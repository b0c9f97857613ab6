"""A publisher's house is never the book's author, and the records papers close a review with (bookfix37):

- "T by A is published by H (details)": the credit sentence with the book's details in brackets (bookclauserecord);
- a three-line box, "A: T." over "Kind. House, City." over "312 pages, 24 euros" (bookboxhouse, bookbiblio._headed);
- a record's part that names a house ("Blauwal Verlag", "Lantern Press") is no author (bookboxhouse.is_house);
- a closing list of labelled facts with the book's credit as its one unlabelled item (bookfactlist).

Near misses: a title with a "by" of its own, a head that is a sentence, an imprint line with no figures under it, a
person before the house in a record, a list of several books, a list with one labelled fact."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.bookbiblio import BIBLIO_DETAIL
from scraper.extract.bookclauserecord import clause_record


def imprint_details(*args):
    from scraper.extract.bookboxhouse import imprint_details as rule  # (imported late: the page tests run on older code)
    return rule(*args)


def is_house(name):
    from scraper.extract.bookboxhouse import is_house as rule
    return rule(name)

_PROSE_EN = [
    "A ferryman on a tidal river keeps a log of everyone he carries across, and the novel is that log, one entry a "
    "crossing, over the single winter in which the new bridge is built and his trade comes to an end.",
    "Vell is patient with small things: the price of diesel, the weather on the estuary, the regulars who stop "
    "paying once they know the bridge is coming. The entries grow longer as the work dries up.",
    "The middle drags a little, and the subplot about the ferryman's brother never quite earns its place, but the "
    "last twenty entries are as good as anything I have read this year.",
    "It is a short, sad and oddly funny book about a job disappearing, and it deserves readers well beyond the coast.",
]
_PROSE_DE = [
    "Eine Fährfrau am Niederrhein führt ein Logbuch über alle, die sie übersetzt, und der Roman ist dieses Logbuch, "
    "ein Eintrag pro Fahrt, über den einen Winter, in dem die neue Brücke gebaut wird.",
    "Brenner erzählt geduldig von kleinen Dingen: vom Dieselpreis, vom Nebel auf dem Fluss, von den Stammgästen, die "
    "nicht mehr zahlen, seit sie von der Brücke wissen.",
    "Die Mitte zieht sich ein wenig, und die Geschichte um den Bruder bleibt blass, aber die letzten zwanzig Einträge "
    "gehören zum Besten, was ich in diesem Jahr gelesen habe.",
    "Ein kurzes, trauriges und seltsam komisches Buch über eine Arbeit, die verschwindet.",
]


def _page(closing: list[str], *, prose=_PROSE_EN, lang="en", headline="A winter on the water", tag="p"):
    body = "".join(f"<p>{p}</p>" for p in prose) + "".join(f"<{tag}>{c}</{tag}>" for c in closing)
    if tag == "li":  # (a paper's fact box: a list under its heading)
        body = body.replace("<li>", '<div class="factbox"><h4>The details</h4><ul><li>', 1) + "</ul></div>"
    html = (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{headline} | Estuary Review</title></head>'
            f'<body><article class="post"><h1 class="entry-title">{headline}</h1><div class="entry-content">{body}'
            '</div></article></body></html>')
    return extract_page(html, "https://estuaryreview.example.org/2026/11/a-winter-on-the-water/")


# -- "T by A is published by H (details)" --

def test_a_published_by_credit_with_its_details_in_brackets_gives_title_and_author():
    record = _page(["<em>The Last Crossing by Mara Vell is published by Lantern Press (212pp, £14.99).</em>"])
    assert (record.book_title, record.book_author) == ("The Last Crossing", "Mara Vell")
    assert record.book_author != "Lantern Press"


def test_near_miss_a_title_with_its_own_by_keeps_it():
    assert clause_record("Stand by the River by Mara Vell is published by Lantern Press (212pp") == (
        "Stand by the River", "Mara Vell", "Lantern Press")


def test_near_miss_a_sentence_with_a_lower_case_object_is_no_credit():
    # (no house after the second "by": a reader's remark, bracket or not)
    assert clause_record("The Last Crossing by Mara Vell is loved by everyone (me too)") is None


# -- the three-line box --

def test_a_three_line_box_with_the_house_on_its_middle_line_gives_the_book():
    record = _page(["<strong>Ada Brenner: Das stille Wasser.</strong>", "Roman. Blauwal Verlag, Kassel.",
                    "312 Seiten, 24 Euro."], prose=_PROSE_DE, lang="de", headline="Ein Winter am Fluss")
    assert (record.book_title, record.book_author) == ("Das stille Wasser", "Ada Brenner")


def test_near_miss_the_middle_line_without_a_house_is_no_box():
    # "Roman. Kassel, im Herbst." names no house: the head is not joined with it, and no kind or city is the book
    assert imprint_details("Roman. Kassel, im Herbst.", ["312 Seiten, 24 Euro."], BIBLIO_DETAIL) is None
    record = _page(["<strong>Ada Brenner: Das stille Wasser.</strong>", "Roman. Kassel, im Herbst.",
                    "312 Seiten, 24 Euro."], prose=_PROSE_DE, lang="de", headline="Ein Winter am Fluss")
    assert record.book_title != "Roman" and record.book_author not in ("Kassel", "im Herbst")


def test_near_miss_an_imprint_line_with_no_figures_under_it_is_not_joined():
    assert imprint_details("Roman. Blauwal Verlag, Kassel.", ["Lesung am Freitag in der Stadtbücherei."],
                           BIBLIO_DETAIL) is None


def test_near_miss_a_head_that_is_a_sentence_is_no_title():
    # a colon after the author's name, then a remark with a comma closed by a stop: no box's head
    record = _page(["Ada Brenner: Ein Buch, das man nicht so schnell vergisst.", "Roman. Blauwal Verlag, Kassel.",
                    "312 Seiten, 24 Euro."], prose=_PROSE_DE, lang="de", headline="Ein Winter am Fluss")
    assert record.book_title != "Ein Buch, das man nicht so schnell vergisst"


# -- a house is no author --

@pytest.mark.parametrize("name", ["Blauwal Verlag", "Lantern Press", "Harbour Modern Classics", "Gannet Books",
                                  "Wydawnictwo Sosna", "Éditions du Phare", "Kite & Kestrel"])
def test_houses_are_houses(name):
    assert is_house(name)


@pytest.mark.parametrize("name", ["Mara Vell", "Ada Brenner", "Pressley Adams", "Booker Jones", "Claire de Verlaine"])
def test_near_miss_people_whose_names_hold_a_house_word_are_people(name):
    assert not is_house(name)


def test_a_kind_and_a_house_closing_the_post_are_no_title_and_author():
    record = _page(["Roman. Blauwal Verlag, Kassel."], prose=_PROSE_DE, lang="de", headline="Ein Winter am Fluss")
    assert record.book_author != "Blauwal Verlag"


# -- the closing fact list --

def test_a_closing_fact_list_gives_the_book_its_one_credit_item_names():
    record = _page(["The Last Crossing by Mara Vell", "Publisher: Lantern Press", "Pages: 212", "Price: £14.99"],
                   tag="li")
    assert (record.book_title, record.book_author) == ("The Last Crossing", "Mara Vell")


def test_near_miss_a_list_of_several_books_is_no_fact_box():
    from scraper.extract.bookfactlist import fact_list_book
    lines = ["- The Last Crossing by Mara Vell", "- Salt Hours by Ines Garrow", "- Publisher: Lantern Press",
             "- Pages: 212"]
    assert fact_list_book(lines) is None


def test_near_miss_a_list_with_one_labelled_fact_is_no_fact_box():
    from scraper.extract.bookfactlist import fact_list_book
    lines = ["- The Last Crossing by Mara Vell", "- Publisher: Lantern Press", "- a long walk on the sea wall"]
    assert fact_list_book(lines) is None


# -- a house named after its founder, "*T*, House, 2016, 212 pages" --

def test_a_founders_house_right_before_the_year_is_not_the_author():
    # (the record's name is never named again in the text: it stands where "T, House, year" sets the house)
    record = _page(["<em>The Last Crossing</em>, Hollis Grange, 2016, 212 pages."])
    assert record.book_author != "Hollis Grange"


def test_near_miss_the_author_in_the_same_place_named_again_in_the_text_stays():
    record = _page(["<em>The Last Crossing</em>, Mara Vell, 2016, 212 pages."])
    assert (record.book_title, record.book_author) == ("The Last Crossing", "Mara Vell")


def test_near_miss_a_person_before_a_named_house_is_the_author():
    record = _page(["<em>The Last Crossing</em>, Mara Vell, Lantern Press, 2016, 212 pages."])
    assert (record.book_title, record.book_author) == ("The Last Crossing", "Mara Vell")


def test_a_name_followed_by_its_life_dates_is_no_house():
    # (a catalogue's "Ross, Mary A., 1911-1988": the years are the author's life, not the record's publication year)
    from scraper.extract.book import Context
    from scraper.extract.bookboxhouse import imprint_name

    context = Context("The Lamp Keepers. Author: Ross, Mary A., 1911-1988. Publisher: Greyhouse.")
    assert not imprint_name("Mary A.", "1911-1988", context)
    assert not imprint_name("Mary A.", "1911–", context)
    assert imprint_name("Quayside", "2016, 160 pages", Context("*The Lamp Keepers*, Quayside, 2016, 160 pages."))
