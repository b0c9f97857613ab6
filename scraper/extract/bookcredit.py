"""A by-line that credits more than the author: "T, written by A and illustrated by B", "T by A, with illustrations by
B", "T, geschrieben von A und illustriert von B", "T, écrit par A et traduit par B".

A picture book, a translation or an edition credits a second person after the author, joined by "and" (each language's
word) and named by their role: read as "T by A" at the last "by", the title runs on into the author and the
illustrator or translator becomes the author. ``plain_credit`` takes the joined credit off the end (its role word, then
its own "by"), and the author's role before the first "by" ("written by", "escrito por") off the title, so that the
headline rules read "T by A". The role words are each language's participles of illustrating, translating, editing,
introducing and narrating, written in lower case as a by-line writes them (a title's "Written" is capitalised); a
role word needs its "by" after it, so "Lost and Translated by Ann Lee" (no role's "by" before the author's) stays.
A credit after a comma alone is ``booktitles.CREDIT``'s. One author in both roles, "written and illustrated by A"
("écrit et illustré par A", "escrito e ilustrado por A"), is a plain "by A": no second person to cut. A credit's "by"
is a preposition of agency only ("от", "від", "pe" are not), and a credit "with illustrations" needs its "by" (Polish,
Czech and Russian set the name in the genitive with none: not read).
"""

from __future__ import annotations

import re

# each language's word for "and" before the second credit
_AND = r"(?:and|&|und|et|y|e|en|och|og|i|oraz|a|и|і|și)"
# the participles of the second person's role (en, fr, es, it, pt, de, nl, sv, da/no, pl, cs/sk, ru/uk, ro)
_ROLE = (r"(?:illustrated|translated|edited|introduced|narrated|annotated|adapted|"
         r"illustrée?s?|traduite?s?|ilustrad[oa]s?|traducid[oa]s?|traduzid[oa]s?|illustrat[oa]|tradott[oa]|"
         r"illustriert|übersetzt|herausgegeben|geïllustreerd|vertaald|illustrerad|översatt|illustreret|"
         r"illustrert|oversat|oversatt|ilustrowan[aey]|przetłumaczon[aey]|ilustrovan[áéý]|přeložen[áéý]|"
         r"preložen[áéý]|иллюстрирован[аоы]?|переведен[аоы]?|перекладен[аоі]?|ilustrat[ăe]?|tradus[ăe]?)")
# "by" in each language, as the credit sets it after the role
_ROLE_BY = r"(?:by|par|por|de|da|di|von|door|av|af|przez|od)"
# "… and illustrated by B", "…, with illustrations by B", "…, mit Illustrationen von B": the second credit, to the end
_SECOND = re.compile(
    rf"(?:,?\s+{_AND}\s+(?:also\s+)?{_ROLE}\s+{_ROLE_BY}\s"
    r"|,?\s+(?:with|mit|avec|con|com|met|med)\s+(?:(?:des|de|le|la|les|the|its|his|her)\s+)?"
    r"(?:illustrations?|pictures|drawings|Illustrationen|Bildern|ilustraciones|illustrazioni|ilustrações|"
    rf"illustraties|illustrationer)\s+{_ROLE_BY}\s).*$")
# the author's own role before the "by": "written by", "escrito por", "écrit par", "geschrieben von" (lower case)
_WRITTEN_BY = re.compile(
    r"(?:^|,?\s+)(?:written|escrit[oa]|écrite?|scritt[oa]|geschrieben|geschreven|skriven|skrevet|napisan[aey]|"
    rf"napsan[áéý]|написан[аоы]?|scris[ăe]?)\s+{_ROLE_BY}\s+")
# the author's two roles joined: "written and illustrated by A", "écrit et illustré par A", "escrito e ilustrado por A",
# "geschrieben und illustriert von A": one person's credit, read as a plain "by" before the second credit is looked for
_BOTH_BY = re.compile(
    r"(?:^|,?\s+)(?:written|escrit[oa]|écrite?|scritt[oa]|geschrieben|geschreven|skriven|skrevet|napisan[aey]|"
    rf"napsan[áéý]|scris[ăe]?|text)\s+{_AND}\s+{_ROLE}\s+{_ROLE_BY}\s+")
# (any of the by-words: a headline holding none is left as it was, unread)
_ANY_BY = re.compile(rf"\s{_ROLE_BY}\s")


def plain_credit(text: str) -> str:
    """`text` with a second credit after the author's ("and illustrated by B") cut off and a "written by" before the
    author made a plain "by"; as it was when it holds neither."""
    if " by " not in text and not _ANY_BY.search(text):
        return text
    text = _BOTH_BY.sub(" by ", text, count=1)  # (one author in both roles: no second credit)
    cut = _SECOND.sub("", text)
    cut = cut if cut.strip() else text
    return _WRITTEN_BY.sub(" by ", cut, count=1)
