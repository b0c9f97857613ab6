"""A gathering's notice standing as the post's last paragraph, with no bid, sign-up or second mark of an appointment:
"The harbour reading circle takes the sequel in February", "Story hour at the branch library, Saturdays at 10",
"Club de lecture de la médiathèque, le 9 janvier", "نادي الكتاب يلتقي يوم الخميس", "See you at the island book fair,
14 March".

``gatherline`` and ``gatherlead`` ask, of a line under the verdict, a bid, a sign-up, a clock or a rhythm besides its
day; the last paragraph of a post that is a short line opening on its gathering and naming when it is, is a notice
on its place alone. Its shape, whatever the language:

- where: the body's last paragraph (a sign-off of a dozen words at most may follow it: "Speak soon! /Anna"), a plain
  paragraph of its own, not a heading, quote, list or table; short (30 words at most), no year, price or score, no note
  the review carries;
- what: the gathering opens the line, its noun within the first six words (a proper name may stand before it: "The
  Harbour Street reading circle"; a compound ending on the noun, "boekklub", "Kerstmarkt", counts): ``gatherlead``'s
  classes and a story hour, a reading, quiz or poetry night, an evening of reading (``_NIGHT``); the writer's own
  group ("Our book club …", "Lukupiirimme …") only with a standing rhythm ("… meets on the first Thursday of the
  month"): an account names its club so ("Our book club hated it on Tuesday"); or the line bids the reader to come and see the writer ("See you at
  …", "Find me at …", "Vemo-nos na …", "come and say hello": ``_BID``) and names a gathering anywhere;
- when: a day of the month, a weekday (its plural too: "Saturdays"), a month's name in any case, a standing rhythm, or
  a clock;
- no reference to the work in the line's first phrase (before its first comma, colon, dash or semicolon): "The club in
  the novel meets every Thursday" is the story's; "Club …, 16 January: we discuss this very book" gives the notice
  first; and, opening on its gathering, no first-person word in its head (before its first colon, dash or semicolon:
  "Book club on Tuesday, and I loved every minute").

A reviewer's "I read it on a Thursday night in January" opens on no gathering; "the best novel I read in January"
neither; "Our club read it last year" is the writer's group with no rhythm; a line with a paragraph of the review
after it is not the post's tail.
"""

from __future__ import annotations

import re

from .casefold import guarded
from .eventdays import _INVITE, named_day, weekday
from .eventline import CLOCK, CLOCK_LED
from .promo import PRICE
from .rating import has_score
from .words import count_words

_MAX_WORDS = 30
_LEAD = 6
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")
# a story hour, a reading, quiz or poetry night, an evening of reading (en fr es pt it de nl sv da nb fi pl el ar he mt)
_NIGHT = guarded(re.compile(
    r"(?<!\w)(?:story\s*(?:hour|time)s?|storytimes?|(?:poetry|reading|quiz|book|open[\s-]mic)\s+nights?|"
    r"heures?\s+du\s+conte|hora\s+del\s+cuento|hora\s+do\s+conto|ora\s+del(?:le)?\s+fiab[ae]|vorlesestunde\w*|"
    r"voorlees\w+|sagostund\w*|eventyrstund\w*|satutuoki\w*|satuhetk\w*|godzin\w+\s+bajek|"
    r"noches?\s+de\s+(?:poes[íi]a|lectura)|noites?\s+de\s+(?:poesia|leitura)|serat[ae]\s+di\s+(?:poesia|lettura)|"
    r"βραδι[άέ]\w*|أمسي(?:ة|ات)|ערב\s+(?:קריאה|שירה)|lejla\s+ta['’]|klabb\w*)(?!\w)", re.I))
# the head of a compound that ends on a gathering's noun (de nl af sv da nb: "Lesekreis", "boekklub", "Bokcirkel",
# "Kerstmarkt", "Buchmesse", "bokmässa", "Lesecafé" is not one)
_COMPOUND = re.compile(r"[^\W\d_]{3,}(?:klub|club|kreis|kring|cirkel|sirkel|kreds|markt|marknad|messe|mässa|avond|abend|"
                       r"aand|kväll|kveld|aften)(?:en|et|s)?$", re.I)
