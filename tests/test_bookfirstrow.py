"""A record line's first row names the book whatever its label's word ("Kniha: T · Autor: A · Strany: 152"), when a
later row labels the author, a figure stands in the record and no date (bookfirstrow.py, bookA12); a <br> between
rows of a box is a row's end (bookpagetext.post_lines); initials run together in a caseless name ("ಕೆ.ಪಿ. …").
Near misses: a dated byline, a fact or a title label first, no figure, two authors, a first row that is a figure.
Every line is invented for these tests."""

from lxml import html as lxml_html

from scraper.extract.bookcaselessname import caseless_name
from scraper.extract.booklabelfields import field_pairs, labelled_fields
from scraper.extract.bookpagetext import post_lines
from scraper.extract.bookfirstrow import first_row


def test_unread_first_label_in_several_scripts():
    assert labelled_fields(field_pairs(["Kniha: Tichá voda · Autor: Jana Horáková · Strany: 152"], None)) == ("Tichá voda", "Jana Horáková")
    assert first_row(["መጽሐፍ፦ የባሕር ልጅ · ደራሲ፦ ሙሉ ተስፋዬ · 1998 ዓ.ም."]) == [("title", "የባሕር ልጅ"), ("ደራሲ", "ሙሉ ተስፋዬ")]
    pairs = field_pairs(["ಕೃತಿ: ಮಳೆಯ ಮನೆ · ಲೇಖಕರು: ಕೆ.ಎಸ್. ರಾಮಣ್ಣ · ಪುಟಗಳು: 210"], None)
    assert labelled_fields(pairs) == ("ಮಳೆಯ ಮನೆ", "ಕೆ.ಎಸ್. ರಾಮಣ್ಣ")


def test_rows_a_br_apart_in_a_box():
    post = lxml_html.fromstring("""<article><p>Review text here.</p><div class="box"><p>Kitap: Sessiz Ev<br>Yazar: Ayla Demir<br>
Yayınevi: Deniz<br>Sayfa: 212</p></div></article>""")
    lines = post_lines(post)
    assert "Kitap: Sessiz Ev · Yazar: Ayla Demir · Yayınevi: Deniz · Sayfa: 212" in lines
    assert labelled_fields(field_pairs(lines, None)) == ("Sessiz Ev", "Ayla Demir")


def test_joined_initials_in_a_caseless_name():
    assert caseless_name("ಕೆ.ಪಿ. ಪೂರ್ಣಚಂದ್ರ ತೇಜಸ್ವಿ") == "ಕೆ.ಪಿ. ಪೂರ್ಣಚಂದ್ರ ತೇಜಸ್ವಿ"
    assert caseless_name("ஆர்.கே. நாராயணன்") == "ஆர்.கே. நாராயணன்"


def test_near_misses():
    # a post's byline: dated
    assert first_row(["Kategorie: Bücher · Autor: Anna Weber · 12.03.2026"]) == []
    # the first row labels a fact (genre, publisher) or the title itself (field_pairs reads that one)
    assert first_row(["Genre: Fantasy · Author: Jane Doe · Pages: 320"]) == []
    assert first_row(["Publisher: Acme · Author: Jane Doe · Pages: 320"]) == []
    assert first_row(["Title: The Pond · Author: Jane Doe · Pages: 320"]) == []
    # no figure: a line of tags, not a record
    assert first_row(["Mood: calm · Author: Jane Doe · Shelf: read"]) == []
    # two authors' rows, or a first row that is a figure
    assert first_row(["Kniha: Voda · Autor: Jan Novák · Autor: Eva Malá · 2019"]) == []
    assert first_row(["Rok: 2019 · Autor: Jan Novák · Strany: 152"]) == []
    # two rows only
    assert first_row(["Kniha: Voda · Autor: Jan Novák 2019"]) == []
