"""bookpagetitles.review_head, narrowed (rev30b): the head of a headline "T review" is a book's title only where the text
names T as a book: with its author after a by-word ("T by A", "T von A"), called a book or its kind right before or
after it ("T is a novel", "la novela T", "T jest powieścią"), or with a book's record (pages, ISBN). Near misses: a
film's, a device's, a club meeting's or a tour's "T review", and labels alone. And bookrescueauthor: a name credited
as translator, illustrator, narrator or editor ("T, translated by B") is never the book's author. Texts invented for
these tests, in our own words."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookpagetitles import review_head


def _head(headline: str, text: str) -> str | None:
    return review_head(headline, Context(text, (), None))


def test_a_head_the_text_calls_a_book():
    assert _head("Tidewater review", "Tidewater is a quiet novel about a ferry town. I loved it.") == "Tidewater"
    assert _head("La casa azul reseña", "Leí la novela La casa azul en dos noches. Me gustó mucho.") == "La casa azul"
    assert _head("Ciche miasto recenzja", "Ciche miasto to książka o małym porcie. Ciche miasto, 320 stron.") \
        == "Ciche miasto"
    assert _head("Nebelhafen Rezension", "Nebelhafen von Jana Keller hat mich lange beschäftigt.") == "Nebelhafen"


def test_a_head_that_is_no_book():
    film = ("I loved the book, but Varga's Sand Kings Part Two is a gorgeous piece of cinema. I would see Sand Kings "
            "Part Two again tomorrow.")
    assert _head("Sand Kings Part Two review", film) is None
    device = "The Lumen Slate is heavy in one hand, but the Lumen Slate screen is sharp. For books in bed, too much."
    assert _head("Lumen Slate review", device) is None
    club = "Our Book Club met on Thursday. The Book Club argued about the long sentences in the new novel."
    assert _head("Book Club review", club) is None
    tour = "It is my stop on the Blog Tour today. Thanks for the Blog Tour invitation and the novel."
    assert _head("Blog Tour review", tour) is None
    assert _head("Peer review", "Peer review is slow, and this novel knows it.") is None
    # a translator's credit between the title and the name is no "T by A"
    assert _head("The Salt Year review", "The Salt Year, translated by Ana Lund, won a prize in 2021.") is None


PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{h} | Quiet Shelf</title></head><body>
<main><article><h1>{h}</h1><div class="entry-content">
<p>The Salt Year, translated by Ana Lund, won a big prize in 2021, and I finally read it this winter. A woman stops
speaking after a storm, and her brother, her husband and her neighbour each tell us what that does to them.</p>
<p>Lund's English is spare and cold, which suits a book about silence. Mirela Osk never lets the woman speak for
herself, and that silence is the point. Rating: 4/5.</p></div></article></main></body></html>"""


def test_the_translator_is_never_the_author():
    for headline in ("The Salt Year review", "The Salt Year", "Review: The Salt Year"):
        record = extract_page(PAGE.format(h=headline).encode(), "https://quietshelf.example/2026/11/salt-year")
        assert record.book_author != "Ana Lund", headline
