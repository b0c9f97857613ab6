"""A magazine's short agenda under its review: a box of its own holding a heading that names the kind ("Upcoming
events", "Agenda", "Termine", "Tapahtumat", "Digwyddiadau") over a list of two or more entries, each opened by a day
of the month and its month ("12 Dec. – Author talk, the town library", "3 Mai — Lesung, Stadtbibliothek"), or by
the day and month in figures and a dash ("9. 12. – Reading, town library").

``event_list`` (below) takes three date-led entries or two with a clock time when they carry a programme's marks (a
heading naming one, every entry's venue or hour, a word for booking); a small paper's agenda often gives two
entries with neither, and its heading is what tells it from a review's own list (a chronology of the author's life,
"1965 — first novel", is not headed as a programme and its entries open with years). The entry's month is a month's
name or abbreviation of any dateparser locale (``worddates.month_names``), or, for a language dateparser lacks, any
word between the day and a dash ("12 Dùbhlachd — …"), or before the day and its colon or dash ("ಡಿಸೆಂಬರ್ 7: …"; a
month's name there where dateparser names the script's months: "Week 1: …" is a readalong's, "פרק 1: …" a chapter):
the heading and the box's shape carry the decision. A word for events alone ("Key events in the book") names no
programme in any script: events to come, or every entry's venue or hour, do.

The box goes whole through ``datelines.event_box_rest`` (the heading; the review stands outside the box).
"""

from __future__ import annotations

import re
import unicodedata

from lxml.html import HtmlElement

from .datelines import DATE_LEAD, date_led, dated_entries, weekday_entries
from .eventdays import named_day, weekday
from .eventline import CLOCK as EVENT_CLOCK
from .nodes import text_of
from .words import count_words
from .worddates import month_names

_HEADINGS = ("h2", "h3", "h4", "h5", "h6", "p", "strong", "b", "div", "span")
# the heading's word for a programme: an agenda, a calendar, what's on, organised events (en de nl fy fr es pt it ca
# gl ga cy br sv no da fi et is pl cs sk hu ro ru uk tr el eo lt lv ja zh ko): it names the kind alone
_KIND = re.compile(
    r"(?<!\w)(?:(?:upcoming|forthcoming)\s+events?|what['’]s\s+on|agenda|calendar|diary\s+dates|coming\s+up|termine|veranstaltungen|"
    r"kalender|evenementen|activiteiten|aginda|eveneminten|à\s+venir|rendez-vous|appuntamenti|axenda|féilire|calendr|"
    r"deiziataer|på\s+gång|arrangementer|tapahtumakalenteri|üritused|kalendarz|kalendář|podujatia|programok|афиша|"
    r"мероприятия|афіша|etkinlikler|εκδηλώσεις|kalendaro|aranĝoj|renginiai|pasākumi)(?!\w)|イベント|活动|活動|행사|"
    # the programme's word in the scripts of South Asia, with its case or plural endings (hi/mr/ne, kn, te, ta, ml, bn,
    # gu, pa, si, ur)
    r"कार्यक्रम|ಕಾರ್ಯಕ್ರಮ|కార్యక్రమ|நிகழ்ச்சி|പരിപാടി|অনুষ্ঠানসূচি|અનુષ્ઠાન|કાર્યક્રમ|ਸਮਾਗਮ|වැඩසටහන|تقریبات",
    re.I)
# the word for events that is as much history's ("Key events in the book", "Wydarzenia", "События романа"): it names a
# programme only with a word of time to come beside it ("Upcoming events", "Prochains événements", "Tachartasan a tha
# romhainn"), or when every entry carries its venue or hour ("12 Dec. – Author talk, the town library")
_EVENTS = re.compile(
    r"(?<!\w)(?:events?|événements|eventos|actividades|eventi|avvenimenti|activitats|ekitaldiak|tachartasan|imeachtaí|"
    r"digwyddiadau|darvoudoù|hwarvosow|evenemang|begivenheder|evenementer|tapahtum(?:at|ia)|sündmused|viðburðir|wydarzenia|"
    r"události|események|evenimente|события|події|eventoj|attivitajiet|matukio|dogodki|događanja|ngjarje|acara|"
    r"sự\s+kiện)(?!\w)|אירועים|رویدادها|فعاليات|กิจกรรม", re.I)
