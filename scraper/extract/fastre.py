"""Long alternations of words, written so that Python's regular expressions try fewer of them at each position.

Python's ``re`` tries every alternative of ``(ko-?fi|liberapay|paypal|…)`` in turn at each position of the text (it
has no prefix table for a case-insensitive alternation), so a list of a hundred service names costs a hundred tries
at every word. ``by_first_letter`` groups the alternatives that open with the same letter under it
(``k(?:o-?fi|akaopay)|l(?:iberapay|ydia)|…``): one try per letter, then only that letter's names.

The grouped pattern matches exactly what the list did, at the same places, with the same text. At a position, only
alternatives opening with that letter can match, and they keep their order among themselves; different ASCII letters
never match the same character, even case-insensitively. Alternatives that do not open with a lone ASCII letter (a
character class, a group, an optional letter, another script) stay as written, where they were; one that might
match where a letter's alternatives do (anything but a character of another script) is a wall that no later
alternative moves past. Numbered groups inside the alternatives are renumbered when their alternatives move: read
the match as a whole (``group(0)``).
"""

from __future__ import annotations

import string

_LETTERS = frozenset(string.ascii_lowercase)
# the characters outside ASCII that a case-insensitive pattern matches to an ASCII letter: İ ı ſ and the Kelvin sign
_ASCII_ALIKE = frozenset("\u0130\u0131\u017f\u212a")


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern (``|`` outside any group or character class)."""
    out, current, depth, in_class, escaped = [], [], 0, False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]" or current[-1] == "["  # "[]…]" holds a "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            out.append("".join(current))
            current = []
            continue
        current.append(char)
    out.append("".join(current))
    return out


def by_first_letter(pattern: str) -> str:
    """The alternation `pattern`, its alternatives grouped by their first letter (see the module docstring)."""
    out: list[list[str]] = []  # each a group: its letter ("" for an alternative kept as written), then its members
    open_groups: dict[str, list[str]] = {}
    for alternative in split_alternatives(pattern):
        head, quantified = alternative[:1], alternative[1:2] in ("?", "*", "+", "{")
        if head in _LETTERS and not quantified:
            group = open_groups.get(head)
            if group is None:
                group = open_groups[head] = [head]
                out.append(group)
            group.append(alternative[1:])
            continue
        out.append(["", alternative])
        if quantified or not (head > "\x7f" and head not in _ASCII_ALIKE):
            # it may match where a letter's alternatives do: later ones must not be tried before it
            open_groups = {}
    return "|".join(members[1] if len(members) == 2 and not members[0] else
                    members[0] + members[1] if len(members) == 2 else
                    f"{members[0]}(?:{by_first_letter('|'.join(members[1:]))})" for members in out)
