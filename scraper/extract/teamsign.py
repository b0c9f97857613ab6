"""A letter's closing signed by a team: "Happy reading,<br>Ana, Tom and Lea at <the shop>" (sitelines.sign_off).

A shop's or a club's newsletter closes with the names of the few people who write it, and often the shop's name after
them: capitalised names joined by commas and small words ("and", "at", "from", "y", "und", "og" …), eight words at most,
no digit and no sentence's end (sitelines checks those). A line of the text after a closing's comma has lower-case words
("thanks for reading all the way down") and is not one.
"""

from __future__ import annotations

# the small words that join a team's names ("Ana, Tom and Lea at <the shop>", "Ana y Luis, de <la librería>")
_JOINERS = {"and", "&", "at", "from", "of", "the", "y", "e", "et", "und", "von", "en", "de", "da", "di", "i", "og", "och", "ja",
            "és", "a", "и", "і", "из", "з"}


# the small words that bring in the shop or the club after the names ("at", "from", "vom", "de", "z", "из")
_FROM = {"at", "from", "of", "von", "vom", "aus", "de", "du", "da", "di", "del", "z", "ze", "zo", "od", "u", "w", "ve", "v",
         "från", "fra", "uit", "van", "из", "от", "з", "від"}


def _named(word: str) -> bool:
    return word.strip(",")[:1].isupper()


def team_signature(words: list[str]) -> bool:
    """A signature of a few people, and perhaps their shop: up to eight words, each a capitalised name or a joiner; or
    two names or more, then the shop after its "from" word, which some languages write with its later words in lower
    case ("Jana, Petr a Eva z Zeleného mostu", "Ana y Luis, de la Librería"): a capitalised word in it, four words at most."""
    if len(words) > 8:
        return False
    if all(_named(w) or w.lower() in _JOINERS for w in words):
        return True
    cut = next((k for k, w in enumerate(words) if k and w.lower() in _FROM), None)
    if cut is None or not 1 <= len(words) - cut - 1 <= 4:
        return False
    names, shop = words[:cut], words[cut + 1:]
    return all(_named(w) or w.lower() in _JOINERS for w in names) and several(names) and any(_named(w) for w in shop)


def several(words: list[str]) -> bool:
    """Two capitalised names or more among the words: a team, not one writer."""
    return sum(1 for w in words if _named(w) and w.lower() not in _JOINERS) >= 2
