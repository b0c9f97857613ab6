"""A gathering's notice that opens on the gathering itself and gives its day and one more mark of an appointment, with
no bid or sign-up (``gatherline`` asks one): "Reading circle at the town library, 9 January at 18:00", "Poetry swap
by the fountain, Saturday 12 March", "Our writers' group meets on the second Tuesday of each month".

``gatherline.mark`` asks it of the lines it already found short, in the post's tail under the verdict or set apart.
Its shape, whatever the language:

- the gathering is named by its noun within the line's first dozen words (``gatherline``'s nouns, and the class of a
  swap, a fair, a walk or tour, a literary evening, a circle, a group or a club across languages: ``_MORE``; a verb
  of meeting is a story's as often, "in the book the society meets every Thursday"), and the line does not open on
  the writer's own group (a first-person possessive: "Our book club discussed it on Tuesday, 3 November at 7pm"): a
  review's account names its club so, or after what the reviewer did ("we argued about it at our reading group on
  4 November, and ...");
- a day: what ``gatherline`` reads, or a day of the month beside its month's name in another case ("19 decembra",
  "abenduaren 16an": the names of every dateparser locale, their last one or two letters cut);
- and one mark of an appointment besides: a clock time beside the day of the month (with the hour's word: "ob 18 uri",
  "u 17 časova"; beside a bare weekday a scene's as often), a standing rhythm (an ordinal or "every" before the
  weekday, its name in any case: "the first Thursday of the month", "vsako drugo sredo", "щосуботи"), a weekday beside
  its day ("Saturday the 12th"), or a pointer, a bid to come or to write ("details on the events page", "reply to
  this email", "all welcome").

``appointment``: a line set apart that gives a day of the month and a clock time names an appointment whatever it opens
on ("Harbour authors at the terminal café, Saturday 9 January, 6pm"), as one in the post's tail does whose clock is a
range, an opening and a closing hour ("Saturday 9 January, 2–4pm": a schedule's; an account gives its hour, "we met
on Tuesday 3 December at 7.30", in a pro-drop language with no pronoun to tell it), where no first-person word (the reviewer's "I
finished it on 9 January at 2am") and no reference to the work ("the novel ends at a reading on 14 January at 7pm")
stands in it and no figure closes it on a score.

``dated_head``: a line whose head ends on its day of the month before its first colon, details after it ("Quiz night
at the harbour hall on 21 January: estuary novels and cider"), in no one's voice; ``coming_day``: set apart, a line
whose every day of the month lies in the weeks after the post's date, in no one's voice.

A reviewer's "I finished it on Sunday 13 December at the harbour library" names no gathering; "our book club argued
about it all Tuesday" gives no mark of an appointment; a novel's "the club meets on 14 January" neither.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from . import announce, gatherings
from .eventdays import _INVITE, _weekday_word, weekday, weekday_dated, weekday_names
from .eventline import CLOCK, CLOCK_LED

_LEAD = 4  # (words: the line opens on its gathering, or the words after a label's colon or a name's comma do)
_TOKEN = re.compile(r"[^\W\d_]+")
# a swap, a fair, a walk or tour, a literary evening, a reading circle, a group or a club, across languages (a
# generic noun of the class, not a phrase: the day and the appointment's mark are asked besides)
_MORE = re.compile(
    r"(?<!\w)(?:(?:book\s+)?swaps?|book\s+exchanges?|büchertausch|troc|trueque|intercambio\s+de\s+libros|"
    r"troca\s+de\s+livros|scambio\s+di\s+libri|wymian\w*\s+książ\w*|обмен\w*\s+книг\w*|обмін\w*\s+книж\w*|"
    r"fairs?|feria|feira|fiera|ярмар\w*|sajam\w*|sejem\w*|targi|vásár|"
    r"walks?|walking\s+tours?|tours?(?!\s+de\s+force)|rundgang|spaziergang|balade|paseo|passeio|passeggiata|wandeling|"
    r"spacer\w*|procházk\w*|прогулк\w*|прогулянк\w*|šetnj\w*|шетњ\w*|sprehod\w*|экскурси\w*|екскурзи\w*|екскурсі\w*|"
    r"readings|lesung(?:en)?|читанн\w*|чтени\w*|čitanj\w*|branj\w*|"
    r"(?:literary|poetry|reading)\s+evenings?|soirées?|veladas?|serat[ae]|leesavond\w*|вечер(?!ом(?!\w))\w*|вечір\w*|"
    r"wieczor(?!em(?!\w))\w*|"
    r"wieczór|večer\w*|երեկո\w*|საღამო\w*|"
    r"circles?|cercles?|c[íi]rculos?|circol[oi]|kring|krožek\w*|kružok\w*|кружок|кружк\w*|kör|koło|"
    r"groups?|grupos?|grupp[oie]|gruppen?|groep|grupa|grupy|група|групп\w*|talde\w*|csoport\w*|ryhmä\w*|"
    r"clubs?|clube|klub\w*|клуб\w*|kulüb\w*|კლუბ\w*|ակումբ\w*|"
    r"среща|срещ[аи]\w*|sastan\w*|srečanj\w*|дружењ\w*|druženj\w*|bilera\w*)(?!\w)",
    re.I)
# the writer's own group as the line's subject, opening it: an account ("Our book club discussed it on Tuesday, 3
# November at 7pm, and …"), not a notice (a first-person possessive: en de fr es pt it nl sv da nb fi pl cs sk sl hr
# sr bg ru uk)
_OURS = re.compile(r"\W*(?:our|my|unser\w*|mein\w*|notre|nos|mon|ma|mes|nuestr[oa]s?|mis?|nosso|nossa|nostr[oaie]|mio|mia|"
                   r"onze|ons|mijn|vår|vårt|våre|vores|min|mitt|mit|meidän|minun|nasz\w*|moj\w*|m[ůu]j|naš\w*|наш\w*|"
                   r"мо[йяеї]\w*)\W*", re.I)
# a clock ``eventline.CLOCK`` leaves: at a sentence's end ("at 19:00."), with the hour's word after a dot or in another
# case ("ob 18. uri", "u 17 časova", "в 18 часов"), or with a word before it ("godz. 18", "ժամը 18")
_HOUR = re.compile(r"(?<![\d.,:])(?:[01]?\d|2[0-3]):[0-5]\d(?!\d|[.,]\d)|"
                   r"(?<![\d.:])(?:[01]?\d|2[0-3])\.?\s*(?:uri|ure|часова|часа|часов|сати|sati|časova|hodin)(?!\w)|"
                   r"(?<!\w)(?:godz\.?|saat|ժամը)\s*(?:[01]?\d|2[0-3])(?!\d)", re.I)
# a standing rhythm: an ordinal or "every" before the weekday (en fr es pt it de nl sv da nb fi pl cs sk sl hr sr bg
# ru uk hu tr), one word between at most ("every other Tuesday", "vsako drugo sredo")
_RHYTHM = re.compile(
    r"(?<!\w)(?:(first|second|third|fourth|last|premier|dernier|primer|segundo|último|primeiro|primo|ultimo|"
    r"erste[nm]?|zweite[nm]?|letzte[nm]?|eerste|laatste|första|sista|pierwsz\w*|ostatni\w*|перв\w*|перш\w*|"
    r"последн\w*|останн\w*)|every|each|chaque|cada|ogni|jede[nm]?|elke|iedere|varje|hver|joka|każd\w*|každ\w*|"
    r"vsak\w*|svak\w*|сваки\w*|всеки|всяк\w*|кажд\w*|кожн\w*|minden|her)\s+([^\W\d_]+\s+)?([^\W\d_]{5,})", re.I)
# a pointer to the details, or a bid to write back (a newsletter's): "details on the events page", "reply to this email"
_POINTER = re.compile(r"(?<!\w)(?:(?:more\s+)?details|more\s+info(?:rmation)?)\s+(?:on|at|in|via)\s+(?:the|our|my)\s|"
                      r"(?<!\w)reply\s+to\s+(?:this|the)\s+(?:e-?mail|newsletter|letter|post)", re.I)
_DAY_WORD = re.compile(r"(?<![\d.:/])(?:[12]\d|3[01]|0?[1-9])\.?\s+([^\W\d_]{5,})|"
                       r"(?<![^\W\d_])([^\W\d_]{5,})\s+(?:[12]\d|3[01]|0?[1-9])(?![\d:.]\d)")


@lru_cache(maxsize=1)
def _month_stems() -> frozenset[str]:
    """Every locale's month names of five letters or more, whole and cut by one or two letters (five left at least)."""
    from .worddates import month_names
    out = set()
    for name in month_names():
        out.update(name[:len(name) - n] for n in range(3) if len(name) - n >= 5)
    return frozenset(out)


