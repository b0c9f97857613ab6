"""A one-word author read in full from a labelled record's value: "Label: Given Surname" (in any language).

A review calls its author by surname ("Surname's novel …"), and the rules that read the prose take that one word as the
author; the record line under the review gives the name in full as a field's value ("Writer: Given Surname.", "Autor:
Given Surname · Genre: novel"). The value sits right after a label of one to three words and its colon, at the line's
start or after a field's separator (a stop, a middle dot, a bar, a semicolon), and ends where the field ends (the line's
end or the next separator): a sentence that runs on after the name ("… said: Given Surname would …") is no field. The
value is two to four capitalised words closing on the surname; two different full names so labelled (the author and a
translator of one family), or another field that names the surname otherwise (the author's "Writer: Surname", or family
name first, "Kim Young-ha", beside a translator's "Chi-Young Kim"), leave the surname as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .book import NAME_WORD, Book

_SEPARATOR = r"[.·•|;]"
_LABEL = r"[^\W\d_][^\s\d:：.!?,;|·•]{0,24}(?:\s[^\W\d_][^\s\d:：.!?,;|·•]{0,24}){0,2}"


def _field_name(surname: str) -> re.Pattern[str]:
    return re.compile(rf"(?:^|{_SEPARATOR}\s)\W{{0,2}}{_LABEL}\s?[:：]\s+((?:{NAME_WORD}\s+){{1,3}}{re.escape(surname)})"
                      r"(?=\s*[.·•|;,)]|\s*$)", re.M)


def labelled_full_name(book: Book | None, lines: list[str]) -> Book | None:
    """`book` with its one-word author read in full where a record line's labelled field gives the full name."""
    if not (book and book.author) or len(book.author.split()) != 1 or len(book.author) < 3:
        return book
    pattern, surname = _field_name(book.author), re.compile(rf"(?<![\w-]){re.escape(book.author)}(?![\w-])")
    found = {m.group(1) for line in lines if book.author in line for m in pattern.finditer(line)}
    # (every labelled value that says the surname: another field naming it otherwise, the author's "Kim Young-ha" family
    # name first or "Writer: Surname" beside a translator's "Given Surname", leaves no telling whose full name it is)
    named = {" ".join(m.group(1).split()).strip(" ,)") for line in lines if book.author in line
             for m in _ANY_FIELD.finditer(line) if surname.search(m.group(1))}
    return replace(book, author=found.pop()) if len(found) == 1 and named <= found else book


_ANY_FIELD = re.compile(rf"(?:^|{_SEPARATOR}\s)\W{{0,2}}{_LABEL}\s?[:：]\s+([^.·•|;]+)", re.M)
