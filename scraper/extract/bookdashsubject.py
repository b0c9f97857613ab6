"""A headline "T — A" in a script without capitals whose name part the text makes the subject of a sentence about the
work it calls "this novel", "this book" (reviewwords.WORK_REFERENCE): "A इस उपन्यास में … दिखाते हैं" (A, in this
novel, shows …), "A এই উপন্যাসে …". ``bookdashowner.dashed_owner`` reads a name the text calls a book's owner
through its possessive; a short review names its author once, as the one who does something in the work.

Read only the order every dashed headline of a review sets, the title first and the name after the dash; the name
opens a sentence of the text below the headline with the work's reference right after it (one word at most between),
and is said no more than twice: a heroine opening "M इस उपन्यास की नायिका है" is the one the text keeps naming.
The title part is no name the text says. The reference in the genitive, "M इस उपन्यास की नायिका है" (M is this novel's
heroine), "M এই উপন্যাসের নায়িকা", "M اس ناول کا مرکز ہے", makes the name a part of the work, not the one acting in it.
"""

from __future__ import annotations

import re

from .reviewwords import MORE_WORK_REFERENCES, WORK_REFERENCE

# a sentence's opening: the text's start, a line's, or after a stop as each script writes it (danda, full stops)
# the genitive on the reference: hi/ur postpositions का/की/के, کا/کی/کے; bn the suffix -(e)r on the noun itself
_GENITIVE = re.compile(r"\s+(?:का|की|के|کا|کی|کے)(?!\w)|ে?র(?!\w)")
_OPENS = r"(?:^|(?<=[\n।॥.!?؟۔。]\s)|(?<=[\n।॥.!?؟۔。]))\s*"


def subject_of_work(name: str, title: str, text: str) -> bool:
    """The text (below the headline) opens a sentence on `name`, the work's reference right after it (see the note)."""
    if not name or name not in text or title in text or text.count(name) > 2:
        return False
    for match in re.finditer(_OPENS + re.escape(name) + r"(?=\s)", text):
        after = text[match.end():match.end() + 60].lstrip()
        # (the reference at once, or after one word: "A ने इस उपन्यास में", "A अपने इस उपन्यास में")
        for start in (0, (after.find(" ") + 1) or 0):
            rest = after[start:]
            found = WORK_REFERENCE.match(rest) or MORE_WORK_REFERENCES.match(rest)
            if found and not _GENITIVE.match(rest, found.end()):
                return True
    return False
