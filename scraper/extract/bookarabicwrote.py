"""Arabic's writer, read off the prose's syntax (``bookrescueauthor``'s cues).

Arabic sets the verb first: "كتب A روايته" (A wrote his novel), "نشرت A مجموعتها" (A published her collection). The name
of two or three words between a verb of writing or publishing and the work's noun that carries the subject's own
possessive suffix (-ه his, -ها her) is the one who wrote it: the suffix points back at the subject, so the words between
are a person, not an object (``WROTE_OWN``). None of its words takes the article (a name's first word does not: "الكاتب
X" is a cue, "كتب الكاتب" a role).

The definite role word alone ("الكاتب A", "الروائية A", the writer A) is also a clause's subject before its verb's
object ("يستعير الكاتب أسلوب المؤرخين", the writer borrows the historians' style): a phrase, no person. Such a cue's name
is read only where the text names it again, whole or by its last word (a reviewer calls the writer by surname), not a
phrase said once (``weak_role``)."""

from __future__ import annotations

import re

from .bookarabictag import _LETTERS

_WORD = rf"(?!ال)[{_LETTERS}]{{2,}}"
_VERB = r"(?:كتب|كتبت|يكتب|تكتب|ألّف|ألف|ألفت|أصدر|أصدرت|نشر|نشرت)"
_WORK = r"(?:رواي|كتاب|قص|ديوان|مجموع|سير|مذكرات)\S{0,2}?(?:ته|تها|ه|ها)"
WROTE_OWN = re.compile(
    rf"(?:^|(?<=[\s،.؛]))[وف]?{_VERB}\s+({_WORD}\s+[{_LETTERS}]{{2,}}(?:\s+[{_LETTERS}]{{2,}})?)\s+{_WORK}(?![{_LETTERS}])")
_WEAK_ROLE = re.compile(r"(?:^|\s)[وف]?ال(?:كاتبة?|روائية?)\s*$")


def weak_role(match: re.Match, text: str) -> bool:
    """An Arabic cue that is the definite role word alone ("الكاتب A") whose name the text never names again, whole or
    by its last word: a phrase after a clause's subject (see the module's docstring)."""
    if not _WEAK_ROLE.search(match.group(0)[: match.start(1) - match.start(0)]):
        return False
    name = match.group(1).strip()
    return text.count(name) < 2 and len(re.findall(rf"(?<![{_LETTERS}]){re.escape(name.split()[-1])}(?![{_LETTERS}])",
                                                    text)) < 2
