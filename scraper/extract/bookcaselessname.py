"""Names in the scripts without capitals, as a record line or a labelled value gives them (for ``bookbiblio``).

A record line's author cannot be told by its capitals in Han, Hangul, Arabic, Hebrew, Indic, Thai, Georgian or
Ethiopic script: a Han/Hangul name is read with its role word ("한강 지음", "李明 著"); two or three Arabic-script or
other caseless words count only where the text names the family name again (``named_again``: the given name in the
scripts written unspaced, and in Bengali and Ethiopic, which call a person by it); a labelled value ("作者：A") is a
name of one script, one to four words (``caseless_name``), as the label vouches. A "T / A / House" record whose
author the text never names again is read where the text keeps returning to its title (``housed_name``).
"""

from __future__ import annotations

import re
import unicodedata

from .book import Context
from .casefold import whole_count
from .bookgeorgian import said_in_any_case
from .booklonewriter import BOOK_NOUN, WRITING_VERB
from .bookstackedname import INDIC_HOUSE
from .indicdeclined import declined_count
from .notewords import PUBLISHER

# a name in a script without capitals, as a record line gives it: Han/Hangul with its role ("한강 지음", "李明 著"),
# or two or three Arabic-script words that are no publisher ("نشر …", "دار …")
ROLE_NAME = re.compile(r"^([\uac00-\ud7a3]{2,4}|[\u4e00-\u9fff\u3005]{2,4})\s*(?:지음|저|글|著|作|编著|編著)$")
# (Arabic's letters, and Persian's and Urdu's own: پ چ ژ ک گ ی, ٹ ڈ ڑ ں ھ ہ ے; the zero-width non-joiner)
_AR = r"\u0621-\u064a\u0671-\u06d3\u06d5\u200c"
_ARABIC_NAME = re.compile(rf"^[{_AR}]{{2,}}(?:\s[{_AR}]{{2,}}){{1,2}}$")
_PUBLISHER_WORD = re.compile(r"^(?:نشر|انتشارات|دار|منشورات|مكتبة|کتابخانه|چاپ|طبع|ترجمه|ترجمة)\b")
# a name in a script without capitals, as a labelled value gives it: one to four words, no figures, of the scripts
# without capitals: Indic (Devanagari to Sinhala), Arabic and Persian letters, Hebrew, Thai, Lao, Myanmar,
# Georgian, Ethiopic, Khmer, Hangul, kana and Han; a zero-width (non-)joiner may join a name's parts ("علی‌محمد"),
# and a first word may be an initial ("சி. சு. செல்லப்பா")
_CASELESS_NAME = re.compile(
    r"(?:(?:[\u0900-\u0963\u0971-\u09e5\u09f0-\u0a65\u0a70-\u0ae5\u0af0-\u0b65\u0b70-\u0be5\u0bf0-\u0c65\u0c70-\u0ce5"
    r"\u0cf0-\u0d65\u0d70-\u0de5\u0df0-\u0dff\u200c\u200d]+|["
    rf"{_AR}"
    r"]+|[\u05d0-\u05ea'׳\-]+|"
    r"[\u0e01-\u0e4f\u0e81-\u0ecf]+|[\u1000-\u103f]+|[\u10d0-\u10ff]+|[\u1200-\u135a]+|[\u1780-\u17d3]+|[\uac00-\ud7af]+|"
    r"[\u3040-\u30ff\u4e00-\u9fff\u3005・]+)\.?)(?:\s[^\s\d]+){0,3}"
)


def script_name(segment: str, context: Context | None, line: str = "") -> str | None:
    """A Han/Hangul name with its role word, or (named again in the text) an Arabic-script or other caseless name; not
    a part the record `line` sets in quotation marks (a title: "A, „T“. House")."""
    if line and _quoted_in(segment, line):
        return None
    match = ROLE_NAME.match(segment)
    if match:
        return match.group(1)
    if (_ARABIC_NAME.match(segment) or caseless_words(segment)) and not _PUBLISHER_WORD.match(segment) \
            and not PUBLISHER.match(segment) and context is not None and named_again(segment, context):
        return segment
    return None


_OPEN_MARKS, _CLOSE_MARKS = "„“”«»\"'‘’", "“”»«\"'’"


def _quoted_in(segment: str, line: str) -> bool:
    """`segment` stands in `line` between quotation marks (spaces aside)."""
    at = line.find(segment) if segment else -1
    while at >= 0:
        before, after = line[:at].rstrip()[-1:], line[at + len(segment):].lstrip()[:1]
        if before and after and before in _OPEN_MARKS and after in _CLOSE_MARKS:
            return True
        at = line.find(segment, at + 1)
    return False


