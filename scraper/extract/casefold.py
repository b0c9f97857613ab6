"""Text folded the way ``re.IGNORECASE`` compares it, for cheap tests that rule a pattern out before it runs.

A case-insensitive pattern over a long line costs far more than ``word in text``. So the rating and note rules first
look, with ``in``, for a piece of text that every match of the pattern must hold (a label word's stem, a number
word); only when it is there does the pattern run. For that test to never miss, the text and the pieces are folded
so that two characters ``re.IGNORECASE`` holds equal fold to the same one:

- ``re`` compares the simple lowercase of each character; ``str.lower()`` gives the same but for "İ" (which it
  lowercases to two characters: "i" and a combining dot) and a final "Σ" (to "ς"), both covered below;
- ``re`` also holds equal a few letters that lowercase keeps apart (its ``re/_casefix.py``, from Unicode's case
  folding): each such group folds to one of its members. The combining iota (U+0345) is the one member that is no
  word character, so its group folds to it: folding never joins two words into one.

Folding keeps the length, keeps digits and never makes a word character of one that is not
(tests/test_casefold.py checks every code point against ``re``).
"""

from __future__ import annotations

import re
import unicodedata
from re import _parser  # the regex parser of Python's re (3.11+), to read which text a pattern requires
from re._constants import ASSERT, ASSERT_NOT, AT, BRANCH, IN, LITERAL, MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT, SUBPATTERN

# Groups of letters re.IGNORECASE holds equal beyond their lowercase (Python 3.11's re/_casefix.py), each folding to its first.
_EQUAL = (
    "iı", "sſ", "μµ", "\u0345ι\u1fbe", "ΐ\u1fd3", "ΰ\u1fe3", "βϐ", "εϵ", "θϑ", "κϰ", "πϖ", "ρϱ", "σς", "φϕ",
    "в\u1c80", "д\u1c81", "о\u1c82", "с\u1c83", "т\u1c84\u1c85", "ъ\u1c86", "ѣ\u1c87", "ꙋ\u1c88", "ṡẛ", "ﬆﬅ",
)
_TABLE = str.maketrans({other: group[0] for group in _EQUAL for other in group[1:]})
_UNUSUAL = re.compile("[" + "".join(re.escape(chr(c)) for c in _TABLE) + "]")


def fold(text: str) -> str:
    """`text` lowercased as re.IGNORECASE reads it: a character of a pattern matches a character of the text
    case-insensitively only when both fold to the same character."""
    if "İ" in text:
        text = text.replace("İ", "i")
    low = text.lower()
    return low.translate(_TABLE) if not low.isascii() and _UNUSUAL.search(low) else low  # (none of _TABLE's is ASCII)


def _required(items, classes: bool = False) -> set[str] | None:
    """Pieces of text, one of which every match of the parsed pattern `items` holds; None when there are none. `classes`: a
    class of a few letters in a run read as each ("d[ýy]k": "dýk" or "dyk", not "d"), a piece then anywhere in a match."""
    options, run = [], {""}  # (a run of letters: its spellings)
    for op, av in [*items, (None, None)]:
        if op is LITERAL:
            run = {piece + chr(av) for piece in run}
            continue
        if classes and op is IN and len(av) <= 4 and all(kind is LITERAL for kind, _ in av) and len(run) * len(av) <= 16:
            run = {piece + chr(code) for piece in run for _, code in av}
            continue
        if run != {""}:
            options.append(run)
            run = {""}
        found = None
        if op is SUBPATTERN:
            found = _required(av[-1], classes)
        elif op is BRANCH:
            branches = [_required(branch, classes) for branch in av[1]]
            found = None if None in branches else set().union(*branches)
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT) and av[0] >= 1:
            found = _required(av[2], classes)
        if found:
            options.append(found)
    # the surest to rule text out: one piece of three letters or more, else the set whose shortest piece is longest
    return max(options, key=lambda pieces: (len(pieces) == 1 and len(min(pieces)) >= 3, min(map(len, pieces)), -len(pieces)),
               default=None)


