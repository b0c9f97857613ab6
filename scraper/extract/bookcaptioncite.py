"""A picture's caption that cites the book as a bibliography does, the name and the title set apart by a comma and the
year in brackets after them: "A, T (1953). Our copy, found …", "T, A (Publisher, 2019)"; or by a colon, the author
first, as Hungarian, German, Czech or Polish captions cite a book: "A: T (Publisher, 2013)". The bracketed year makes the
caption a citation (a portrait's caption, "A, Paris", seldom dates itself so); under a cover, a library's dotted order
too, "A. T. Publisher, 2026", the name first; the picture shows that book (its alt
text or its file names a cover, or spells the title: "cover-t.jpg"); and the text calls the person by surname. The
side that is a name the text names is the author, the other the title, in either order. Read by ``bookcover`` after
its own caption rules; the words of a cover come from there (``_COVER_WORD``).
"""

from __future__ import annotations

import re

from .book import Context, QUOTES, is_name
from .bookedition import EDITION_WORD
from .casefold import bare

# two parts split by the caption's first comma (or colon), then a bracket holding a year (with a publisher or a city or not), then
# the caption's end or its next sentence
_CITED = re.compile(r"^\s*(?P<one>[^,;:()\[\]]{2,80}?)\s*(?P<sep>[,:])\s*(?P<two>[^,;:()\[\]]{2,80}?)\s*"
                    r"[(\[](?P<note>[^()\[\]]{0,60}?\b(?:1[5-9]|20)\d\d\b[^()\[\]]{0,30})[)\]]\s*(?:[.;,—–-]|$)")


# the colon's form alone, the whole caption, the bracket (a publisher's name: no figures) or none: "A: T (Publisher)"
_COLON_CITED = re.compile(r"^\s*(?P<one>[^,;:()\[\]]{2,60}?)\s*(?P<sep>:)\s*(?P<two>[^,;:()\[\]]{2,80}?)\s*"
                          r"(?:[(\[](?P<note>[^()\[\]\d]{2,50})[)\]])?\s*\.?\s*$")


# a library's order under a cover, each part closed by its full stop: "A. T. Publisher, 2026 (new edition)": the name, the
# title, then the imprint, which holds the year (a name's initials, "J. Roe", end the match early: no such caption read)
_DOTTED = re.compile(r"^\s*(?P<one>[^.,;:()\[\]]{2,60}?)\.\s+(?P<two>[^.;:()\[\]]{2,80}?)\.\s+"
                     r"(?P<note>[^.()\[\]]{2,80}?,\s*(?:1[5-9]|20)\d\d\b.{0,60})$")


def cited_caption(captioned: list[tuple[str, str]], context: Context, cover_word: re.Pattern) -> tuple[str, str] | None:
    """(title, author) of the first caption that cites its book "A, T (year)" or "T, A (year)", or None; under a
    picture whose alt text names a cover, or whose file spells the title ("t.jpg"), the colon's "A: T (Publisher)" or
    "A: T" with no year (the cover dates it no more than a library's heading does: the cover says the caption is the
    book's, not a portrait's)."""
    for caption, alts in captioned:
        match = _CITED.match(caption)
        # (or the picture's file, named after the book, spells the title: _pictured asks it of the title read)
        if not match and ":" in caption and (cover_word.search(alts) or alts.startswith("file: ")):
            match = _COLON_CITED.match(caption)
        if not match and ". " in caption and cover_word.search(alts) and (dotted := _DOTTED.match(caption)):
            if _person(one := dotted.group("one").strip(), context) and _title(two := dotted.group("two").strip(QUOTES + " "), one):
                return two, one  # (the name first, as a library writes it: no telling by order alone otherwise)
            continue
        if not match:
            continue
        one, two = (match.group(g).strip(QUOTES + " ") for g in ("one", "two"))
        # (a colon parts them as a library's heading does, the author first: "A: T (Publisher, 2013)" in hu, de, cs, pl …)
        for author, title in ((one, two), (two, one))[:1 if match.group("sep") == ":" else 2]:
            # (or the bracket names an edition beside its year, "(first edition 1902)": a book's citation, whatever
            # the picture's file is called: bookedition's words, many languages)
            if _person(author, context) and _title(title, author) and (
                    _pictured(title, alts, cover_word) or match.group("sep") == "," and _edition_note(match.group("note"))):
                return title, author
    return None


def _edition_note(note: str | None) -> bool:
    """The bracket after the caption's parts names an edition by its word ("prvo izdanje 1902", "first edition,
    1951"): the year is a book's, not a photograph's or a place's."""
    return bool(note) and EDITION_WORD.search(note) is not None


def _person(name: str, context: Context) -> bool:
    """Two to four capitalised words (initials allowed) whose family name the text says (and the text is not the
    blog's own name)."""
    return is_name(name) and 2 <= len(name.split()) <= 5 and context.vouches_for(name)


def _title(title: str, author: str) -> bool:
    """A title: capitalised, ten words at most, no figures, and none of the author's family name in it."""
    return 1 <= len(title.split()) <= 10 and title[:1].isupper() and author.split()[-1] not in title and not re.search(r"\d", title)


def _pictured(title: str, alts: str, cover_word: re.Pattern) -> bool:
    """The picture is the book's: its alt text or its file's words name a cover, or spell the title."""
    if cover_word.search(alts):
        return True
    key = re.sub(r"\W+", "", bare(re.sub(r"^(?:the|a|an|der|die|das|le|la|les|el|il|de|het)\s+", "", title,
                                          flags=re.I))).casefold()
    return len(key) >= 4 and key in re.sub(r"\W+", "", bare(alts)).casefold()


