"""A letter-shaped review's postscript that gives the book's record (bookpostscript): "P.S. for readers who are not
Ms Orwin: Elsa Orwin, The Glass Orchard, 1961." The mark and the writer's lead up to the colon are no part of the
title. Near misses: a postscript naming another book the text never names, a postscript that is a sentence, and a
record line with no postscript, still read."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookpostscript import postscript_record

_LETTER = [
    "Dear Ms Orwin,",
    "I finished The Glass Orchard on the train last week and I still owe you a proper answer.",
    "The sisters who run the orchard are drawn so finely that I kept hearing their voices for days after.",
    "I will admit the middle drags, and the long storm chapter tested me, but the ending made up for it.",
    "With thanks and a little impatience,<br>Maren",
]


def _book(postscript: str, headline: str = "A letter about a house of glass", letter: list[str] = _LETTER):
    body = "".join(f"<p>{p}</p>" for p in letter) + f"<p><em>{postscript}</em></p>"
    html = (f'<html lang="en"><head><meta charset="utf-8"><title>{headline}</title></head><body>'
            f'<article class="post"><h1 class="post-title">{headline}</h1><div class="body markup">{body}</div>'
            "</article></body></html>")
    page = extract_page(html, "https://letters.example.com/p/a-letter-about-glass")
    return page.book_title, page.book_author


def test_postscript_record_gives_the_book():
    assert _book("P.S. for readers who are not Ms Orwin: Elsa Orwin, The Glass Orchard, first published 1961; "
                 "I read a library copy.") == ("The Glass Orchard", "Elsa Orwin")


def test_postscript_naming_another_book_is_no_record():
    line = "P.S. out next spring: Winter Bees, Tom Harrow, 2027."
    context = Context("\n".join([*_LETTER, line]))  # (the text holds the line itself)
    assert postscript_record(line, context) is None
    title, author = _book("P.S. out next spring: Winter Bees, Tom Harrow, 2027.")
    assert (title, author) != ("Winter Bees", "Tom Harrow") and "P.S." not in (title or "")


def test_postscript_sentence_is_kept_as_it_is_when_no_mark():
    context = Context("\n".join(_LETTER))
    line = "Personal note: Elsa Orwin, The Glass Orchard, 1961."
    assert postscript_record(line, context) == line


def test_mark_alone_before_the_record():
    line = "PS: Elsa Orwin, The Glass Orchard, 1961."
    context = Context("\n".join([*_LETTER, line]))
    assert postscript_record(line, context) == "Elsa Orwin, The Glass Orchard, 1961."


def test_word_starting_like_the_mark_is_none():
    context = Context("\n".join(_LETTER))
    line = "PSalms of the Orchard, Elsa Orwin, 1961."
    assert postscript_record(line, context) == line


def test_title_opening_with_the_mark_is_left_whole():
    line = "P.S. I Will Write Again, Elsa Orwin, 1961."
    context = Context("\n".join([*_LETTER, line]))
    assert postscript_record(line, context) == line
    line = "P.S. Come Home: A Novel, Elsa Orwin, 1961."  # (a capitalised lead: a title's)
    assert postscript_record(line, Context("\n".join([*_LETTER, line]))) == line
