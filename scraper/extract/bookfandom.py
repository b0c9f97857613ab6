"""A fan-fiction archive's work page names the book its work is about in its fandom tag, which the Archive of Our Own
(AO3) and archives built like it spell "Title - Author" ("Good Omens - Neil Gaiman & Terry Pratchett"; a fandom known in
two languages: "T - A | T' - A'"): the one fandom tag of the work's tag list (``dd.fandom``) gives the book, when the text
names the author's surname. (bookrescue asks it for a review whose book the other rules left unfound.)
"""

from __future__ import annotations

import re

from .book import Book, Context, is_name

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