_TO_COME = re.compile(
    r"(?<!\w)(?:upcoming|forthcoming|coming|next|this\s+(?:week|month|weekend|season)|kommende|nächste|bevorstehende|"
    r"prochains?|à\s+venir|próxim[oa]s|prossim[ie]|propers|hurrengo|komende|kommande|bevorstående|tulevat|tulevia|"
    r"eesootavad|nadchodzące|najbliższe|nadcházející|nadchádzajúce|предстоящие|ближайшие|найближчі|майбутні|közelgő|"
    r"következő|viitoare|yaklaşan|προσεχείς|επερχόμενες|venontaj|romhainn|ri\s+thighinn|i\s+ddod|le\s+teacht|"
    # (id/ms, vi, he, ar, fa, th)
    r"mendatang|akan\s+datang|sắp\s+tới|sắp\s+diễn\s+ra)(?!\w)|הקרובים|הבאים|القادمة|المقبلة|پیش\s?رو|آینده|"
    r"ที่จะมาถึง|เร็วๆ\s?นี้|ที่กำลังจะมาถึง", re.I)
# an entry's venue (its last comma-set part, one to four words: "…, Harbour Hall", "…, Oulu") or its hour
_VENUE = re.compile(r",\s*(?:[^\s,]+\s*){1,4}$")
_HOUR = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3])(?:[:.][0-5]\d|\s?(?:h|uhr|am|pm|klo)\b)|\bklo\s?\d", re.I)


# a day and its month in figures, then a dash ("9. 12. – …", "14.12. — …", "3/5 – …", a year perhaps: "9. 12. 2026. – …"),
# as the papers of central and northern Europe print an agenda's entries
_DAY_FIGURES = re.compile(r"^\W{0,3}(?:[1-9]|[12]\d|3[01])[./]\s?(?:[1-9]|1[0-2]|0[1-9])\.?(?:\s?(?:19|20)\d\d\.?)?\s+[–—-]\s+\S")
_DAY_WORD = re.compile(r"^\W{0,3}\d{1,2}\.?\s+(?P<word>[^\W\d_]{3,})\.?(?P<dash>\s+[–—-]\s+\S)?")
# or the month first, any word of a script before the day, then a colon or a dash ("ಡಿಸೆಂಬರ್ 7: …", "दिसंबर 9 – …"), as
# the languages dateparser lacks write an agenda the English way round
_WORD_DAY = re.compile(r"^\W{0,3}[^\W\d_][^\s\d]{2,}?\.?\s+(?:[1-9]|[12]\d|3[01])(?:\s*[:：]|\s+[–—-])\s+\S")


_SCRIPTS: set[str] = set()


def _dated_script(word: str) -> bool:
    """The word's script is one whose months dateparser names (twelve names or more of ``month_names``)."""
    if not _SCRIPTS:
        counts: dict[str, int] = {}
        for name in month_names():
            script = unicodedata.name(name[0], "?").split()[0]
            counts[script] = counts.get(script, 0) + 1
        _SCRIPTS.update(script for script, n in counts.items() if n >= 12)
    return unicodedata.name(word[:1], "?").split()[0] in _SCRIPTS


def _month_first(text: str) -> bool:
    """Opened by a month's word before the day: a month dateparser names, or any word of a script it names no month
    in ("ಡಿಸೆಂಬರ್ 7: …"); not a chapter's or a week's word ("Week 1: …", "פרק 1: …", "Chương 1: …")."""
    if not _WORD_DAY.match(text):
        return False
    word = re.match(r"\W*([^\s\d.]+)", text).group(1)
    return word.casefold() in month_names() or not _dated_script(word)


def _entry(text: str) -> bool:
    """A short entry opened by a day and its month (a locale's month, or any word before a dash)."""
    if not text or count_words(text) > 20:
        return False
    if DATE_LEAD.match(text) or _DAY_FIGURES.match(text) or _month_first(text):
        return True
    match = _DAY_WORD.match(text)
    return bool(match) and (bool(match.group("dash")) or match.group("word").casefold() in month_names())


