"""A gathering announced in one line under the review's verdict, or set apart in the post: "Our reading circle takes
the second volume on 14 January — sign-ups by e-mail", "📅 Book hangout, last Saturday of the month, all welcome",
"Thursday's meetup is at the branch library", "A reading at the city library on 14 January, 7 pm".

``eventline``, ``eventdays`` and ``eventbox`` read such notices when they carry a label and a clock, a weekday and a
clock in a box, or a bid to come with a verb of meeting; the same notice often comes as a plain sentence with a date
and no clock, a sign-up in place of the bid, or a calendar pictograph as its label. Its shape, whatever the language:

- where: in the post's tail (under 30 words of the body's text after it and no score, or 60 with the review's score
  within 300 characters before it: ``rating.has_score``, a record's lines may sit between); or set apart anywhere
  (``promo.set_apart``: boxed, shrunk, wholly emphasised; or alone in a wrapper with a class of its own), where it
  asks one sign more (a scene under a heading of its own: "the choir meets on Sunday and all are welcome");
- short (40 words at most), not a heading, quote, list or table; no score, price or year (a dated record, "published
  Sunday 3 March 2025"), no note the review carries (a content warning, a free copy);
- when: a day of the month beside its month or a weekday (``eventdays.named_day``, ``announce.meeting_days``), a day
  and month in figures ("10.12."), or a weekday;
- the class of the line, one sign of a notice at least: a bid to come or to write for the details (``eventdays``'
  invitation, "message me"), a sign-up as a noun ("sign-ups by e-mail", "inscriptions", "Anmeldung", "påmelding",
  "anmälan", "ilmoittautuminen", "zapisy"; tickets where they are sold), a calendar pictograph opening the line, or
  the weekday qualifying a gathering's noun ("Thursday's meetup", "atelier du samedi"); and two signs in all, a
  gathering's noun (a reading club, a meeting, a workshop: ``announce.CLUB``, ``gatherings.MEETING``), a precise day
  (a date, or a weekday and its month: "the first Sunday of December") and a clock time (``eventline.CLOCK``: never
  alone, "the club meets every Thursday at 7pm" is a scene's as often) counting too;
- a day of the month and a clock with no first-person word and no reference to the work (``gatherlead.appointment``),
  set apart, or unboxed with a range of hours ("2–4pm"): "Bij onze leesclub op dinsdag 3 december om 19.30 uur vond
  niemand …" is an account, its first person in its verbs as often as in a pronoun; a head that ends on its day
  before a colon ("Quiz night at the hall on 21 January: …", ``gatherlead.dated_head``); set apart, a day in the
  weeks after the post's date (``gatherlead.coming_day``);
- boxed only, a weekday beside its day of the month ("Sunday 13 December") is a dated appointment on its own: the
  reviewer's closing "I finished it on Sunday 13 December" stands unboxed;
- the post's last paragraph, short, opening on its gathering (or bidding the reader to come to one) and naming when
  it is, is a notice on its place alone, with no bid or second mark (``gathertail.tail_notice``);
- a notice's day is to come: where the page gives its date (``article:published_time``, a ``time`` element, JSON-LD's
  ``datePublished``), a line whose every day of the month is gone by then or months away (over ``_AHEAD`` days) is
  an account, the reviewer's or the plot's, whatever its bid ("we discussed it at our book club on Tuesday 4 November,
  message me for the verdict", "I met her at the festival on Saturday 12 May, come and say hello").

A review's sentence that names a date and a place ("the novel opens in Luleå on 14 January") gives no bid, sign-up or
clock; a reviewer's "our book club argued about it all Tuesday" names the club and a weekday apart, and "we read it at
our reading group on 4 November" gives no sign of a notice.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from functools import lru_cache

from lxml.html import HtmlElement

from . import announce, gatherings, gatherlead, gathertail
from .eventdays import _INVITE, _MEETS, named_day, weekday, weekday_dated, weekday_names, _weekday_word
from .eventline import CLOCK, CLOCK_LED
from .housekeeping import a_note
from .nodes import text_of
from .promo import PRICE, own_wrapper, set_apart
from .rating import has_score
from .words import count_words

RULE = "event notice"
_MAX_WORDS = 40
_PROSE = 30
_BLOCKED = ("h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "dl", "table", "pre", "figure", "li", "td")
_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")
# a calendar or pin pictograph opening the line: the writer's label for a date
_CALENDAR = re.compile(r"^\W{0,2}[\U0001F4C5\U0001F4C6\U0001F5D3\U0001F4CC\U0001F4CD]")
# a sign-up or registration, as a noun (en de fr es pt it nl sv da nb fi et pl cs sk ru uk tr): a review's "she signs
# up for the army" is a verb
_SIGN_UP = re.compile(
    r"(?<!\w)(?:sign-?ups?\s+(?:open|at|by|via|here|in)|registrations?\s+(?:open|at|by|via|here|in)|"
    r"anmeldung(?:en)?|inscriptions?|inscripci[óo]n(?:es)?|inscri[çc](?:ão|ões)|iscrizion[ei]|aanmeld(?:en|ing)|"
    r"anmälan|anmälningar|påmelding|tilmelding|ilmoittautu\w*|registreeru\w*|zapisy|přihlášk\w*|prihlášk\w*|"
    r"регистраци\w+|запис\w*\s+(?:по|в|на|через)|реєстраці\w+|kayıt\w*|"
    # (tickets where they are sold: "tickets at", "Karten im Vorverkauf", "billets sur", "entradas en")
    r"(?:tickets?|karten|billets?|entradas|biglietti|ingressos|kaartjes|biljetter|billetter|liput|bilety|vstupenky)"
    # (their cost or state between: "tickets free at the desk", "Karten kostenlos an der Kasse", "entradas gratis en")
    r"(?:\s+(?:free|available|gratis|kostenlos|erhältlich|gratuits?|gratuitas?|gratuiti|disponibles?|disponibili|"
    r"gratuitos?|gratuitamente|gratuit|ilmaiseksi|darmowe|zdarma|bezpłatne))?"
    r"\s+(?:at|from|via|on|im|in|an|bei|unter|über|sur|à|chez|en|a|em|no|na|bij|via|på|hos|från|fra|osoitteesta|w|v))(?!\w)",
    re.I)
# a bid to write to the writer for the details (en de fr es it pt nl sv da nb fi pl): "message me for the address"
_CONTACT = re.compile(
    r"(?<!\w)(?:(?:message|e-?mail|dm|text|contact)\s+me|write\s+to\s+me|schreib(?:t|en\s+sie)?\s+mir|"
    r"[ée]crivez-moi|[ée]cris-moi|escr[íi]beme|escr[íi]banme|scrivetemi|scrivimi|escreva-me|me\s+escreva|"
    r"stuur\s+me|mail\s+me|skriv\s+till\s+mig|skriv\s+til\s+(?:meg|mig)|kirjoita\s+minulle|napisz\s+do\s+mnie)(?!\w)",
    re.I)
# a gathering's noun the meeting words leave out: a workshop, a hangout (en fr es it pt de nl pl cs ru)
_GATHERING = re.compile(
    r"(?<!\w)(?:workshops?|hangouts?|ateliers?|taller(?:es)?|laboratori[oa]|oficinas?\s+de|werkstatt|werkplaats|"
    r"warsztat\w*|dílna|dílny|мастер-класс\w*)(?!\w)", re.I)
# a day and month in figures with no year: "10.12.", "10/12" is a fraction or a score as often, not read
_DOTTED = re.compile(r"(?<![\d.])(?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])\.(?!\d)")
_TOKEN = re.compile(r"[^\W\d_]+")


def _gathering(text: str) -> bool:
    return bool(announce.club(text) or gatherings.MEETING.search(text) or _MEETS.search(text)
                or _GATHERING.search(text))


# the weekday qualifying a gathering's noun: "Thursday's meetup", "the Sunday harbour session", "atelier lecture du
# samedi", "sesión del sábado", "session of Tuesday"; a verb between ("the club meets every Thursday") qualifies nothing
_QUALIFIED = re.compile(r"(?<!\w)([^\W\d_]{5,})(?:'s|’s)?\s+(?:[^\W\d_]+\s+)?([^\W\d_]{4,})|"
                        r"(?<!\w)([^\W\d_]{4,})\s+(?:[^\W\d_]+\s+)?(?:du|de|del|do|da|des|of|of\s+the)\s+([^\W\d_]{5,})")


def _noun(word: str) -> bool:
    return bool(announce.club(word) or gatherings.MEETING.search(word) or _GATHERING.search(word))


def _dated_gathering(text: str) -> bool:
    """A weekday qualifying a gathering's noun (``_QUALIFIED``): "our book club argued about it all Tuesday" does not."""
    names = weekday_names()
    for word in _TOKEN.finditer(text):  # (at each word: the matches overlap)
        found = _QUALIFIED.match(text, word.start())
        if found is None:
            continue
        day, noun = (found.group(1), found.group(2)) if found.group(1) else (found.group(4), found.group(3))
        if _weekday_word(day, names) and _noun(noun):
            return True
    return False


