"""A fan-fiction archive's work page names the book its work is about in its fandom tag, which the Archive of Our Own
(AO3) and archives built like it spell "Title - Author" ("Good Omens - Neil Gaiman & Terry Pratchett"; a fandom known in
two languages: "T - A | T' - A'"): the one fandom tag of the work's tag list (``dd.fandom``) gives the book, when the text
names the author's surname. And a web-fiction site's fiction header over a reader's review (Royal Road, Wattpad,
Scribble Hub): the page's one h1 is the fiction's title, and beside it a line "by <handle>" links to its writer's profile
page; writers there go by handles ("pirateaba"), not names. Read only where the page's <title> calls the page a review of
that title ("Review of T by <reviewer>"), so that a post's own byline under its headline is never taken for a writer.
(bookrescue asks both, through ``archive_book``, for a review whose book the other rules left unfound.)
"""

from __future__ import annotations

import re

from .casefold import whole_word
from .book import BY, REVIEW_PREFIX, Book, Context, is_name

_FANDOM = "dd[contains(concat(' ', normalize-space(@class), ' '), ' fandom ')]//a"
# "A and B Surname" (siblings, a couple), "A & B": each part a name, or given names sharing the last part's surname
_JOIN = re.compile(r"\s+(?:&|and|und|et|y|e|en|och|og|i|и|і|та|a)\s+")


def _authors(text: str, context: Context) -> bool:
    """Each of the joined names is a name, or a given name before the surname of the last ("Аркадий и Борис
    Стругацкие"), and the text names the last surname."""
    parts = [p.strip() for p in _JOIN.split(text) if p.strip()]
    if not parts or len(parts) > 3 or not is_name(parts[-1]):
        return False
    ok = all(is_name(p) or len(p.split()) == 1 and p[:1].isupper() and p.isalpha() for p in parts[:-1])
    return ok and context.vouches_for(parts[-1])


def fandom_book(tree, context: Context | None) -> Book | None:
    """The book of a work page's one fandom tag ("T - A"), or None."""
    if tree is None or context is None:
        return None
    links = tree.getroottree().getroot().xpath("//" + _FANDOM)
    if len(links) != 1:
        return None
    name = " ".join(links[0].text_content().split()).split(" | ")[0]
    title, dash, author = name.rpartition(" - ")
    if not dash or not title.strip() or not _authors(author, context):
        return None
    return Book(title.strip(), author.strip(), source="rescue")


_PROFILE = re.compile(r"/(?:profiles?|users?|u|members?|writers?|authors?)/[^/?#]+/?$", re.I)
_BY_LINE = re.compile(rf"^(?:{BY}|от|від|oleh)\s+(\S{{2,40}})$", re.I)
_HANDLE = re.compile(r"^[\w.\-]{2,40}$")


def fiction_header(tree) -> Book | None:
    """The fiction a reader's review sits under: the one h1, and "by <a href=/profile/…>handle</a>" beside it."""
    if tree is None:
        return None
    root = tree.getroottree().getroot()
    heads = [h for h in root.iter("h1") if any(a.tag == "body" for a in h.iterancestors())]
    page_title = " ".join((root.findtext(".//title") or "").split())
    if len(heads) != 1 or not page_title:
        return None
    title = " ".join(heads[0].text_content().split())
    review = REVIEW_PREFIX.match(page_title)
    if not title or not review or not page_title[review.end():].startswith(title):
        return None  # the page's title does not call it a review of the h1's title
    reviewer = page_title[review.end() + len(title):]
    box = heads[0].getparent()
    for element in box.iter() if box is not None else ():
        line = " ".join(element.text_content().split()) if isinstance(element.tag, str) and element is not heads[0] else ""
        by = _BY_LINE.match(line)
        links = [a for a in element.iter("a") if _PROFILE.search(a.get("href") or "")] if by else []
        if len(links) == 1 and " ".join(links[0].text_content().split()) == by.group(1) and _HANDLE.match(by.group(1)) \
                and not whole_word(reviewer, by.group(1)):
            return Book(title, by.group(1), source="rescue")
    return None


def archive_book(tree, context: Context | None) -> Book | None:
    """A fan-fiction archive's fandom tag, or a web-fiction site's fiction header (see the module's note)."""
    return fandom_book(tree, context) or fiction_header(tree)