def stems(pattern: str, flags: int = 0, classes: bool = False) -> tuple[str, ...]:
    """Pieces of plain text, folded, one of which every match of the regex `pattern` holds: for
    ``ratings?|valoraci[oó]n|puan(?:ım)?|(?:मेरी\\s+)?रेटिंग``, ``rating``, ``valoraci``, ``puan`` and ``रेटिंग``.
    A piece that holds another is left out (`classes`: see ``_required``). Raises ValueError when some match need hold no plain text."""
    pieces = _required(_parser.parse(pattern, flags).data, classes)
    if not pieces:
        raise ValueError(f"a match of {pattern!r} need hold no plain text")
    pieces = {fold(piece) for piece in pieces}
    return tuple(sorted(p for p in pieces if not any(q != p and q in p for q in pieces)))


# Characters that are another form of an ASCII one, read one for one (NFKC's reading of them): the full-width forms of
# CJK text ("４／５", "：", "Ａ") and its ideographic space; the digits of every script ("٤", "۴", "४", "৪", "๔"); the
# Arabic decimal point and percent sign, and the fraction and division slashes. Each stays one character, so a
# match's place in the text read is its place in the text as written.
_PLAIN_FORMS = (
    {ord(c): str(int(c)) for c in map(chr, range(0x80, 0x10000)) if c.isdecimal()}
    | {0xFF01 + i: chr(0x21 + i) for i in range(94)}
    | {0x3000: " ", 0x066B: ".", 0x066A: "%", 0x2044: "/", 0x2215: "/"}
)


def _ranges(codes: list[int]) -> str:
    """The code points as the inside of a character class, runs written as ranges."""
    out, start = [], None
    for code, following in zip(codes, [*codes[1:], None]):
        start = code if start is None else start
        if following != code + 1:
            out.append(re.escape(chr(start)) + (f"-{re.escape(chr(code))}" if code > start else ""))
            start = None
    return "".join(out)


# The combining marks of every script (Unicode categories Mn, Mc, Me): the vowel signs of Indic and Thai text, Hebrew
# and Arabic points, accents. \w leaves them out, so a word like bn "পাঁচ" or hi "दो" is letters and marks, and a
# number word may only start after neither ("संचार" holds no "चार") and end before neither; as the inside of a class.
MARKS = _ranges([c for c in range(0x300, 0x10000) if unicodedata.category(chr(c)).startswith("M")])

# The capital letters of every cased script (Unicode categories Lu and Lt: Latin with its extensions — Romanian "Ș",
# "Ț" —, Greek, all of Cyrillic — Serbian "Ђ", "Ј", Macedonian "Ѓ" —, Armenian, Georgian Mtavruli …), as the inside
# of a class: what "a capitalised word" means in a name, whatever the language.
CAPITALS = _ranges([c for c in range(0x41, 0x10000) if unicodedata.category(chr(c)) in ("Lu", "Lt")])


# any character _PLAIN_FORMS reads (a text holding none is itself: translate's dict look-up of each character of a
# line of Cyrillic or CJK prose, ~0.1 µs a character, is some twenty times the cost of this class's search)
def bare(text: str) -> str:
    """`text` without its combining marks (its canonical decomposition's accents, tones and dots: "ìfilọ́lẹ̀" as
    "ifilole", "Kröger" as "Kroger"), for words matched whatever marks a writer gives them (`text` itself when
    ASCII). Only the marks on a Latin, Greek or Cyrillic letter, where they are accents, and not the breve that makes
    "й" a letter of its own; a mark that makes another letter (kana's voicing: "ガ", not "カ") stays, recomposed."""
    if text.isascii():
        return text
    kept, base = [], ""
    for c in unicodedata.normalize("NFD", text):
        if not unicodedata.combining(c):
            base = c
        elif (base < "\u0530" or "\u1e00" <= base <= "\u1fff") and not (c == "\u0306" and base in "иИ"):
            continue
        kept.append(c)
    return unicodedata.normalize("NFC", "".join(kept))


_HAS_PLAIN_FORM = re.compile(f"[{_ranges(sorted(_PLAIN_FORMS))}]")


def plain_forms(text: str) -> str:
    """`text` with the compatibility forms of ASCII characters and the digits of other scripts read as ASCII, one
    character for one (`text` itself when it is ASCII)."""
    return text if text.isascii() or _HAS_PLAIN_FORM.search(text) is None else text.translate(_PLAIN_FORMS)


