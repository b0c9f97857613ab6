"""holdout52 (spent), book52a: a book half-read or read from the wrong place, and a disclosure swept away, in our own
sentences.

1. a headline or a plain text quoting the title in straight or single quotes, the author after it in the genitive, as
   Croatian, Serbian, Bosnian and Slovene papers write it ("'T' Ivana Horvata", "zbirka Josipa Kolara \"T\""): read back in
   the nominative the text vouches for (bookgenitive._QUOTED_GENITIVE, _NOUN_GENITIVE_QUOTED);
2. a German headline "Name Surnames Roman „T“": the capitalised book noun between the genitive-s name and the title is
   no third word of the name (bookgenitivefront._CAPITAL_NOUN, nominative_author);
3. a record set as a one-column table whose cells are "Label：value" rows ("| 书名：T |"), read as the labelled lines
   they are (booklabelfields.field_pairs);
4. Malay and Indonesian "novel A B ini" (this novel of A B) in the opening: the owner between the book noun and the
   demonstrative, never a title in apposition (booknounowner.closed_owner);
5. a closing block whose "my views are the writer's own" follows a free-copy note: the reviewer's disclosure, no
   site disclaimer (creditlines.own_views_disclaimer, sitenotices.views_disclaimer).
"""

from scraper.extract.book import Book, Context
from scraper.extract.booklabelfields import field_pairs, labelled_fields
from scraper.extract.bookgenitive import genitive_author
from scraper.extract.bookgenitivefront import fronted_genitive, nominative_author
from scraper.extract.booknounowner import closed_owner
from scraper.extract.creditlines import own_views_disclaimer
from scraper.extract.sitenotices import views_disclaimer


def _genitive(headline: str, text: str, language: str):
    return genitive_author([text, headline], Context(text, language=language), [], language)


def test_single_quoted_title_then_genitive():
    text = "Horvat opisuje otok zimi. Horvat ne žuri."
    assert _genitive("'Tiha luka' Ivana Horvata: roman o zimi na otoku", text, "hr") == ("Tiha luka", "Ivan Horvat")
    assert _genitive("‘Tiha luka’ Ivana Horvata – roman o zimi", text, "bs") == ("Tiha luka", "Ivan Horvat")
    text = "Kolar piše kratko in ostro."
    assert _genitive("\"Sivi breg\" Marka Kolarja", text, "sl") is None  # (sl -ja: no regular nominative, none named)


def test_given_name_in_o_where_the_page_names_it():
    # hr "Darka" is the genitive of "Darko": read so where a tag or the text names that form, never cut to "Dark"
    text = "Horvat piše o moru."
    found = genitive_author(["'Gorki med' Darka Horvata"], Context(text, language="hr"), ["Darko Horvat", "roman"], "hr")
    assert found == ("Gorki med", "Darko Horvat")


def test_book_noun_genitive_straight_quotes():
    text = 'Pročitala sam roman Tomislava Babića "Staza kroz maglu" u jednom dahu. Babić zna graditi napetost.'
    assert _genitive("Jesenska čitanja", text, "hr") == ("Staza kroz maglu", "Tomislav Babić")
    text = 'Zbirka Josipa Kolara "Male vode" izišla je lani. Kolar piše o rijekama.'
    assert _genitive("Nova zbirka", text, "hr") == ("Male vode", "Josip Kolar")


def test_single_quote_near_misses():
    # an apostrophe inside a word opens no quote; a name the text never calls in another form is no author
    text = "O'Brien i Horvat su pisci."
    assert _genitive("O'Brienova 'Tiha luka' Ivana Horvata", "Tiha luka ide dalje.", "hr") is None
    assert _genitive("'Tiha luka' Ivana Horvata", "Knjiga o otoku, bez imena pisca.", "hr") is None
    assert _genitive("'Tiha luka.' Ivana Horvata", text, "hr") is None  # a quoted sentence


def test_german_capitalised_book_noun():
    text = "So beginnt „Nachtfähre“ von Lena Brandt. Brandt erzählt ruhig."
    context = Context(text, language="de")
    assert fronted_genitive("Lena Brandts Roman „Nachtfähre“: Eine lange Überfahrt", context) == ("Nachtfähre", "Lena Brandt")
    assert fronted_genitive("Lena Brandts neuer Roman „Nachtfähre“", context) == ("Nachtfähre", "Lena Brandt")
    book = Book("Nachtfähre", "Lena Brandts Roman", source="title")
    assert nominative_author(book, "Lena Brandts Roman „Nachtfähre“: Eine lange Überfahrt", context).author == "Lena Brandt"
    # the same with a Swedish lower-case noun still reads
    sv = Context("Det är ”Nattfärjan” av Lena Brandt. Brandt skriver lugnt.", language="sv")
    assert fronted_genitive("Lena Brandts roman ”Nattfärjan”", sv) == ("Nattfärjan", "Lena Brandt")


