"""Number words one to ten in the languages of num2words, for a worded score beside its scale ("дзевяць балаў з
дзесяці", "fjórar stjörnur af fimm"): read only in that shape, a worded number, at most one word, "of" and a worded five or
ten, so that a number word alone in prose is never a score. ratingwords.NUMBER_WORDS keeps the languages num2words
lacks and the forms it does not make.

The table is built once, when a line first holds the shape's "of" word. A word of three letters or fewer is left out (da
"to", "ni", hu "hat", ca "set": words of other languages); an inflected form (the genitive "дзесяці", the feminine "fjórar")
is read by the word's stem: all but its last two letters, at least four, with at most two letters after it.
"""

from __future__ import annotations

import re
from functools import cache

from .casefold import MARKS, by_first_char, fold, stems
from .ratingwords import OF_WORDS, OUT_OF_WORDS, STAR_WORDS, NUMBER_WORDS

# the languages of num2words 0.5.14 whose words are spaced (ja, ko: ratingwords.CJK_NUMBERS and the Korean native numbers)
LANGS = ("am", "ar", "az", "be", "bn", "ca", "cs", "cy", "da", "de", "en", "eo", "es", "fa", "fi", "fr", "he", "hu", "id", "is",
         "it", "kn", "kz", "lt", "lv", "nl", "no", "pl", "pt", "ro", "ru", "sk", "sl", "sr", "sv", "te", "tg", "th", "tr",
         "uk", "vi")
_MIN_LEN = 4
_ENDING = 2
_UNIT_SPAN = 40  # (the score and its unit word, before the "of" word: at most this many characters)


@cache
def numeral_words() -> dict[str, int]:
    """Each language's words for one to ten (lower case); a word two languages read as different numbers is left out."""
    try:
        from num2words import num2words
    except ImportError:  # (pinned in pyproject.toml; without it, no worded score of this shape is read)
        return {}
    words: dict[str, int] = {}
    clash: set[str] = set()
    for lang in LANGS:
        for n in range(1, 11):
            try:
                word = num2words(n, lang=lang).lower()
            except Exception:  # (a language num2words names but cannot spell in this version)
                continue
            if len(word) < _MIN_LEN or " " in word:
                continue
            if words.get(word, n) != n:
                clash.add(word)
            words[word] = n
    return {w: n for w, n in words.items() if w not in clash}


@cache
def _stems() -> dict[str, int]:
    stems: dict[str, int] = {}
    clash: set[str] = set()
    for word, n in numeral_words().items():
        stem = re.split("['’]", word)[0] if "'" in word or "’" in word else word[:-_ENDING]
        if len(stem) < _MIN_LEN:
            continue
        if stems.get(stem, n) != n:
            clash.add(stem)
        stems[stem] = n
    return {s: n for s, n in stems.items() if s not in clash}


def numeral_value(token: str) -> int | None:
    """The number a word of the tables (num2words', ratingwords.NUMBER_WORDS' short and inflected forms: "osm", "tám",
    "deseti"), or an inflected form of one, says; None for any other word."""
    token = token.lower()
    # (not NUMBER_WORDS' one, an article in most languages: "un libro de cinco", "ein Buch von zehn")
    if (n := numeral_words().get(token) or NUMBER_WORDS.get(token, 1) > 1 and NUMBER_WORDS[token]):
        return n
    for cut in range(0, _ENDING + 1):
        if len(token) - cut >= _MIN_LEN and (n := _stems().get(token[:len(token) - cut])) is not None:
            return n
    return None


_WORD = rf"(?:[^\W\d_]|[{MARKS}])+"
# a worded number, at most one word (the unit: "stars", "points", in any language), "of", a worded scale
_SHAPE = re.compile(rf"(?<![\w{MARKS}])(?P<num>{_WORD})(?:\s+(?P<unit>{_WORD}))?\s+(?:{OUT_OF_WORDS}|{OF_WORDS})\s+(?P<den>{_WORD})(?![\w{MARKS}])",
                    re.IGNORECASE)
_OF = re.compile(rf"(?<![\w{MARKS}])(?:{OUT_OF_WORDS}|{OF_WORDS})(?![\w{MARKS}])", re.IGNORECASE)


def _scale_forms() -> list[str]:
    """The words for five or ten, and their stems with up to two letters more, as pieces of a pattern."""
    # (and NUMBER_WORDS' inflected and short forms, "deseti", "dešimties", "mười", "עשר", but no Latin word of three
    # letters or fewer: "năm", a year, "ten", "dix" open words of every line, and FRACTION reads them after "of")
    words = {**numeral_words(), **{w: n for w, n in NUMBER_WORDS.items() if len(w) >= 4 or not _LATIN.search(w)}}
    forms = [re.escape(w) for w, n in words.items() if n in (5, 10)]
    return forms + [re.escape(s) + rf"(?:[^\W\d_]|[{MARKS}]){{0,{_ENDING}}}" for s, n in _stems().items() if n in (5, 10)]