def _first(items, last: bool = False) -> tuple[set[str] | None, bool]:
    """The characters a match of the parsed pattern `items` may start with (`last`: end with; None: any), and whether it may be empty."""
    chars: set[str] = set()
    for op, av in reversed(list(items)) if last else items:
        if op is LITERAL:
            found, empty = {chr(av)}, False
        elif op is IN and all(kind is LITERAL for kind, _ in av):
            found, empty = {chr(code) for _, code in av}, False
        elif op is SUBPATTERN:
            found, empty = _first(av[-1], last)
        elif op is BRANCH:
            branches = [_first(branch, last) for branch in av[1]]
            found = None if any(f is None for f, _ in branches) else set().union(*(f for f, _ in branches))
            empty = any(e for _, e in branches)
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
            found, empty = _first(av[2], last)
            empty = empty or av[0] == 0
        elif op in (AT, ASSERT, ASSERT_NOT):  # an anchor or a lookaround takes no character
            found, empty = set(), True
        else:
            return None, False
        if found is None:
            return None, False
        chars |= found
        if not empty:
            return chars, False
    return chars, True


def first_chars(pattern: str) -> str | None:
    """The characters every match of the regex `pattern` starts with, as the inside of a character class (escaped), for
    a lookahead that lets the engine pass over the places no match starts at: "(?=[…])". None when a match may start
    with any character (a class such as \\w, or an empty match)."""
    chars, empty = _first(_parser.parse(pattern).data)
    return None if chars is None or empty else "".join(re.escape(c) for c in sorted(chars))


def last_chars(pattern: str) -> frozenset[str] | None:
    """The characters every match of the regex `pattern` ends with, folded (compared with a folded character of the text,
    as re.IGNORECASE compares them). None when a match may end with any character, with a space, or be empty."""
    chars, empty = _first(_parser.parse(pattern).data, last=True)
    return None if chars is None or empty or any(c.isspace() for c in chars) else frozenset(map(fold, chars))


def by_first_char(words) -> str:
    """An alternation of the literal `words` grouped by their first character ("a(?:cht|…)|d(?:rei|…)"), longest first
    in each group: it matches what "|".join of them, longest first, matches, but tries at a place only the words
    starting with its character, not every word of a long table."""
    groups: dict[str, list[str]] = {}
    for word in sorted(set(words), key=len, reverse=True):
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" if rests != [""] else re.escape(first)
                    for first, rests in groups.items())


# a text written in Latin letters (with their accents), punctuation, spaces and digits alone, which can hold only the
# pieces written so (Guarded: a scan of the text costs ~1 ns a character, a guard's look ~50)
_LATIN_TEXT = re.compile(r"[\x00-\u024f\u2000-\u206f]*")


def _NOWHERE(low: str) -> None:  # noqa: N802 - a look that finds nothing (no piece of that kind)
    return None