def _month_in_case(text: str) -> bool:
    """A day of the month beside its month's name in another case ("19 decembra", "abenduaren 16an")."""
    stems = _month_stems()
    for found in _DAY_WORD.finditer(text):
        word = (found.group(1) or found.group(2)).casefold()
        if any(word[:k] in stems for k in range(5, len(word) + 1)):
            return True
    return False


@lru_cache(maxsize=1)
def _weekday_stems() -> frozenset[str]:
    """Every locale's weekday names (``eventdays.weekday_names``), their last letter cut."""
    return frozenset(name[:-1] for name in weekday_names())


def _weekday_in_case(word: str) -> bool:
    """A weekday's name with another ending ("sredo" beside "sreda", "суботи" beside "субота"), or after the
    Ukrainian "every" glued before it ("щосуботи")."""
    word = word.casefold()
    if word.startswith("що") and len(word) >= 7:
        word = word[2:]
    return _weekday_word(word, weekday_names()) or any(word[:n] in _weekday_stems() for n in (len(word) - 1, len(word) - 2)
                                                      if n >= 4)


def _day_in_case(text: str) -> bool:
    return any(_weekday_in_case(word) for word in _TOKEN.findall(text) if len(word) >= 5)


def _rhythm(text: str) -> bool:
    """A standing rhythm: an ordinal before the weekday ("the third Tuesday", "vsako drugo sredo"), or a bare
    "every <weekday>" with its clock ("щонеділі о 19:00"): a bare "every Sunday" is a story's habit as often ("she
    walks to the lamp every Sunday", "в романе клуб собирается каждую пятницу")."""
    clock = bool(CLOCK.search(text) or CLOCK_LED.search(text) or _HOUR.search(text))
    return any(_weekday_in_case(found.group(3)) and (found.group(1) or found.group(2) or clock)
               for found in _RHYTHM.finditer(text))


