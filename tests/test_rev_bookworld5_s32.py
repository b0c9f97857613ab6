"""Review of bookworld5's rules on pages they were not written for: an institution's "«T» Бібліотеки Київської" is no
woman's adjectival genitive (bookgenitive); a labelled record opening on the writer's field, or with a house's or a
series' one-word value before it (fragmentrecord); another labelled field naming the surname otherwise
(bookfieldname); a photo credit "Name, Place, 2023" under a headline that is that place (bookcaptionnamefirst)."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Book, Context
from scraper.extract.bookfieldname import labelled_full_name
from scraper.extract.bookgenitive import genitive_author
from scraper.extract.fragmentrecord import fragment_book


def _genitive(paragraph: str, language: str) -> tuple[str, str] | None:
    return genitive_author([paragraph], Context(paragraph, (), language), [], language, "")


def test_polish_institution_is_no_woman():
    assert _genitive("Książka ukazała się w serii „Biblioteka Poezji” Oficyny Krakowskiej w zeszłym roku.", "pl") is None


def test_ukrainian_institution_is_no_woman():
    assert _genitive("Книжку «Вогнище» Бібліотеки Київської я знайшла випадково на розпродажі.", "uk") is None


def test_woman_mid_sentence_named_again_still_read():
    assert _genitive("Нарешті прочитала «Криниця» Ганни Левицької. Левицька пише просто і чесно.", "uk") \
        == ("Криниця", "Ганна Левицька")


_NN = [
    "Forra veka tok eg opp att Myrkveden og las han på ein kveld, slik eg gjorde då eg var tolv.",
    "Halvorsrud skriv stutt og klårt, og kvar side har ein ny løyndom som held ein vaken til langt på natt.",
    "Midtpartiet dreg litt ut, men slutten veg opp for det meste av det.",
]


def _record(record: str, extra: str = "Les han om du likar gamle kriminalforteljingar.") -> tuple[str, str] | None:
    lines = [*_NN, extra, record]
    found = fragment_book(None, lines, "\n".join(lines))
    return (found.title, found.author) if found else None


def test_labelled_record_opening_on_the_writer():
    assert _record("Skrivar: Ola Halvorsrud · Buk: Myrkveden · Sort: kriminalroman") == ("Myrkveden", "Ola Halvorsrud")
    assert _record("Skrivar: Ola Halvorsrud. Buk: Myrkveden. Sort: roman.") == ("Myrkveden", "Ola Halvorsrud")


def test_labelled_record_title_first_named_whole_stays():
    lines = ["I picked up Harbour Lights on a wet weekend.", "Jane Moss writes short chapters, and Moss ends each well.",
             "The middle sags a little.", "Title: Harbour Lights · Author: Jane Moss · Genre: novel"]
    found = fragment_book(None, lines, "\n".join(lines))
    assert (found.title, found.author) == ("Harbour Lights", "Jane Moss")


def test_house_or_series_value_before_the_writer():
    assert _record("Buk: Myrkveden · Forlag: Samlaget · Skrivar: Ola Halvorsrud · Sider: 240",
                   "Samlaget gav ut boka i fjor, og Samlaget har gjort ein fin jobb.") == ("Myrkveden", "Ola Halvorsrud")
    assert _record("Buk: Myrkveden. Serie: Bygdekrim. Skrivar: Ola Halvorsrud. Sort: roman.",
                   "Det er den tredje boka i Bygdekrim, og Bygdekrim held seg.") == ("Myrkveden", "Ola Halvorsrud")


def test_translator_closing_on_the_surname_beside_the_author_family_first():
    book = Book("Diary of a Murderer", "Kim")
    lines = ["Kim writes in short cold sentences.", "Author: Kim Young-ha. Translator: Chi-Young Kim. Pages: 208."]
    assert labelled_full_name(book, lines).author == "Kim"


def test_illustrator_beside_the_writers_bare_surname():
    book = Book("Myrkveden", "Halvorsrud")
    assert labelled_full_name(book, ["Skrivar: Halvorsrud. Illustrasjonar: Kari Halvorsrud."]).author == "Halvorsrud"


_SQ = [
    "Lexova këtë roman gjatë një jave me shi, dhe më mbeti në mendje shumë më gjatë se sa e prisja.",
    "Berisha e ndërton historinë si një hetim të ngadaltë, ku çdo dëshmitar shton një copë të vogël të së vërtetës.",
    "Pjesa e mesme zgjatet pak, por fundi e shpërblen durimin e lexuesit me një kthesë të qetë dhe të fortë.",
    "Berisha shkruan me fjali të shkurtra, dhe atmosfera e fshatit në dimër është ajo që mbetet pas leximit.",
    "Ia rekomandoj kujtdo që pëlqen romanet e shkurtra me mister dhe pa shumë shpjegime.",
]


def _caption_page(headline: str, caption: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in [*_SQ, "Foto: Drita Kola"])
    return (f'<html lang="sq"><head><meta charset="utf-8"><title>{headline}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{headline}</h1><div class="entry-content">'
            '<div class="sqs-block image-block"><figure class="sqs-block-image-figure">'
            '<img data-src="https://cdn.example.com/content/v1/tirana.jpg" alt="">'
            f'<figcaption class="image-caption-wrapper"><div class="image-caption"><p>{caption}</p></div></figcaption>'
            f"</figure></div>{body}<p>Vlerësimi: 4/5</p></div></article></body></html>")


def test_photo_credit_place_and_year_under_the_place_headline():
    page = extract_page(_caption_page("Tirana", "Drita Kola, Tirana, 2023"), "https://faqe.example.al/blog/tirana")
    assert page.book_author != "Drita Kola"


def test_unquoted_title_with_its_house_still_read():
    page = extract_page(_caption_page("Dëshmitari i fundit", "Arben Berisha, Dëshmitari i fundit, Toena, 2024"),
                        "https://faqe.example.al/blog/deshmitari")
    assert (page.book_title, page.book_author) == ("Dëshmitari i fundit", "Arben Berisha")
