"""A short post headed by its book's title alone whose first sentence names the writer beside the work
(bookheadlinewriter, s35): "A's last novel …", "the book by A …", "finally read A's T …"; and a rating in words of the
page's language (rm "trais steilas": ratingwords).

Near misses: a notice whose headline the text never says again ("Spring news" over "A's new novel is out"), a first
line naming a person who is no writer of a work, a headline that is a sentence."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookheadlinewriter import headline_writer


def _post(headline: str, paragraphs: list[str], lang: str = "en") -> object:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{headline}</title></head><body>'
            '<header><h1 id="blog-title"><a href="/">Quiet Shelf</a></h1></header>'
            f'<article id="post-body" class="h-entry"><h2 id="title" class="p-name">{headline}</h2>'
            f'<div class="e-content">{body}</div></article></body></html>')
    return extract_page(html, "https://quietshelf.example.org/a-post")


_ESTONIAN = [
    "M. K. Sepp viimane romaan on lugu majakavahist, kes loeb laevu ja kirjutab neile kirju. Tuletorn seisab saarel, "
    "kus keegi teine enam ei ela, ja talv tuleb varakult.",
    "Lugesin seda kahe õhtuga. Tuletorni vaht on kange ja naljakas, aga tema üksindus jääb pärast lugemist kauaks "
    "meelde. Keel on lihtne ja selge, dialoogid lühikesed.",
    "Hinne: neli viiest",
]


def test_et_headline_title_and_writer_opening_the_post():
    record = _post("Tuletorni talv", _ESTONIAN, "et")
    assert record.is_review
    assert (record.book_title, record.book_author) == ("Tuletorni talv", "M. K. Sepp")
    assert record.rating == 0.8


_ROMANSH = [
    "Finalmain legì il cudesch da Mengia Caduff che jau vuleva leger dapi onns. Flurin è in giuven pur en la val, e "
    "sia vita para simpla, ma ella n'è betg.",
    "Il cudesch è curt, ma mintga pagina ha in pais. Jau hai legì plirs chapitels duas giadas, ed il final m'ha "
    "laschà senza pleds durant in'entira saira.",
    "Mia valitaziun: trais steilas",
]


def test_rm_book_by_writer_and_rating_in_words():
    record = _post("Flurin", _ROMANSH, "rm")
    assert record.is_review
    assert (record.book_title, record.book_author) == ("Flurin", "Mengia Caduff")
    assert record.rating_raw == "trais steilas" and record.rating == 0.6


_ENGLISH = [
    "finally read Tova Brennan's Saltmarsh, her second novel, on two grey afternoons and I have thoughts!!",
    "A girl of twelve keeps a diary the summer her father loses the boatyard, and the estuary keeps creeping into "
    "every page: the tides, the mud, the birds she counts instead of sleeping. It is about money and pride in a way "
    "grown-up books rarely manage, and it never lectures.",
    "The middle drifts a little and the uncle is a cartoon, but the diary's voice is so dry and so sad that I read "
    "the last forty pages standing in the kitchen. Give it to anyone who was the quiet kid at school.",
    "also the cover is gorgeous and the little bird drawings between chapters made me want to buy binoculars.",
]


def test_lower_case_headline_is_the_title_the_text_owns():
    record = _post("saltmarsh", _ENGLISH)
    assert record.is_review
    assert (record.book_title, record.book_author) == ("Saltmarsh", "Tova Brennan")


def test_notice_whose_headline_the_text_never_repeats_names_no_book():
    lines = ["Tova Brennan's new novel is out in May from Harbour Press, with a launch at the town library."]
    assert headline_writer("Spring news", lines, Context(lines[0], [], "en")) is None


def test_first_line_naming_a_lender_names_no_writer():
    lines = ["My sister Tova Brennan lent me a book about saltmarsh birds yesterday.", "Saltmarsh birds are loud."]
    assert headline_writer("Saltmarsh", lines, Context("\n".join(lines), [], "en")) is None


def test_headline_that_is_a_sentence_is_no_title():
    lines = ["Tova Brennan's second novel is set on the estuary where she grew up.", "The estuary is wide."]
    assert headline_writer("Why I keep going back to the estuary?", lines, Context("\n".join(lines), [], "en")) is None


def test_blogger_is_no_writer():
    lines = ["Tova Brennan's reading notes: the novel of the month is set on the estuary.", "The estuary is wide."]
    assert headline_writer("Estuary", lines, Context("\n".join(lines), ["Tova Brennan"], "en")) is None
