"""A Czech or Slovak headline that credits the book with "od" (by) and the author's genitive, unquoted, perhaps with
the post's own remark after a stop: "Tichý přístav od Jany Novákové. Kniha, která …", "Recenzia: Dom pri rieke od
Petra Hrušku". The words before "od" are the title when the text names them whole, or, where the post's remark follows
the name after a dash or stop, when the text calls the author by the family name alone and credits no other book to the
name in the genitive (a review may call its book "the novel" throughout); the two capitalised words after "od" are the
author, given back in the nominative:

- as the text writes the whole name in another form ("Jana Nováková" in the post), or else
- by the family name the text writes alone in a nominative the genitive's ending comes from (a Czech or Slovak man's
  surname in -a comes from a bare stem or from -o, "Nováka" from "Novák", "Hečka" from "Hečko": the text says which), or
  the regular nominative of a woman's -ové/-ovej (-ová) or an adjectival -ého (-ý), the first name then read back by
  the regular rules (a man's -a off a consonant, ``bookgenitive.masculine_given``, a Czech soft stem's -e off
  "Miloše"; a woman's -y → -a).

"od" is also "from" and "since" ("Dopis od matky", "od roku 1990"), so nothing is read unless both words after it are
capitalised, the title is named in the text, and the family name's nominative is one the text or a regular ending gives.
"""

from __future__ import annotations

import re
from collections import Counter

from .book import Context, letters_of
from .bookgenitive import masculine_given, nominatives
from .bookgenitivefront import is_declined

_CAP = r"[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽÄÔĹĽŔ]"
_LOW = r"[a-záčďéěíňóřšťúůýžäôĺľŕ]"
_OD = re.compile(rf"^(?P<title>{_CAP}[^.!?:;„“”«»\"]{{1,60}}?)\s+od\s+(?P<first>{_CAP}{_LOW}+)\s+(?P<family>{_CAP}{_LOW}+)"
                 r"(?P<end>\s*[.:!?]|\s+[-–—|]\s|\s*$)")
# a woman's and an adjectival surname's genitive with one nominative (Czech, Slovak)
_REGULAR = (("ovej", "ová"), ("ové", "ová"), ("skej", "ská"), ("ckej", "cká"), ("ského", "ský"), ("ckého", "cký"), ("ého", "ý"))

_SLOVAK_FLEETING = {"Petra": "Peter", "Pavla": "Pavol", "Karla": "Karol"}


def od_headline(headline: str, context: Context) -> tuple[str, str] | None:
    """(title, author) of "T od Genitive-Name Genitive-Surname[. remark]" in a Czech or Slovak page; else None."""
    if (context.language or "")[:2].lower() not in ("cs", "sk"):
        return None
    match = _OD.match(headline.strip())
    if not match:
        return None
    title, first, family = match.group("title").strip(), match.group("first"), match.group("family")
    named = re.search(rf"(?<![\w\-]){re.escape(title)}(?![\w\-])", context.text)
    author = _whole(first, family, context) or _regular(first, family, context)
    if not author or any(n and letters_of(author) == letters_of(n) for n in context.not_authors):
        return None
    # (a title the text never names, as a review may call its book "the novel" throughout: the headline's remark after
    # a dash or stop and the text calling the author by the nominative family name alone say "T by A", not "from")
    # (and crediting no other book to the name: "Dom pri rieke od Petra Hečka" in the text, "Záhrada od …" over it)
    if not named and not (match.group("end").strip() and _alone(author.split()[-1], author, context.text)
                          and f"{first} {family}" not in context.text):
        return None
    return title, author


def _alone(surname: str, author: str, text: str) -> bool:
    """The text says the family name by itself, in the nominative, outside the whole name."""
    return re.search(rf"(?<![\w\-]){re.escape(surname)}(?![\w\-])", text.replace(author, " ")) is not None


def _whole(first: str, family: str, context: Context) -> str | None:
    """The whole name as the text writes it in another form of the same stems, the one written most often."""
    names: Counter[str] = Counter()
    pattern = rf"(?<![\w\-])({re.escape(first[:3])}[\w'’\-]*)\s+({re.escape(family[:3])}[\w'’\-]*)(?![\w\-])"
    for found in re.finditer(pattern, context.text):
        given, surname = found.groups()
        if (given, surname) != (first, family) and is_declined(first, given) and is_declined(family, surname):
            names[f"{given} {surname}"] += 1
    ranked = names.most_common(2)
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None


def _regular(first: str, family: str, context: Context) -> str | None:
    """The family name's nominative the text writes alone or a regular ending gives, and the first name's by rule."""
    for ending, base in _REGULAR:
        if family.endswith(ending) and len(family) > len(ending) + 2:
            surname = family[: -len(ending)] + base
            woman = base.startswith(("ov", "sk", "ck")) and not ending.endswith("ého")
            break
    else:
        if not family.endswith("a") or len(family) < 4:
            return None
        forms = [f for f in {*nominatives(family), family[:-1] + "o"} if f != family and context.mentions(f)]
        if len(forms) != 1:
            return None
        surname, woman = forms[0], False
    if woman:
        given = first[:-1] + "a" if first.endswith("y") and len(first) > 3 else None
    else:  # (a vowel that comes back in the nominative: Slovak "Petra" is "Peter", Czech "Petr"; bookgenitive's are Czech)
        given = (_SLOVAK_FLEETING.get(first) if (context.language or "")[:2].lower() == "sk" else None) \
            or masculine_given(first) or _soft_given(first, context)
    return f"{given} {surname}" if given else None


def _soft_given(first: str, context: Context) -> str | None:
    """A Czech man's given name of a soft stem, whose genitive adds -e ("Miloše", "Tomáše", "Ondřeje" of Miloš,
    Tomáš, Ondřej); Slovak says -a there."""
    if (context.language or "")[:2].lower() == "cs" and len(first) > 4 and first[-1] == "e" \
            and first[-2] in "šžčřjcďťň":
        return first[:-1]
    return None