class Guarded:
    """A compiled pattern that first looks for one of the pieces of text every match holds (``stems``, in
    the folded text) and runs only when one is there: the same results, for a line that holds none of them, at the
    cost of a few ``in`` tests instead of the pattern's try at every position (a long case-insensitive alternation
    of words, ``platforms.SOCIAL_NAME``, cost ~80 µs on a line of prose; its guard ~2 µs).

    Every method of ``re.Pattern`` answers as the pattern does: ``search``, ``match``, ``fullmatch`` None,
    ``findall`` [], ``finditer`` nothing, ``sub`` the text, ``subn`` (the text, 0) and ``split`` [the text] when no
    piece is in the text (any match would hold one, and a match in part of the text is in the whole); anything else
    is the pattern's own. Matches are the pattern's (``match.re`` is the unguarded pattern: guard no pattern that is
    compared with ``is``)."""

    __slots__ = ("_pattern", "unguarded", "_stems", "_look", "_any", "_ascii", "_latin", "_looks", "_spelled", "pattern", "flags", "groups", "groupindex")

    def __init__(self, pattern: re.Pattern, stems_from: str | None = None) -> None:
        self._pattern = self.unguarded = pattern  # (`unguarded`: for a caller that asks may_match once)
        # (`stems_from`: a pattern that matches just what `pattern` does, written plainly: the word list a fastre
        # grouping was made of, whose words are its stems; the grouping's own are the tails after each first letter)
        self._stems = stems(stems_from or pattern.pattern, pattern.flags)
        # (the pieces as one case-sensitive alternation read in the folded text, faster than an ``in`` test for each;
        # grouped by their first character, by_first_char: re tries one group at a letter, not every piece; or, for
        # pieces mostly of other scripts and a few ASCII ones, contains_any: a dozen ``in`` tests and the text's own
        # characters cost less than trying the ASCII pieces' first letters at every letter of a line of prose)
        plain = sum(stem.isascii() for stem in self._stems)
        few_plain = plain <= 16 and len(self._stems) - plain > plain
        self._look, self._any = (None, contains_any(self._stems)) if few_plain else (re.compile(by_first_char(self._stems)), None)
        # (an ASCII text, most lines of most pages, can hold only the ASCII pieces, and a text of Latin letters and
        # punctuation, most lines of a European page, only the Latin ones: each looked for alone, grouped the same
        # way; a look with pieces of other scripts too scans a line of ASCII prose several times slower: 18 of
        # notewords.FREE_SCRIPTS' 48 pieces, ~8 µs a line of 330 characters against ~28 µs)
        self._ascii = self._latin = None
        if self._look is not None:
            for name, kept in (("_ascii", str.isascii), ("_latin", _LATIN_TEXT.fullmatch)):
                pieces = [stem for stem in self._stems if kept(stem)]
                setattr(self, name, re.compile(by_first_char(pieces)).search if pieces else _NOWHERE)
            self._looks = (self._ascii, self._latin, self._look.search)  # (by the text's kind: _absent)
        # (then its pieces with each small letter class spelled out, when that gives others: TIP's "d[ýy][šs]k" gave "d",
        # which nearly every line holds, spelled "dysk", "dýšk" …; the first pieces stay the first look)
        spelled = stems(stems_from or pattern.pattern, pattern.flags, classes=True)
        plain = [stem for stem in spelled if stem.isascii()]
        self._spelled = (re.compile(by_first_char(plain)).search if plain else _NOWHERE, re.compile(by_first_char(spelled)).search) \
            if spelled != self._stems else None
        self.pattern, self.flags, self.groups, self.groupindex = pattern.pattern, pattern.flags, pattern.groups, pattern.groupindex

    def _absent(self, text) -> bool:
        if type(text) is not str:
            return False  # (the pattern says what it makes of anything else)
        folded = _FOLDED.get(text)
        if folded is None:
            if len(_FOLDED) >= 512:
                _FOLDED.clear()
            low = fold(text)  # (and its kind, read once: 0 ASCII, 1 Latin letters and punctuation, 2 any other)
            folded = _FOLDED[text] = (low, 0 if low.isascii() else 1 if _LATIN_TEXT.fullmatch(low) else 2)
        low, kind = folded
        if self._look is None:
            absent = not self._any(low)
        else:
            absent = self._looks[kind](low) is None
        return absent if absent or self._spelled is None else self._spelled[0 if kind == 0 else 1](low) is None

    def may_match(self, text) -> bool:  # (the guard alone: False when no match can be anywhere in `text`)
        return not self._absent(text)

    def search(self, string, *args, **kwargs):
        return None if self._absent(string) else self._pattern.search(string, *args, **kwargs)

    def match(self, string, *args, **kwargs):
        return None if self._absent(string) else self._pattern.match(string, *args, **kwargs)

    def fullmatch(self, string, *args, **kwargs):
        return None if self._absent(string) else self._pattern.fullmatch(string, *args, **kwargs)

    def findall(self, string, *args, **kwargs):
        return [] if self._absent(string) else self._pattern.findall(string, *args, **kwargs)

    def finditer(self, string, *args, **kwargs):
        return iter(()) if self._absent(string) else self._pattern.finditer(string, *args, **kwargs)

    def sub(self, repl, string, *args, **kwargs):
        return string if self._absent(string) else self._pattern.sub(repl, string, *args, **kwargs)

    def subn(self, repl, string, *args, **kwargs):
        return (string, 0) if self._absent(string) else self._pattern.subn(repl, string, *args, **kwargs)

    def split(self, string, *args, **kwargs):
        return [string] if self._absent(string) else self._pattern.split(string, *args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._pattern, name)

    def __repr__(self) -> str:
        return f"Guarded({self._pattern!r})"