# a bid to come and see the writer (en fr es pt it de nl sv da nb fi pl): "See you at", "Find me at", "Vemo-nos na"
_BID = guarded(re.compile(
    r"(?<!\w)(?:see\s+(?:you|me|us)\s+at|find\s+(?:me|us)\s+at|meet\s+(?:me|us)\s+at|come\s+(?:and\s+)?say\s+(?:hello|hi)|"
    r"on\s+se\s+voit|retrouvez[- ](?:moi|nous)|nos\s+vemos|vemo-nos|encontre-(?:me|nos)|ci\s+vediamo|wir\s+sehen\s+uns|"
    r"tot\s+(?:dan|ziens)\s+(?:op|in|bij)|vi\s+ses|vi\s+ses\s+på|vi\s+sees|nähdään|do\s+zobaczenia)(?!\w)", re.I))
# the writer's own group in a possessive suffix on its noun (fi et "lukupiirimme", hu "klubunk", tr "kulübümüz")
_OWN = re.compile(r"[^\W\d_]{3,}(?:mme|ımız|imiz|umuz|ümüz|unk|ünk)\W*$", re.I)
# the head's end: its first colon, dash or semicolon; for the work's reference, its first comma too
_HEAD_END = re.compile(r"[:：;—–]|\s-\s")
_PHRASE_END = re.compile(r"[,،:：;—–]|\s-\s")
_CLAUSE = re.compile(r"[,،]")
# a clause opening on a conjunction (en fr de es it pt nl sv da nb fi pl), or on Hebrew's or Arabic's glued "and"
_JOINED = re.compile(r"\s*(?:(?:and|et|und|y|e|en|och|og|ja|i|oraz)(?!\w)|[וو])", re.I)


def _noun(lead: str) -> bool:
    """``gatherlead.gathering_noun``, or a story hour, a reading or poetry night (``_NIGHT``)."""
    from .gatherlead import gathering_noun  # (lazily: gatherlead and gatherline import each other)
    return gathering_noun(lead) or bool(_NIGHT.search(lead))


def _named_at(words: list[str]) -> int:
    """How many of the opening words (``_LEAD`` at most) name the gathering, its noun last; 0: none does."""
    for n in range(1, min(len(words), _LEAD) + 1):
        if _COMPOUND.search(words[n - 1].strip(",.:;'’")) or _noun(" ".join(words[:n])):
            return n
    return 0


# an article opening the line (en de fr es it pt nl el)
_ARTICLE = re.compile(r"\W*(?:the|an?|der|die|das|le|la|les|el|los|las|il|lo|gli|os|as|o|het|de|η|ο|το|οι|τα)", re.I)


def _name_lead(words: list[str]) -> bool:
    """The words before the gathering's phrase (its tightest span closing `words`) are its name's: capitalised words
    ("Harare Book Club", "The Nicosia Short Fiction Circle") and one qualifier in lower case right before it
    ("… reading circle"), after an article opening the line; anything after the writer's own possessive ("Our harbour
    book circle", asked a rhythm besides). A word in lower case further back is a sentence's ("Read with the Tuesday
    book club", "Every Saturday the harbour club reads"), as is an article before a word in lower case ("The
    keepers' club gathers …": a common noun, not a name), and a capitalised word before a one-word noun in lower
    case ("She walks to …": a sentence's subject and its verb)."""
    from .gatherlead import _OURS
    start = next((m for m in range(len(words) - 1, -1, -1) if _noun(" ".join(words[m:]))), len(words) - 1)
    before, noun = words[:start], words[start]
    if not before or _OURS.fullmatch(before[0]):
        return True
    article = bool(_ARTICLE.fullmatch(before[0]))
    for k, word in enumerate(before):
        if k == 0 and article or not word[:1].islower():
            continue
        if k != len(before) - 1 or article and k == 1:
            return False
    # (a phrase of two words or more is a name's head, "Cree story hour"; one word in lower case may be a verb)
    single = start == len(words) - 1
    return not (single and before[-1][:1].isupper() and noun[:1].islower() and not (article and len(before) == 1))


def _when(text: str) -> bool:
    """A day of the month, a weekday, a month's name, a rhythm or a clock (module docstring)."""
    from .gatherlead import _HOUR, _day_in_case, _month_in_case, _rhythm, _month_stems
    if named_day(text) or weekday(text) or _month_in_case(text) or _day_in_case(text) or _rhythm(text):
        return True
    if CLOCK.search(text) or CLOCK_LED.search(text) or _HOUR.search(text):
        return True
    stems = _month_stems()
    # (a month's name with no day beside it, its ending at most two letters off: "Δεκέμβριο" beside "Δεκέμβριος")
    return any(word.casefold()[:k] in stems for word in _TOKEN.findall(text) if len(word) >= 5
               for k in range(max(5, len(word) - 2), len(word) + 1))


