"""An Indic review whose headline names its book (bare, or before a colon and a remark) and whose opening names the
author as the owner of "this novel": "T: remark" over "A B ಅವರ ಈ ಐತಿಹಾಸಿಕ ಕಾದಂಬರಿಯನ್ನು …" (A B's this historical novel),
"A B का यह उपन्यास …", "A Bको यो कथासङ्ग्रह …", "A B গারి ఈ నవల …" (detworld35).

The owner's possessive and a demonstrative before a book noun (an adjective may come between) say that the person
wrote the book the post speaks of, and "this" points at the headline's book: the headline's head (one to four words of
the script, before a spaced or unspaced colon, or the headline whole) is the title. The opening is the first sentence
of the post's first or second paragraph, and it opens on the owner: two to four words of the script that read as a
name (bookcaselessname.caseless_name), one of them (three letters or more) said again in the text beyond the opening,
as a reviewer calls an author ("ಮಾಸ್ತಿಯವರು"). A pronoun or a book noun is no owner ("ನನ್ನ ಈ ಪುಸ್ತಕ", "my this book"),
and a head that is a review rubric ("ಪುಸ್ತಕ ವಿಮರ್ಶೆ: …") is no title (reviewwords.REVIEW_TERMS).
"""

from __future__ import annotations

import re

from .book import Context, clean_title
from .bookcaselessname import caseless_name
from .reviewwords import REVIEW_TERMS

_LETTERS = r"[\u0900-\u0d7f\u200c\u200d]"
_HEAD = re.compile(rf"^(?P<head>{_LETTERS}+(?:\s{_LETTERS}+){{0,3}})\s*(?::\s+\S.*)?$")
# the possessive (a word of its own or written on the name), the demonstrative, perhaps a word, a book noun
# (each language's possessive and demonstrative, on the owner's side)
_POSSESSIVE_THIS = {
    "hi": r"\s+(?:का|की|के)\s+(?:यह|इस)", "ne": r"(?:को|का|की)\s+(?:यो|यस)",
    "mr": r"\s*(?:यांची|यांचे|यांचा|ची|चे|चा)\s+(?:ही|हे|हा)", "bn": r"(?:-এর|ের|র)\s+(?:এই|এ)",
    "gu": r"(?:નું|ની|ના|નો)\s+આ", "pa": r"\s+(?:ਦਾ|ਦੀ|ਦੇ)\s+ਇਹ", "kn": r"\s+(?:ಅವರ|ರ)\s+ಈ", "te": r"\s+గారి\s+ఈ",
    "ta": r"\s+(?:அவர்களின்|அவர்களுடைய)\s+இந்த", "ml": r"(?:ന്റെ|യുടെ)\s+ഈ",
}
# the nouns of a book, novel, work, collection (the same languages)
_BOOK_NOUNS = ("उपन्यास", "किताब", "पुस्तक", "कृति", "कादंबरी", "(?:कथा|कविता)?(?:संग्रह|सङ्ग्रह)", "উপন্যাস", "বই",
               "નવલકથા", "પુસ્તક", "ਨਾਵਲ", "ਕਿਤਾਬ", "ಕಾದಂಬರಿ", "ಪುಸ್ತಕ", "ಕೃತಿ", "(?:ಕಥಾ|ಕವನ)?ಸಂಕಲನ", "నవల",
               "పుస్తకం", "நாவல்", "நூல்", "புத்தகம்", "നോവൽ", "പുസ്തകം")
_OWNS_THIS = "(?:" + "|".join(_POSSESSIVE_THIS.values()) + r")\s+(?:[^\s,.।]+\s+)?(?:" + "|".join(_BOOK_NOUNS) + ")"
_OPENING = re.compile(rf"^(?P<owner>{_LETTERS}+(?:\s{_LETTERS}+){{1,3}}?){_OWNS_THIS}")
_SENTENCE_END = re.compile(r"[.!?।॥]")
# pronouns that own a book ("my", "our", "his": "मेरा यह …", "ನನ್ನ ಈ …"): no one named
_PRONOUN = re.compile(r"^(?:मेरा|मेरी|मेरे|हमारा|उनका|उनकी|उसका|मेरो|हाम्रो|उनको|माझी|माझे|आमार|ನನ್ನ|ನಮ್ಮ|ಅವರ|నా|எனது|என்|എന്റെ)$")


def opening_owns_this(paragraphs: list[str], context: Context, title: str | None) -> tuple[str, str] | None:
    """(title, author) of the headline's head and the opening's owner of "this <book>" (module docstring), or None."""
    found = _HEAD.match(" ".join((title or "").split()))
    if found is None or REVIEW_TERMS.search(found.group("head")):
        return None
    head = found.group("head")
    for paragraph in paragraphs[:2]:
        text = " ".join(paragraph.split())
        stop = _SENTENCE_END.search(text)
        match = _OPENING.match(text[:stop.start() if stop else len(text)])
        if match is None:
            continue
        owner = match.group("owner")
        words = owner.split()
        if any(_PRONOUN.match(word) for word in words) or not caseless_name(owner) or head in owner:
            return None
        rest = context.text.replace(match.group(0), " ", 1)
        if any(len(word) >= 3 and word in rest for word in words if word not in head):
            return clean_title(head), owner
        return None
    return None
