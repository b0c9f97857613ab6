"""bookboldrecord (s27): a paper's book card stacked one fact a paragraph after the review ("**T**" / "A" / "House" /
"2012, pp 232, Rs 495"), read as the book; and its near misses (a writer's bio box, an event box, a review's own
closing paragraphs). Examples in our own words."""

from lxml import html as _html

from scraper.extract import extract_page
from scraper.extract.bookboldrecord import bold_record

_TEXT = "<p>{surname} writes slowly and well; this is the book of a patient writer, and {surname} knows it.</p>"


def _post(box, surname):
    return _html.fromstring(f"<article><div class='body'>{_TEXT.format(surname=surname)}</div>"
                            f"<div class='card'>{box}</div></article>")


def _read(box, surname):
    book = bold_record(_post(box, surname))
    return (book.title, book.author) if book else None


def test_english_card_with_pages_and_price():
    box = ("<p><strong>The Salt Orchard</strong></p><p>Meera Lal</p><p>Juniper House</p><p>2019, pp 310, Rs 599</p>"
           "<p>Rating: 4/5</p>")
    assert _read(box, "Lal") == ("The Salt Orchard", "Meera Lal")


def test_german_card_with_seiten():
    box = "<p><b>Die stille Mühle</b></p><p>Greta Lindner</p><p>Kranich Verlag</p><p>2021, 276 Seiten, 22 Euro</p>"
    assert _read(box, "Lindner") == ("Die stille Mühle", "Greta Lindner")


def test_french_card_with_year_only():
    box = "<p><strong>Le Jardin d’hiver</strong></p><p>Paul Girard</p><p>Éditions du Quai</p><p>2018</p>"
    assert _read(box, "Girard") == ("Le Jardin d’hiver", "Paul Girard")


def test_whole_page_of_a_paper():
    html = """<html lang="en"><head><title>A quiet river | The Evening Ledger</title></head><body><main><article>
    <h1>A quiet river</h1><div class="story-body">
    <p>The novel follows a ferryman on a river that is slowly being dammed, and the village that will drown.</p>
    <p>Bose writes the water with great care, and the ferryman's silences are the best thing in the book.</p>
    <p>The ferryman keeps a ledger of every crossing, and the ledger becomes the shape of the novel: names, fares,
    the weather, and now and then a line about his wife, who left on the last ferry of a dry year.</p>
    <p>The village is drawn in quick strokes: a schoolteacher who counts the days to the flood, a shopkeeper who
    sells everything twice, a boy who swims across rather than pay. Each of them gets one good scene.</p>
    <p>Where it falters is the last third, which hurries. Still, Bose has written something that lasts.</p>
    <div class="book-box"><p><strong>The Ferryman's Year</strong></p><p>Anil Bose</p><p>Lotus Press</p>
    <p>2020, pp 288, Rs 450</p><p>Rating: ★★★★</p></div></div></article></main></body></html>"""
    record = extract_page(html, "https://ledger.example/books/a-quiet-river-12345")
    assert (record.book_title, record.book_author) == ("The Ferryman's Year", "Anil Bose")


# --- near misses ---

def test_near_miss_bio_box():
    # a writer's bio box: its year stands in a sentence ("Born in Pune in 1956"), no record line
    box = "<p><strong>About the author</strong></p><p>Meera Lal</p><p>Born in Pune in 1956</p><p>Lives in Goa now</p>"
    assert _read(box, "Lal") is None


def test_near_miss_event_box():
    # a launch's box: dated, no book's record
    box = "<p><strong>Book launch</strong></p><p>Meera Lal</p><p>City Library, Hall 2</p><p>12 March 2026, 6 pm</p>"
    assert _read(box, "Lal") is None


def test_near_miss_review_paragraphs():
    # the review's own closing paragraphs: sentences, too long for a card's lines
    box = ("<p><strong>Verdict</strong></p><p>Meera Lal</p><p>The novel drags in the middle but the ending of 2019's "
           "best book earns it all back.</p><p>Read it slowly.</p>")
    assert _read(box, "Lal") is None


def test_near_miss_name_never_said_outside():
    box = "<p><strong>The Salt Orchard</strong></p><p>Meera Lal</p><p>Juniper House</p><p>2019, pp 310</p>"
    assert _read(box, "Okafor") is None
