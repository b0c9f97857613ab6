"""A score a short lead sets apart, in any language and script, by its shape alone.

A reviewer closes (or opens) a review with a sentence of a word or three, a separator and the score, and nothing
after it but the sentence's end: "My verdict — 8/10.", "Իմ գնահատականը՝ 10-ից 8։", "Менің бағам — 10 балдан 9.",
"Ocena moja: 4 z 5". The lead's words need not be known (no table of label words in every language): its shape is
the label. The separator is any colon, dash or pause mark of any script (Unicode's terminal punctuation that does not
end a sentence, a dash, the Armenian ՝), the sentence ends at any script's sentence terminal (``. ։ । ۔ 。 ።``).

After such a lead the scale may come first with its case written on to it, in any language that marks case on a
numeral ("10-ից 8", "10-дан 9", "10-ből 8", "10-stä 8": the scale, a hyphen and an ending) or on a unit word after it
("10 балдан 9", "10 pisteestä 8": the scale, one word, the score): read only here, where the lead says a score
follows, and only as a score no greater than its scale. The case may be written straight on to the numeral in a
script other than Latin ("5න් 4", "10ից 8"), the score may carry its own ending ("4යි"), and a unit word may stand
between the score and the scale ("9 балаў з 10", "8 points sur 10") or after the score ("ათიდან რვა ქულა"); the score
closes its sentence or its clause (a comma, a semicolon). A scale with its case written on to the numeral in such a
script, then the score closing the sentence right after it, is read anywhere in a sentence (``cased_scores``): "… ඒ නිසා මගේ ලකුණ 5න් 4යි."
rating.py asks this module for the lines its own labels miss.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, Iterable

import regex

# a sentence's end in any script, and the marks that set a lead apart (not a sentence's end, not a comma, not a quote)
_END = r"\p{Sentence_Terminal}"
_SEP = r"(?:(?![\p{Sentence_Terminal},'\"*#%&@/\\])[\p{Terminal_Punctuation}\p{Pd}]|[՝])"
_WORD = r"[\p{L}\p{M}]+"
# a sentence that opens with one to three words and a separator
_LEAD = regex.compile(rf"(?:^|(?<={_END}))[\s*_\"“«]*(?:{_WORD}\s+){{0,2}}{_WORD}\s*{_SEP}\s*")
# the score's end: its sentence's, after at most one unit word; or its clause's (a comma, a semicolon) when the score
# is worded or a unit word follows it ("ათიდან რვა ქულა, და …"; not "Le roman : 19/20, parce que…", one line of a list);
# (a spaced dash opens the clause that gives the reason as a comma does: "… 4 z 5 – one point off for the middle")
_CLOSES = regex.compile(rf"[\s*_)]*(?P<unit>\s+{_WORD})?[\s*_)]*(?:{_END}|$|(?P<clause>[,;]|(?<=\s)[–—](?=\s)))")
_DIGIT = regex.compile(r"\d")
_ENDS = regex.compile(rf"[\s*_)]*(?:{_END}|$)")
# an ending written straight on to a numeral in a script other than Latin ("5න්", "4යি", "10ից")
_ON = r"(?:(?!\p{Latin})[\p{L}\p{M}]){1,6}"
# the scale first, its case on the numeral ("10-ից", "5න්") or on one unit word after it ("10 балдан"), then the score
_SCALE_CASED = regex.compile(
    rf"(?P<den>100|20|10|5)(?:-{_WORD}|{_ON}|\s+{_WORD})\s+(?P<num>\d{{1,3}}(?:[.,]\d{{1,2}})?)(?:-?{_ON})?(?![\d\p{{L}}\p{{M}}-])")
# the case on the numeral only (no unit word), anywhere in a sentence: "මගේ ලකුණ 5න් 4යි."
_ONLY_CASED = regex.compile(
    rf"(?<![\d\p{{L}}\p{{M}}.,/])(?P<den>100|20|10|5)(?:-{_WORD}|{_ON})\s+(?P<num>\d{{1,3}}(?:[.,]\d{{1,2}})?)(?:{_ON})?(?![\d\p{{L}}\p{{M}}-])")
# the score, a unit word, the word "of" and the scale: "9 балаў з 10", "8 points sur 10"
_UNIT_OF = r"(?P<num>\d{{1,3}}(?:[.,]\d{{1,2}})?)\s+{word}\s+(?:{of_words})\s+(?P<den>100|20|10|5)(?![\d\p{{L}}\p{{M}}])"


# The patterns built from a caller's `of_words` (one table: rating._OF_SCALE), compiled once and kept here: regex's
# own cache (500 patterns) is emptied over and over by dateparser's locales (htmldate's date search), and each
# compile of _UNIT_OF cost ~0.1 ms a page. The same patterns, so the same matches as regex.compile/regex.fullmatch.
@lru_cache(maxsize=16)
def _unit_of(of_words: str) -> regex.Pattern:
    return regex.compile(_UNIT_OF.format(word=_WORD, of_words=of_words), regex.I)


@lru_cache(maxsize=16)
def _of_word(of_words: str) -> regex.Pattern:
    return regex.compile(rf"\s+(?:{of_words})", regex.I)


_LETTER = regex.compile(r"\p{L}")
_OF_SCALE_WORD = regex.compile(r"\s+(?:of|de|di|von|van|из|з|от|z|na|od)\s*", regex.I)


def led_scores(text: str, scan: Callable[[str], Iterable], make: Callable[[str, float], object], dated: regex.Pattern | None = None,
               of_words: str = "", other: Callable[[str], object] | None = None) -> list:
    """The scores of the text that a short lead sets apart and that close their sentence, as `make(raw, value)`;
    `scan` is rating.scan (its found scores, in order, with their places); a lead `dated` matches ("Posted:") is a
    date's; a unit word that is one of `of_words` ("10 из 8") is the score-first order's, not a case; a sentence `other`
    says is another thing's verdict ("Film: 3.5/5.") gives none."""
    out = []
    found = None
    # every score read here opens with a digit (the scale first, or a score before its unit word) or is one `scan` found:
    # a text with neither has none (and its leads are not looked for)
    if _DIGIT.search(text) is None:
        found = list(scan(text))
        if all(f is None for f in found):
            return out
    for lead in _LEAD.finditer(text):
        at = lead.end()
        if dated is not None and dated.search(text[lead.start():at].rstrip()):
            continue
        if (cased := _SCALE_CASED.match(text, at)) and not (of_words and _of_word(of_words).fullmatch(
                text[cased.end("den"):cased.start("num")].rstrip())):
            num, den = float(cased.group("num").replace(",", ".")), float(cased.group("den"))
            if num <= den and _closes(text, cased.end(), cased.group(0)) and not (other and other(text[lead.start():cased.end()])):
                out.append(make(cased.group(0), round(num / den, 3)))
            continue
        if of_words and (unit := _unit_of(of_words).match(text, at)):
            num, den = float(unit.group("num").replace(",", ".")), float(unit.group("den"))
            if num <= den and _closes(text, unit.end(), unit.group(0)) \
                    and not (other and other(text[lead.start():unit.end()])):
                out.append(make(unit.group(0), round(num / den, 3)))
            continue
        found = scan(text) if found is None else found
        score = next((f for f in found if f is not None and f.start == at), None)
        if score is not None and _closes(text, score.end, score.rating.raw) and not (other and other(text[lead.start():score.end])):
            out.append(score.rating)
    return out