def _month_named(text: str) -> bool:
    from .worddates import month_names
    months = month_names()
    return any(w.casefold() in months for w in _TOKEN.findall(text) if len(w) >= 3)


_AHEAD = 120  # (days: a notice names a day of the coming weeks, a season at most)
_ISO = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)")
_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
# a day of the month and its month's name, either way round ("4. November", "12 de mayo", "May 12"); or in figures
_DAY_MONTH = (re.compile(r"(?<![\d.:/])([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+|of\s+)?([^\W\d_]{3,})"),
              re.compile(r"(?<![^\W\d_])([^\W\d_]{3,})\.?\s+([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:.]\d)"))
_DAY_FIGURES = re.compile(r"(?<![\d.])([12]\d|3[01]|0?[1-9])\.(1[0-2]|0?[1-9])\.(?!\d)")


@lru_cache(maxsize=1)
def _month_numbers() -> dict[str, int]:
    """Each month's name of every dateparser locale (casefolded) and its month's number, the one most locales give it
    ("may" is May but for two small locales); a name two months share as often, none."""
    from .worddates import month_names
    try:
        from dateparser.languages.loader import default_loader
    except ImportError:
        default_loader = None
    keys = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december")
    seen: dict[str, Counter] = {}
    for locale in (default_loader.get_locales() if default_loader else ()):
        for number, key in enumerate(keys, 1):
            for word in set(locale.info.get(key, [])):
                seen.setdefault(word.casefold(), Counter())[number] += 1
    if not seen:
        seen = {key: Counter({n: 1}) for n, key in enumerate(keys, 1)}
    known, numbers = month_names(), {}
    for word, counts in seen.items():
        ranked = counts.most_common(2)
        if word in known and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            numbers[word] = ranked[0][0]
    return numbers


