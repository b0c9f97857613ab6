"""The network 'X' named in a line by structure, not by its one letter alone.

The network once called Twitter is named by a capital letter that is also a letter of the alphabet, a variable, a
roman ten. A follow line names it with an account word beside it ("X account", "compte X"), as the place of the bidding
("on X", "sur X", tr "X'te") or with a handle on the line; ``followlines.opening_follow`` reads it with the imperative
of following. Moved out of followlines, which keeps the biddings.
"""

from __future__ import annotations

import re


# the network 'X' by structure (module docstring): the capital letter alone (no letter, digit, dash, slash or dot
# joined to it), with an account word beside it: after it (en account/handle/profile, tr/az hesab-, de Konto/Profil,
# nl/sv/da/nb konto/account/profiel, pl/cs/sk konto/účet/profil, hu fiók, fi tili, et konto, ro cont, id/ms akun,
# ru/uk/bg аккаунт/акаунт/профил, el λογαριασμ-) or before it with a preposition (fr compte, es/pt cuenta/conta/perfil, it
# account/profilo, ro contul, pl/cs/sk konto/účet/profil na, vi tài khoản), or a handle on the line
_X_ALONE = re.compile(r"(?<![\w@.\-/&'’])(?-i:X)(?![\w\-/&]|\.\w)")
_X_ACCOUNT = re.compile(
    r"(?<![\w@.\-/&'’])(?-i:X)(?:['’]?(?:\w{1,5}))?[\s-]+(?:our\s+|the\s+)?"
    r"(?:account|handle|profile|page|hesab\w*|sayfa\w*|konto\w*|profil\w*|profiel|účt\w*|fiók\w*|oldal\w*|tili\w*|"
    r"cont(?:ul)?|akun|аккаунт\w*|акаунт\w*|профил\w*|сторінк\w*|страниц\w*|λογαριασμ\w*)(?!\w)"
    r"|(?<!\w)(?:account|compte|cuenta|conta|perfil|profilo|contul|konto|účet|účtu|profil|profilu|akun|tài\s+khoản|"
    r"аккаунт|акаунт|профил|profile|λογαριασμό)\s+"
    r"(?:(?:on|sur|en|em|no|na|su|sul|de|do|da|del|di|pe|auf|op|på|w|в|у|на|στο|trên)\s+)?(?-i:X)(?![\w\-/&]|\.\w)", re.I)
# (or the letter as the place of the bidding: a preposition before it, en/fr/es/pt/it/de/nl/sv/pl/cs/ru/el/vi "on X",
# "sur X", "en X", "no X", "su X", "auf X", "op X", "på X", "na X", "в X", "στο X", "trên X", or a Turkic case ending
# after an apostrophe or a hyphen, tr "X'te", "X'ten", az "X-də"; the callers ask for the imperative of following too)
_X_PLACE = re.compile(
    r"(?<!\w)(?:on|sur|en|em|no|su|auf|bei|op|på|na|w|в|у|στο|trên)\s+(?-i:X)(?![\w\-/&'’]|\.\w)|"
    r"(?<![\w@.\-/&'’])(?-i:X)['’\-](?:te|ta|de|da|den|dan|ten|tan|də|dən|da)(?!\w)", re.I)
_HANDLE = re.compile(r"(?<![\w.@/])@[A-Za-z0-9_]{2,15}(?![\w@]|\.[a-z])")


def x_named(text: str) -> bool:
    """The network 'X' named by structure: an account word beside the letter, the letter as a place, or a handle on the
    line."""
    return "X" in text and bool(_X_ACCOUNT.search(text) or _X_PLACE.search(text)
                                or _X_ALONE.search(text) and _HANDLE.search(text))
