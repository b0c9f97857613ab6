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


def team_signature(words: list[str]) -> bool:
    """A signature of a few people, and perhaps their shop: up to eight words, each a capitalised name or a joiner."""
    return len(words) <= 8 and all(w.strip(",")[:1].isupper() or w.lower() in _JOINERS for w in words)
