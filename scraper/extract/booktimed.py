"""A line that gives a day and a clock time is an event's, never a book's record: "Panel on the novel, Saturday 16
January, 4 pm, City Library" names a gathering, its day and its hour, and no bibliographic line (a year, pages, a price,
an ISBN, a house) carries a clock time beside a day.

The day is a weekday's name or a day of the month beside a month's or a weekday's name, in any dateparser locale
(``eventdays.weekday``, ``eventdays.named_day``: "samedi 16 janvier", "Jumamosi", "16. Januar"); the clock is
``eventline``'s (CLOCK or a clock its word leads: "4 pm", "19:30", "19h", "19 Uhr", "saa 4", "ore 18", "19時"). Both are
needed: a record's date alone ("Published 16 January 2021") or an audiobook's length ("11 h 5 min") is none. The line's
figures are looked for first: a line without a figure has no clock and is passed at once. A record's price is no clock
("£12.99", "18.90 €", "EUR 22.00", "39.90 zł"): a figure with a currency's sign or word beside it, or "minutes" past 59,
is passed over, and the line's next figure that reads as a clock is looked at instead; so is an audiobook's length set as a
clock ("durée 9h41", "Spieldauer 9:41 Std.", "11:05 hours"): a length's word right before it or an hours' word after;
and so is one in hours written with "h" that stands as a field of its own (separators or the line's ends on both
sides) in a line naming an audio edition: "Thursday, A. House, 2024 · Audiobook · 11h · unabridged" (the title a
weekday), "Hörbuch | 9h41 | ungekürzt"; an event's clock beside its day ("Audiobook launch Thursday 19h") is no field.
"""

from __future__ import annotations

import re
from itertools import chain

from .eventdays import named_day, weekday
from .eventline import CLOCK, CLOCK_LED

_SIGN = r"[€$£¥₹₽₴₺₩₦₱৳₫₪₸₼₾]"
_MONEY_WORD = r"euros?|eur|usd|gbp|chf|dollars?|pounds?|zł|zl|złotych|kč|kn|kr|sek|nok|dkk|lei|ron|tl|lira|руб\.?|грн|rs\.?|r\$"
_MONEY_BEFORE = re.compile(rf"(?:{_SIGN}|(?<![^\W\d_])(?:{_MONEY_WORD}))\s*$", re.I)
_MONEY_AFTER = re.compile(rf"^\s*(?:{_SIGN}|(?:{_MONEY_WORD})(?![^\W\d_]))", re.I)
_LENGTH_BEFORE = re.compile(r"(?<![^\W\d_])(?:length|duration|running\s+time|playing\s+time|listening\s+time|durée|dauer|"
                            r"spieldauer|laufzeit|duración|durata|duração|duur|speelduur|speeltijd|spilletid|speltid|"
                            r"czas(?:\s+trwania)?|délka|trvanie|kesto|длительность|тривалість|продолжительность|süre)"
                            r"\W{0,3}$", re.I)
_LENGTH_AFTER = re.compile(r"^\s*(?:hours?|hrs?|std\.?|stunden|heures|horas|ore\b|uur|timer|timmar|tuntia|godz(?:in)?|hodin|"
                           r"часов|часа|год)(?![^\W\d_])", re.I)
_MINUTES = re.compile(r"[:.](\d{2})\s*$")
# an audio edition's name (en fr es pt it ca de nl sv no da fi hu cs/sk pl ru uk tr ja zh ko)
_AUDIO = re.compile(r"(?<![^\W\d_])(?:audio\s?books?|livres?\s+audio|audiolibros?|audiolivros?|audiollibre|"
                    r"hörb[üu]ch(?:er)?|luisterboek|audioboek|ljudbok|lydbok|lydbog|äänikirja|hangoskönyv|audiokniha|"
                    r"audiobooki?|audiokniga|аудиокниг\w*|аудіокниг\w*|sesli\s+kitap)(?![^\W\d_])|"
                    r"オーディオブック|有声书|有聲書|오디오북", re.I)
_FIELD_EDGE = r"[·•|,;/–—]"
_HOURS_FIELD = re.compile(rf"(?:^|{_FIELD_EDGE})\s*\d{{1,2}}\s?h(?:\s?\d{{2}}(?:\s?min)?)?\s*(?:{_FIELD_EDGE}|$)", re.I)


def _priced(line: str, clock: re.Match) -> bool:
    """The figure read as a clock is a price (a currency beside it, or "minutes" a clock never shows: "12.99") or a
    length (a length's word before it, an hours' word after)."""
    minutes = _MINUTES.search(clock.group(0))
    return bool(minutes and int(minutes.group(1)) > 59 or _MONEY_BEFORE.search(line[:clock.start()])
                or _MONEY_AFTER.search(line[clock.end():]) or _LENGTH_BEFORE.search(line[:clock.start()])
                or _LENGTH_AFTER.search(line[clock.end():]) or _audio_length(line, clock))


def _audio_length(line: str, clock: re.Match) -> bool:
    """The figure is an audio edition's length: hours with "h" set as a field of the record's own (_HOURS_FIELD)."""
    if "h" not in clock.group(0).casefold():
        return False
    edge = max(line.rfind(c, 0, clock.start()) for c in "·•|,;/–—")  # (the field's start: its separator, or the line's)
    return bool(_HOURS_FIELD.match(line, max(edge, 0))) and bool(_AUDIO.search(line))


def timed(line: str) -> bool:
    """The line names a day (a weekday, or a day of the month by its month's name) and a clock time."""
    if not line or not any(c.isdigit() for c in line) or len(line) > 400:
        return False
    for clock in chain(CLOCK.finditer(line), CLOCK_LED.finditer(line)):
        if _priced(line, clock):
            continue
        rest = line[:clock.start()] + " " + line[clock.end():]
        return bool(weekday(rest) or named_day(rest))
    return False
