"""Closing records and names (book40a): a record line in italics set apart among the post's last lines ("T, A. Kind.",
"T: Subtitle, by A, remark.") names the book where its writer is named in the text (``bookitalicrecord``); a
possessive before another word ("Ann's Shelf") is a blog's or a shop's name, never a person's (``book.is_name``); the
Akan given name "Kofi" before a family name is no tipping service (``platforms.PAYMENT_NAME``), so a record naming
such a writer stays in the text; Ewe's "Agbalẽ:" labels a record (``bookinfo``). Near misses: an italic closing line
recommending another book, an italic line whose writer the text never names, a plain (not italic) closing sentence,
a tipping line naming Ko-fi, a person whose name ends in a possessive-free apostrophe ("O'Neill")."""

import pytest

from scraper.extract import extract_page
from scraper.extract.book import is_name
from scraper.extract.bookinfo import without_label
from scraper.extract.promo import PAYMENT_NAME

_PROSE = ("<p>I read these pieces over three evenings in a cold flat, and they stayed with me for weeks. {s} writes"
          " short, sharp scenes about a harbour town and the families who never leave it.</p>"
          "<p>Not every piece lands; a few are sketches more than stories. But {s} has an eye for the one detail that"
          " carries a whole life, and the last story is the best thing I have read this autumn.</p>")


def _page(closing: str, surname: str = "Varga", lang: str = "en") -> str:
    return (f"<html lang='{lang}'><head><title>Harbour lives</title></head><body><article class='post'>"
            f"<h1 class='entry-title'>Harbour lives</h1><div class='entry-content'>{_PROSE.format(s=surname)}"
            f"{closing}</div></article></body></html>")


@pytest.mark.parametrize("closing, book", [
    ("<p><em>Salt and Lanterns, Ilona Varga. Short stories.</em></p>", ("Salt and Lanterns", "Ilona Varga")),
    ("<p><i>Salt and Lanterns: Stories, by Ilona Varga, translated from the Hungarian.</i></p>",
     ("Salt and Lanterns", "Ilona Varga")),
])
def test_an_italic_closing_record(closing, book):
    record = extract_page(_page(closing), "https://harbour.example/2026/11/harbour-lives/")
    assert (record.book_title, record.book_author) == book


def test_an_italic_closing_record_in_french():
    prose = _PROSE.replace("I read", "J'ai lu")  # (another language's record line; the prose stays readable)
    html = _page("<p><em>Sel et lanternes, Ilona Varga. Nouvelles.</em></p>").replace(_PROSE.format(s="Varga"),
                                                                                   prose.format(s="Varga"))
    record = extract_page(html, "https://port.example/2026/11/vies/")
    assert (record.book_title, record.book_author) == ("Sel et lanternes", "Ilona Varga")


@pytest.mark.parametrize("closing", [
    "<p><em>If you liked it, try The Quiet Pier by Tomas Reed.</em></p>",      # another book, its writer unnamed
    "<p><em>Next month: The Quiet Pier, Tomas Reed. Novel.</em></p>",         # the next read
    "<p>Salt and Lanterns, Ilona Varga. Short stories.</p><p>Thanks for reading, see you soon.</p>"
    "<p>More next week.</p>",                                                 # not set apart in italics
])
def test_no_record_from_other_closing_lines(closing):
    record = extract_page(_page(closing), "https://harbour.example/2026/11/harbour-lives/")
    assert record.book_author != "Tomas Reed"


def test_a_plain_closing_line_is_not_the_italic_readers():
    import lxml.html
    from scraper.extract.book import Context
    from scraper.extract.bookitalicrecord import italic_record
    post = lxml.html.fromstring("<div><p>Varga writes well.</p><p>Salt and Lanterns, Ilona Varga. Short stories.</p>"
                                "<p>More next week.</p></div>")
    lines = ["Varga writes well.", "Salt and Lanterns, Ilona Varga. Short stories.", "More next week."]
    assert italic_record(lines, Context("\n".join(lines), (), "en"), post) is None
    post = lxml.html.fromstring("<div><p>Varga writes well.</p><p><em>Salt and Lanterns, Ilona Varga. Short stories.</em>"
                                "</p><p>More next week.</p></div>")
    assert italic_record(lines, Context("\n".join(lines), (), "en"), post).author == "Ilona Varga"


@pytest.mark.parametrize("text, ok", [
    ("Mirna's Shelf", False), ("Ann’s Book Nook", False), ("Eoin O'Neill", True), ("Ngozi D'Souza", True),
])
def test_a_possessive_is_no_persons_name(text, ok):
    assert is_name(text) is ok


@pytest.mark.parametrize("text, paid", [
    ("Kofi Mensah, The River Road (Sedco, 1999)", False),
    ("Ama and Kofi Boateng wrote it together.", False),
    ("Tip me on Ko-fi if you liked this!", True),
    ("Buy me a coffee on Kofi: the link is in my profile.", True),
])
def test_kofi_the_name_and_ko_fi_the_service(text, paid):
    assert bool(PAYMENT_NAME.search(text)) is paid


def test_the_ewe_book_label():
    assert without_label("Agbalẽ: The River Road, Kofi Mensah (Sedco, 1999)") == "The River Road, Kofi Mensah (Sedco, 1999)"
    assert without_label("Agbalẽxlẽ: notes") == "Agbalẽxlẽ: notes"   # a word that only begins like the label
