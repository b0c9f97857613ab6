"""A person named family name first, as Telugu, Tamil and Kannada writers are ("గురజాడ అప్పారావు": the house name, then
the given name), right before the quoted title, whom the prose calls by the first word of the name: the same two
checks ``booknamedtwice`` makes of a name whose last word is the family name, made with the words in the other order.
Only in a script without capitals and for a name of two words: there the given name is the word the prose never says
on its own ("కొత్త సంపుటం ‘T’", a new volume, fails: the prose says "సంపుటంలో" again). The name keeps the page's order.
"""

from __future__ import annotations


def family_first(name: str, everything: str, title: str, person, apart) -> bool:
    """`name` (two words) is a person whose first word the text says on its own, the second never (the whole name taken
    out of the text first); `person` and `apart` are ``booknamedtwice``'s checks of a family name's place."""
    words = name.split()
    if len(words) != 2:
        return False
    swapped = f"{words[1]} {words[0]}"
    rest = everything.replace(name, " ")
    return person(swapped, rest.replace(title, " "), False, whole=rest) and apart(swapped, rest)
