"""holdout50 (spent), book50: five places a post names its book, in our own sentences.

1. a record box closing a review on two lines, "T, A" over its labelled imprint "Publisher: P, 320 pages": the imprint
   row is no lead-in of the ask after it (citedrecord.labelled_imprint), and the two lines are read as one record
   (bookbiblio._paired);
2. a catalogue's page title led by the library's name, which its hyphened host spells ("Maple Grove Middle School
   Library - T" at maple-grove.example): no author (booksitename.host_led); the record's author row filed with the given
   names' fuller form in brackets, "Family, I. N. (Given Names), 1862-1937" (bookcatalogname.filed_name, read by
   booklabelfields.labelled_fields);
3. a poetry collection's record row labelled "Poet:" in many languages (bookinfo._AUTHOR_WORDS);
4. review labels that were missing: et "arvustus", is "umsögn"/"ritdómur", cy "adolygiad", ga "léirmheas", …
   (book._REVIEW_WORD);
5. a headline "A: T – a tagline in lower case" whose text never names the book: the post's address spells T and stops
   before the tagline (bookheadtail), Faroese/Icelandic "ð" and "þ" folded as slugs write them (slugspell.fold).
"""

from scraper.extract.book import Book, Context
from scraper.extract.bookheadline import from_title
from scraper.extract.bookbiblio import from_bibliography
from scraper.extract.booklabelfields import labelled_fields
from scraper.extract.bookcatalogname import filed_name
from scraper.extract.slugspell import fold
from scraper.extract.bookheadtail import headline_tail
from scraper.extract.booksitename import host_led
from scraper.extract.citedrecord import labelled_imprint, record_line


def test_labelled_imprint_row():
    for row in ["Izdavač: Vrelo, 312 strana", "Publisher: Harbour Press, 288 pages", "Éditeur : Galets, 214 p.",
                "Verlag: Lindenhaus, 24 €", "Wydawnictwo: Sosna, 2025, 352 s.", "Kirjastus: Tuul, 198 lk, ISBN 978"]:
        assert labelled_imprint(row) and record_line(row), row


def test_labelled_imprint_near_misses():
    for row in ["Note: it is long, 480 pages", "Follow us: Instagram, Facebook", "Support us: 5 €, monthly",
                "Enjoyed it? Share, 5 pages", "Verdict: Slow. Then wonderful, 300 pages", "Publisher: Harbour Press"]:
        assert not labelled_imprint(row), row


def test_closing_record_on_two_lines():
    lines = ["Kovač opens the story in a snowed-in railway station.", "Kovač keeps the pace slow and the rooms cold.",
             "Nobody leaves.", "Rating: 7/10", "Stanica, Ivana Kovač", "Izdavač: Vrelo, 312 strana"]
    context = Context("\n".join(lines), (), "hr")
    assert from_bibliography(lines, context) == ("Stanica", "Ivana Kovač")
    english = ["Moreau writes the harbour as if it were a character.", "It is slow.", "It is kind.", "It ends well.",
               "The Tide Clock, Léa Moreau",
               "Publisher: Harbour Press, 288 pages"]
    assert from_bibliography(english, Context("\n".join(english), (), "en")) == ("The Tide Clock", "Léa Moreau")


def test_closing_record_near_misses():
    # (at a post's end, after its opening lines) the name never named again; the head a sentence; no details under it
    opening = ["A quiet story about a station in the snow.", "The trains do not come.", "Nobody leaves.", "Rating: 7/10"]
    lines = opening + ["Stanica, Ivana Kovač", "Izdavač: Vrelo, 312 strana"]
    assert from_bibliography(lines, Context("\n".join(lines), (), "hr")) is None
    lines = opening + ["Kovač was here. Kovač left.", "It was cold, Ivana Kovač.", "Izdavač: Vrelo, 312 strana"]
    assert from_bibliography(lines, Context("\n".join(lines), (), "hr")) is None
    lines = opening + ["Kovač was here.", "Stanica, Ivana Kovač", "Thanks for reading!"]
    assert from_bibliography(lines, Context("\n".join(lines), (), "hr")) is None


def test_library_name_led_by_its_hyphened_host():
    assert host_led("Maple Grove Middle School Library", "https://maple-grove.opac.example.org/bin/record/12")
    assert host_led("Cedar Falls Public Library", "https://cedar-falls-lib.example.net/") is False  # (the label is not the run)
    assert host_led("Cedar Falls Public Library", "https://cedar-falls.example.net/")


