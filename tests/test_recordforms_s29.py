"""Record forms: a product h1's review rubric off the title ("Label: T — A"), the Arabic comma in a record line
("A، «T»، House، 2007"), Hebrew's title in apposition to "the novel of A"."""

import lxml.html

from scraper.extract.book import Context
from scraper.extract.bookquotedrecord import quoted_record
from scraper.extract.bookscripts import script_pair
from scraper.extract.bookshoprow import labelled_row


def _product(h1, body):
    return lxml.html.fromstring(f"""<html><body><div class="shop"><div class="head"><h1>{h1}</h1>
<p class="price">₹ 350</p><button>Add to cart</button></div></div><div class="post">{body}</div></body></html>""")


def test_product_heading_rubric_off_the_title():
    cases = [
        ("पुस्तक समीक्षा: नीला घर — रमेश चंद्र", "रमेश चंद्र", "चंद्र की भाषा सरल है। चंद्र हर अध्याय में। चंद्र।"),
        ("Book review: The Quiet Mill — Oskar Lund", "Oskar Lund", "Lund writes slowly. Lund again. Lund."),
        ("Recensione: La casa vuota — Marta Bellini", "Marta Bellini", "Bellini scrive. Bellini ancora. Bellini."),
    ]
    for h1, author, body in cases:
        found = labelled_row(_product(h1, f"<p>{body}</p>"))
        assert found is not None, h1
        assert found[1] == author and ":" not in found[0], found


def test_product_heading_without_a_rubric_keeps_its_title():
    found = labelled_row(_product("The Quiet Mill — Oskar Lund", "<p>Lund writes slowly. Lund again. Lund.</p>"))
    assert found == ("The Quiet Mill", "Oskar Lund")


def test_record_line_with_the_arabic_comma():
    # ar, fa, ur: "A، «T»، House، City، Year"
    for line, title, name in [
        ("سامر العلي، «بيت الرمل»، دار الساحل، بيروت، 2019، 300 صفحة.", "بيت الرمل", "سامر العلي"),
        ("پرویز ساعدی، «باغ خاموش»، نشر چشمه، تهران، ۱۳۹۸.", "باغ خاموش", "پرویز ساعدی"),
        ("حامد رضوی، «سرخ دریا»، سنگ میل، لاہور، 2015۔", "سرخ دریا", "حامد رضوی"),
    ]:
        found = quoted_record(line, lambda n: True)
        assert found is not None and found[:2] == (title, name), line


def test_record_line_with_a_latin_comma_unchanged():
    found = quoted_record("Oskar Lund, „Die Mühle“, Verlag Nord, 2019.")
    assert found is not None and found[:2] == ("Die Mühle", "Oskar Lund")


def test_hebrew_title_in_apposition_to_the_novel_of_a():
    context = Context("גלעדי כותבת בשקט. גלעדי יודעת לסיים פרק.", (), "he")
    for line in ['"בית על החוף", הרומן הראשון של מיכל גלעדי, נפתח במכתב.',
                 '"בית על החוף", הספר החדש של מיכל גלעדי, יצא השנה.',
                 '"בית על החוף" של מיכל גלעדי נפתח במכתב.']:
        assert script_pair(line, context) == ("בית על החוף", "מיכל גלעדי"), line


def test_hebrew_apposition_of_another_noun_is_not_read():
    # '"T", the house of A': no book's noun in apposition
    context = Context("גלעדי כותבת בשקט. גלעדי יודעת לסיים פרק.", (), "he")
    assert script_pair('"בית על החוף", הבית של מיכל גלעדי, עומד ריק.', context) != ("בית על החוף", "מיכל גלעדי")
