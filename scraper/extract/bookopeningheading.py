"""The body's opening heading that names the book and its author ("<h2>T — A</h2>" over the review), where the post
title reads as a book only by a weak shape: a title and a name joined by a language's everyday "by" word ("de", "di",
"von": "A Year in the Life of Someone" in Spanish), a dash or a comma, which only the text's naming the name vouches
for. A reviewer who sets the book and its author apart as the post's first heading names the book there; the headline
above it is the post's own (a character's name may close it).

Only the body's first line, when it is one of the first headings, and only when that heading reads as a book with an
author other than the title's, an author the text calls by surname alone; a post title that says "book by author" itself (English
"by", quotes, a review word) keeps its reading.
"""

from __future__ import annotations

from .book import Book, Context, from_title


def opening_heading(book: Book | None, title: str | None, headings: list[str], lines: list[str],
                    context: Context) -> Book | None:
    """The book the body's opening heading names, in place of a weak reading of the post title; else None."""
    if not (book and book.author and book.source == "title" and title and headings and lines):
        return None
    if lines[0] != headings[0]:
        return None  # (the heading is not the body's opening line)
    strong = from_title(title)  # without the text: the shapes that say "book by author" themselves
    if strong is not None and strong.author:
        return None
    found = from_title(headings[0], context)
    if not (found and found.author) or found.author == book.author or found.title.casefold() == book.title.casefold():
        return None
    if not context.person(found.author):
        return None  # the text calls the heading's author by surname alone, as reviews call authors (not "Editorial X")
    return Book(found.title, found.author, found.year, found.publisher, source="heading")
