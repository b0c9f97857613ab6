"""The author after a known title and the page language's word for "of", in languages that credit a work with its
genitive link: Hausa "littafin T na A" (the book T of A; "ta" after a feminine noun), Swahili "kitabu T cha A" ("ya",
"wa", "la", "vya", "za" by the noun's class), Yoruba "T ti A", Igbo "T nke A", Zulu and Xhosa "T ka A", Maltese "T ta' A"
(a dated "4 ta' Diċembru" or a place, "Il-Festival ta' Malta", is one word, no person the text names whole).

Those words are everyday ones too ("na" is also "and", "I"), so they are read only right after a title the page names
already (``bookbody`` asks for the author of a title found alone), in the post's first lines (a cover's caption, the
opening), the name two to four capitalised words that the text calls by family name again, outside that line. A title
of respect before the name (Hausa "Alhaji", "Malam", Swahili "Bwana", "Mwalimu", Arabic "Sheikh", "Dr", "Prof") is no part
of it: the name is given without it, as the page's other mentions give it.

A headline may say it alone ("T ti Fágúnwà: …", the title named nowhere else): ``of_headline`` reads it there when the
name ends the headline's head and names a person the text writes whole mid-sentence ("… ti D.O. Fágúnwà kọ"), also after
a column's label ("BOOK REVIEW: T cha A"), the initials the headline gives written out as the text writes them. A title
may hold the genitive itself (the mansion of a character, "T ya A"): where the text gives the work, by its noun and the
same "of", to one other person ("this first novel of B"), the whole head is the title and that person its author;
not where the text names the headline's own person in the author's role ("written by A", "A tells"): then the other
is a comparison's ("as in the novel of B").
"""

from __future__ import annotations

import re

from .book import Context, is_name

_OF = {"ha": "na|ta", "sw": "wa|ya|la|cha|vya|za", "yo": "ti", "ig": "nke", "zu": "ka", "xh": "ka", "mt": "ta['’]"}
_HONORIFIC = re.compile(
    r"^(?:Alhaji|Alhaja|Alh\.|Hajiya|Hajia|Hajj?i|Malam|Mallam|Malama|Sheikh|Shaykh|Shehu|Ustaz|Ustadh|Ustadha|"
    r"Dakta|Farfesa|Mwalimu|Bwana|Bibi|Bw\.|Bi\.|Dkt\.?|Dr\.?|Prof\.?|Oloye|Chief|Sir|Dame)\s+"
)


def of_author(title: str, lines: list[str], context: Context) -> str | None:
    """The name after "T <of>" in the first lines, without a title of respect, the text naming its family name apart."""
    of = _OF.get((context.language or "")[:2].lower())
    if not of or not title:
        return None
    for line in lines[:3]:
        match = re.search(rf"(?<!\w){re.escape(title)}\s+(?:{of})\s+([^\W\d_][^,.;:!?()\n]{{2,60}})", line)
        if not match:
            continue
        words = match.group(1).split()[:5]
        name = " ".join(words)
        while _HONORIFIC.match(name):
            name = _HONORIFIC.sub("", name, count=1)
        words = name.split()
        for end in range(min(4, len(words)), 1, -1):
            candidate = " ".join(words[:end])
            if is_name(candidate) and all(w[:1].isupper() for w in words[:end]):
                # (the family name said again, apart from this line)
                if context.mentions(words[end - 1]) - line.count(words[end - 1]) >= 1:
                    return candidate
                break
    return None


# a headline's head (up to the post's remark after a colon or a dash): "T <of> Name", one to three words ending it
_HEAD = re.compile(r"^([^:|–—]+?)(?:\s*[:|–—]\s+.*)?$")
_HEAD_OF = {language: re.compile(rf"^(\S.*)\s+(?:{of})\s+((?:[^\W\d_][\w'’.\-]*\s+){{0,2}}[^\W\d_][\w'’\-]+)$") for language, of in _OF.items()}
# a work's noun, up to three lower-case words ("hii ya kwanza", this first), the "of", a name of two to four capitalised
# words: the text's own credit of the book (ha, sw, yo, ig, zu/xh, mt)
_WORK = {"ha": "littafi|littafin|labari|labarin|wallafa", "sw": "kitabu|riwaya|hadithi|tamthilia|diwani|vitabu",
         "yo": "ìwé|iwe|ìtàn|itan|aramọ̀ndà", "ig": "akwụkwọ|akwukwo|akụkọ|akuko", "zu": "incwadi|inoveli|indaba",
         "xh": "incwadi|inoveli|ibali", "mt": "ktieb|rumanz|novella"}
_CAPITAL_WORD = r"[A-ZÀ-ÞĀ-Ž][\w'’.\-]+"
_WORK_OF = {language: re.compile(
    rf"(?i:\b(?:{_WORK[language]}))(?:\s+[^\W\d_A-Z][\w'’]*){{0,3}}\s+(?:{of})\s+((?:{_CAPITAL_WORD}\s+){{1,3}}"
    rf"[A-ZÀ-ÞĀ-Ž][\w'’\-]+)") for language, of in _OF.items()}
_INITIAL = re.compile(r"^(?:[^\W\d_]\.){1,3}$")
# the author's role in the text: the agent of "written by" or a writer's noun before the name, or the name before a
# writing verb (ha "rubuta", marubuci; sw "-andikwa na", mwandishi; yo "kọ", òǹkọ̀wé; ig "dere", ode akwụkwọ; zu/xh
# "bhala", umbhali; mt "kiteb", awtur), up to three capitalised words between the word and the surname
_ROLE_BEFORE = {"ha": "rubuta|marubuci|marubuciya", "sw": r"\w*andikwa\s+na|mwandishi|mtunzi", "yo": "òǹkọ̀wé|onkowe",
                "ig": "ode|odee", "zu": "umbhali|ngu", "xh": "umbhali|ngu", "mt": r"awtur|awtriċi|kitba|miktub\s+minn"}