def gathering_noun(lead: str) -> bool:
    """`lead` names a gathering: a talk, a launch, a club, a meeting (``_MORE``, ``gatherline``'s, ``announce``'s and
    ``gatherings``' classes)."""
    from .gatherline import _GATHERING  # (lazily: gatherline calls this module)
    return bool(_MORE.search(lead) or _GATHERING.search(lead) or announce.club(lead) or gatherings.MEETING.search(lead))


def _named_at(words: list[str]) -> int:
    """How many of the opening words (``_LEAD`` at most) name the gathering, its noun last; 0: none does."""
    for n in range(1, min(len(words), _LEAD) + 1):
        if gathering_noun(" ".join(words[:n])):
            return n
    return 0


def _opens_on_gathering(words: list[str]) -> bool:
    """The line opens on its gathering's noun (its first ``_LEAD`` words, no first-person possessive before it: "Our
    reading circle took it apart on Friday", "En nuestro club de lectura lo comentamos" are accounts), or the words
    after a short label's colon do ("Buenos Aires readers: the Walsh walk …"), or a name's apposition between commas
    ("Pukapuka Kōrero Tahi, our book group, meets …"). A gathering named later is a sentence's ("I took it to my book
    club on Tuesday", "In the novel the walking tour leaves the pier on 9 January at 18:30")."""
    named = _named_at(words)
    if named:
        return not any(_OURS.fullmatch(word) for word in words[:named - 1])
    for i, word in enumerate(words[:_LEAD]):
        if word.endswith(":"):
            rest = words[i + 1:]
            named = _named_at(rest)
            return bool(named) and not any(_OURS.fullmatch(w) for w in rest[:named - 1])
        if word.endswith(","):
            rest = words[i + 1:i + 1 + _LEAD]
            close = next((j for j, w in enumerate(rest) if w.endswith(",")), None)
            return close is not None and bool(_named_at(rest[:close + 1]))
    return False