# the chain of qualifiers after a gathering's noun, part of its name (en fr es it pt nl de): "club dei delitti del
# giovedì", "club del crimen de los jueves", "Club du jeudi"
_CHAIN = re.compile(r"(?:\s*(?:of|de|du|des|del|dei|degli|della|delle|di|do|da|dos|das|van|von|vom)\s+"
                    r"(?:(?:the|la|le|les|los|las|il|lo|gli|o|a|os|as|het|der|den)\s+)?[^\W\d_]+)+", re.I)


def _outside_name(words: list[str], at: int) -> str:
    """The line after its gathering's name: the opening words to the noun, the capitalised words right after it
    ("The Tuesday Club Murders"; "Book Club Thursday" gives its day) and the chain of qualifiers after it ("club du jeudi"); a weekday there is a
    title's or a name's ("The Thursday Murder Club fans will …"), not the notice's day."""
    k = at
    while k < len(words) and words[k][:1].isupper() and words[k - 1][-1:].isalnum() and not _when(words[k]):
        k += 1
    rest = " ".join(words[k:])
    chain = _CHAIN.match(rest) if words[k - 1][-1:].isalnum() else None
    return rest[chain.end():] if chain else rest


def _named_thing(text: str, found: re.Match) -> bool:
    """The work's noun capitalised ("the Book Café") or the head of a hyphened compound ("the book-fair stall"): a
    place's or a gathering's name, not the review's book ("the book")."""
    noun = found.group(0).split()[-1]
    return noun[:1].isupper() or text[found.end():found.end() + 1] == "-"


def tail_notice(text: str, today=None) -> bool:
    """The post's last paragraph (its caller asks) opening on its gathering, or bidding the reader to come to one,
    and naming when it is (module docstring)."""
    if not text or count_words(text) > _MAX_WORDS or _YEAR.search(text) or PRICE.search(text) or has_score(text):
        return False
    from .gatherlead import _OURS, _WE, _in_name, _rhythm
    from .gatherline import gone_days
    from .housekeeping import a_note
    from .reviewed import FIRST_PERSON
    from .reviewwords import WORK_REFERENCE
    words = text.split()
    at = _named_at(words)
    ours = bool(at) and (any(_OURS.fullmatch(word) for word in words[:at - 1]) or bool(_OWN.search(words[at - 1])))
    named = bool(at) and _name_lead(words[:at]) and (_rhythm(text) or not ours)
    if not named and not (_BID.search(text) and _noun(text)):
        return False
    if not _when(_outside_name(words, at) if named else text) or gone_days(text, today):
        return False
    head_end, phrase_end = _HEAD_END.search(text), _PHRASE_END.search(text)
    head = text[:head_end.start()] if head_end else text
    phrase = text[:phrase_end.start()] if phrase_end else text
    if any(not (_in_name(phrase, found) or _named_thing(phrase, found)) for found in WORK_REFERENCE.finditer(phrase)):
        return False
    # (past the first phrase, a clause of the head naming the work is the review's verdict on its scene, "Reading
    # night at the castle, 31 October, is the book's best set piece", unless it opens on a conjunction: the group's
    # plan, "…, Tuesday, and we discuss this book")
    if any(WORK_REFERENCE.search(clause) and not _JOINED.match(clause) for clause in _CLAUSE.split(head)[1:]):
        return False
    # (opening on its gathering, the writer's voice in the head is an account's: "Book club on Tuesday, I loved it";
    # a bid's "see me", "vemo-nos" is the writer's too)
    if named and not _BID.search(text) and (FIRST_PERSON.search(head) or _WE.search(head)):
        return False
    return not a_note(text)


_SIGN_OFF = 12  # (words: a sign-off may follow the notice, "Speak soon! /Anna")
_BLOCKED = ("h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "dl", "table", "pre", "figure", "li", "td")


def last_paragraphs(items: list, drop: dict[int, str]) -> tuple[int, ...]:
    """The indexes of the post's last paragraph among `items` left (not dropped): the last, and the one before it
    where the last is short enough to be a closing sign-off (``_SIGN_OFF`` words at most)."""
    from .nodes import text_of
    left = []  # (from the end: the last two items left with text)
    for i in range(len(items) - 1, -1, -1):
        if i not in drop and text_of(items[i]).strip():
            left.append(i)
            if len(left) == 2:
                break
    if len(left) == 2 and count_words(text_of(items[left[0]])) <= _SIGN_OFF:
        return tuple(left)
    return tuple(left[:1])


def standalone(block) -> bool:
    """A plain paragraph of its own: not a heading, quote, list or table, nor inside one."""
    return block.tag not in _BLOCKED and not any(a.tag in ("blockquote", "li", "td", "table") for a in block.iterancestors())
