"""Which half of "A – B" is the person when both look like names and the text calls both last words alone.

A forum or blog headline "Dörte Hansen – Altes Land" may put the author first or last. ``bookheadline._more_a_person`` tells
them apart when only one half's last word is said alone. A title of an adjective and a noun is said alone too when
its noun is an everyday word ("aufs Land"), so that check cannot decide. One more sign does: a title is named whole in
the text with its leading word in another case ending and its last word unchanged ("im Alten Land", "des Stillen
Hauses" is not: the last word changes too), as German, Dutch and the Scandinavian languages decline an adjective
before a noun; a given name is never declined so while the surname stays. The person's half is then the other one,
provided the text never names it whole nor says its first word alone.

``owned_work``: a half the text writes as a named person's possession, "Tara Mehta's Glass Engines and Other
Tales" (English and Dutch "'s", the bare apostrophe after an s), is that person's work, never a person: its last
word alone ("engines") is a common noun, not a surname (a possessive before a person's name is a place's or a firm's,
one word: "Britain's Hilary Mantel"; a two-word place, "New Zealand's Eleanor Catton", counts only where the text
calls the possessor by its last word elsewhere or never calls the half by its own last word, as it does a person).

``cut_name``: a name-shaped half the text never names whole, whose last word the text names as the opening of a
longer name after a by-word ("Rereading Maren: …" over "… by Maren Oduya Holt"), is the headline's own words ending on
the person's given name ("Membaca ulang", "Rileggendo", "Relisant", "Wiederlesen" before it), not the person. The
longer name's words are whole capitalised words, no contraction ("by Mantel I've"); where every noun is capitalised
(German) it must recur, as "von Kehlmann Anfang des Jahres" is a noun after the surname.
"""

from __future__ import annotations

import re

from .book import BY_RECORD


def declined_title(person: str, title: str, context) -> bool:
    """`title` is named whole only with a leading word declined, `person` never named whole nor by its first word."""
    words = title.split()
    if len(words) < 2 or context.mentions(title) or context.mentions(person) or context.mentions(person.split()[0]):
        return False
    stems = [re.sub(r"(?:e[nrsm]?|[nrsm])$", "", w) for w in words[:-1]]
    if any(len(s) < 3 or not s.isalpha() for s in stems):
        return False
    lead = r"\s+".join(rf"{re.escape(s)}\w{{0,3}}" for s in stems)
    found = re.findall(rf"(?<!\w){lead}\s+{re.escape(words[-1])}(?!\w)", context.text)
    return any(" ".join(f.split()) != title for f in found)


_OWNED = re.compile(r"['’]s?\s+$")
_NAME_WORD = re.compile(r"[A-ZÀ-ÞĀ-Ž][\w.-]*")


def owned_work(half: str, context) -> bool:
    """The text writes `half` right after two or three capitalised words and a possessive: a person's work. Where the
    text also calls the half by its last word alone (a person's surname: "New Zealand's Eleanor Catton … Catton"), the
    possessor must be a person the text calls by its own last word elsewhere, not a place ("Sri Lanka's")."""
    text = context.text
    if "'" not in text and "’" not in text or not context.mentions(half):  # (cheap: most pages have neither)
        return False
    # (a surname, capitalised as written, past the half's own mentions: not "the engines" below "Glass Engines")
    said_alone = len(re.findall(rf"(?<!\w){re.escape(half.split()[-1])}(?!\w)", text)) > text.count(half)
    for found in re.finditer(rf"(?<!\w){re.escape(half)}(?!\w)", text, re.I if context.ignore_case else 0):
        before = text[max(0, found.start() - 60):found.start()]
        owned = _OWNED.search(before)
        words = before[:owned.start()].split()[-3:] if owned else []
        # (the possessor's two last words at least are a name's: "Tara Mehta's", "Ruth Ozeki's")
        if len(words) >= 2 and all(_NAME_WORD.fullmatch(w) for w in words[-2:]) \
                and (not said_alone or context.mentions(words[-1]) >= 2):
            return True
    return False


# a capitalised word going on, whole: an apostrophe only before a capital ("O'Brien"), never a contraction's ("I've")
_GOES_ON = r"\s+[A-ZÀ-ÞĀ-Ž](?:[\w\-]|['’](?=[A-ZÀ-ÞĀ-Ž]))+(?![\w'’])"
# languages that capitalise every noun: a capitalised word after a surname there is as often a noun ("von Kehlmann
# Anfang des Jahres") as a name's, so the longer name must recur
_NOUNS_CAPITALISED = ("de", "lb")


def cut_name(name: str, context) -> bool:
    """`name` is never named whole; its last word is, and at least once as the first word of a longer name the text
    gives after a by-word (one that shares no other word with `name`)."""
    words = name.split()
    if len(words) < 2 or context.mentions(name) or not context.mentions(words[-1]):
        return False
    last = re.escape(words[-1])
    # (in a writer's place, after a by-word: "karya Maren Oduya Holt"; not a surname a capitalised noun follows, as
    # German writes "dass Hansen Menschen …")
    longer = re.findall(rf"(?<!\w){BY_RECORD}\s+{last}((?:{_GOES_ON}){{1,3}})", context.text)
    if (context.language or "")[:2].lower() in _NOUNS_CAPITALISED:
        longer = [g for g in longer if context.mentions(f"{words[-1]}{g}") >= 2]
    return bool(longer) and not set(words[:-1]) & set(" ".join(longer).split())
