"""bookld: an author page that takes the author's name as any query parameter ("/author/?name=Jane+Doe",
"/autores.php?nombre=…") is an author link, as "/authors/jane-doe" is (book10)."""

from lxml import html as lxml_html

from scraper.extract.bookld import _author_query, from_author_link


def record(href: str, name: str, title: str, label: str) -> str:
    return f"""<html><body><div id="content"><div class="record"><div class="cover"><img src="/c.jpg" alt=""></div>
<div class="details"><h1 class="booktitle">{title}</h1>
<table><tr><td>{label}:</td><td><a href="{href}">{name}</a></td></tr><tr><td>ISBN:</td><td>9780000000001</td></tr>
<tr><td>Price:</td><td>12.00</td></tr></table></div></div>
<div class="review"><p>Some words of a review here, long enough to stand as a paragraph of prose about the novel.</p></div>
</div></body></html>"""


def test_author_page_with_the_name_in_any_parameter():
    assert _author_query("/author/?name=Marta+Kowalczyk", "Marta Kowalczyk")
    assert _author_query("/autores.php?id=12&nombre=Lucía+Ferrer+Soto", "Lucía Ferrer Soto")
    assert _author_query("https://shop.example/writers?who=Kowalczyk%2C+Marta", "Marta Kowalczyk")


def test_near_misses_stay_no_author_link():
    assert not _author_query("/search/?name=Marta+Kowalczyk", "Marta Kowalczyk")  # not an author page
    assert not _author_query("/author/?name=Marta+Kowalczyk", "Ewa Nowak")  # another name than the link's
    assert not _author_query("/author/?name=Kowalczyk", "Kowalczyk")  # one word: no name to match
    assert not _author_query("/authority/?name=Marta+Kowalczyk", "Marta Kowalczyk")  # another word


def test_a_shop_record_polish_and_spanish():
    pl = from_author_link(lxml_html.fromstring(record("/author/?name=Marta+Kowalczyk", "Marta Kowalczyk", "Dom nad rzeką", "Autor")))
    assert pl is not None and (pl.title, pl.author) == ("Dom nad rzeką", "Marta Kowalczyk")
    es = from_author_link(lxml_html.fromstring(record("/autores/?nombre=Lucía+Ferrer", "Lucía Ferrer", "La casa del río", "Autora")))
    assert es is not None and (es.title, es.author) == ("La casa del río", "Lucía Ferrer")
    # a label no rule reads ("Twórca", "Info"): the link alone says it; a link searching the whole shop does not
    assert from_author_link(lxml_html.fromstring(record("/author/?name=Marta+Kowalczyk", "Marta Kowalczyk", "Dom nad rzeką", "Info")))
    assert from_author_link(lxml_html.fromstring(record("/search/?q=Lucía+Ferrer", "Lucía Ferrer", "La casa del río", "Info"))) is None
