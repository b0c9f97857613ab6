"""A headline that names the author by surname alone before a quoted title: "Surname, “Title”: the post's remark".

A lone word is no name (``book.is_name``), so "Surname, “T”" is read only where the post's text gives that surname
its given name ("Firstname Surname…", the surname perhaps with a case ending glued on, as Turkic and Finnic languages
do): the full name is the author's. The surname may hold a letter-apostrophe (Uzbek "o‘", "g‘"; "O'Brien"), which the
quote marks around a title are not.
"""

from __future__ import annotations

import re

from .book import Book, Context, clean_title, is_name

# a capitalised word whose apostrophes stand between letters, then a comma, a quoted title, and at most a remark
# set off by a colon or a dash
_WORD = r"[^\W\d_](?:[^\W\d_]|[‘’'](?=[^\W\d_]))+"
_HEAD = re.compile(
    rf"^(?P<surname>{_WORD})\s*,\s*(?:«\s*(?P<q1>[^«»]{{2,120}}?)\s*»|“(?P<q2>[^“”]{{2,120}})”|„(?P<q3>[^„“”]{{2,120}})[“”])"
    r"\s*(?:$|[:：]\s+\S|\s[-–—]\s+\S)"
)


def surname_quoted(title: str | None, context: Context | None) -> Book | None:
    """"Surname, “T”(: remark)" where the text names "Given Surname" (not the blog nor its writer): Book(T, "Given
    Surname")."""
    if not title or context is None or len(title) > 200:
        return None
    match = _HEAD.match(title.strip())
    if not match or not match.group("surname")[:1].isupper():
        return None
    surname = match.group("surname")
    quoted = next(match.group(g) for g in ("q1", "q2", "q3") if match.group(g))
    # the given name right before the surname, and a case ending of at most four letters after it
    for full in re.finditer(rf"(?<!\w)([^\W\d_][^\W\d_]+)\s+{re.escape(surname)}(?:[^\W\d_]{{0,4}})(?!\w)", context.text):
        name = f"{full.group(1)} {surname}"
        # (never the blog's or its writer's name: Context.vouches_for)
        if full.group(1)[:1].isupper() and is_name(name) and context.vouches_for(name):
            return Book(clean_title(quoted), name, source="title")
    return None
