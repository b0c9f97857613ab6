"""A headline that opens with the name of a column or a series of posts ("Bookseller's pick: a cat, a snake and two
homelands"), where the page's own <title> (or og:title) opens with the same name and then gives the book instead of
the headline's remark ("Bookseller's pick: T | Shop"): the column's name is no title, the <title>'s part is, when the
post names it. And an author a post names in a case (a Finnish or Estonian genitive, "Pajtim Statovcin"), where the text
also says the surname bare: the bare form. Read by ``bookrescue.rescue``.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .casefold import whole_word
from .book import clean_title, is_name
from .bookcaptiontitle import caption_titles
from .bookseries import series_free as _series_free

# a <title>'s tail: the site's name after a pipe, a spaced dash or a middle dot
_SITE_TAIL = re.compile(r"\s+[|–—·-]\s+.*$|\s*\|.*$")


def column_title(headline: str | None, tree: HtmlElement | None, text: str) -> tuple[str, str] | None:
    """(the column's name, the title) when the headline is "Name: remark" and the page's <title> "Name: T | Site", T a
    capitalised title of one to eight words that the post names and the headline does not."""
    if tree is None or not headline or ":" not in headline:
        return None
    label, _, remark = (" ".join(headline.split())).partition(":")
    label = label.strip()
    if not 1 <= len(label.split()) <= 4 or whole_word(text, label):
        return None  # (a title the post names: "Piranesi: a house of halls" is the book's own heading)
    for other in tree.xpath("//head/title/text()|//meta[@property='og:title']/@content"):
        other = " ".join(other.split())
        if not other.startswith(label + ":"):
            continue
        title = clean_title(_SITE_TAIL.sub("", other[len(label) + 1:].strip()))
        if title and title[0].isupper() and 1 <= len(title.split()) <= 8 and title not in remark \
                and whole_word(text, title) and not _person(title, text):
            return label, title
    return None


def _person(name: str, text: str) -> bool:
    """A name the text calls by its last word alone ("Piranesi: Susanna Clarke | Blog" gives its author, no title)."""
    return is_name(name) and len(re.findall(rf"(?<!\w){re.escape(name.split()[-1])}(?!\w)", text)) > text.count(name)


def series_free(candidates: list[tuple[str, bool]], headline: str, tree: HtmlElement | None, text: str) -> list[tuple[str, bool]]:
    """``bookseries.series_free``'s candidates, a column's name put aside for the title the page's <title> gives."""
    column = column_title(headline, tree, text)
    if column:
        candidates = [(column[1], True)] + [c for c in candidates if c[0] != column[0]]
    captioned = [(t, True) for t in caption_titles(tree, text)]  # (the post's picture's "T, de A": before a bare headline)
    return captioned + [c for c in _series_free(candidates, headline, tree, text) if c not in captioned]


# languages that put a case ending on a name (Finnish "Statovcin", Swedish "Janssons", Polish "Tokarczuka"); elsewhere
# a shorter word the text says is another person ("Anna Marian" and her character "Maria")
_CASED_NAMES = frozenset("fi et hu de sv da no nb nn is pl cs sk sl hr sr bs lt lv ru uk be".split())


def own_form(name: str, text: str, language: str | None) -> str:
    """A name whose last word the text also says bare, one or two letters shorter ("Statovcin" / "Statovci"), in a
    language that declines names: that form (a case ending off the surname); else the name as found."""
    words = name.split()
    if (language or "")[:2].lower() not in _CASED_NAMES or len(words) < 2 or len(words[-1]) < 6 or not words[-1][:1].isupper():
        return name
    for cut in (1, 2):
        bare = words[-1][:-cut]
        if whole_word(text, bare):
            return " ".join(words[:-1] + [bare])
    return name