class contains_any:  # noqa: N801 - used as a function
    """Whether a folded text holds one of `pieces` (``any(piece in text for piece in pieces)``, the same answer),
    cheaper than one alternation of them all (re tries it at each letter some piece opens with, ~50 ns a character):
    the ASCII pieces looked for one by one (``in``: ~0.2 µs each, and common pieces end it early), and a piece with
    another character only when the text holds that character (an ``in`` test for each of the few dozen characters:
    cheaper than listing a Cyrillic or CJK line's characters one by one)."""

    __slots__ = ("_plain", "_by_char")

    def __init__(self, pieces) -> None:
        pieces = sorted(set(pieces), key=len, reverse=True)
        plain = tuple(p for p in pieces if p.isascii())
        if len(plain) > 24 and all(plain):  # (many: one alternation grouped by first character, one scan of the text:
            look = re.compile(by_first_char(plain)).search  # ~6 µs a line of prose, seventy `in` tests ~14 µs)
            self._plain = lambda low: look(low) is not None
        else:
            self._plain = lambda low: any(map(low.__contains__, plain))
        self._by_char: dict[str, tuple[str, ...]] = {}  # a non-ASCII character of each other piece → those pieces
        for piece in pieces:
            if not piece.isascii():
                key = next(ch for ch in piece if not ch.isascii())
                self._by_char[key] = (*self._by_char.get(key, ()), piece)

    def __call__(self, low: str) -> bool:
        if self._plain(low):
            return True
        if low.isascii() or not self._by_char:
            return False
        by_char = self._by_char
        return any(piece in low for ch, pieces in by_char.items() if ch in low for piece in pieces)


# the folded texts of the last lines the guards read (the rules of a block ask several guarded patterns of its text),
# each with its kind (Guarded._absent)
_FOLDED: dict[str, tuple[str, int]] = {}


def guarded(pattern: re.Pattern, stems_from: str | None = None) -> Guarded | re.Pattern:
    """`pattern` behind its guard (``Guarded``, its stems those of `stems_from` when given); the pattern itself when some
    match need hold no plain text."""
    try:
        return Guarded(pattern, stems_from)
    except ValueError:
        return pattern


def replace_caseless(words: str, repl: str, text: str) -> str:
    """``re.sub(re.escape(words), repl, text, flags=re.I)`` for a non-empty `words`, found in the folded text (which
    keeps each character's place) with no pattern compiled for `words`."""
    low, key, out, start = fold(text), fold(words), [], 0
    at = low.find(key)
    while at != -1:
        out += [text[start:at], repl]
        start = at + len(key)
        at = low.find(key, start)
    return "".join(out) + text[start:] if out else text


_WORD_CHAR, _LETTER = re.compile(r"\w"), re.compile(r"[^\W\d]")


def whole_count(text: str, words: str) -> int:
    r"""``len(re.findall(rf"(?<!\w){re.escape(words)}(?![^\W\d])", text))`` (`words` named whole: no letter or digit
    just before, no letter just after), found with ``str.find`` and no pattern compiled for `words` (book.Context asks
    for each page's own titles and names: a new pattern each, ~0.1 ms)."""
    count, size, at = 0, len(words), text.find(words)
    while at != -1:  # (non-overlapping, as findall: on from a match's end, or from the next letter after a miss)
        whole = not (at and _WORD_CHAR.match(text, at - 1)) and not _LETTER.match(text, at + size)
        count += whole
        at = text.find(words, at + (size if whole else 1))
    return count


def whole_word(text: str, word: str) -> bool:
    r"""Whether ``re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text)`` finds `word` (no word character just before
    or just after), found with ``str.find`` and no pattern compiled for each page's own word."""
    size, at = len(word), text.find(word)
    while at != -1:  # (every start, as re.search tries each)
        if not (at and _WORD_CHAR.match(text, at - 1)) and not _WORD_CHAR.match(text, at + size):
            return True
        at = text.find(word, at + 1)
    return False


# scripts written without spaces between words (Thai, Lao, Myanmar, Khmer, kana, CJK) and Hangul, whose particles join
# the word before them: a name there stands whole inside a longer run
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def named_whole(text: str, name: str) -> bool:
    """Whether `text` names `name`, either case, as whole words ("Elle" is no part of "excellent", "Medium" of
    "mediums"); a name in a script written without spaces, anywhere."""
    low, key = text.casefold(), name.casefold()
    return key in low if _UNSPACED.search(key) else whole_word(low, key)


def any_word(words: str) -> re.Pattern:
    """A caseless whole-word pattern for `words` (regex fragments split on whitespace, "_" a phrase's space)."""
    return re.compile(r"(?<!\w)(?:" + "|".join(w.replace("_", r"\s+") for w in words.split()) + r")(?!\w)", re.I)
