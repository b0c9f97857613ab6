"""bookdescribedrecord: "Name, Title, <lower-case description>, …" record lines (round 26, helper bookB)."""

from scraper.extract.book import Context
from scraper.extract.bookbiblio import from_bibliography
from scraper.extract.bookdescribedrecord import described_record


def _ctx(text: str, language: str, not_authors: tuple = ()) -> Context:
    return Context(text, not_authors, language)


def _lines(body: str, record: str) -> list[str]:
    return [body, "Μια δεύτερη παράγραφος για το ίδιο θέμα.", record]


def test_greek_record_with_genre_and_edition():
    body = "Η Παπαδάκη γράφει για τη γειτονιά της. Η Παπαδάκη δεν ωραιοποιεί τίποτα."
    lines = _lines(body, "Άννα Παπαδάκη, Ο κήπος της αυλής, διηγήματα, νέα έκδοση 2025.")
    text = "\n".join(lines)
    assert from_bibliography(lines, _ctx(text, "el")) == ("Ο κήπος της αυλής", "Άννα Παπαδάκη")


def test_russian_record_with_genre():
    body = "Сорокина пишет медленно, и Сорокина не спешит с развязкой."
    lines = [body, "Ещё немного мыслей.", "Вера Сорокина, Долгая зима, повесть, издание 2021 года."]
    assert from_bibliography(lines, _ctx("\n".join(lines), "ru")) == ("Долгая зима", "Вера Сорокина")


def test_english_record_with_genre():
    segments = ["Tom Fenwright", "Harbour Lights", "stories", "new edition 2024"]
    ctx = _ctx("Fenwright writes about the sea. Fenwright never hurries.", "en")
    assert described_record(segments, ctx) == ("Harbour Lights", "Tom Fenwright")


def test_signature_with_city_and_month_is_no_record():
    # near miss: a guest post's signature, "Name, City, month year": the part after the city holds figures
    segments = ["Jan Nowak", "Kraków", "marzec 2024"]
    assert described_record(segments, _ctx("Nowak pisze. Nowak wraca.", "pl")) is None


def test_person_the_text_does_not_call_by_surname():
    segments = ["Tom Fenwright", "Harbour Lights", "stories", "2024"]
    assert described_record(segments, _ctx("A quiet book about the sea.", "en")) is None


def test_the_blogger_is_no_author():
    segments = ["Tom Fenwright", "Harbour Lights", "stories", "2024"]
    ctx = _ctx("Fenwright here again. Fenwright signing off.", "en", ("Tom Fenwright",))
    assert described_record(segments, ctx) is None


def test_second_part_a_name_or_lower_case_is_no_title():
    ctx = _ctx("Fenwright writes. Fenwright again. Moss translated it, and Moss did well.", "en")
    assert described_record(["Tom Fenwright", "Anna Moss", "translator", "2024"], ctx) is None
    assert described_record(["Tom Fenwright", "harbour lights", "stories", "2024"], ctx) is None


def test_description_must_be_words_in_lower_case():
    ctx = _ctx("Fenwright writes. Fenwright again.", "en")
    # near miss: a publisher in capitals after the title is the plain record's, not this shape
    assert described_record(["Tom Fenwright", "Harbour Lights", "Penguin Books", "2024"], ctx) is None