def post_day(body: HtmlElement) -> date | None:
    """The page's date of publication, where its head or its markup gives one (module docstring)."""
    root = body.getroottree().getroot()
    values = root.xpath("//meta[@property='article:published_time']/@content") + root.xpath("//time/@datetime") \
        + [m.group(1) for s in root.xpath("//script[@type='application/ld+json']/text()") for m in _PUBLISHED.finditer(s)]
    for value in values:
        found = _ISO.search(value or "")
        if found:
            try:
                return date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
            except ValueError:
                continue
    return None


def _days_ahead(day: int, month: int, today: date) -> int | None:
    for year in (today.year, today.year + 1):
        try:
            when = date(year, month, day)
        except ValueError:
            return None
        if when >= today:
            return (when - today).days
    return None


def gone_days(text: str, today: date | None) -> bool:
    """Every day of the month the line names is gone at the post's date, or months away (``_AHEAD``); a line with
    none, or a page with no date, names no gone day."""
    ahead = days_ahead(text, today)
    return bool(ahead) and all(days > _AHEAD for days in ahead)


def coming_days(text: str, today: date | None) -> bool:
    """The line names a day of the month, and each it names lies in the weeks after the post's date (``_AHEAD``)."""
    ahead = days_ahead(text, today)
    return bool(ahead) and all(days <= _AHEAD for days in ahead)


