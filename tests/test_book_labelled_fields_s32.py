"""A record's labelled fields read as their values, never their labels (fragmentrecord._values), and a one-word author
given in full by a record's labelled field (bookfieldname). Near misses: a record with one colon (a subtitle), a
label-shaped line in prose, a publisher's field beside the author, a full name that runs on into a sentence, two full
names of one family in the record."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Book
from scraper.extract.bookfieldname import labelled_full_name
from scraper.extract.fragmentrecord import fragment_book

# (an invented language's review: the labels "Buk:", "Skrivar:", "Sort:" stand for a record's words in any language)
_TEXT = [
    "Forra veka tok eg opp att Myrkveden og las han på ein kveld, slik eg gjorde då eg var tolv.",
    "Halvorsrud skriv stutt og klårt, og kvar side har ein ny løyndom som held ein vaken til langt på natt.",
    "Midtpartiet dreg litt ut, men slutten veg opp for det meste av det.",
    "Les han om du likar gamle kriminalforteljingar med lokal farge.",
]


def _page(record: str, paragraphs: list[str] = _TEXT) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return ('<html lang="nn"><head><meta charset="utf-8"><title>Ein gamal ven i bokhylla</title></head><body>'
            '<article class="post"><h1 class="entry-title">Ein gamal ven i bokhylla</h1><div class="entry-content">'
            f'{body}<p>Karakter: 4/5</p><p><i>{record}</i></p></div></article></body></html>')


def _book(record: str) -> tuple[str | None, str | None]:
    page = extract_page(_page(record), "https://bokhylla.example.org/2026/11/gamal-ven.html")
    return page.book_title, page.book_author


def test_dotted_record_of_labelled_fields():
    assert _book("Buk: Myrkveden · Skrivar: Ola Halvorsrud · Sort: kriminalroman") == ("Myrkveden", "Ola Halvorsrud")


def test_stopped_record_of_labelled_fields():
    lines = _TEXT + ["Buk: Myrkveden. Skrivar: Ola Halvorsrud. Sort: roman."]
    found = fragment_book(None, lines, "\n".join(lines))
    assert (found.title, found.author) == ("Myrkveden", "Ola Halvorsrud")


def test_record_with_one_colon_keeps_its_subtitle_rule():
    # "T: subtitle · A · House": only the first part has a colon, a subtitle's, not a label's
    lines = _TEXT + ["Myrkveden: ei forteljing · Ola Halvorsrud · Samlaget"]
    found = fragment_book(None, lines, "\n".join(lines))
    assert (found.title, found.author) == ("Myrkveden", "Ola Halvorsrud")


def test_labelled_line_in_prose_is_no_record():
    # a sentence with a colon and middle dots is no record of fields: nothing is named again as a name part
    lines = _TEXT + ["Det eg lærte: les sakte · ta pausar · skriv ned · gløym ikkje"]
    assert fragment_book(None, lines, "\n".join(lines)) is None


def test_surname_given_in_full_by_a_labelled_field():
    book = Book("Myrkveden", "Halvorsrud")
    lines = _TEXT + ["Buk: Myrkveden. Skrivar: Ola Halvorsrud. Sort: roman."]
    assert labelled_full_name(book, lines).author == "Ola Halvorsrud"


def test_publisher_field_beside_the_author_is_no_full_name():
    # the field's value is a house named after the family, not a person closing on the surname
    book = Book("Myrkveden", "Halvorsrud")
    lines = _TEXT + ["Buk: Myrkveden. Forlag: Halvorsrud Forlag. Sort: roman."]
    assert labelled_full_name(book, lines).author == "Halvorsrud"


def test_name_running_on_into_a_sentence_is_no_field():
    book = Book("Myrkveden", "Halvorsrud")
    lines = _TEXT + ["Han sa det slik: Ola Halvorsrud skriv betre enn nokon annan i bygda."]
    assert labelled_full_name(book, lines).author == "Halvorsrud"


def test_two_full_names_of_one_family_leave_the_surname():
    book = Book("Myrkveden", "Halvorsrud")
    lines = _TEXT + ["Skrivar: Ola Halvorsrud · Omsetjar: Kari Halvorsrud"]
    assert labelled_full_name(book, lines).author == "Halvorsrud"


def test_page_surname_author_given_in_full_by_its_record():
    paragraphs = ["Halvorsruds roman «Myrkveden» las eg fyrst på skulen, og no las eg han heilt ut på ei veke."] + _TEXT[1:]
    html = _page("Buk: Myrkveden. Skrivar: Ola Halvorsrud. Sort: roman.", paragraphs).replace(
        "Ein gamal ven i bokhylla</h1>", "«Myrkveden»</h1>").replace("<title>Ein gamal ven i bokhylla", "<title>«Myrkveden»")
    page = extract_page(html, "https://bokhylla.example.org/2026/11/myrkveden.html")
    assert (page.book_title, page.book_author) == ("Myrkveden", "Ola Halvorsrud")
