"""A shop's product page in any language: its title strings the book's parts with dashes ("Sách - T - A - Publisher |
Shop", "Livre - T - A", "T – A – Publisher"), and its record (a row of a label and a value, the label not read) gives
the author again. The part the record's first name-shaped value matches is the author; the part right before it, the
title (a category word before that is dropped) (book10)."""

from __future__ import annotations

import re

from .book import Book, is_name

_ROW_TAGS = ("div", "li", "tr", "p", "span")


def _record_values(tree) -> list[str]:
    """The values of a record's rows, in order: an element of two children, a short label and a short value."""
    out = []
    for row in tree.iter(*_ROW_TAGS):
        kids = [k for k in row if isinstance(k.tag, str)]
        if len(kids) != 2 or (row.text or "").strip() or any((k.tail or "").strip() for k in kids) \
                or any(k.tag in ("button", "a", "input", "select", "img", "svg") for k in kids):  # (buttons, links: no record)
            continue
        label = _short(kids[0].text_content(), 30)  # (the value's text is read only after a short label's)
        if label and not any(ch.isdigit() for ch in label) and 2 <= len(value := _short(kids[1].text_content(), 60) or "") <= 60:
            out.append(value)
    return out


def _short(text: str, most: int) -> str | None:
    """``" ".join(text.split())`` when it is at most `most` characters long, else None; a long text (a row's whole
    post) is split only as far as its first words: more than (most + 1) // 2 words make a longer line."""
    words = text.split(None, (most + 1) // 2)
    if len(words) > (most + 1) // 2:
        return None
    line = " ".join(words)
    return line if len(line) <= most else None


def dashed_record(tree) -> Book | None:
    if tree is None:
        return None
    values = _record_values(tree)
    # the first value shaped as a name (2 to 4 words, no digits): shops list the author first
    name = next((v for v in values if 2 <= len(v.split()) <= 4 and not any(ch.isdigit() for ch in v) and is_name(v)), None)
    if not name:
        return None
    for title in tree.xpath("//head/title/text()|//meta[@property='og:title']/@content"):
        head = re.split(r"\s+[|·•]\s+", " ".join(title.split()))[0]  # (the shop's name after a bar)
        parts = [p.strip() for p in re.split(r"\s+[-–—]\s+", head)]
        folded = [p.casefold() for p in parts]
        if name.casefold() in folded[1:]:
            at = folded.index(name.casefold())
            book = parts[at - 1]
            if len(book.split()) >= 1 and len(book) >= 2 and book.casefold() not in (v.casefold() for v in values):
                return Book(book, name, source="details")
    return None