def caseless_words(segment: str) -> bool:
    """Two or three words of a script without capitals (Hebrew with its geresh and gershayim, Georgian, Armenian, Indic,
    Thai …), no figures: a name where a record line sets it. A word is letters and the vowel signs and marks set on them
    (Devanagari's "ी", Thai's "ี" are marks, not letters, and must not part a word)."""
    words = segment.split()
    return 2 <= len(words) <= 3 and all(_caseless_word(w) for w in words)


def _caseless_word(word: str) -> bool:
    word = re.sub(r"(?<=[^\W\d_])['׳״\"](?=[^\W\d_])", "", word)  # ("ז'בוטינסקי", "ש״י")
    return bool(word) and unicodedata.category(word[0])[0] == "L" and all(
        unicodedata.category(c)[0] in "LM" and not _CASED.match(c) for c in word)


_CASED = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]")
# scripts that write words unspaced, where people go by their given name ("คุณงามพรรณ"): any word of the name counts
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
_ETHIOPIC = re.compile(r"[\u1200-\u137f]")
_GEORGIAN = re.compile(r"[\u10d0-\u10ff]")  # (Georgian declines a surname: its stem said again in any case)
# Bengali calls its writers by the given name ("রবীন্দ্রনাথ", "বিভূতিভূষণ", "তারাশঙ্কর"), the family name kept for the record
_GIVEN_FIRST = re.compile(r"[\u0980-\u09ff]")


def named_again(name: str, context: Context) -> bool:
    """The name's family name (its last word) is in the text twice (the record line is one), or, in a script that writes
    words unspaced, its given name: Thai calls a person by it, glued to what stands before ("ของคุณงามพรรณ")."""
    words = name.split()
    if declined_count(words[-1], context.text) >= 2:  # (or with a case ending in an Indic script: indicdeclined)
        return True
    if _GEORGIAN.match(words[-1]) and said_in_any_case(words[-1], context.text):  # ("დუმბაძე" … "დუმბაძის")
        return True
    # (Ethiopic names are a given name and the father's: a person goes by the first, "በዓሉ" for "በዓሉ ግርማ")
    return (
        bool(_UNSPACED.match(words[0]) or _ETHIOPIC.match(words[0]) or _GIVEN_FIRST.match(words[0]) and len(words) >= 2)
        and len(words[0]) >= 3
        and context.text.count(words[0]) >= 2
    )


_named_again = named_again  # (its older private spelling)


def lone_pen_name(segment: str) -> bool:
    """One capitalised word of letters (five or more), set first in a record line before its quoted title: a writer known
    by one name, a pen name ("Մուրացան, «T», «House» հրատարակչություն", "Րաֆֆի", "Горький"); the record's house after the
    title and the name said again in the text vouch for it (bookbiblio's quoted record, and named_again)."""
    word = segment.strip()
    return " " not in word and len(word) >= 5 and word[0].isupper() and word[1:].islower() and word.isalpha()


# a by-word before a writer's one name after a book noun ("la novela de A", "il romanzo di A", "le roman de A", "die
# Novelle von A", "powieść od A"), where it does not stand for "from" a place; English "by" alone
_BY_WORD = r"(?:de|di|da|von|van|door|par|por|av|af|od|от|від)"


def pen_writer(name: str, context: Context) -> bool:
    """The text names a record's one-word head again and uses it as its writer's: before a writing verb ("Azafrán
    escribe …", booklonewriter), after "by", or after a book noun and a by-word ("la novela de Azafrán"); not a place or
    a character the text only names ("Valencia huele a naranja", "Lucía vuelve al pueblo")."""
    if not named_again(name, context):
        return False
    word = re.escape(name)
    return bool(re.search(rf"(?<!\w){word}[^\S\n]+{WRITING_VERB}|(?:(?<!\w)[Bb]y|(?i:{BOOK_NOUN.pattern})\w*[^\S\n]+"
                          rf"{_BY_WORD})[^\S\n]+{word}(?!\w)", context.text))


def vouched_caseless(name: str, context: Context) -> bool:
    """Two or three words of a script without capitals whose family name the text names again: a record's author."""
    return caseless_words(name) and named_again(name, context)


def caseless_name(value: str) -> str | None:
    """A labelled author in a script without capitals ("प्रेमचंद", "غسان كنفاني", "吉本ばなな", "한지운"): the label vouches."""
    value = re.sub(r"\s+", " ", value).strip(" .,;:|")
    # (initials run together, "ಕೆ.ಪಿ. ತೇಜಸ್ವಿ", are read as if spaced)
    # (a rank's dotted abbreviation glued or set before the given name, "ม.ร.ว.คึกฤทธิ์": no word of the name's count)
    core = _DOTTED_HEAD.sub("", value, count=1).lstrip() if "." in value else value
    if len(value) > 40 or not core or not _CASELESS_NAME.fullmatch(re.sub(r"\.(?=[^\s.\d])", ". ", core)):
        return None
    scripts = {_script(c) for c in value if c.isalpha()}
    return value if len(scripts) == 1 else None


