"""The news an old book's record may head or sign that is no capsule review of it: its author's death (mend5), or a
prize's shortlist, nomination or award (detshort, s33: "T by A has been shortlisted for …", "ušao je u uži izbor").

backlist.py counts a short post that cites a book dated years before it and names it again as one about that book. An
obituary does both too ("<record>" under "Tamsin Avery, the novelist, died on Tuesday at ninety-four …"): the book is
cited as the life's work, and the prose opens on the event, the author's death, in the sentence that names them again.
A capsule review opens on the book or on its reading; a death in it is the story's (a character's, in a later
sentence, or in a sentence that names no word of the record).

The death words are the past tense of dying and its polite forms, and the obituary's own name, in the languages the
blogs are written in (whole words; in the unspaced scripts the word itself). The prize words are the shortlist's and
longlist's nouns, being nominated, a finalist, a laureate, in the same languages: what a prize's news opens on, not a
capsule (which may call the book "prize-winning" later, in a sentence of its own).
"""

from __future__ import annotations

import re

DEATH = re.compile(
    r"(?<!\w)(?:died|passed\s+away|obituary|starb|verstarb|gestorben|verstorben|overleden|overleed|stierf|avled|"
    r"avliden|est\s+mort[e]?|décédée?|s'est\s+éteinte?|nécrologie|murió|falleció|fallecid[oa]|ha\s+muerto|morreu|"
    r"faleceu|falecid[oa]|è\s+mort[oa]|è\s+scompars[oa]|morì|decedut[oa]|zmarł[a]?|zemřel[a]?|zomrel[a]?|umro|umrla|"
    r"umrl[a]?|preminu(?:o|la)|умер(?:ла)?|скончал(?:ся|ась)|помер(?:ла)?|öldü|vefat\s+etti|kuoli|elhunyt|meghalt|"
    r"a\s+murit|a\s+decedat|amefariki|alifariki|մահացել|մահացավ|נפטרה?|توفي|توفيت)(?!\w)|"
    r"亡くな|死去|逝去|逝世|去世|별세|타계", re.I)
_PRIZE = re.compile(
    r"(?<!\w)(?:short-?list(?:ed)?|long-?list(?:ed)?|nominated|nominee|finalists?|laureate|Shortlist|Longlist|"
    r"nominiert|Preisträger\w*|nominée?s?|finalistes?|lauréate?s?|nominad[oa]s?|finalistas?|candidat[oa]\s+al|"
    r"candidat[oa]\s+allo|nominat[oa]|nominowan[aey]|finalist(?:k)?[aiey]?|laureat\w*(?!\s+in\s)|nominován[aoy]?|"
    r"nominovan[aoy]?|uži\s+izbor|užem\s+izboru|širi\s+izbor|ужи\s+избор|шорт-?лист\w*|лонг-?лист\w*|"
    r"номинирован\w*|номінован\w*|фіналіст\w*|финалист\w*|лауреат\w*|kısa\s+liste\w*|aday\s+gösteril\w*|"
    r"ehdolla|rövidlistá\w*|jelölt\w*|הרשימה\s+הקצרה|מועמד\w*|القائمة\s+القصيرة|مرشح\w*)(?!\w)|"
    r"最終候補|ノミネート|入围|入圍|후보", re.I)
_SENTENCE = re.compile(r"(?<=[.!?։。！？])\s+")
# (a phrase set off by a comma at the sentence's head: "Shortlisted for the X in 1963, T follows …")
_LEADING = re.compile(r"^[^,،、，]{3,120}[,،、，]\s+(?=\S)")


def tells_a_death(prose: str, named) -> bool:
    """The prose's opening sentence names a word of the record again (`named(word, sentence)`) and tells a death or a
    prize's news."""
    lines = [line for line in prose.split("\n") if line.strip()]
    if not lines:
        return False
    opening = _SENTENCE.split(lines[0].strip(), maxsplit=1)[0]
    # (rev-detshort s33: a prize named in a phrase set off at the sentence's head that names no word of the record,
    # the book named after it, is the book's background, "Shortlisted for the X in 1963, T follows a widower …": a
    # capsule's opening; the news names the book and its prize in one clause, "T has been shortlisted for …")
    prize = opening
    if (leading := _LEADING.match(opening)) and _PRIZE.search(leading.group()) and not named(leading.group()):
        prize = opening[leading.end():]
    return (DEATH.search(opening) is not None or _PRIZE.search(prize) is not None) and named(opening)


def opens_on_death(prose: str, named) -> bool:
    """The prose's opening sentence tells a death and names a word of the record again (`named(sentence)`): an
    obituary's lead, "A, whose novels …, has died at home", without the prize's news ``tells_a_death`` reads too."""
    lines = [line for line in prose.split("\n") if line.strip()]
    opening = _SENTENCE.split(lines[0].strip(), maxsplit=1)[0] if lines else ""
    return DEATH.search(opening) is not None and named(opening)
