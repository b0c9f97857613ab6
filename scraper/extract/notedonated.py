"""Copies donated: a note that thanks a publisher for the copies it donated to a library, a school, a reading room or
the readers of an event ("… and to the publisher who donated ten copies to the reading room") names a giver, a giving
and a copy as a disclosure does, but the copies went to others, not to the writer (as a copy lent or borrowed is no
copy of one's own: copywords.NOT_MINE). Read by notegift.edge_gift.

The verbs of donating, a gift to an institution or a cause (not the plain "give", "send", "offer" a reviewer's copy
comes by), in en, es, pt, it, ca, fr, de, nl, sv, da/nb, ru, uk, tr, id/ms, vi, zh, ko. A note whose writer says the
copy was given to them as well ("I received a copy from the publisher, and donated it to my library afterwards") keeps
its disclosure.
"""

from __future__ import annotations

import regex

from .copywords import GIVEN_TO_ME

_DONATED = regex.compile(
    r"(?<![\p{L}\p{M}])(?:donat(?:e|ed|es|ing|ion|ions)|don(?:ó|aron|ad[oa]s?|ou|aram|ato|ata|ati|ate|ò|arono|ació|ación|"
    r"ação|azione|ations?)|fait\s+don|(?:ge)?spende(?:t|te|ten|n)?|gedoneerd|doneerde|skänkt[ae]?|donerade?|donerat|"
    r"donert|donerede|doneret|пожертвова\p{L}*|передал\p{L}*\s+в\s+дар|подарил\p{L}*\s+библиотек\p{L}*|пожертвува\p{L}*|"
    r"bağışla\p{L}*|(?:me|di)?nyumbang\p{L}*|(?:di|me)?sumbangkan|sumbangan|quyên\s+góp)(?![\p{L}\p{M}])|捐赠|捐贈|기증",
    regex.I)


# the writer as the one given to, a clitic just before the verb ("mi ha donato", "avermi donato", an infinitive's
# "-rmi", "me donó", "me doou", "m'a fait don"): a gift to the writer, no donation to others
_TO_ME = regex.compile(r"(?:(?<![\p{L}\p{M}])(?:mi|me|m['’])\s*(?:\p{L}+\s+){0,2}|\p{L}+r(?:mi|me)\s+)$", regex.I)


def _donation(found) -> bool:
    """A donating word, no name ("Donato Carrisi": a capital inside a sentence) and no gift to the writer."""
    text, start = found.string, found.start()
    if found.group(0)[0].isupper() and start > 0 and not regex.search(r"[.!?:]\s*$", text[:start]):
        return False
    return _TO_ME.search(text[max(0, start - 40):start]) is None


def donated(text: str) -> bool:
    """The note says copies were donated (to others), and not that the writer was given one."""
    return any(_donation(found) for found in _DONATED.finditer(text)) and GIVEN_TO_ME.search(text) is None