def headed_list(block: HtmlElement, items: list[HtmlElement] | None = None, index: int = -1) -> bool:
    """A list of two to eight dated entries whose own box has a short heading naming a programme (or events to come,
    or events each with its venue or hour), and nothing else but the list (see the module docstring); or, under the
    review (`items[index]` the list, nothing of prose after it), such a box whose entries are not all date-led
    (``_tail_programme``), or whose one entry is a paragraph (``_headed_notice``)."""
    if block.tag == "p":
        return items is not None and index >= 0 and _headed_notice(block, items[index + 1:])
    if block.tag not in ("ul", "ol"):
        return False
    box = block.getparent()
    if box is None:
        return False
    lis = block.xpath("./li")
    if not 2 <= len(lis) <= 8:
        return False
    others = [c for c in box if isinstance(c.tag, str) and c is not block]
    heads = [c for c in others if c.tag in _HEADINGS and count_words(text_of(c)) <= 6]
    if len(others) != 1 or len(heads) != 1 or (box.text or "").strip() or (block.tail or "").strip():
        return False
    head, entries = text_of(heads[0]), [text_of(li) for li in lis]
    if not all(_entry(text) for text in entries):
        return items is not None and index >= 0 and _tail_programme(head, entries, items[index + 1:])
    if _KIND.search(head):
        return True
    return bool(_EVENTS.search(head)) and (bool(_TO_COME.search(head)) or all(_VENUE.search(t) or _HOUR.search(t) for t in entries))


# an occasion's mark on an entry: its place, the last comma-set part (``_VENUE``) holding a capital or a figure
# (", Harbour Hall", ", im Foyer, Spenden willkommen", ", 2 to 4"), not a plot's ", flooded", ", gone for good"
def _occasion(text: str) -> bool:
    """The entry gives an event's hour, its place or a word for booking ("tickets from the office")."""
    if _HOUR.search(text) or EVENT_CLOCK.search(text) or _BOOKING.search(text):
        return True
    place = _VENUE.search(text)
    return bool(place) and any(c.isupper() or c.isdigit() for c in place.group(0))


def _tail_programme(head: str, entries: list[str], after: list[HtmlElement]) -> bool:
    """A school's, a library's or a shop's list of what is coming, boxed under its own heading after the review:
    the heading names a programme (``_KIND``, or events to come), every entry is short (20 words at most), one entry
    at least names its weekday and a day of the month beside a weekday's or a month's name ("Book fair: Tuesday 8
    December, after school": ``eventdays.named_day``), one at least an occasion's hour, place or booking
    (``_occasion``), and the others may give none; nothing of 30 words or more follows it. A review's own list under
    such a heading in the middle of the text (the sequel's "coming up" plot points) has the review's paragraphs after
    it; at the end, a reader's plans ("Coming up in the series": "Book 2: out next Tuesday"; a read-along's "Monday:
    chapters 1 to 6") name no day beside a weekday or a month, or no hour, place or booking."""
    if not (_KIND.search(head) or _EVENTS.search(head) and _TO_COME.search(head)):
        return False
    if any(count_words(text) > 20 for text in entries):
        return False
    if not any(weekday(text) and named_day(text) for text in entries) or not any(map(_occasion, entries)):
        return False
    return all(count_words(text_of(b)) < 30 for b in after)


def _headed_notice(block: HtmlElement, after: list[HtmlElement]) -> bool:
    """A one-entry agenda under the review: the paragraph's own box holds only it and a short heading naming a
    programme (``_KIND``, or events to come: "Coming up", "À venir"), the entry is short (30 words at most) and gives
    an occasion's day beside a month's or a weekday's name and its place, hour or booking ("Harbour Book Fair, 14–15
    March, the Corn Hall. Tickets from £6."), and nothing of 30 words or more follows it. A review's paragraph naming
    the festival where the author read stands in the review's own box, under no such heading; a review's "Coming up"
    note on its sequel ("out on 14 March, and I cannot wait") gives no place, hour or booking."""
    box = block.getparent()
    if box is None or (box.text or "").strip() or (block.tail or "").strip():
        return False
    others = [c for c in box if isinstance(c.tag, str) and c is not block]
    if len(others) != 1 or others[0].tag not in _HEADINGS or others[0] is not block.getprevious():
        return False
    head, text = text_of(others[0]), text_of(block)
    if count_words(head) > 6 or not (_KIND.search(head) or _EVENTS.search(head) and _TO_COME.search(head)):
        return False
    if count_words(text) > 30 or not named_day(text) or not _occasion(text):
        return False
    return all(count_words(text_of(b)) < 30 for b in after)


# the heading's word for a programme of dates beyond _KIND's: a schedule, a tour's stops, a reading's programme (en de
# fr es pt it nl sv da no pl cs ru)
_PROGRAMME = re.compile(
    r"(?<!\w)(?:schedule|programme|program|timetable|line-?up|itinerary|(?:blog\s+)?tour|tour\s+dates|stops|"
    r"programm|zeitplan|lesereise|tournee|tournée|horaires|programa|programación|programação|calendario|calendário|"
    r"gira|programma|tappe|schema|turné|turne|harmonogram|расписание|программа|гастроли)(?!\w)", re.I)
