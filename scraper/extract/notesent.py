"""A free-copy note that calls the writer's copy a sending of its giver: pt "O exemplar que li foi um envio da
Editora X", es "El ejemplar fue un envío de X", fr "L'exemplaire était un envoi des éditions X", it "La copia è stata
un invio di X", de "Das Exemplar war eine Zusendung von X", en "The copy I read was sent by X" (notegift.edge_gift).

Read by grammar: the copy (notewords.COPY_ANY) is the subject, a copula follows in the same clause, then the noun of a
sending (or en/de a sending's participle) and the giver's preposition, then the giver: a name (a capital letter) or
a house's word (notewords.PUBLISHER). The sending noun is a parcel's, not a gift's: a copy "a gift from my mother"
is the writer's own. Not a giving denied ("não foi um envio", "was not sent by"), nor a giver in lower case ("was
sent by my sister"), nor a sending of something else ("a carta foi um envio da Maria": no copy).
"""

from __future__ import annotations

import re

from .notewords import COPY_ANY, PUBLISHER

_COPIA = re.compile(r"(?<!\w)c[oó]pias?(?!\w)", re.I)  # (it/es/pt "copia", "cópia", which COPY_ANY leaves)
_NOT = r"(?<!\w)(?:n[ãa]o|no|not|n['’]|pas|non|nicht|kein\w*|nunca|never|jamais|mai)(?!\w)"
# the copula, the sending and the giver's preposition, per language (one alternation: each language's own words)
_SENT = re.compile(
    r"(?<!\w)(?:(?:foi|era|é|e|fue|era|es|est|était|etait|fut|a\s+été|è|era|fu|è\s+stat[oa])\s+(?:um|un|une|uno|una)\s+"
    r"(?:envio|envío|envoi|invio|remessa)\s+(?:da|do|das|dos|de|del|des|du|d['’]|di|della|dello|dell['’]|delle|dei|degli|"
    r"de\s+la|de\s+l['’])(?:(?<=['’])|\s+)"
    r"|(?:war|ist|wurde)\s+(?:eine\s+)?(?:Zusendung|Sendung)\s+(?:von|vom|des|der)\s+"
    r"|(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:sent|mailed|posted|supplied|provided)\s+(?:to\s+(?:me|us)\s+)?by\s+(?:the\s+)?)"
    r"(?P<giver>\w)",
    re.I,
)


def sent_copy(text: str) -> bool:
    """The block says the writer's copy was a sending of a named giver or a house."""
    copy = COPY_ANY.search(text) or _COPIA.search(text)
    if not copy:
        return False
    for found in _SENT.finditer(text, copy.end()):
        clause = text[copy.end():found.start()]
        if any(stop in clause for stop in ".;!?") or re.search(_NOT, clause[-12:] + found.group(0), re.I):
            continue
        rest = text[found.start("giver"):]
        if found.group("giver").isupper() or PUBLISHER.match(rest):
            return True
    return False
