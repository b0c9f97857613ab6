"""A content warning's label addressed to the readers it warns (notes._labelled_warnings).

A label with a few words before its colon ("Innehållsvarning för den som behöver:") warns only when what follows
names a hard thing, since "Warning, spoilers ahead:" or "Attention, long read:" are remarks. A label addressed to an
audience a warning is written for — parents, younger readers, sensitive readers, families — is a warning whatever it
lists: "Avertissement pour les parents : …", "Warnung für sensible Leser: …", "Advertencia para padres: …". The
qualifier opens with the language's "for"/"to" and names such readers (word roots, in the languages of book blogs).
"""

from __future__ import annotations

import re

# "for" / "to (the)" in en, fr, es, pt, it, de, nl, sv, da/no, pl, cs/sk, ru/uk/bg, ca, ro, hu-less (postpositions are
# not read here: the qualifier follows the label)
_FOR = r"(?:for|to|pour|aux|à|para|per|ai|agli|alle|a|für|an|voor|aan|för|til|dla|pro|для|за|pentru)"
_ARTICLE = r"(?:the|les|la|los|las|os|as|il|i|gli|le|die|den|de|het|alle|ai)"
# parents, readers, children / the young, families, teachers, the sensitive
_AUDIENCE = (
    r"parent|famil|teacher|pai(?:s|\b)|padre|genitor|eltern|ouder|föräld|forældr|foreldr|rodzic|rodič|rodiči|родител|батьк|părinț|pares|"
    r"reader|lecteur|lectrice|lector|leitor|lettor|leser|lezer|läsar|læser|leser|czyteln|čtenář|čitatel|читател|читач|cititor|"
    r"child|kids?\b|young|teen|jeune|enfant|ados?\b|adolesc|niñ|joven|jóven|criança|jove|bambin|ragazz|giovan|kinder|jugend|jong|barn|unga|"
    r"dzieci|dziec|młod|dět|deti|mlad|дет|діт|молод|copii|tiner|sensib|sensitiv|sensível|sensibil|gevoelig|känslig|følsom|wrażliw|citliv|чувствител|чутлив"
)
AUDIENCE = re.compile(rf"^,?\s+{_FOR}\s+(?:{_ARTICLE}\s+)?(?:[^\W\d_]+\s+){{0,2}}?(?:{_AUDIENCE})", re.I)


def for_audience(qualified: str | None) -> bool:
    """Whether the words between a warning's label and its colon address the readers it warns."""
    return bool(qualified) and bool(AUDIENCE.match(qualified))