def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    return "CJK" if name.startswith(("CJK", "HIRAGANA", "KATAKANA")) else name.split(" ")[0]


# the house's word closing the record's part, as Indic houses are named ("X प्रकाशन", "X প্রকাশনী")
_HOUSE_AFTER = re.compile(rf"\S\s*(?:{INDIC_HOUSE})$")
# a title's or a rank's abbreviation set before a given name, its letters dotted and glued to it ("ม.ร.ว.คึกฤทธิ์",
# "ดร.", "ศ.", "डॉ.")
_DOTTED_HEAD = re.compile(r"^(?:[^\W\d_][^\s\d.]{0,3}\.)+(?=[^\W\d_])")


def housed_name(segments: list[str], context: Context | None) -> str | None:
    """"T / A / House" in a script without capitals, A named nowhere else (a paper's record closing the review names
    the author once, the text saying "the author"): the record's second part, two or three caseless words (a rank's
    dotted abbreviation glued before the given name), is its author where the third part opens on a house's word
    (or closes on one: "X प्रकाशन") and the text keeps returning to the record's first part, the title (twice outside
    the record: the book the post is about). A part a publisher's or a translator's word opens is no name; a title
    the prose names once or never, or a name it names again, leaves the line to ``named_again``; a "title" the text
    calls by its last word alone is the author ("A / T / House"): no pair."""
    if context is None or len(segments) < 3 or not (PUBLISHER.match(segments[2]) or _HOUSE_AFTER.search(segments[2])):
        return None
    title, name = segments[0], segments[1]
    if _PUBLISHER_WORD.match(name) or PUBLISHER.match(name) or _KIND_OR_TRANSLATION.search(name) \
            or not caseless_words(_DOTTED_HEAD.sub("", name)):
        return None
    unspaced = bool(_UNSPACED.match(title))
    said = _said(context.text, title, unspaced)
    if len(title) < (5 if unspaced else 2) or said < 3 or context.text.count(name) > 1:
        return None
    # (the record read the other way, "A / T / House": a "title" the text calls by its last word alone is a person)
    last = title.split()[-1]
    return None if len(title.split()) > 1 and whole_count(context.text, last) > said else name


def _said(text: str, title: str, unspaced: bool) -> int:
    """How often the text says the title whole: no letter glued to its end, nor to its start but for Hebrew's and
    Arabic's one-letter prefixes ("ובית", "وبيت"); in a script without spaces (Thai, Lao, Khmer, Burmese), as it
    stands, and housed_name asks a title of five letters at least there (a short one is a piece of other words)."""
    if unspaced:
        return text.count(title)
    if "\u0590" <= title[0] <= "\u06ff":
        return len(re.findall(rf"(?<![^\W\d_]{{2}}){re.escape(title)}(?![^\W\d])", text))
    return whole_count(text, title)


# the book's kind or its translation named in a record's second part, where the author would stand ("बाल उपन्यास",
# "רומן גרפי", "นวนิยายแปล", "מאנגלית: …"): hi/mr/ne, bn, ta, te, he, ar, fa/ur, th, ka, am
_KIND_OR_TRANSLATION = re.compile(
    r"उपन्यास|कहानि|कहानी|कविता|संग्रह|अनुवाद|अनूदित|आत्मकथा|नाटक|कादंबरी|উপন্যাস|গল্প|কবিতা|অনুবাদ|நாவல்|கதைகள்|"
    r"கவிதை|மொழிபெயர்ப்பு|నవల|కథలు|కవిత|అనువాద|(?<![\u05d0-\u05ea])(?:רומן|נובלה|סיפורים|שירים|שירה|תרגום|תרגמ\w*|"
    r"מתורגם|מ(?:אנגלית|צרפתית|גרמנית|רוסית|ספרדית|איטלקית|ערבית|יפנית|יידיש|פולנית))|رواية|قصص|ديوان|مترجم|رمان|"
    r"داستان|ناول|افسانے|ترجمہ|นวนิยาย|นิยาย|เรื่องสั้น|กวีนิพนธ์|แปล|วรรณกรรม|რომანი|მოთხრობ|ლექს|თარგმ|ልብ\s+ወለድ|ትርጉም")


_caseless_words, _pen_name = caseless_words, lone_pen_name  # (their older private spellings)
