"""A review closing on its book's line "T / A" in a script without capitals (Hebrew, Arabic, Persian, Yiddish, Indic):
a paper's or a blog's book box set apart after the text, the title and the writer parted by a spaced slash, with no
house, year or pages that would make it a bibliographic line (``bookbiblio``). The line is one of the post's last three,
short (eight words of title at most), and its second part is a caseless name of two to four words, no house, that the
text calls by its family name besides this line (``bookslashremark``'s rule for a headline "T / A", asked of the line
with the text that holds it: the line is one of the two namings). A first part that is itself such a name leaves it
unread (either half may be the writer), as does a line in the text's middle: a slash there parts two topics."""

from __future__ import annotations

from .book import Book, Context
from .bookslashremark import remarked_slash


def closing_slash(lines: list[str], context: Context) -> Book | None:
    """The book of a "T / A" line among the post's last three lines (see the module's note); None else."""
    for line in lines[-3:][::-1]:
        line = line.strip().strip("*_ ")
        if len(line) > 90 or ("/" not in line and "／" not in line) or ":" in line:
            continue
        if found := remarked_slash(line, context):
            return Book(found[0], found[1], source="details")
    return None
