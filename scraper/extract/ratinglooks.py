"""Cheap looks that rule a text out before the rating patterns (scraper.extract.rating) run over it.

The patterns are case-insensitive alternations of a few hundred words, costly on every line of a long post; most
lines hold no score. Each look asks for what a pattern cannot match without, on the text folded as
re.IGNORECASE reads it (casefold.py), so it never rules out a text the pattern would match:

- a score needs a number: a digit, or a number word standing alone (``_NUM``), or star glyphs or dots;
- ``FRACTION`` also needs a denominator (5, 6, 10, 20, 100, or a word for one ending a word: "… of ten", "often"),
  ``N_STARS`` a star glyph or a word for stars ending a word ("4stars");
- a label needs one of its words: a piece of text each match of ``LABEL`` holds (``casefold.stems``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _parser  # (Python's own parser of patterns, as casefold reads them)
from re._constants import BRANCH, IN, LITERAL, MAX_REPEAT, SUBPATTERN

from .casefold import MARKS, by_first_char, contains_any, fold, stems
from .ratingnumerals import worded_scores
from .ratingwords import DEN_WORDS, KERAIA, LABEL_WORDS, OVERALL, STAR_WORDS, NUMBER_WORDS, SCHOOL_MARKS

FULL_STARS = "★⭐🌟✭✮⭑"  # (⭑ ⭒: the small black and white stars of some fonts' rating rows)
HALF = "½⯪⯨⯫⯩"  # (the half stars of Unicode: left or right half black, alone or in a star outline)
EMPTY_STARS = "☆✩⭒"
DOTS_FULL, DOTS_HALF, DOTS_EMPTY = "●⬤🌕", "◐🌗🌓", "○◯🌑"  # dots and moons: only a row of 5 or 10 of them

_SCORE_CHARS = re.compile(rf"[\d星满滿満段{FULL_STARS}{HALF}{EMPTY_STARS}{DOTS_FULL}{DOTS_HALF}{DOTS_EMPTY}\U0001F300-\U0001FAFF\u2600-\u27BF]")
# one of which every match of rating.SCALE_FIRST holds (mr, gu, pa "out of"; bn "-এ", and the vowel sign ে of "১০-তে", "দশে"; hu "tízből", ka "ათიდან")
SCALE_FIRST_CUES = ("üzerinden", "में", "میں", "এ", "\u09c7", "ből", "დან", "중", "만점", "पैकी", "માંથી", "ਵਿੱਚੋਂ", "ਵਿਚੋਂ", "मध्ये", "ମଧ୍ୟରୁ")
_LABEL_STEMS = stems(f"{LABEL_WORDS}|{OVERALL}")
_ASCII_LABEL_STEMS = tuple(stem for stem in _LABEL_STEMS if stem.isascii())  # (the only ones an ASCII line can hold)
# (each set as one alternation grouped by first character: one scan of the line, not an ``in`` test for each stem)
_LABEL_LOOK, _ASCII_LABEL_LOOK = (re.compile(by_first_char(found)) for found in (_LABEL_STEMS, _ASCII_LABEL_STEMS))
# (and a mark given in words, "ставлю четвёрку"; of a word with an apostrophe, which _WORD splits, its last part: "п'ятірку")
_NUMBER_WORDS = frozenset(fold(re.split("['’]", word)[-1]) for word in [*NUMBER_WORDS, *SCHOOL_MARKS])
# a word with its combining marks (which \w leaves out): hi "पाँच", bn "পাঁচ", and the iota casefold folds Greek ι to ("αστέρια")
_WORD = re.compile(rf"[\w{MARKS}]+")
_ASCII_WORD = re.compile(r"\w+")  # the same words in ASCII text, which holds no combining mark: no scan of MARKS' ranges


def _words(low: str) -> list[str]:
    return _ASCII_WORD.findall(low) if low.isascii() else _WORD.findall(low)


# el: an alphabetic numeral, its letter and keraia ("η΄"; the tonos U+0384 is no letter: _WORD splits it off its letter),
# in the folded text (which folds ι to U+0345)
_KERAIA_NUM = re.compile(rf"(?<![\w{MARKS}])[{fold('αβγδεϛζηθι')}][{KERAIA}]")
_KERAIA_DEN = re.compile(rf"(?<![\w{MARKS}])[{fold('ει')}][{KERAIA}]")  # (and five or ten so written, a scale: "ε΄", "ι΄")


# may_score asks it of a line, may_match of the same line as rating.plain_line leaves it (most often the same text):
# each folded text's words split once (~10 µs a line of prose) and the answer remembered for a while (512 texts)
@lru_cache(maxsize=512)
def _no_number_word(low: str) -> bool:
    """No word of the folded text is a number word (``_NUMBER_WORDS``)."""
    return _NUMBER_WORDS.isdisjoint(_words(low)) and (low.isascii() or not any(map(low.__contains__, KERAIA))
                                                      or _KERAIA_NUM.search(low) is None)


_DIGIT = re.compile(r"\d")
_DEN_DIGITS = ("5", "6", "10", "20")
# (and bn "in ten", "in five": rating.SCALE_FIRST; of a uk word with an apostrophe, which _WORD splits, its last part: "п'яти";
# of a hyphened one, its first part, a word that ends there: yo "márùn-ún")
_DEN_ENDINGS = (*(fold(re.split("['’]", word)[-1].split("-")[0]) for word in DEN_WORDS.split("|")), "দশে", "পাঁচে", "দশের", "পাঁচের")  # (bn "পাঁচের মধ্যে চার": among five, four)
# a word ending with one of them: the ending, then no letter or mark (one scan in C, not a Python test of each word)
_DEN_END = re.compile(rf"(?:{by_first_char(_DEN_ENDINGS)})(?![\w{MARKS}])")


def _spelled(items) -> set[str]:
    """The texts a parsed pattern of words matches (a class of letters, an optional letter spelled out: "hviezdičk[ay]",
    "stars?"); after a part of any length ("na\\s+bituin"), only the text that follows it."""
    texts = {""}
    for op, av in items:
        if op is LITERAL:
            options = {chr(av)}
        elif op is IN and all(kind is LITERAL for kind, _ in av):
            options = {chr(code) for _, code in av}
        elif op is SUBPATTERN:
            options = _spelled(av[-1])
        elif op is BRANCH:
            options = set().union(*map(_spelled, av[1]))
        elif op is MAX_REPEAT and av[1] <= 1:
            options = _spelled(av[2]) | ({""} if av[0] == 0 else set())
        else:
            texts = {""}  # (a part of any length: what came before it ends no word)
            continue
        texts = {text + option for text in texts for option in options}
    return texts


# (each star word spelled out, as text: a pattern piece read as text would be looked for in vain)
_STAR_ENDINGS = tuple(sorted({fold(w) for w in _spelled(_parser.parse(STAR_WORDS).data) if w}))
_ASCII_STAR_ENDINGS = tuple(ending for ending in _STAR_ENDINGS if ending.isascii())
_ANY_STAR_ENDING = contains_any(_STAR_ENDINGS)  # (an ASCII text holds only the ASCII ones: the same as asking those)
_STAR_END = re.compile(rf"(?:{by_first_char(e for e in _STAR_ENDINGS if _WORD.fullmatch(e))})(?![\w{MARKS}])")


def _folded(line: str) -> str:
    """The line folded as rating.plain_line will leave it: its markup (* and _) gone, for words it splits
    ("fi**ve**")."""
    return fold(line.replace("*", "").replace("_", "") if "*" in line or "_" in line else line)


def may_label(line: str) -> bool:
    """Whether LABEL may match in the line, as rating.plain_line leaves it."""
    low = _folded(line)
    return (_ASCII_LABEL_LOOK if low.isascii() else _LABEL_LOOK).search(low) is not None


def may_score(line: str) -> bool:
    """Whether a score may be read in the line, as rating.plain_line leaves it: a digit, glyph or pictograph, or a number word."""
    # (a plain copy of an lxml "smart" string: the memo would keep its whole page alive)
    return _may_score(str(line) if type(line) is not str and isinstance(line, str) else line)


# The rating asks it of each body line, and ratingprose again of the last dozen (and the cleaning's rules of the
# same texts): ~10 of a labelled page's ~16 asks are repeats. The answer is a function of the text alone.
@lru_cache(maxsize=512)
def _may_score(line: str) -> bool:
    # (th "ห้าดาว": a number word written on to the star word, one "word" to _WORD)
    # (of _SCORE_CHARS, an ASCII line can hold only a digit: one plain class scanned, not its ranges of pictographs)
    # (no digit in the line, none in it folded: only its number words are left to look for)
    return bool(_DIGIT.search(line) if line.isascii() else _SCORE_CHARS.search(line)) or not _no_number_word(_folded(line)) \
        or "ดาว" in line \
        or bool(worded_scores(line))  # ("fjórar stjörnur af fimm": num2words' words, ratingnumerals)


def may_match(text: str) -> tuple[bool, bool]:
    """Whether FRACTION, and N_STARS, may match anywhere in the text."""
    low = fold(text)
    # the text's words are split only when no digit answers the first question; a word ends with a star word only if
    # the text holds it (a substring scan in C for each), and only then is the scan for one ending a word run
    if not _DIGIT.search(low) and _no_number_word(low):
        return False, False
    fractions = any(map(low.__contains__, _DEN_DIGITS)) or bool(_DEN_END.search(low)) \
        or not low.isascii() and any(map(low.__contains__, KERAIA)) and bool(_KERAIA_DEN.search(low))
    stars = not low.isascii() and any(map(low.__contains__, FULL_STARS)) \
        or _ANY_STAR_ENDING(low) and bool(_STAR_END.search(low))
    return fractions, stars