# a clock with its dot closing the sentence ("om 14.30.", "am 7.30."): ``eventline.CLOCK`` leaves a figure's dot after it
_CLOSING_CLOCK = re.compile(r"(?<![\d.,:])(?:[01]?\d|2[0-3])[.:][0-5]\d\.?\s*$")


# a clock's range, an opening and a closing hour ("2–4pm", "1–3 p.m.", "18:00–20:00", "14–16 Uhr"): a schedule's
_CLOCK_RANGE = re.compile(
    r"(?<![\d.,:])(?:[01]?\d|2[0-3])(?:(?P<m>[:.][0-5]\d)|\s?(?:am|a\.m\.|pm|p\.m\.))?\s?[–—-]\s?(?:[01]?\d|2[0-3])"
    r"(?:(?(m)[:.][0-5]\d(?![\d.]\d)|(?!))|\s?(?:am|pm|a\.m\.|p\.m\.|h|uhr|godz\.?|óra)(?!\w))", re.I)


def appointment(text: str, today: date | None = None, boxed: bool = False) -> bool:
    """A day of the month and a clock in a line with no first-person word and no reference to the work (module
    docstring); unboxed, the clock a range of hours. Its caller asks length, year, price, score and notes, and the
    line's place."""
    if not boxed:  # (a sentence opening on its article, "The heist happens on …, 2–4am": a scene's, not a name)
        return bool(_CLOCK_RANGE.search(text)) and not _PROSE_OPENING.match(text) and appointment(text, today, True)
    from .eventdays import named_day
    from .gatherline import gone_days  # (lazily: gatherline calls this module)
    if not (CLOCK.search(text) or CLOCK_LED.search(text) or _HOUR.search(text) or _CLOSING_CLOCK.search(text)):
        return False
    if not (named_day(text) or _month_in_case(text)) or gone_days(text, today):
        return False
    return _impersonal(text)


# a sentence's opening: an article before a word in lower case ("The heist …", "Der Einbruch …", "Le cambriolage …");
# a notice opens on its name, bare or capitalised ("Quiz night …", "The Harbour Authors' Fair …")
_PROSE_OPENING = re.compile(
    r"\s*(?:the|an?|der|die|das|ein|eine|le|la|les|l['’]|une?|el|los|las|il|lo|gli|os|as|uma?|het|een|ett)"
    r"(?:\s+|(?<=['’]))[^\W\d_]*[a-zà-ÿ]", re.I)
# a part of the book (en de fr es it pt nl sv da nb fi pl): "Chapter nine", "Part two opens", "im zweiten Kapitel"
_WORK_PART = re.compile(
    r"(?<!\w)(?:chapters?|prologue|epilogue|kapitel|chapitres?|capítulos?|capitol[oi]|hoofdstuk(?:ken)?|"
    r"kapittel|luku|rozdzia[łl]\w*|prolog|epilog|épilogue|epílogo|epilogo)(?!\w)|"
    r"(?<!\w)(?:part|teil|partie|parte|deel|del|osa|część)\s+(?:[ivx]+|\d+|one|two|three|four|five|six)(?!\w)", re.I)


def _impersonal(text: str) -> bool:
    """No first-person word (a pronoun, "we", a possessive) and no reference to the work in the line, nor to a part
    of it ("Chapter nine, 14 January: …")."""
    from .reviewed import FIRST_PERSON
    from .reviewwords import WORK_REFERENCE
    return not (FIRST_PERSON.search(text) or _WE.search(text) or any(_OURS.fullmatch(word) for word in text.split())
                or _WORK_PART.search(text)
                or any(not _in_name(text, found) for found in WORK_REFERENCE.finditer(text)))


def _in_name(text: str, found: re.Match) -> bool:
    """The work's noun capitalised after a capitalised word: a name's ("Feria del Libro", "Casa del Libro"), not the
    review's book ("über das Buch" has its article in lower case)."""
    before = text[:found.start()].split()
    noun = found.group(0).split()[-1]
    return noun[:1].isupper() and bool(before) and before[-1][:1].isupper() and found.group(0)[:1].islower()


