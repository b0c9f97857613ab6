"""A library catalogue's record heading: the book's h1 and, right under it, the author as catalogues file names
("Johnson, Denis, 1949-2017, author.", "Lagerlöf, Selma, 1858-1940, författare", "Mann, Thomas, 1875-1955"): family
name, comma, given names, then the life dates and the role word (the relator) that library records add. Primo, Koha,
Aspen, Alma and other OPACs print it so; a reader's review on such a page is about that record's book.

Read from the first few elements after the page's one h1 among its siblings (or its box's): a whole element whose text
is such a heading with its dates or its role (a bare "Surname, Name" may be anything). The title is the h1's, its
subtitle after a spaced colon (catalogue style: "T : a novella") left off. A record page with no h1 (SirsiDynix
Enterprise sets its fields in labelled boxes) gives its title statement in the page title, "T : roman / A. | Library",
read when the same page files A so (``_stated_book``).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .book import NAME_WORD, Book, clean_title
from .nodes import raw_text, shown_text

# the role a record gives the name, in our languages (author, writer, of the text)
_RELATOR = (r"(?i:author|writer|auteur|autrice|autor|autora|autore|autrice|Verfasser(?:in)?|Autor(?:in)?|författare|forfatter|"
            r"kirjoittaja|szerző|auteur|schrijver|автор|аўтар|yazar|συγγραφέας|tekijä|höfundur)")
_DATES = r"(?:\d{3,4}\??\s*[-–]\s*(?:\d{3,4}\??)?|b\.\s*\d{4}|born\s+\d{4}|f\.\s*\d{4}|geb\.\s*\d{4}|né\s+en\s+\d{4})"
# (French and other catalogues, BnF's authority form, bracket the dates and leave an open end as dots: "Duras,
# Marguerite (1914-1996). Auteur", "Dupont, Marie (1973-....). Autrice"; the role then follows a full stop)
_PAREN_DATES = r"\(\s*\d{3,4}\??\s*[-–]\s*(?:\d{3,4}\??|\.{2,4}|\?{1,4})?\s*\)"
_HEADING = re.compile(
    rf"^(?P<family>{NAME_WORD}(?:[\s-]{NAME_WORD})?),\s+(?P<given>{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}})"
    rf"(?:\s+\((?P<fuller>{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}})\))?"  # (the given names' fuller form, MARC's $q: "Benson, E. F. (Edward Frederic), 1867-1940")
    rf"(?:,\s*(?P<dates>{_DATES})|\s+(?P<pdates>{_PAREN_DATES}))?(?:[,.]?\s*(?P<role>{_RELATOR}))?\s*\.?$")


_INITIAL_END = re.compile(r"(?<!\w)\w\.$")
_MAX_WORDS = 12  # a heading's words at the most: two family words, three given, dates in three, a role


def filed_name(text: str) -> str | None:
    """"Given Family" of a name filed as catalogues file it, with its dates or role ("Mann, Thomas, 1875-1955"); the
    given names as the heading writes them, initials too, never the bracketed fuller form."""
    return _heading(text) if len(text.split()) <= _MAX_WORDS + 4 else None


def _heading(text: str) -> str | None:
    match = _HEADING.match(" ".join(text.split()))
    if not match or not (match.group("dates") or match.group("pdates") or match.group("role")):
        return None
    if not (match.group("family")[:1].isupper() and match.group("given")[:1].isupper()):
        return None
    given = match.group("given")
    given = given if _INITIAL_END.search(given) else given.rstrip(".")  # (an initial keeps its stop)
    return f"{given} {match.group('family')}"


# The catalogue's title statement (ISBD, MARC 245: "Title : other title / statement of responsibility."), as a record's
# page title gives it before the site's name: "Kamouraska : roman / Anne Hébert. | Library" (the statement may open on
# "by", "par", "von" …; what follows a ";" is a translator's or an illustrator's)
_STATEMENT = re.compile(r"^(?P<title>[^/|:;]{1,120}?)(?:\s+:\s+[^/|]{1,120}?)?\s+/\s+(?:(?i:by|par|von|di|de|door|av|por|przez)\s+)?"
                        r"(?P<by>[^/|;=,.]{3,80}?)\s*(?:[.;][^|]*)?(?:$|\s+[|–—·-]\s+)")


def _stated_book(tree: HtmlElement) -> Book | None:
    """A record page with no one h1: its page title's title statement, "T : sub / A.", when the page also files A
    as catalogues do ("Hébert, Anne, 1916-2000, auteur."): the record's own two fields agree."""
    found = _STATEMENT.match(" ".join(" ".join(tree.xpath("//head/title/text()")).split()))
    if not found:
        return None
    by = found.group("by").strip()
    for part in tree.iter():
        if isinstance(part.tag, str) and not any(isinstance(c.tag, str) for c in part) and "," in (part.text or ""):
            text = part.text_content()
            if len(text.split()) <= _MAX_WORDS and _heading(text) == by:
                title = clean_title(found.group("title"))
                return Book(title, by, source="details") if title else None
    return None


def catalogue_book(tree: HtmlElement) -> Book | None:
    """The book of a catalogue record's heading: the one h1's title, by the filed name under it (or, with no one h1,
    the page title's title statement that the filed name vouches for)."""
    heads = list(tree.iter("h1"))
    if len(heads) != 1:
        return _stated_book(tree) if not heads else None
    head = heads[0]
    title = clean_title(re.split(r"\s+[:/]\s+", shown_text(head), maxsplit=1)[0])
    if not title:
        return None
    after, node = [], head
    for _ in range(2):  # (the h1's siblings after it, then its box's)
        after += [e for e in node.itersiblings() if isinstance(e.tag, str)][:3]
        node = node.getparent()
        if node is None:
            break
    for element in after:
        # (an element holding no other: a row's cell, "<span>Author</span><span>Family, …</span>", read alone)
        for part in [e for e in element.iter() if isinstance(e.tag, str) and not any(isinstance(c.tag, str) for c in e)]:
            text = raw_text(part)  # (a leaf's own text: text_content() without the XPath)
            # (a heading holds its comma and few words: most leaves, a body's paragraphs, are neither, and cost no match)
            author = _heading(text) if "," in text and len(text.split()) <= _MAX_WORDS else None
            if author:
                return Book(title, author, source="details")
    return None