def test_german_capitalised_noun_near_misses():
    text = "So beginnt „Nachtfähre“ von Lena Brandt. Brandt erzählt ruhig."
    context = Context(text, language="de")
    # a capitalised word that is no book noun is never read past; an author the rule did not read stays
    assert fronted_genitive("Lena Brandts Hamburger „Nachtfähre“", context) is None
    book = Book("Nachtfähre", "Jonas Feld", source="title")
    assert nominative_author(book, "Lena Brandts Roman „Nachtfähre“", context).author == "Jonas Feld"
    # English has no genitive-s name there
    en = Context("Nightferry by Lena Brandt. Brandt writes calmly.", language="en")
    assert fronted_genitive("Lena Brandts Novel “Nightferry”", en) is None


def test_one_column_table_of_labelled_rows():
    lines = ["| 书名：风里的灯塔 |", "| 作者：林远 |", "| 出版社：某某出版社 |"]
    assert labelled_fields(field_pairs(lines, None)) == ("风里的灯塔", "林远")
    lines = ["| Titel: Die Salzwiese | Autor: Mara Quandt |", "| Seiten: 240 |"]
    assert labelled_fields(field_pairs(lines, None)) == ("Die Salzwiese", "Mara Quandt")


def test_table_rows_near_misses():
    # a label cell beside its value cell is not a "Label: value" line (the table rows' xpath reads those); a row that
    # is no label at all gives nothing
    assert labelled_fields(field_pairs(["| Title: | The Salt Meadow |"], None)) == (None, None)
    assert labelled_fields(field_pairs(["| 1 | Salt | 2019 |"], None)) == (None, None)
    assert labelled_fields(field_pairs(["a line | with a bar: inside |"], None)) == (None, None)


def test_malay_owner_closed_by_demonstrative():
    lines = ["Novel Usman Awang ini saya pinjam dari perpustakaan sekolah dahulu.", "Ceritanya perlahan."]
    assert closed_owner(lines, Context("\n".join(lines), language="ms"), ["Tanah Pusaka"]) == "Usman Awang"
    lines = ["Buku terbaru Sasterawan Negara Anwar Ridhwan itu sampai minggu lalu."]
    assert closed_owner(lines, Context(lines[0], language="ms"), ["Arus Deras"]) == "Anwar Ridhwan"
    lines = ["Kumpulan cerpen Dewi Lestari tersebut terbit ulang tahun ini."]
    assert closed_owner(lines, Context(lines[0], language="id"), ["Filosofi Kopi"]) == "Dewi Lestari"


def test_malay_owner_near_misses():
    lines = ["Novel Tanah Pusaka ini saya pinjam dari perpustakaan."]
    context = Context(lines[0], language="ms")
    assert closed_owner(lines, context, ["Tanah Pusaka"]) is None  # the title in apposition
    assert closed_owner(lines, context, []) is None  # no title given: no telling
    lines = ["Novel Sasterawan Negara ini saya pinjam."]
    assert closed_owner(lines, Context(lines[0], language="ms"), ["Tanah Pusaka"]) is None  # an honorific alone
    lines = ["Novel Usman Awang ini saya pinjam."]
    assert closed_owner(lines, Context(lines[0], language="en"), ["Tanah Pusaka"]) is None  # not a Malay page
    lines = ["Novel karangan Usman Awang, katanya, bagus."]
    assert closed_owner(lines, Context(lines[0], language="ms"), ["Tanah Pusaka"]) is None  # no demonstrative


def test_disclaimer_with_a_free_copy_note_is_the_reviewers():
    for note in ["Buku ini dihantar secara percuma oleh penerbit. Pendapat di atas ialah pendapat penulis sendiri.",
                 "I received a free copy from the publisher. The views expressed are the reviewer's own."]:
        assert not own_views_disclaimer(note) and not views_disclaimer(note), note


def test_disclaimer_alone_still_the_sites():
    for line in ["Pendapat dalam rencana ini ialah pendapat penulis sendiri.",
                 "The views expressed above are the author's own."]:
        assert own_views_disclaimer(line) and views_disclaimer(line), line
