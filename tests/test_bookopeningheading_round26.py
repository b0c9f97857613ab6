"""bookopeningheading: the body's opening heading "T — A" names the book where the post title reads as one only by a weak
shape ("… de Name", "… von Name")."""

from scraper.extract.book import Context
from scraper.extract.bookheadline import from_title
from scraper.extract.bookopeningheading import opening_heading


def _run(title: str, heading: str, prose: list[str], language: str):
    lines = [heading] + prose
    context = Context("\n".join(lines), (), language)
    book = from_title(title, context)
    return book, opening_heading(book, title, [heading], lines, context)


def test_spanish_headline_with_a_character_de():
    prose = ["Lucía Ferrer es una maestra rural que llega a un pueblo del norte.",
             "Lucía Ferrer anota todo en sus cuadernos. Ferrer duda.",
             "Rulfo no necesita más que unas pocas páginas para romperte el corazón."]
    book, found = _run("Un invierno en la escuela de Lucía Ferrer", "Pedro Páramo — Juan Rulfo", prose, "es")
    assert book.author == "Lucía Ferrer"  # the weak reading the heading corrects
    assert (found.title, found.author) == ("Pedro Páramo", "Juan Rulfo")


def test_german_headline_with_a_character_von():
    prose = ["Der Roman erzählt vom Leben des Anton Weber, eines Bergführers.",
             "Anton Weber schweigt viel. Weber hört zu.",
             "Seethaler erzählt knapp und genau; Seethaler braucht kein großes Wort."]
    book, found = _run("Die Jahre von Anton Weber", "Ein ganzes Leben — Robert Seethaler", prose, "de")
    assert book is not None and book.author == "Anton Weber"
    assert (found.title, found.author) == ("Ein ganzes Leben", "Robert Seethaler")


def test_near_miss_headline_says_by_itself():
    prose = ["A quiet book. Ishiguro is precise.", "Ishiguro again."]
    book, found = _run("The Remains of the Day by Kazuo Ishiguro", "Klara and the Sun — Kazuo Ishiguro", prose, "en")
    assert found is None


def test_near_miss_heading_not_the_opening_line():
    title, heading = "Un invierno en la escuela de Lucía Ferrer", "Pedro Páramo — Juan Rulfo"
    lines = ["Hoy les traigo un libro.", heading, "Lucía Ferrer es maestra. Ferrer duda. Rulfo escribe. Rulfo calla."]
    context = Context("\n".join(lines), (), "es")
    assert opening_heading(from_title(title, context), title, [heading], lines, context) is None


def test_near_miss_heading_names_a_publisher_es():
    prose = ["Lucía Ferrer es una maestra rural. Ferrer duda.", "Una edición cuidada de Editorial Anagrama."]
    book, found = _run("Un invierno en la escuela de Lucía Ferrer", "Sinopsis — Editorial Anagrama", prose, "es")
    assert found is None


def test_near_miss_no_book_from_title():
    lines = ["Pedro Páramo — Juan Rulfo", "Rulfo escribe. Rulfo calla."]
    assert opening_heading(None, "Mis lecturas", lines[:1], lines, Context("\n".join(lines), (), "es")) is None