@cache
def _scale_look(ascii_only: bool = False) -> re.Pattern:
    """A space, then a piece of plain text every word for five or ten opens with (``casefold.stems``), in the folded
    text: every match of _scale_after holds one (its scale word follows a space), and a scan for it costs a twentieth
    of _scale_after's try at each word of a line ("patient" holds nl "tien", but no space before it)."""
    forms = _scale_forms()
    # (a word of three letters or fewer, "пет", "עשר", only whole: as a piece it opens "петък", "عشرين" …)
    short = {fold(w) for w, n in NUMBER_WORDS.items() if n in (5, 10) and len(w) <= 3 and not _LATIN.search(w)}
    long = [f for f in forms if fold(f) not in short]
    end = r"(?!\w)"  # (a look: a short word followed by a mark passes too)
    groups: dict[str, list[str]] = {}  # (by first character, as casefold.by_first_char, the short ones whole)
    pieces = {*((p, False) for p in stems('|'.join(long), re.IGNORECASE)), *((w, True) for w in short)}
    # (`ascii_only`: the pieces an ASCII text can hold, for such a text: a short look, most lines are such)
    for piece, whole in sorted((item for item in pieces if item[0].isascii() or not ascii_only), key=lambda item: -len(item[0])):
        groups.setdefault(piece[0], []).append(re.escape(piece[1:]) + (end if whole else ""))
    return re.compile(rf"\s(?:{'|'.join(f'{re.escape(c)}(?:{chr(124).join(rests)})' for c, rests in groups.items())})" if forms else r"(?!)")


@cache
def _scale_after() -> re.Pattern:
    """An "of" word, then a word for five or ten (or a stem of one with up to two letters more): every match of _SHAPE
    holds one, so a line without it is passed over before _SHAPE is tried at each of its words."""
    forms = _scale_forms()
    if not forms:
        return re.compile(r"(?!)")
    return re.compile(rf"(?:{OUT_OF_WORDS}|{OF_WORDS})\s+(?:{'|'.join(sorted(forms, key=len, reverse=True))})(?![\w{MARKS}])",
                      re.IGNORECASE)


def worded_scores(text: str) -> list[tuple[int, int, str, float]]:
    """(start, end, raw, value) of each worded score on a worded scale of five or ten in the text."""
    low = fold(text)
    cased = cased_scores(text, low) if not text.isascii() else []
    if not _scale_look(text.isascii()).search(low) or not _OF.search(text) or not _scale_after().search(text):
        return cased
    return sorted(_of_scores(text) + cased)


def _of_scores(text: str) -> list[tuple[int, int, str, float]]:
    from .ratingshapes import COUNTED, SERIES_PLACE  # (ratingshapes reads ratinglooks, which reads this module: here)
    out = []
    last = 0
    # (tried only before each "of" and scale _scale_after finds, the score at most two words before it: not at every word)
    for after in _scale_after().finditer(text):
        pos = max(last, text.rfind(" ", 0, max(0, after.start() - 1 - _UNIT_SPAN)) + 1)
        while (match := _SHAPE.search(text, pos, after.end())):
            num, den = numeral_value(match.group("num")), numeral_value(match.group("den"))
            if match.end() != after.end() or num is None or den not in (5, 10) or num > den or COUNTED.match(text, match.end()) \
                    or (match.group("unit") and numeral_value(match.group("unit")) is not None) \
                    or SERIES_PLACE.search(text, 0, match.start()) and not _STAR.match(text[match.end():].lstrip()):
                # ("ክፍል ፬ ከ ፭", "Book four of five": a place; not "dat Book dree vun fiev Steerns", stars)
                pos = match.start() + len(match.group("num")) + 1
                continue
            out.append((match.start(), match.end(), match.group(0), round(num / den, 3)))
            last = match.end()
            break
    return out


# The scale first, worded, its case written on to it in a script other than Latin, then the score: hy "Հինգից չորս աստղ"
# (from five, four stars), te "ఐదుకి నాలుగు" (to five, four), ka "ათიდან რვა", am, ta …: any word for five or ten of
# the tables with an ending of one to four letters, then a number word or digits no greater than it, then the
# sentence's end or a star word (so that "from five, four of them went home" is no score).
_LATIN = re.compile(r"[a-zA-Z\u00c0-\u024f]")
_STAR = re.compile(rf"(?:{STAR_WORDS})(?![\w{MARKS}])", re.IGNORECASE)
_CLOSES = re.compile(r"\s*(?:[.!?։:;,।။။。]|$)")


@cache
def _cased_words() -> dict[str, int]:
    words = {**numeral_words(), **NUMBER_WORDS}
    return {fold(w): n for w, n in words.items() if n in (5, 10) and len(w) >= 2 and not _LATIN.search(w)}


@cache
def _cased_look() -> re.Pattern:
    """A word for five or ten, in the folded text (plain text: one scan in C), before the pattern is tried."""
    return re.compile(by_first_char(_cased_words()))


@cache
def _cased_shape() -> re.Pattern:
    return re.compile(rf"(?<![\w{MARKS}])(?P<den>{by_first_char(_cased_words())})(?P<case>-?(?:[^\W\d_]|[{MARKS}]){{1,4}})\s+"
                      rf"(?P<num>(?:[^\W\d_]|[{MARKS}])+|\d{{1,2}}(?:[.,]5)?)(?![\w{MARKS}])(?P<unit>\s+(?:[^\W\d_]|[{MARKS}])+)?")


def cased_scores(text: str, low: str) -> list[tuple[int, int, str, float]]:
    """(start, end, raw, value) of each score after a worded scale with its case on it (`low`: the text folded)."""
    if not _cased_look().search(low):
        return []
    out = []
    for match in _cased_shape().finditer(low):
        den, num = _cased_words()[match.group("den")], match.group("num")
        value = float(num.replace(",", ".")) if num[0].isdigit() else NUMBER_WORDS.get(num) or numeral_words().get(num)
        if not value or value > den or _LATIN.search(match.group("case")):
            continue
        unit = match.group("unit")
        end = match.end() if unit and _STAR.fullmatch(unit.strip()) else match.end("num")
        if end == match.end() or _CLOSES.match(low, end):
            out.append((match.start(), end, text[match.start():end], round(value / den, 3)))
    return out