def _closes(text: str, at: int, raw: str) -> bool:
    """Whether the score ending at `at` closes its sentence, or its clause when it is worded or has its unit word."""
    end = _CLOSES.match(text, at)
    return bool(end) and (not end.group("clause") or bool(end.group("unit")) or _LETTER.search(raw) is not None)


_TWO_NUMBERS = regex.compile(r"\d\S*\s+\d")  # (compiled once: regex.search's own cache look-up cost more than the search)


def cased_scores(text: str, make: Callable[[str, float], object]) -> list:
    """The scores a scale with its case on the numeral gives anywhere in a sentence, the score closing the sentence:
    "… ඒ නිසා මගේ ලකුණ 5න් 4යි.", "… менің бағам 10-дан 9." (not "1990-ից 5", not a score the sentence goes on after, not a
    range of hours, "10-დან 5-მდე", "10-დან 6 საათამდე")."""
    out = []
    for cased in _ONLY_CASED.finditer(text) if _TWO_NUMBERS.search(text) else ():
        num, den = float(cased.group("num").replace(",", ".")), float(cased.group("den"))
        if 0 < num <= den and _ENDS.match(text, cased.end()):
            out.append(make(cased.group(0), round(num / den, 3)))
    return out


def widget_cased(text: str) -> tuple[str, float] | None:
    """A rating widget's text for screen readers that is only a scale with its case and the score, as a lead's would be
    (the widget says a score is there, as a lead does): az "5 ulduzdan 4" (from five stars, four), kk "5 жұлдыздың 5-і"
    (of five stars, the fifth), "10-аас 9"; (raw, value), or None."""
    cased = _SCALE_CASED.fullmatch(text.strip().rstrip(".։।。"))
    if cased is None or _OF_SCALE_WORD.fullmatch(text[cased.end("den"):cased.start("num")]):
        return None
    num, den = float(cased.group("num").replace(",", ".")), float(cased.group("den"))
    return (cased.group(0), round(num / den, 3)) if 0 < num <= den else None


def led_cased(line: str) -> bool:
    """The line is only a short lead and a scale with its case before the score, closing it: "Баам: 10дон 9.",
    "Qiymətim: 10-dan 9.", "Իմ գնահատականը՝ 10-ից 8։" (short39: scorelines counts it a score line, the post's own
    verdict, as it does "Rating: 4/5"; a line of a dozen words at most, with two numbers, is looked at)."""
    if len(line) > 120 or _TWO_NUMBERS.search(line) is None or (lead := _LEAD.match(line)) is None:
        return False
    cased = _SCALE_CASED.match(line, lead.end())
    if cased is None or _OF_SCALE_WORD.fullmatch(line[cased.end("den"):cased.start("num")]):
        return False
    num, den = float(cased.group("num").replace(",", ".")), float(cased.group("den"))
    # (on a scale of five or ten, as scorelines reads "N/5" and "N/10": "Kitob marafoni: 20-dan 14.", a challenge's
    # count of twenty, is no verdict; rev-short39)
    return den in (5, 10) and 0 < num <= den and _ENDS.match(line, cased.end()) is not None and _ENDS.match(line, cased.end()).end() >= len(line.rstrip())