# a word for booking a place: tickets, booking, registration, in our languages
_BOOKING = re.compile(
    r"(?<!\w)(?:tickets?|booking|book\s+(?:now|here|online|your\s+(?:place|seat|ticket)s?)|register|registration|rsvp|"
    r"eventbrite|billets?|billetterie|réservation|inscriptions?|entradas|reservas?|inscripci(?:[óo]n|ones)|"
    r"biglietti|prenotazion[ei]|"
    r"ingressos|inscrições|karten|tickets|anmeldung|kaartjes|reserveren|biljetter|billetter|bilety|vstupenky|билеты)(?!\w)", re.I)


def _heading(block: HtmlElement) -> str:
    """The short line right before the list (a heading, a bold label: "Follow the tour", "<p><strong>Schedule</strong>")."""
    previous = block.getprevious()
    if previous is None or not isinstance(previous.tag, str) or previous.tag not in _HEADINGS + ("h1",):
        return ""
    text = text_of(previous)
    return text if count_words(text) <= 8 else ""


def _programme(block: HtmlElement, entries: list[str]) -> bool:
    """A dated list's marks of a programme (programme_run's, the list its own run)."""
    return _marks(block, block, entries, [block])


def programme_run(run: list[HtmlElement]) -> bool:
    """A run of date-led blocks (boilerplate's three or more in a row: paragraphs, or list items boxed apart) with a
    programme's marks, as event_list asks of a dated list: the short line before the run naming a programme, every
    entry's venue or hour, or a word for booking in the entries, the short line after the run or a link. A review's
    chronology written as paragraphs ("28 June — the archduke is shot in Sarajevo.", "23 July — …") has none."""
    first, last = run[0], run[-1]
    if first.tag == "li" and first.getprevious() is None and first.getparent() is not None:
        first = first.getparent()  # (the list's own heading stands before the list)
    if last.tag == "li" and last.getnext() is None and last.getparent() is not None:
        last = last.getparent()
    return _marks(first, last, [text_of(b) for b in run], run)


def _after_date(text: str) -> str:
    """The entry past its opening date, where its venue or hour stands ("12.03.2027 – …": not the hour 03.20)."""
    match = DATE_LEAD.match(text)
    return text[match.end():] if match else text


def _marks(first: HtmlElement, last: HtmlElement, entries: list[str], blocks: list[HtmlElement]) -> bool:
    """A dated list's marks of a programme: a heading naming one (a programme's word, events to come), every entry
    with its venue or hour, or a word for booking in the list or in the short line after it. A review's own
    chronology ("How the crisis unfolded": "28 June – the archduke is shot in Sarajevo", …) has none of these."""
    head = _heading(first)
    if head and (_KIND.search(head) or _PROGRAMME.search(head) or _EVENTS.search(head) and _TO_COME.search(head)):
        return True
    rests = [_after_date(t) for t in entries]
    if all(_VENUE.search(t) or _HOUR.search(r) or EVENT_CLOCK.search(t) for t, r in zip(entries, rests)):
        return True
    after = last.getnext()
    terms = text_of(after) if after is not None and isinstance(after.tag, str) and count_words(text_of(after)) <= 30 else ""
    hrefs = " ".join(a.get("href", "") for block in blocks for a in block.iter("a"))
    return bool(_BOOKING.search(" ".join(entries)) or _BOOKING.search(terms) or re.search(r"ticket|booking|eventbrite", hrefs, re.I))


def event_list(block: HtmlElement) -> bool:
    """A list of an event listing's entries: the shape (three or more date-led items, or two or more when each also
    gives a clock time: datelines.dated_entries; or items each naming their weekday beside their day, two with a clock
    time on one, else three: datelines.weekday_entries) and a programme's marks (_programme), which a weekday and a
    clock time are enough for. Any dated list is no programme: a history's chronology keeps its dates."""
    if block.tag not in ("ul", "ol"):
        return False
    lis = block.xpath("./li")
    entries = [text_of(li) for li in lis]
    if all(date_led(li) for li in lis):
        return dated_entries(block) and _programme(block, entries)
    if not weekday_entries(block):
        return False
    return any(EVENT_CLOCK.search(t) for t in entries) or len(entries) >= 3 and _programme(block, entries)
