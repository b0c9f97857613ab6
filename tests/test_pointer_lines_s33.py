"""Pointer lines spliced into a short review (the s33 round; own words and markup).

- Micro.blog's reading shelf: a short lead ending in a colon, then one link to the site's own "/bookshelves/<shelf>/",
  after the review's last paragraph (tailpointer). Near misses: a shelf on another site, a lead of one word (a field).
- Tigrinya and Amharic 'read also' labels before a related post's title (edges.READ_ALSO, readalsoline). Near miss:
  the same words inside a sentence of the review.
"""

import pytest
from lxml import html as lhtml

from scraper.extract import extract_page
from scraper.extract.tailpointer import tail_pointer

_EN = [
    "A retired lighthouse keeper writes one letter a week to the wife who left him, and never posts a single one of them.",
    "The letters are funny and bitter by turns, and the storms between them are written with a sailor's precise eye.",
    "It is short and it is sad, and I read it in one sitting on a grey Sunday afternoon with the radio off.",
]


def _en_page(after: str) -> str:
    return ("<html lang='en'><head><title>Letters Never Posted</title></head><body><main><article class='post h-entry'>"
            "<h1 class='p-name'>Letters Never Posted</h1><div class='e-content'>"
            + "".join(f"<p>{p}</p>" for p in _EN) + f"{after}</div></article></main></body></html>")


_URL = "https://gullnotes.example.blog/2026/12/02/letters-never-posted.html"


def test_bookshelf_line_after_the_review_goes():
    html = _en_page("<p>Also on my bookshelf: <a href='/bookshelves/finished/'>Finished</a></p>")
    assert "bookshelf" not in extract_page(html, _URL).body_text


@pytest.mark.parametrize("line", [
    "<p>My shelf on the club's site: <a href='https://readersclub.example.org/bookshelves/finished/'>Finished</a></p>",
    "<p>Shelf: <a href='/bookshelves/finished/'>Finished</a></p>",  # a field's label
    "<p>Also on my bookshelf: <a href='/bookshelves/finished/'>Finished</a>, with six others</p>",  # words after it
    "<p>Also on my bookshelf: <a href='/about/'>Finished</a></p>",  # no shelf's address
])
def test_lines_that_are_no_shelf_pointer(line):
    assert not tail_pointer(lhtml.fragment_fromstring(line), "gullnotes.example.blog")


def test_shelf_pointer_shape():
    line = "<p>Also on my bookshelf: <a href='/bookshelves/finished/'>Finished</a></p>"
    assert tail_pointer(lhtml.fragment_fromstring(line), "gullnotes.example.blog")


_TI = [
    "እዚ መጽሓፍ ብዛዕባ ሓንቲ ስድራ ኣብ ገጠር ዝነበረት እዩ። ቋንቋኡ ቀሊልን ጽቡቕን እዩ፡ ብሓደ ምሸት ድማ ኣንቢበዮ።",
    "ደራሲ ነቲ ናብራ ገጠር ብዓይኒ ናይ ሓንቲ ጓል ስለ ዝርእዮ፡ ብዙሕ ክፍልታት ልቢ ዝትንክፍ እዩ። ገለ ምዕራፋት ግን ነዊሕ እዩ።",
]


def _ti_page(middle: str) -> str:
    return ("<html lang='ti'><head><title>ገጠር — ሳባ ኪዳነ</title></head><body><article><h1 class='entry-title'>"
            "ገጠር — ሳባ ኪዳነ</h1><div class='entry-content'>" f"<p>{_TI[0]}</p>{middle}<p>{_TI[1]}</p>"
            "<p><strong>ገምጋመይ፦</strong> 4/5</p></div></article></body></html>")


def test_tigrinya_read_also_line_goes():
    html = _ti_page("<p>ከምኡ'ውን ኣንብቡ: <a>ግጥምታት ካብ ኣስመራ</a></p>")
    assert "ኣንብቡ" not in extract_page(html, "https://geter.example.er/2026/12/geter/").body_text


def test_tigrinya_also_inside_a_sentence_stays():
    sentence = "ከምኡ'ውን ኣንብቡ ዝብል ምኽሪ ኣይሃብኩን፡ ግን እዚ መጽሓፍ ንኹሉ ዝበቅዕ እዩ ኢለ ይኣምን።"
    html = _ti_page(f"<p>{sentence}</p>")
    assert "ዝብል ምኽሪ" in extract_page(html, "https://geter.example.er/2026/12/geter/").body_text