# a head closing on its day of the month before the line's first colon: "… on 21 January:", "…, 9 janvier :"
_HEAD_DAY = re.compile(r"(?<![\d.:/])(?:[12]\d|3[01]|0?[1-9])\.?\s+(?:de\s+)?([^\W\d_]{3,})\s*$|"
                       r"(?<![^\W\d_])([^\W\d_]{3,})\.?\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s*$")


# a word of the head before its day, its weekday left out ("Saturday 21 January: …" is its date alone)
_HEAD_WORDS = re.compile(r"(?<!\w)[^\W\d_]{2,}(?!\w)")


def dated_head(text: str, today: date | None = None) -> bool:
    """The line's head ends on its day of the month before its first colon, details after it ("Quiz night at the
    harbour hall on 21 January: estuary novels and cider"), in no one's voice (``_impersonal``) and not gone: a
    programme's item. Its caller asks length, year, price, score and notes, and the line's place."""
    from .gatherline import _month_numbers, gone_days
    colon = min((i for i in (text.find(":"), text.find("：")) if i > 0), default=-1)
    if colon < 8 or colon > len(text) - 8:
        return False
    found = _HEAD_DAY.search(text, max(0, colon - 30), colon)
    if not found or (found.group(1) or found.group(2)).casefold() not in _month_numbers():
        return False
    # (a head that is its date alone, a preposition at most before it: "Am 3. Oktober: …", a title's "November 9: …")
    from .eventdays import _weekday_word, weekday_names
    days = weekday_names()
    if sum(not _weekday_word(word, days) for word in _HEAD_WORDS.findall(text[:found.start()])) < 2:
        return False
    return not gone_days(text, today) and _impersonal(text)


def coming_day(text: str, today: date | None = None) -> bool:
    """Set apart (its caller asks), a line whose every day of the month lies in the weeks after the post's date, in no
    one's voice: a notice of what is to come; a review's account names days gone."""
    from .gatherline import coming_days
    from .pressrelease import _RELEASE
    return coming_days(text, today) and _impersonal(text) and not (_RELEASE.search(text) or _PUBLICATION.search(text))


# the book's own coming out, its record's (en de fr es it pt nl sv da nb pl): "published by Faber on 14 January", "out in
# paperback on …", "on sale …", "paraît le …", "se publica el …", "translated by …": the review's record, kept by it
_PUBLICATION = re.compile(
    r"(?<!\w)(?:published|publication|out\s+(?:in|from|on)|on\s+sale|translated\s+by|veröffentlicht|übersetzt|"
    r"erschien|paraît|parution|publié[e]?|traduit|se\s+publica|publicad[oa]|traducid[oa]|a\s+la\s+venta|pubblicat[oa]|"
    r"tradott[oa]|traduzid[oa]|uitgegeven|vertaald|verschijnt|utgiven|utgitt|udgivet|översatt|oversat|"
    r"oversatt|wydan[aey]|przetłumaczon[aey]|premier[ae]\s+wydani[ae])(?!\w)", re.I)


# the writer's "we" and "us" (en de fr es pt it nl sv da nb fi pl): a gathering told, "we met her on 3 May at 7pm"
_WE = re.compile(r"(?<!\w)(?:we|us|wir|uns|nous|nosotr[oa]s|n[óo]s|noi|wij|vi|oss|os|me|meidät|my)(?!\w)", re.I)


def led_notice(text: str, dated: bool, today: date | None = None) -> bool:
    """A short line opening on its gathering, with a day and one mark of an appointment (module docstring); `dated`:
    ``gatherline`` read a day of the month in it. Its caller asks length, year, price, score and notes."""
    from .gatherline import _GATHERING, _CONTACT, _SIGN_UP, gone_days  # (lazily: gatherline calls this module)
    if not _opens_on_gathering(text.split()):
        return False
    day = weekday(text) or _day_in_case(text)
    month_day = dated or _month_in_case(text)
    if not (month_day or day) or gone_days(text, today):
        return False
    # (a clock beside a bare weekday is a scene's as often: "the club meets on Thursday at 7pm, and the vicar comes")
    return bool(month_day and (CLOCK.search(text) or CLOCK_LED.search(text) or _HOUR.search(text))
                or (day and (weekday_dated(text) or _rhythm(text)))
                or _POINTER.search(text) or _INVITE.search(text) or _CONTACT.search(text) or _SIGN_UP.search(text))
