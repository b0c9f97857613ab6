"""The books a table in the post lists, one a row: a library's new acquisitions, a shop's or a blog's list laid out as a
table whose header names a column for the author and another for the title ("| # | Author | Title | Year |"). Such a
table names several books, each with its author, as a list's items do (classify.body_signals counts them with the
list items and the numbered "work – maker" lines).

The header words are the labels catalogues, shops and blogs give those columns, in our languages (the signal is
lexical: a column's label); the rest is structure: three rows or more under the header, each with a title and an
author cell, at least three distinct titles and two distinct authors (a series' reading order, one author's books in
a review, is no list of several books; nor a book's details table, "| Title: | T |", whose header row is a record's).

``table_titles(md_lines)`` gives the titles (casefolded), empty when no such table is found. Pure.
"""

from __future__ import annotations

import re

_AUTHOR = re.compile(
    r"authors?|autor(?:in|innen|en|ka|ki|zy|i|es|ia|ius|ių)?|autoři|autorky|auteurs?|autrices?|autore|verfasser(?:in)?|schrijvers?|"
    r"forfatter(?:e|ne)?|författare|höfundur|kirjoittaja|tekijä|kirjailija|szerző|yazar|автор(?:ы|и|ка)?|συγγραφέας|"
    r"mwandishi|pengarang|penulis|tác\s+giả|作者|著者|저자|작가|مؤلف|المؤلف|الكاتب|מחבר|लेखक|ผู้แต่ง|writer",
    re.I)
_TITLE = re.compile(
    r"titles?|titel|titre|titolo|t[íi]tulo|tytuł|název|názov|naslov|cím|nimi|nimike|pealkiri|pavadinimas|nosaukums|"
    r"başlık|eser|назва|название|наслов|τίτλος|kichwa|judul|tên\s+sách|书名|書名|标题|タイトル|제목|서명|عنوان|כותר|शीर्षक|"
    r"ชื่อเรื่อง|books?|buch|livres?|libro|livro|boek|bok|bog|kirja|könyv|kniha|książka|книга|bok(?:tittel|titel)",
    re.I)
_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")
_MARKUP = re.compile(r"\*\*|__|(?<!\w)[*_]|(?<=\w)[*_](?!\w)|!?\[([^\]]*)\]\([^)]*\)")


def _cells(line: str, raw: bool = False) -> list[str]:
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return [cell.strip() if raw else _MARKUP.sub(lambda m: m.group(1) or "", cell).strip(" :：") for cell in inner.split("|")]


def _column(header: list[str], pattern: re.Pattern) -> int | None:
    found = [n for n, cell in enumerate(header) if pattern.fullmatch(cell.strip())]
    return found[0] if len(found) == 1 else None


def _tables(md_lines: list[str], raw: bool = False):
    """Each markdown table as (header cells, rows of cells): a "|" line, a separator line, then "|" lines."""
    n = 0
    while n < len(md_lines) - 1:
        if md_lines[n].lstrip().startswith("|") and _SEPARATOR.match(md_lines[n + 1].strip()):
            rows, m = [], n + 2
            while m < len(md_lines) and md_lines[m].lstrip().startswith("|"):
                rows.append(_cells(md_lines[m], raw))
                m += 1
            yield _cells(md_lines[n]), rows
            n = m
        else:
            n += 1


def table_titles(md_lines: list[str]) -> set[str]:
    titles: set[str] = set()
    for header, rows in _tables(md_lines):
        author, title = _column(header, _AUTHOR), _column(header, _TITLE)
        if author is None or title is None or author == title:
            continue
        pairs = [(row[title].casefold(), row[author].casefold()) for row in rows
                 if len(row) > max(author, title) and re.search(r"[^\W\d_]", row[title]) and re.search(r"[^\W\d_]", row[author])
                 and not re.search(r"\d", row[author])]
        named = {t for t, _ in pairs}
        if len(pairs) >= 3 and len(named) >= 3 and len({a for _, a in pairs}) >= 2:
            titles |= named
    return titles or _paired_cells(md_lines)


def _paired_cells(md_lines: list[str]) -> set[str]:
    """The titles of a table whose one column names a book with its maker in each cell, as a list's item does ("| *T*,
    A | a line on it | 4/5 |", whatever its header says): three rows or more, three titles and two makers at least."""
    from .listedbook import listed_book  # (listedbook reads the title rules, which are loaded after this module)
    for _header, rows in _tables(md_lines, raw=True):
        for column in range(max(map(len, rows), default=0)):
            books = [book for row in rows if len(row) > column and not _SPOKEN.search(row[column])
                     and (book := listed_book("- " + row[column])) and book.author]
            if len(books) >= 3 and len(books) * 2 > len(rows) and len({b.title.casefold() for b in books}) >= 3 \
                    and len({b.author.casefold() for b in books}) >= 2:
                return {book.title.casefold() for book in books}
    return set()


# (a quoted line that closes as a sentence, "“Reader, I married him.” — Jane", is a line and its speaker: a review's table
# of the lines it loved, no book and its maker)
_SPOKEN = re.compile(r"[.!?…][”\"»“]")
