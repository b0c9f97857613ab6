"""The body's opening heading that names the book and its author ("<h2>T — A</h2>" over the review), where the post
title reads as a book only by a weak shape: a title and a name joined by a language's everyday "by" word ("de", "di",
"von": "A Year in the Life of Someone" in Spanish), a dash or a comma, which only the text's naming the name vouches
for. A reviewer who sets the book and its author apart as the post's first heading names the book there; the headline
above it is the post's own (a character's name may close it).

Only the body's first line, when it is one of the first headings, and only when that heading reads as a book with an
author other than the title's, an author the text calls by surname alone; a post title that says "book by author" itself (English
"by", quotes, a review word) keeps its reading.

``opening_line``: the same naming set as the body's opening paragraph rather than a heading ("<p>A – T</p>" over the
stars, as papers set the reviewed book above their review), read when nothing else named the book with its author: one
of the body's first two lines, short (at most ten words), no sentence (no closing full stop, question or exclamation
mark), whose two sides a spaced dash parts, read as a headline is, its author one the text calls by surname alone.
A record line parts them by a comma and closes on its copy's note in brackets ("T, A (House paperback, well read)"):
read the same, without the note; a note that credits someone ("Edinburgh, A (photo: B)", "(© B)", "(photo by B)") is a
picture's caption, its place and its sitter, no record. On a page written all in lower case ("bujold writes …") the surname is found
whatever its case.
"""

from __future__ import annotations

import re

from .book import Book, Context
from .bookheadline import from_title
from .bookscripts import lower_case_page


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


_DASHED = re.compile(r"\S\s[-–—]\s\S")
# a record line "T, A (note)": one comma before the name, the copy's note in brackets closing the line
_NOTED = re.compile(r"([^,()]+,\s[^,()]+?)\s*\(([^()]{2,80})\)")
# a credit in the note: a label's colon, a copyright sign, or "by" before a capitalised name (not the particles "de",
# "van", "di", which also join a house's name: "Livre de Poche", "Éditions de Minuit")
_CREDIT = re.compile(r"[:：©]|(?<!\w)[Bb]y\s+[^\W\d_a-z]")


def opening_line(lines: list[str], context: Context) -> Book | None:
    """The book a short "A – T" (or "T – A") line opening the body names, its author called by surname in the text."""
    lower = lower_case_page(context.text)
    person = Context(context.text, context.not_authors, context.language, ignore_case=True).person if lower \
        else context.person
    for line in lines[:2]:
        line = line.strip(" *_")
        if (noted := _NOTED.fullmatch(line)) and not _DASHED.search(line) and not _CREDIT.search(noted.group(2)):
            line = noted.group(1)  # ("T, A (House paperback)": the record, its note off)
        elif not _DASHED.search(line):
            continue
        if len(line.split()) > 10 or re.search(r"[.!?:]$", line):
            continue
        found = from_title(line, context)
        if found and found.author and person(found.author):
            return Book(found.title, found.author, found.year, found.publisher, source="heading")
    return None