def test_host_led_near_misses():
    # a writer whose whole name the host spells (the author's own site) is left to site_worded; no hyphen, no run
    assert not host_led("Maple Grove", "https://maple-grove.example.org/")
    assert not host_led("Ivana Kovač", "https://books.example.org/")
    assert not host_led("Anna Maria Berg", "https://annamaria.example.org/")


def test_filed_name_with_fuller_form():
    assert filed_name("Wharton, E. N. (Edith Newbold), 1862-1937") == "E. N. Wharton"
    assert filed_name("Lind, Ada, 1901-1977, author.") == "Ada Lind"
    assert labelled_fields([("Author", "Wharton, E. N. (Edith Newbold), 1862-1937")]) == (None, "E. N. Wharton")


def test_filed_name_near_misses():
    assert filed_name("Wharton, E. N.") is None  # (no dates, no role: any "Surname, Name")
    assert filed_name("Smith, John (editor)") is None
    assert filed_name("Villages -- England -- Fiction") is None


def test_poet_label():
    assert labelled_fields([("Book", "Salt Hymns"), ("Poet", "Ada Lind")]) == ("Salt Hymns", "Ada Lind")
    assert labelled_fields([("Zbirka", "x"), ("Pjesnik", "Ivan Kovač")])[1] == "Ivan Kovač"
    assert labelled_fields([("Poète", "Léa Moreau")])[1] == "Léa Moreau"
    assert labelled_fields([("الكتاب", "أغاني الملح"), ("الشاعر", "سليم حداد")]) == ("أغاني الملح", "سليم حداد")
    assert labelled_fields([("Поэт", "Лев Громов")])[1] == "Лев Громов"


def test_poet_label_near_misses():
    assert labelled_fields([("Poetry", "Ada Lind")]) == (None, None)
    assert labelled_fields([("Translator", "Ada Lind")]) == (None, None)


def test_review_labels_added():
    text = "Kase romaan on vaikne. Kask kirjutab lühidalt."
    found = from_title("ARVUSTUS | Mari Kask, „Talveöö“: vaikne raamat | Leht", Context(text, ("Leht",), "et"))
    assert (found.title, found.author) == ("Talveöö", "Mari Kask")
    found = from_title("Umsögn: Þögnin eftir Jón Ólafsson", Context("Ólafsson skrifar vel.", (), "is"))
    assert found is not None and found.title.startswith("Þögnin")
    found = from_title("Adolygiad: Y Môr by Siân Rhys", Context("Rhys writes well.", (), "cy"))
    assert (found.title, found.author) == ("Y Môr", "Siân Rhys")


def test_review_label_near_misses():
    # the plural opens a title of its own; no label, no mark: an unvouched split stays unread
    assert from_title("Arvustused aastast", Context("", (), "et")) is None
    assert from_title("Talveöö – Mari Kask", Context("nothing about her", (), "et")) is None


def test_tagline_cut_where_the_address_spells_the_title():
    book = Book("Þögn í dalnum – ein saga um ein gamlan bónda", "Ketil Dahl", source="title")
    text = "Eg las bókina aftur í vetur. Dahl skrivar stutt."
    found = headline_tail(book, text, "https://paper.example.fo/mentan/ketil-dahl-thogn-i-dalnum-lisin-aftur")
    assert found.title == "Þögn í dalnum"
    assert fold("Feðgar Þórs") == "fedgar thors"


def test_tagline_near_misses():
    book = Book("Þögn í dalnum – ein saga um ein gamlan bónda", "Ketil Dahl", source="title")
    text = "Eg las bókina aftur í vetur."
    # the address runs on into the tagline, or spells no title, or no address at all
    assert headline_tail(book, text, "https://paper.example.fo/ketil-dahl-thogn-i-dalnum-ein-saga").title == book.title
    assert headline_tail(book, text, "https://paper.example.fo/mentan/grein-12345").title == book.title
    assert headline_tail(book, text).title == book.title
    # a subtitle on a capital stays; a one-word head is not trusted to the address
    capital = Book("Þögn í dalnum – Ein saga", "Ketil Dahl")
    assert headline_tail(capital, text, "https://paper.example.fo/thogn-i-dalnum").title == capital.title
    one = Book("Þögn – ein saga um ein gamlan bónda", "Ketil Dahl")
    assert headline_tail(one, text, "https://paper.example.fo/thogn-lisin").title == one.title
