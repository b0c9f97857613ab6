"""A bookseller's or a bibliography's record that names the author surname first, "Surname, Given. *T*." ("Stock no. 41
· Llewellyn, Richard. <em>How Green Was My Valley</em>. London: House, 1939."), read before cleaning (a shop's item
record is taken out of the text with its price and button).

The inverted name is a capitalised surname, a comma, one to three given names or initials and a full stop, set right
before the title in italics (<em>, <i>, <cite>) in the same block; the title is short (twelve words at most) and no
sentence. Given back as "Given Surname". A record led by a label and its colon ("Further reading: …", "Source: …")
cites another work. Read only where the post vouches for both outside the block: it names the
surname again (a review calls its author so) and the title again (a caption, a sentence). A list of several such
records (a bibliography, a catalogue page) names no one book: none is read. A place and its country ("Cardiff, Wales.
*Western Mail*") has the shape, but the post speaks of no "Cardiff" as the writer of a title it names again.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .book import Book, clean_title, is_name

_WORD = r"[A-ZÀ-Þ][\w'’-]+"
_GIVEN = rf"(?:{_WORD}|[A-Z]\.)"
# "Llewellyn, Richard. " or "Le Guin, Ursula K. " closing the text before the title
_INVERTED = re.compile(rf"(?<![\w-])((?:{_WORD}\s)?{_WORD}),\s+({_GIVEN}(?:\s+{_GIVEN}){{0,2}})\.?\s*$")
_SENTENCE_END = re.compile(r"[.!?:;]$")


def _text(element: HtmlElement) -> str:
    return re.sub(r"\s+", " ", element.text_content()).strip()


def _before(block: HtmlElement, mark: HtmlElement) -> str:
    """The block's text before `mark`, in reading order."""
    holders = set(mark.iterancestors())  # (their tails come after the mark)
    parts = [block.text or ""]
    for element in block.iterdescendants():
        if element is mark:
            break
        parts += [element.text or "", "" if element in holders else element.tail or ""]
    return re.sub(r"\s+", " ", "".join(parts))


def inverted_record(post: HtmlElement | None) -> Book | None:
    """(title, "Given Surname") of the post's one "Surname, Given. *T*." record the post vouches for; else None."""
    if post is None:
        return None
    whole = post.text_content()
    found = set()
    for mark in post.iter("em", "i", "cite"):
        block = next((a for a in mark.iterancestors() if a.tag in ("p", "li", "dd", "div", "figcaption", "td")), None)
        title = _text(mark)
        if block is None or not title or len(title.split()) > 12 or _SENTENCE_END.search(title) or not title[:1].isupper():
            continue
        before = _before(block, mark).rstrip()
        match = _INVERTED.search(before)
        if match is None or before[:match.start()].rstrip().endswith((":", "：")):
            continue  # (a record a label leads, "Further reading: Orwell, George. *T*.", "Source: …": a work cited)
        name = f"{match.group(2)} {match.group(1)}"
        surname, here = match.group(1).split()[-1], _text(block)
        if not is_name(name) or len(name.split()) > 5:
            continue
        if whole.count(surname) - here.count(surname) >= 1 and whole.count(title) - here.count(title) >= 1:
            found.add((clean_title(title), name))
    return Book(*found.pop(), source="details") if len(found) == 1 else None
