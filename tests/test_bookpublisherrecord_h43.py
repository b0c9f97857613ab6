"""A closing "Name: Title. Publisher" record line with no year or pages (bookpublisherrecord, via from_bibliography)."""

from scraper.extract.book import Context
from scraper.extract.bookbiblio import from_bibliography
from scraper.extract.bookpublisherrecord import publisher_record


def _lines_and_context(lines: list[str], language: str) -> tuple[list[str], Context]:
    return lines, Context(text="\n".join(lines), language=language)


def test_hungarian_family_name_first_record_with_kiado():
    lines, context = _lines_and_context([
        "Egy kisváros postása minden levelet elolvas, mielőtt kézbesítené.",
        "Szalai Marcell mondatai lassúak, de sosem unalmasak.",
        "A befejezés nyitva hagy mindent, és ez így van jól.",
        "Szalai Marcell: A postás naplója. Alföldi Könyvkiadó",
    ], "hu")
    assert publisher_record(lines, context) == ("A postás naplója", "Szalai Marcell")
    assert from_bibliography(lines, context) == ("A postás naplója", "Szalai Marcell")


def test_german_record_with_verlag():
    lines, context = _lines_and_context([
        "Ein Fährmann zählt jeden Abend die Passagiere, die er übergesetzt hat.",
        "Jonas Wielandt erzählt das ohne jede Eile.",
        "Jonas Wielandt: Die letzte Fähre. Kranich Verlag.",
    ], "de")
    assert publisher_record(lines, context) == ("Die letzte Fähre", "Jonas Wielandt")


def test_near_miss_no_publisher_word():
    lines, context = _lines_and_context([
        "Jonas Wielandt erzählt das ohne jede Eile.",
        "Jonas Wielandt: Die letzte Fähre. Ein schönes Buch",
    ], "de")
    assert publisher_record(lines, context) is None


def test_near_miss_name_not_named_again():
    # a credit for someone the review never talks about (a translator, a photographer)
    lines, context = _lines_and_context([
        "A regény egy hajóskapitányról szól.",
        "Kovács Anna: Borítóterv. Alföldi Könyvkiadó",
    ], "hu")
    assert publisher_record(lines, context) is None


def test_near_miss_a_note_label_is_no_name():
    lines, context = _lines_and_context([
        "Jonas Wielandt erzählt das ohne jede Eile.",
        "Hinweis: Rezensionsexemplar. Kranich Verlag",
    ], "de")
    assert publisher_record(lines, context) is None


def test_near_miss_two_names():
    lines, context = _lines_and_context([
        "Jonas Wielandt und Mara Lenz erzählen abwechselnd.",
        "Jonas Wielandt: Mara Lenz. Kranich Verlag",
        "Jonas Wielandt wieder.",
    ], "de")
    assert publisher_record(lines, context) is None
