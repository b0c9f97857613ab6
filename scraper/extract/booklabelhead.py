"""A record line's label that no list knows ("Specs: T, A, Publisher, 204 pages."): read without it, where the text
shows it is a label; every script and language has more labels than bookinfo's lists hold.

What tells a label from a title's main part ("Middlemarch: A Study of Provincial Life, G. Eliot, 1994") is where the
text names each: a post names its book by the title's main part, so a head before the colon that the text never says
but here, while it names what follows the colon (up to the record's first separator) elsewhere too, is a label.

Also the other side of a label: an author label whose value is a signature ("Автор: A, ведущий библиотекарь"), the
post's writer and their role, not the book's author (``signed``).
"""

from __future__ import annotations

import re

from .book import Context, is_name
from .bookpostscript import postscript_record

_HEAD = re.compile(r"^\s*[*_]*([^\W\d_][^:：\d]{0,24}?)[*_]*\s*[:：]\s+(\S.*)$")
_FIELD_END = re.compile(r"\s*(?:[,،、，;/|]|\s[-–—]\s|\.\s)")


def without_head_label(line: str | None, context: Context | None) -> str | None:
    """The line without a leading "Label: " of one or two words the text says only here (no word of it apart: not a
    person's name, "Marlen Haushofer: T. Roman."), when the text names the first field after it again."""
    line = postscript_record(line, context)  # ("P.S. for readers …: A, T, 1947": bookpostscript)
    if not line or context is None or (":" not in line and "：" not in line):
        return line
    match = _HEAD.match(line)
    if not match or len(match.group(1).split()) > 2:
        return line
    head, rest = match.group(1).strip(), match.group(2)
    first = _FIELD_END.split(rest, maxsplit=1)[0].strip(" «»“”„\"'*_")
    # (a person's name opens "Author: Title. Publisher" lines: the text says the surname, or any word of it, apart)
    if len(first) < 2 or is_name(head) or any(context.mentions(w) > 1 for w in head.split()):
        return line
    return rest if context.mentions(first) >= 2 else line


# a role after the name: lower-case words to the end, no figure, no label ("Лейсан Гарифуллина, ведущий библиотекарь")
_ROLE = re.compile(r"\s*,\s*(?:[^\W\d_A-ZÀ-ÞА-ЯЁΑ-Ω][^\W\d_]*\.?\s*){1,4}[A-ZА-ЯЁ\d]{0,6}\.?$")


def signed(author: str, pairs: list[tuple[str, str]]) -> bool:
    """An author label's value that goes on from the name with a role in lower case: a post's signature, its writer's."""
    return any(value.strip().startswith(author) and _ROLE.fullmatch(value.strip()[len(author):]) for _, value in pairs)
