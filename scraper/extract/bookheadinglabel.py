"""A heading in the post that opens on a label of the newsletter's or the column's own ("Book of the month: A – T",
"Kniha měsíce: A – T", "Libro del mes: T, A"), then names the book as a headline does: read without the label.

What tells a label from a title's main part ("Middlemarch: A Study of Provincial Life – George Eliot") is where the text
names it: a post names its book by the title's main part again, while a label stands once, in the heading (the text
may decline it, "the book of the month" in lower case, but never repeats it as written). The label is one to four
words with no figure, no person's name; what follows must read as a book and its author by the headline's rules, the
text vouching for the author as it does for a headline (``bookheadline.from_title`` with the post's context).
"""

from __future__ import annotations

import re

from .book import Book, Context, is_name
from .bookheadline import from_title

_LABELLED = re.compile(r"^\s*([^\W\d_][^:：\d]{0,40}?)\s*[:：]\s+(\S.*)$")
_DASHED = re.compile(r"^[^\W\d_][^«»„“”\"‘’‚‹›「」『』《》]*?\s[–—-]\s+[^\W\d_][^«»„“”\"‘’‚‹›「」『』《》]*$")


def labelled_heading(heading: str | None, context: Context, headline: bool = False) -> Book | None:
    """The book a heading names after its label, or None."""
    match = _LABELLED.match(heading or "")
    if not match:
        return None
    label, rest = match.group(1).strip(), match.group(2).strip()
    if headline and not (_DASHED.match(rest) and all(part.strip()[:1].isupper() for part in re.split(r"\s[–—-]\s", rest))):
        return None
    if not 1 <= len(label.split()) <= 4 or is_name(label) or context.text.count(label) > 1:
        return None
    found = from_title(rest, context)
    if not found or not found.author or found.author in label or label in found.title:
        return None
    found.source = "heading"
    return found


# A headline's kicker kept in the title ("Section: T – A" read as "Section: T" / A): the part before the colon is a
# label of the site's when the text never names it and the page shows it by itself elsewhere, as a section or
# category name (a breadcrumb, a rubric over the headline, the byline's category; declined or in the plural:
# a shared stem of five letters), in an element of its own that does not hold the rest of the title.
_KICKER = re.compile(r"^([^\W\d_][^:：\d«»„“”\"]{0,40}?)\s*[:：]\s+([^\W\d_].*)$")
_WORD = re.compile(r"[^\W\d_]{4,}")
_SHOWN = frozenset(("div", "span", "a", "li", "nav", "ol", "ul", "small", "strong", "b", "em", "section"))


def _stems(text: str) -> set[str]:
    return {w.casefold()[:5] for w in _WORD.findall(text)}


def kicker_off(book: Book | None, headline: str | None, text: str, elements) -> Book | None:
    """The book with its headline's section label taken off its title, or the book as it was (``elements``: the
    page's elements as they were before the cleaning, walked only when the title opens on an unnamed label)."""
    if not book or not book.author or ":" not in (book.title or "") and "：" not in (book.title or ""):
        return book
    match = _KICKER.match(book.title)
    if not match or not (headline or "").lstrip().startswith(match.group(1)):
        return book
    label, rest = match.group(1).strip(), match.group(2).strip()
    # (a name-shaped label is a person only where it is the author or the text calls it by its last word, capitalised:
    # a rubric's capitalised words, "Kurz Gelesen", "Short Takes", are named nowhere in the text)
    if not 1 <= len(label.split()) <= 3 or label.casefold() in text.casefold() or is_name(label) and (
            any(w in book.author.split() for w in label.split())
            or re.search(rf"(?<!\w){re.escape(label.split()[-1])}(?!\w)", text)):
        return book
    stems = _stems(label.split()[0])
    if not stems:
        return book
    probe = rest.split()[0].casefold()
    for element in elements:
        if element.tag not in _SHOWN or len(element) > 8:
            continue
        shown = element.text_content()
        if len(shown) > 80 or probe in shown.casefold():
            continue
        if stems & _stems(shown):
            book.title = rest
            return book
    return book