_ROLE_AFTER = {"ha": r"ya\s+rubuta|ta\s+rubuta", "sw": r"\w*(?:andika|simulia)\w*", "yo": "kọ", "ig": "dere",
               "zu": r"\w*bhal\w*", "xh": r"\w*bhal\w*", "mt": "kiteb|kitbet"}
_ROLE = {language: re.compile(rf"(?i:(?<!\w)(?:{_ROLE_BEFORE[language]}))\s+"
                              rf"(?P<a>(?:{_CAPITAL_WORD}\s+){{0,3}}{_CAPITAL_WORD})|"
                              rf"(?P<b>[^\W\d_][\w'’\-]+)\s+(?i:(?:{_ROLE_AFTER[language]}))(?!\w)")
         for language in _OF}


def _own_person(surname: str, language: str, context: Context) -> bool:
    """The text names the headline's own person again as its writer, in the author's role (after "written by" or a
    writer's noun, before a writing verb): the headline's "of" credits the work, not a character's house, whoever
    else the text names in a comparison ("as in the novel of B"). (A count would not tell them: a review names its
    hero as often as its writer.)"""
    return any(surname in (m.group("a") or m.group("b") or "").split() for m in _ROLE[language].finditer(context.text))


def _forms(surname: str, text: str) -> list[str]:
    """The name run before each mention of `surname` written mid-sentence, after a lower-case word: initials ("D.O.",
    "D. O.") or one or two capitalised given names; a sentence's first word ("Ede Fágúnwà …") is no given name."""
    forms, at = [], text.find(surname)
    while at >= 0:
        end = at + len(surname)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            words = text[max(0, at - 80):at].split()
            run: list[str] = []
            while words and len(run) < 3 and (_INITIAL.match(words[-1]) or words[-1][:1].isupper() and words[-1].isalpha() and len(run) < 2) \
                    and words[-1][:1].isupper():
                run.insert(0, words.pop())
            if run and words and words[-1].rstrip(",;")[-1:].islower():
                forms.append(" ".join([*run, surname]))
        at = text.find(surname, end)
    return forms


_LABEL = re.compile(r"^[^:|–—]{2,40}:\s+([^:|–—]+?)(?:\s*[:|–—]\s+.*)?$")


def _same(form: str, name: str) -> bool:
    """`form` is `name` written out: the same, or its given names where the name has their initials ("K.W. Wamitila"
    for "Kyallo Wadi Wamitila")."""
    if form.endswith(" ".join(name.split())):
        return True
    given, initials = form.split()[:-1], re.findall(r"([^\W\d_])\.", " ".join(name.split()[:-1]))
    return len(initials) == len(given) > 0 and all(g.startswith(i) for g, i in zip(given, initials)) \
        and "".join(f"{i}." for i in initials) == "".join(name.split()[:-1])


def of_headline(headline: str | None, context: Context) -> tuple[str, str] | None:
    """(title, author) of a headline "T <of> Name: the post's remark" (Yoruba "T ti Fágúnwà: …", Hausa "T na A", Swahili
    "T cha A", Zulu "T ka A"): the name, one to three capitalised words ending the head, the text calls by its last word
    again, and gives in the fullest form the text writes mid-sentence (initials or given names before it: "D.O. Fágúnwà",
    not a sentence's first word "Ede Fágúnwà"): a person named whole somewhere, not a month or a place that ends the
    head; the title, before the last "of", starts with a capital and holds no site name's marks ("Blog » T")."""
    pattern = _HEAD_OF.get((context.language or "")[:2].lower())
    head = _HEAD.match(headline.strip()) if pattern and headline and len(headline) <= 200 else None
    match = pattern.match(head.group(1).strip()) if head else None
    if head and not match and (labelled := _LABEL.match(headline.strip())):  # ("BOOK REVIEW: T cha A": a label first)
        match = pattern.match(labelled.group(1).strip())
    if not match or not match.group(1)[:1].isupper() or any(not w[:1].isupper() for w in match.group(2).split()):
        return None
    title, name = match.group(1).strip(), match.group(2)
    surname = name.split()[-1]
    if len(surname) < 3 or not context.mentions(surname) or len(title.split()) > 12:
        return None
    forms = [f for f in _forms(surname, context.text) if _same(f, name) and is_name(f)]
    author = max(forms, key=len) if forms else " ".join(name.split())
    if len(author.split()) < 2 or any(mark in title for mark in "»«›|/"):
        return None  # a lone capitalised word the text never gives a given name ("Zawadi ya Desemba", December's gift)
    if any(n and re.sub(r"\W", "", author.casefold()) == re.sub(r"\W", "", n.casefold()) for n in context.not_authors):
        return None
    language = (context.language or "")[:2].lower()
    credited = {m.group(1) for m in _WORK_OF[language].finditer(context.text) if is_name(m.group(1))}
    if len(credited) == 1 and surname not in (other := credited.pop()) and not _own_person(surname, language, context):
        # the text gives the work to someone else with the same "of" ("this first novel of Adam Shafi"): the headline's
        # "of" is the title's own ("Kasri ya Mwinyi Fuad", the mansion of a character), and that one its author
        whole = (head.group(1) if pattern.match(head.group(1).strip()) else labelled.group(1)).strip()
        return whole, other
    return title, author
