"""bookcatalogname: a library catalogue's h1 over the author filed as 'Family, Given, dates, role.'"""

from lxml import html as lxml_html

from scraper.extract.bookcatalogname import catalogue_book


def _book(page: str):
    return catalogue_book(lxml_html.fromstring(page))


_OPAC = """<html><body><div class="record"><div class="summary"><h1 class="title">{title}</h1>
<span class="author">{author}</span><span class="details">London : Vintage, 2005.</span></div>
<div class="tabs"><p>Reader reviews</p></div></div></body></html>"""


def test_english_record_heading():
    book = _book(_OPAC.format(title="Gilead : a novel", author="Robinson, Marilynne, 1943- author."))
    assert (book.title, book.author) == ("Gilead", "Marilynne Robinson")


def test_swedish_record_heading_with_relator():
    book = _book(_OPAC.format(title="Kejsarn av Portugallien", author="Lagerlöf, Selma, 1858-1940, författare"))
    assert (book.title, book.author) == ("Kejsarn av Portugallien", "Selma Lagerlöf")


def test_german_record_heading_dates_only():
    book = _book(_OPAC.format(title="Der Zauberberg / Thomas Mann", author="Mann, Thomas, 1875-1955"))
    assert (book.title, book.author) == ("Der Zauberberg", "Thomas Mann")


def test_near_miss_bare_inverted_name():
    assert _book(_OPAC.format(title="Gilead", author="Robinson, Marilynne")) is None  # no dates, no role: anything


def test_near_miss_place_and_year():
    assert _book(_OPAC.format(title="Travel notes", author="Paris, France, 2019")) is None


def test_near_miss_two_h1s():
    page = _OPAC.format(title="Gilead", author="Robinson, Marilynne, 1943- author.").replace("<body>", "<body><h1>Library</h1>")
    assert _book(page) is None


def test_near_miss_heading_far_below():
    page = """<html><body><h1>Gilead</h1><p>one</p><p>two</p><p>three</p><p>four</p>
    <p>Robinson, Marilynne, 1943- author.</p></body></html>"""
    assert _book(page) is None


def test_labelled_row_cell_read_alone():
    page = """<html><body><h1>Maud Martha</h1><div class="bibRow"><span class="label">Author</span>
    <span class="data"><a href="#">Brooks, Gwendolyn, 1917-2000</a></span></div></body></html>"""
    book = _book(page)
    assert (book.title, book.author) == ("Maud Martha", "Gwendolyn Brooks")


def test_near_miss_label_glued_to_the_name_row():
    # the row's text run together ("AuthorBrooks, …") is not read: only an element holding no other
    page = """<html><body><h1>Maud Martha</h1><div class="bibRow">Author<b></b>Brooks, Gwendolyn, 1917-2000</div></body></html>"""
    assert _book(page) is None
