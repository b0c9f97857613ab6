"""A fact box that sets the book's record on two lines, "Name: Title" over the publisher's own labelled line
("Publisher: X", "Verlag: X", "Izdavač: X", "Kiadó: X": bookpublisherrecord._over_house), the name named again in the
text. Written for the holdout69 round in our own words; near misses: a label that is no publisher's (a translator's),
a name the text never names again, a title that is a name, a "Name: Title" line with no label under it."""

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookpublisherrecord import publisher_record


def test_record_over_a_publisher_label():
    for lines, text, language, found in (
        (["Mantel makes the court breathe.", "Hilary Mantel: Bring Up the Bodies", "Publisher: Fourth Estate"],
         "Mantel makes the court breathe. Mantel never hurries.", "en", ("Bring Up the Bodies", "Hilary Mantel")),
        (["Hermann erzählt leise.", "Judith Hermann: Daheim", "Verlag: S. Fischer", "Seiten: 192"],
         "Hermann erzählt leise, und Hermann bleibt genau.", "de", ("Daheim", "Judith Hermann")),
        (["Sajko piše brzo.", "Ivana Sajko: Ljubavni roman", "Izdavač: Meandar Media"],
         "Sajko piše brzo i bez milosti. Sajko ne štedi nikoga.", "hr", ("Ljubavni roman", "Ivana Sajko")),
        (["Szabó Magda: Az ajtó", "Kiadó: Európa"], "Szabó Magda regénye egy házvezetőnőről szól. Szabó Magda írja.",
         "hu", ("Az ajtó", "Szabó Magda")),
    ):
        assert publisher_record(lines, Context(text, (), language)) == found, lines


def test_near_misses():
    text = "Sajko piše brzo i bez milosti. Sajko ne štedi nikoga."
    # a translator's label, no label at all
    assert publisher_record(["Ivana Sajko: Ljubavni roman", "Prevod: Ana Horvat"], Context(text, (), "hr")) is None
    assert publisher_record(["Ivana Sajko: Ljubavni roman", "Sajko piše brzo."], Context(text, (), "hr")) is None
    # a name the text never names again: a credit
    assert publisher_record(["Ivana Sajko: Ljubavni roman", "Izdavač: Meandar"],
                            Context("Roman je brz i bez milosti.", (), "hr")) is None
    # two names: who wrote what, no telling
    assert publisher_record(["Ivana Sajko: Ana Horvat", "Izdavač: Meandar"], Context(text, (), "hr")) is None


def test_extract_page_reads_the_box_at_the_end():
    html = """<html lang="de"><head><title>Ein Haus, das nicht loslässt | Kulturteil</title></head><body><main>
<article><h1 class="article__title">Ein Haus, das nicht loslässt</h1><div class="article__body">
<p>Eine Frau zieht nach der Trennung in ein kleines Haus an der Küste. Sie hat einen Bruder, der eine Kneipe führt,
und eine Nachbarin, die Kürbisse anbaut und nachts laut Musik hört. Viel mehr passiert zunächst nicht.</p>
<p>Hermann erzählt so ruhig, dass man das Unheimliche erst bemerkt, wenn es längst da ist. Die Erinnerungen an eine
Jugend in der Stadt, an einen Mann, der Zauberer war, schieben sich zwischen die Tage am Deich.</p>
<p>Was mich am meisten überrascht hat, ist der Humor. Die Nachbarin, der Bruder, sogar die Katze, die niemandem
gehört: alle reden aneinander vorbei, und doch hält dieses Dorf zusammen, solange der Sommer dauert.</p>
<p>Manche Kapitel bleiben mir zu verhalten, fast zu schön. Aber die letzte Szene auf dem Dach hat mich lange nicht
losgelassen, und ich habe das Buch gleich noch einmal von vorn gelesen.</p>
<div class="factbox"><p>Judith Hermann: Daheim</p><p>Verlag: S. Fischer</p></div>
</div></article></main></body></html>"""
    record = extract_page(html, "https://kultur.example.de/buecher/ein-haus-das-nicht-loslaesst-1234")
    assert record.is_review
    assert (record.book_title, record.book_author) == ("Daheim", "Judith Hermann")
