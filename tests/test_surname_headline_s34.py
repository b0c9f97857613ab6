"""A headline naming the author by surname alone before a quoted title, "Surname, “T”: the post's remark", read where
the text gives that surname its given name (the s34 round; own words and markup): ``booksurnamequoted``.

Near misses: a place before the quotes that the text never gives a given name, a lone word before a quoted line of
speech that runs on with no remark set off, and a headline whose lone word is the blogger's own name."""

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookheadline import from_title

_URL = "https://inkwellpaths.example.org/2026/11/salt-road/"
_PARAS = [
    "Chidi Okonkwo's third novel follows two brothers who haul salt across the delta in the dry months, and I read it "
    "over a long weekend with the windows open and the radio off, which suited its patience.",
    "The first half is all weather and rope and argument; the second half turns on a debt that neither brother will "
    "name aloud, and Okonkwo lets the silence do the work that a lesser writer would hand to a speech.",
    "Not everything lands: the river spirit who appears twice feels borrowed from another book, and the last chapter "
    "hurries. But the prose is plain and exact, and the younger brother will stay with me for a long time.",
    "Recommended to anyone who liked slow novels about work and family, and to anyone who has ever owed a sibling money.",
]


def _page(headline: str, paras=_PARAS) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html lang='en'><head><title>{headline} – Inkwell Paths</title></head><body><article class='post'>"
            f"<h1 class='entry-title'>{headline}</h1><div class='entry-content'>{body}</div></article></body></html>")


def test_surname_and_quoted_title_with_a_remark_read_with_the_full_name():
    record = extract_page(_page("Okonkwo, “The Salt Road”: a slow burn"), _URL)
    assert (record.book_title, record.book_author) == ("The Salt Road", "Chidi Okonkwo")


def test_a_surname_with_a_letter_apostrophe_and_a_glued_case_ending():
    text = "Erkin G‘ofurning yangi romanini o‘qidim. G‘ofur qishloq hayotini yaxshi biladi."
    book = from_title("G‘ofur, «Tonggi yo‘l»: bir kechada", Context(text, (), "uz"))
    assert book is not None and (book.title, book.author) == ("Tonggi yo‘l", "Erkin G‘ofur")


def test_a_place_the_text_gives_no_given_name_stays_unread():
    text = "We spent a week in Paris and the whole city smelled of rain. Walking through Paris at night was the best."
    book = from_title("Paris, “La nuit”: notes from a wet week", Context(text, (), "en"))
    assert book is None or book.author is None


def test_a_quoted_line_of_speech_running_on_is_no_book():
    text = "Maria Lopez told the crowd that the library would stay open, and Lopez meant it."
    book = from_title("Lopez, “we stay open” she told them", Context(text, (), "en"))
    assert book is None or book.author != "Maria Lopez"


def test_the_bloggers_own_surname_is_no_author():
    text = "Anna Berg here again: this week a cookbook that I cooked from for a month. Berg's verdict follows."
    book = from_title("Berg, “Kitchen Weeks”: my month of soups", Context(text, ("Anna Berg",), "en"))
    assert book is None or book.author is None