def days_ahead(text: str, today: date | None) -> list[int]:
    """How many days after the post's date each day of the month the line names comes; none without a date."""
    if today is None:
        return []
    months, found = _month_numbers(), []
    for pattern, day_first in zip(_DAY_MONTH, (True, False)):  # (apart: "Tuesday 4 November" holds both ways)
        for match in pattern.finditer(text):
            day, word = match.groups() if day_first else match.groups()[::-1]
            if word.casefold() in months:
                found.append((int(day), months[word.casefold()]))
    found += [(int(m.group(1)), int(m.group(2))) for m in _DAY_FIGURES.finditer(text)]
    ahead = []
    for day, month in found:
        days = _days_ahead(day, month, today)
        if days is not None:  # (no such day: "31 June" names none)
            ahead.append(days)
    return ahead


def gathering_line(text: str, boxed: int = 0, today: date | None = None) -> bool:
    """A short line naming a day and the class of a gathering's notice (module docstring); a weekday beside a day of
    the month is one alone in a box (`boxed`): a closing "I finished it on Sunday 13 December" is the reviewer's; the
    box's line anywhere in the post asks one sign more (a scene under its own heading: "the choir meets on Sunday and
    all are welcome")."""
    if not text or count_words(text) > _MAX_WORDS or _YEAR.search(text) or PRICE.search(text) or has_score(text):
        return False
    dated = named_day(text) or bool(_DOTTED.search(text)) or announce.meeting_days(text) >= 1
    day = weekday(text)
    if not (dated or day):  # (a month in another case, "19 decembra": a line opening on its gathering, gatherlead)
        return (gatherlead.led_notice(text, False, today) or gatherlead.appointment(text, today, bool(boxed))) \
            and not a_note(text)
    if gone_days(text, today):
        return False
    if boxed and day and weekday_dated(text):
        return not a_note(text)
    strong = sum((
        bool(_INVITE.search(text) or _CONTACT.search(text)),
        bool(_SIGN_UP.search(text)),
        bool(_CALENDAR.search(text)),
        bool(day and _dated_gathering(text)),
    ))
    if not strong:  # (a clock alone is a scene's as often, unless the line opens on its gathering: gatherlead)
        return (gatherlead.led_notice(text, bool(dated), today) or gatherlead.appointment(text, today, bool(boxed))
                or gatherlead.dated_head(text, today) or boxed and gatherlead.coming_day(text, today)) \
            and not a_note(text)
    signs = strong + _gathering(text) + bool(dated or (day and _month_named(text))) \
        + bool(CLOCK.search(text) or CLOCK_LED.search(text))
    return signs >= 2 + boxed and not a_note(text)


def _after_verdict(full: str, text: str) -> bool:
    """The line stands after the review's score (within 300 characters before it: a record's lines may sit between)
    and nothing of 60 words follows it to the body's end (the post's tail; the body's loose text counts too)."""
    pos = full.rfind(text)
    if pos < 0:
        return False
    rest = full[pos + len(text):]
    after = count_words(rest)
    if after < _PROSE:  # (the review's own last lines stand before its score: a line with the score after it is one)
        return not has_score(rest)
    return after <= 2 * _PROSE and has_score(full[max(0, pos - 300):pos])


def mark(items: list[HtmlElement], body: HtmlElement, drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark the gathering's line at the post's tail under the score, or set apart anywhere (module docstring)."""
    full = today = None
    last = gathertail.last_paragraphs(items, drop)  # (the post's last paragraph: gathertail reads it on its place alone)
    for i, block in enumerate(items):
        if i in drop or block.tag in _BLOCKED:
            continue
        text = text_of(block)
        if i in last and gathertail.standalone(block) and gathertail.tail_notice(text, post_day(body)) \
                and not a_note(text, block):
            drop[i], boxes[i] = RULE, block
            continue
        # (cheapest first: a short line with a figure or a weekday's word, then its position, then its class)
        if not text or count_words(text) > _MAX_WORDS or not (any(c.isdigit() for c in text) or weekday(text)) \
                or any(a.tag in ("blockquote", "li", "td", "table") for a in block.iterancestors()):
            continue
        if full is None:
            full, today = text_of(body), post_day(body)
        if _after_verdict(full, text) and gathering_line(text, today=today):
            found = True
        else:
            parent = block.getparent()
            found = (set_apart(block, body) or (own_wrapper(block, body) and bool(parent.get("class")))) \
                and gathering_line(text, boxed=1, today=today)
        if found and not a_note(text, block):
            drop[i], boxes[i] = RULE, block
