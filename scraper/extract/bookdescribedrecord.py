"""A record line that describes its book in words after the title: "Name, Title, stories, new edition 2026.",
"Имя Фамилия, Название, роман, 2019.", as reviews close with the book they read.

Read as plain parts, "Name, Title, …" with no publisher's word is also a signature ("Jan Nowak, Kraków, marzec 2024"):
the part right after the title tells them apart, a description of the book in lower-case words alone (its genre: "stories",
"roman", "πεζογραφήματα"), no figures in it (a dateline's month holds its year). The name is a person the text calls by
surname, the title opens with a capital and is no person the text calls by surname too ("Tom Fenwright, Anna Moss,
translator" names two people). A line that gives pages, a price or an ISBN is a record whatever follows the title: its
publisher may stand there ("Name, Title, Publisher, 186 pages, 13 euro").
"""

from __future__ import annotations

from .book import Context, clean_title, is_name


def described_record(segments: list[str], context: Context | None, detailed: bool = False) -> tuple[str, str] | None:
    """(title, author) of a record line's parts "Name, Title, description, …" (`segments`, split at commas and stops);
    with `detailed` (the line gives pages, a price or an ISBN, which no signature does) "Name, Title, Publisher, …" too."""
    if context is None or len(segments) < 3:
        return None
    head, title, described = segments[0], segments[1], segments[2]
    if not (is_name(head) and context.person(head)) or head in context.not_authors:
        return None
    if not title[:1].isupper() or is_name(title) and context.person(title) or len(title.split()) > 12 or any(c.isdigit() for c in title):
        return None
    words = described.split()
    if detailed and 1 <= len(words) <= 5 and described[:1].isupper() and not any(c.isdigit() for c in described) \
            and not is_name(title):  # (a translator's name between them, "Name, Name, Publisher, …": no title)
        return clean_title(title), head  # "Name, Title, Publisher, 186 pages, 13 euro": the publisher after the title
    if not words or len(words) > 4 or not described[:1].islower() or any(c.isdigit() for c in described) \
            or not all(w.isalpha() for w in words):
        return None
    return clean_title(title), head
