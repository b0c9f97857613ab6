"""Round 5 (holdout48, book48b): a site's brand in a page title's tail, and two record lines with no publisher or pages.

1. booksitename.host_led (read by bookpagetitles.extended_title): "<h1 text> - BRAND Section" in <title>, where BRAND is
   a label of the page's host however short ("NRK Bøker" at nrk.example), is the site's name, not the book's author,
   even where the text says the section's word in a newsletter's or a programme's name.
2. bookpublisherrecord: "Name: Title. Roman." closes a review with the book's kind where a publisher would stand.
3. bookdescribedrecord: "Name, Title. City, 1974." closes it with the place and the year: the stop after the title
   tells it from a signature's "Name, City, 2024".

Every text here is invented for these tests (invented books, people and sites, in our own words).
"""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookbiblio import from_bibliography
from scraper.extract.bookpageclues import Clues
from scraper.extract.bookpagetitles import extended_title
from scraper.extract.bookpublisherrecord import publisher_record
from scraper.extract.booksitename import host_led


def _clues(title: str, text: str, url: str, language: str = "nb") -> Clues:
    return Clues(title=title, context=Context(text, (), language), url=url)


# --- 1. the site's brand after the headline in <title> ---------------------------------------------------------------

def test_a_short_brand_and_its_section_is_no_author():
    text = ("Romanen følger en fyrvokter gjennom én lang vinter. Bøker som denne leses sakte. "
            "Meld deg på NRK Bøker-brevet.")
    clues = _clues("En vinter ved fyret", text, "https://www.nrk.example/kultur/bok/123")
    assert extended_title("En vinter ved fyret - NRK Today Bøker", clues, None) is None


def test_a_brand_in_another_language_and_engine():
    text = "Die Erzählung spielt an einem einzigen Sonntag. Kultur am Abend: jeden Freitag neu im ORF Kultur-Podcast."
    clues = _clues("Ein Sonntag am See", text, "https://orf.example.at/stories/4411/", "de")
    assert extended_title("Ein Sonntag am See | ORF Kultur", clues, None) is None
    assert host_led("ORF Kultur", "https://orf.example.at/stories/4411/")
    assert host_led("Omroep Brabant Boeken", "https://omroep.example.nl/x")


def test_near_miss_an_author_after_the_headline_stays():
    text = "Ingrid Solvang skriver stille. Solvang lar hver scene puste, og Solvang stoler på leseren."
    clues = _clues("Havet om natten", text, "https://www.nrk.example/kultur/bok/124")
    found = extended_title("Havet om natten - Ingrid Solvang", clues, None)
    assert found is not None and found.author == "Ingrid Solvang"


def test_near_miss_a_writer_who_shares_the_hosts_word_as_surname():
    assert not host_led("Marta Tolstoy", "https://tolstoy.example/review/1")
    assert not host_led("Ingrid Solvang", "https://www.nrk.example/x")
    assert not host_led("NRK", "https://www.nrk.example/x")  # one word: the plain checks' business
    assert not host_led("Ingrid Solvang", None)


# --- 2. "Name: Title. Kind." ----------------------------------------------------------------------------------------

def _lines(lines: list[str], language: str) -> tuple[list[str], Context]:
    return lines, Context(text="\n".join(lines), language=language)


def test_a_record_ending_on_its_kind_in_several_languages():
    cases = [
        (["Ein Bäcker backt jede Nacht ein Brot zu viel.", "Marlene Ostheim erzählt das mit trockenem Witz.",
          "Am Ende bleibt Ostheim ihrem Bäcker treu.", "Marlene Ostheim: Das Brot der Nacht. Roman."], "de",
         ("Das Brot der Nacht", "Marlene Ostheim")),
        (["Une institutrice compte les absents chaque matin.", "Claire Ducastel ne force jamais le trait.",
          "Claire Ducastel : La classe vide. Nouvelles."], "fr", ("La classe vide", "Claire Ducastel")),
        (["Dziadek naprawia zegary, których nikt nie odbiera.", "Tomasz Wierzba pisze oszczędnie.",
          "Tomasz Wierzba: Zegary bez właścicieli. Powieść."], "pl", ("Zegary bez właścicieli", "Tomasz Wierzba")),
        (["Eng Famill verbréngt de Summer um Bauerenhaff.", "D'Geschicht vum Lis Kremer ass roueg erzielt, a Kremer kann dat.",
          "Lis Kremer: De leschte Wanter. Erzielungen."], "lb", ("De leschte Wanter", "Lis Kremer")),
    ]
    for lines, language, expected in cases:
        lines, context = _lines(lines, language)
        assert publisher_record(lines, context) == expected, language
        assert from_bibliography(lines, context) == expected, language


def test_near_misses_for_the_kind():
    # a verdict line with a label before its colon, the "name" never named again
    lines, context = _lines(["Ein Bäcker backt jede Nacht.", "Unser Fazit: Ein stilles Buch. Roman."], "de")
    assert publisher_record(lines, context) is None
    # the kind word inside a sentence, no stop before it
    lines, context = _lines(["Marlene Ostheim erzählt ruhig.", "Marlene Ostheim: Ein stiller und guter Roman."], "de")
    assert publisher_record(lines, context) is None
    # what follows the stop is no kind and no publisher
    lines, context = _lines(["Marlene Ostheim erzählt ruhig.", "Marlene Ostheim: Das Brot der Nacht. Sehr zu empfehlen."], "de")
    assert publisher_record(lines, context) is None


# --- 3. "Name, Title. City, Year." ----------------------------------------------------------------------------------

def test_a_record_with_its_place_and_year():
    lines, context = _lines([
        "Sheekadu waxay ku saabsan tahay kalluumeysato ku nool xeebta.",
        "Geedi wuxuu si tartiib ah u dhisaa jilayaasha.",
        "Nuur Cali Geedi, Habeenkii badda dheeraa. Boosaaso, 1981.",
    ], "so")
    assert from_bibliography(lines, context) == ("Habeenkii badda dheeraa", "Nuur Cali Geedi")
    lines, context = _lines([
        "Raamat räägib saarest, kuhu praam enam ei sõida.",
        "Kask kirjutab lühidalt ja täpselt.",
        "Liisa Kask, Saar ilma praamita. Tartu, 2019.",
    ], "et")
    assert from_bibliography(lines, context) == ("Saar ilma praamita", "Liisa Kask")


def test_near_misses_for_the_place_and_year():
    # a signature: commas all through, no stop after the "title"
    lines, context = _lines(["Nowak pisze o tym od lat.", "Jan Nowak, Biblioteka Miejska, Kraków, 2024."], "pl")
    assert from_bibliography(lines, context) is None
    # a one-word part before the stop, named nowhere else: a department's, not a book's
    lines, context = _lines(["Nowak pisze o tym od lat.", "Jan Nowak, Redakcja. Kraków, 2024."], "pl")
    assert from_bibliography(lines, context) is None
    # the name is never called by surname in the text: a credit, not the review's author
    lines, context = _lines(["Sheekadu waa mid qurux badan.", "Nuur Cali Geedi, Habeenkii badda dheeraa. Boosaaso, 1981."], "so")
    assert from_bibliography(lines, context) is None
