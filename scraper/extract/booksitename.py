"""A site's name read as a book's author: "Review: T | Sitename Books", "T – Sitename Kultur".

A page's <title> ends on the site's name after a bar or a dash, and a review prefix lets any "T | X" be read as a title
and its author. The site's name is the host's own word ("sitename" of sitename.example) with a word or two more (its
language edition, its section: "Hindi", "Books", "Kultur"), so the whole name is not the host's word and the plain
check (book.Context.not_authors, compared whole) lets it pass. Here: a word of the "author" of six letters or more
(a host word's length, as __init__ collects them) is one of the single-word names the page is not by (the host's
words, a one-word blog name), and the text does not name the author's last word, as reviews name authors by their
surname: the name is the site's. A writer who shares a word with the host ("Tolstoy" on a tolstoy.example blog) is
named in the text and stays.
"""

from __future__ import annotations

import re


def _letters(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def site_worded(author: str, not_authors: tuple[str, ...], text: str) -> bool:
    """The "author" holds a single-word name the page is not by, and the text never names its last word."""
    words = author.split()
    hosts = {_letters(n) for n in not_authors if n and len(n.split()) == 1 and len(_letters(n)) >= 6}
    if len(words) < 2 or not hosts or not any(_letters(w) in hosts for w in words):
        return False
    return words[-1].casefold() not in text.casefold()


def host_led(author: str, url: str | None) -> bool:
    """The "author" is led by a label of the page's host, of any length ("RTL Today Kultur" at rtl.example.lu, "NRK
    Bøker" at nrk.example): a site's brand before its edition's or section's words, where a page title's tail sets the
    site's name. A host label short enough to be an acronym is not among the names __init__ collects (six letters or
    more), so site_worded misses it. The brand leads the name, so a label that is the name's last word (a writer who
    shares the host's word, "Marta Tolstoy" at tolstoy.example) is left to site_worded."""
    words = author.split()
    if len(words) < 2 or not url or "//" not in url:
        return False
    host = url.split("//", 1)[1].split("/", 1)[0].split(":", 1)[0].casefold()
    labels = {label for label in host.split(".")[:-1] if len(label) >= 2 and label != "www"}
    if not labels:
        return False
    if any(_letters(w) in labels for w in words[:-1]):
        return True
    # a hyphened host label spells the brand's leading words run together ("Hollins Ridge High School Library" at
    # hollins-ridge.example): two words or more from the name's start, never the whole name
    joined = {_letters(label) for label in labels if "-" in label}
    return bool(joined) and any(_letters("".join(words[:end])) in joined for end in range(2, len(words)))
