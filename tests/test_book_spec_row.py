"""A shop's product page whose h1's box gives the author in a spec row (a definition list or a table: the label cell
needs no colon), its name maybe written surname first and read in the reader's order when the page says which word is
the surname (bookshoprow._cell_value, booknameorder.py, bookB13); near misses: a publisher's row, a post, two authors,
a language that writes the family name first, a page that does not say its language."""

from lxml import html as lxml_html

from scraper.extract.bookld import from_author_link
from scraper.extract.booknameorder import reader_order
from scraper.extract.bookshoprow import labelled_row


def _shop(rows: str, h1: str, review: str, lang: str = "el", price: str = "<strong>8,40 €</strong>", more: str = "") -> object:
    lang_attr = f' lang="{lang}"' if lang else ""
    return lxml_html.fromstring(f"""<html{lang_attr}><body><main><section class="card"><h1>{h1}</h1>
{rows}<div class="buy">{price} <button>Καλάθι</button></div>{more}</section>
<section class="opinions"><ul><li class="opinion"><p>{review}</p></li></ul></section></main></body></html>""")


_GREEK_REVIEW = "Ένα βιβλίο για τη θάλασσα και τους ψαράδες. Ο Παπαδάκης γράφει απλά και ζεστά, το τελείωσα σε δύο βράδια."


def test_greek_definition_list_surname_first():
    tree = _shop("<dl><dt>Συγγραφέας</dt><dd>Παπαδάκης Ανδρέας</dd><dt>Σελίδες</dt><dd>210</dd></dl>", "Το λιμάνι του βοριά", _GREEK_REVIEW)
    assert labelled_row(tree) == ("Το λιμάνι του βοριά", "Ανδρέας Παπαδάκης")
    book = from_author_link(tree)
    assert book is not None and (book.title, book.author, book.source) == ("Το λιμάνι του βοριά", "Ανδρέας Παπαδάκης", "record")


def test_spanish_table_row_in_reader_order_stays():
    review = "Me gustó mucho: Lucía Ferrán escribe con calma y Ferrán nunca sobra una palabra."
    tree = _shop("<table><tr><th>Autora</th><td>Lucía Ferrán</td></tr><tr><th>Editorial</th><td>Sur</td></tr></table>",
                 "La casa del faro", review, lang="es")
    assert labelled_row(tree) == ("La casa del faro", "Lucía Ferrán")


def test_russian_table_row_with_a_colon():
    tree = _shop("<table><tr><th>Автор:</th><td>Иван Соколов</td></tr></table>", "Тихая река", "Хорошая книга, Соколов молодец.",
                 lang="ru", price="<b>450 ₽</b>")
    assert labelled_row(tree) == ("Тихая река", "Иван Соколов")


def test_near_misses():
    # a publisher's row is no author's
    assert labelled_row(_shop("<dl><dt>Εκδότης</dt><dd>Εκδόσεις Άνεμος</dd></dl>", "Το λιμάνι του βοριά", _GREEK_REVIEW)) is None
    # two author rows: no telling which
    two = "<dl><dt>Συγγραφέας</dt><dd>Παπαδάκης Ανδρέας</dd><dt>Συγγραφέας</dt><dd>Λάμπρου Ελένη</dd></dl>"
    assert labelled_row(_shop(two, "Δύο φωνές", _GREEK_REVIEW)) is None
    # a blog post whose box is long (a shop widget inside a post): no product header
    long = "<p>" + "Διάβασα αυτό το βιβλίο το καλοκαίρι και μου άρεσε πολύ. " * 30 + "</p>"
    assert labelled_row(_shop("<dl><dt>Συγγραφέας</dt><dd>Παπαδάκης Ανδρέας</dd></dl>", "Το λιμάνι", _GREEK_REVIEW, more=long)) is None
    # no price: no product
    assert labelled_row(_shop("<dl><dt>Συγγραφέας</dt><dd>Παπαδάκης Ανδρέας</dd></dl>", "Το λιμάνι", _GREEK_REVIEW, price="<span>210 σελ.</span>")) is None


def test_order_kept_where_the_page_does_not_say():
    # Hungarian writes the family name first: the row's order is the reader's
    hu = _shop("<dl><dt>Szerző</dt><dd>Kovács Péter</dd></dl>", "A hosszú tél", "Kovács most is jól ír.", lang="hu", price="<b>12 €</b>")
    assert labelled_row(hu) == ("A hosszú tél", "Kovács Péter")
    # no language declared, or the text calls the person by neither word alone
    assert reader_order("Παπαδάκης Ανδρέας", _shop("", "Τ", _GREEK_REVIEW, lang="")) == "Παπαδάκης Ανδρέας"
    assert reader_order("Παπαδάκης Ανδρέας", _shop("", "Τ", "Καλό βιβλίο.")) == "Παπαδάκης Ανδρέας"
    # the text calls the person by the last word: the row is in the reader's order already
    assert reader_order("Ανδρέας Παπαδάκης", _shop("", "Τ", _GREEK_REVIEW)) == "Ανδρέας Παπαδάκης"
    # the text names them whole the other way round
    assert reader_order("Smith Anna", _shop("", "T", "A fine novel by Anna Smith.", lang="en")) == "Anna Smith"
