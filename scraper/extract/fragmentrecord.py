"""A record line written as bare fragments: "Title: subtitle. Name. Publisher." (boilerplate's lead-in rule).

Newspapers in Iceland, Scandinavia and elsewhere close a review with the book's record in fragments split by full
stops, with no label, year or page count for citedrecord to go by. A short line right before a removed ask is taken
as the ask's lead-in ("Like what you read?"); a record is none. Told by shape: three to five parts, none over eight
words, no question or exclamation, and one part between the first and the last a name of one to four capitalised
words (any word in a script without case) that the review names again elsewhere: its author (a sign-off ends on its
writer's name). The book such a line names is read when no other rule found one (fragment_book).

A record set as a card's line splits its fragments by middle dots instead ("T · A · Novel", "T · A · House, 2024"):
read alike, the name part named again by one of its words (a surname, or the given name Icelandic reviews call their
authors by: the record gives the name in full, the text in its own case and short form).

In a script without capitals (Indic, Arabic, Persian, Urdu …) a record runs on in commas instead ("T, A, House"): read
alike where the line holds no Latin, Greek or Cyrillic letter and no sentence's mark, three to five parts of six
words at most, and its name part is two or three words whose family name the review says again, a case ending
perhaps written on ("મેકવાનની", "प्रेमचंद की"), as these scripts write it; a part after the name names a house or
holds a figure (a year, pages, a price), or the review quotes the title: a line of themes ("गाँव, किसान जीवन, कर्ज़")
or a sentence of clauses (its closing stop read before the record's is taken off) is none.
"""

from __future__ import annotations

import re

from .casefold import whole_count, whole_word
from .book import Book, leading_author, clean_title
from .bookgenretail import KIND_WORDS
from .indicdeclined import declined_count
from .labeldash import dash_record  # ("Book: T — A, House": a labelled record parted by a dash)

_SPLIT = re.compile(r"(?<=[^\W\d_]{2})\.\s+")
_DOTS = re.compile(r"\s+[·•]\s+")


_COMMAS = re.compile(r"\s*[,،]\s*")
# what a caseless record in commas never holds: cased letters, figures aside; a sentence's or a question's mark
_NOT_CASELESS = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]|[.!?।؟:;]")
_CASELESS_NAME = re.compile(r"[^\W\d_][^\s\d]*(?:\s[^\W\d_][^\s\d]*){1,2}")
# a word run of these scripts (a vowel sign or virama, a joiner is part of the word): the family name opens one
_SCRIPT_WORD = re.compile(r"[\w\u0900-\u0dff\u0600-\u06ff\u200c\u200d]+")
# a record's house or figure: a figure in any script, or a publisher's word (hi/mr, bn, gu, pa, or, te, kn, ta, ml, si,
# fa, ar, ur)
_HOUSE_WORDS = (
    r"प्रकाशन|प्रकाशक|पब्लिकेशन|कार्यालय|প্রকাশনী|প্রকাশন|পাবলিশার্স|কার্যালয়|પ્રકાશન|કાર્યાલય|ਪ੍ਰਕਾਸ਼ਨ|ପ୍ରକାଶନ|"
    r"ప్రచురణ|పబ్లికేషన్|ಪ್ರಕಾಶನ|பதிப்பகம்|வெளியீடு|പ്രസാധ|ബുക്സ്|ප්\u200d?රකාශන|انتشارات|نشر|منشورات|دار\s|"
    r"پبلی|پبلشرز|مکتبہ|ادارہ|اشاعت|کتاب\s*گھر")
_HOUSE_OR_FIGURE = re.compile(r"\d|" + _HOUSE_WORDS)
# (a house's word standing as a word of its own, never glued to a particle, "ولدار" "and to the house of")
_HOUSE = re.compile(rf"(?<!\S)(?:{_HOUSE_WORDS})")


# a fragment's own label: one or two words (no figure, no sentence's mark) and a colon, then its value
_FIELD = re.compile(r"^[^\W\d_][^\s\d:：.!?,]{0,20}(?:\s[^\W\d_][^\s\d:：.!?,]{0,20})?\s?[:：]\s+(?=\S)")


def _values(parts: list[str]) -> list[str]:
    """A record whose every fragment is labelled ("Label: T · Label: A · Label: kind", in any language) read as its
    values, never its labels; a record with one colon ("T: subtitle · A · House") keeps its parts."""
    values = [_FIELD.sub("", p, count=1) for p in parts]
    return values if all(v != p for v, p in zip(values, parts)) else parts


def _parts(text: str, whole: str = "") -> tuple[list[str], bool | str]:
    """The record's fragments, and whether middle dots split them (True), or a caseless script's commas ("commas"):
    `whole` is the line before its closing stop was taken off (a sentence's stop ends no caseless record). Labelled
    fragments give their values (_values): a labelled record is read as a dotted card, its name by one word."""
    if "·" in text or "•" in text:
        parts = _DOTS.split(text)
        if len(parts) > 1:
            return _values(parts), True
    parts = _SPLIT.split(text)
    if len(parts) > 1 and (values := _values(parts)) is not parts:  # (labelled fields split by full stops)
        return values, True
    if len(parts) == 1 and ("," in text or "،" in text) and not _NOT_CASELESS.search(text):
        commas = _COMMAS.split(text)
        if 3 <= len(commas) <= 5 and all(0 < len(p.split()) <= 6 for p in commas) \
                and (not _NOT_CASELESS.search(whole or text) or _closed_on_house(whole, commas)):
            return commas, "commas"
    return parts, False


def _closed_on_house(whole: str, commas: list[str]) -> bool:
    """A caseless record in commas closed by a full stop, as a record set on a line of its own may be ("T، A، kind،
    House."): taken where its stop is its only mark and its last part names a publisher's house (a sentence of
    clauses ends on a clause, never on a house)."""
    return whole.rstrip().endswith(".") and not _NOT_CASELESS.search(whole.rstrip()[:-1]) \
        and bool(_HOUSE.search(commas[-1]))


def _again(part: str, elsewhere: str, dotted: bool | str) -> bool:
    """The name part named again elsewhere: whole, or on a dotted card by one word of four letters or more; in a
    caseless record in commas, a name of two or three words by its family name opening a word (a case ending on it)."""
    if dotted == "commas":
        last = part.split()[-1]
        if not _CASELESS_NAME.fullmatch(part) or len(last) < 3:
            return False
        # (said opening a word, a case ending perhaps after it; or, for a name ending in a virama, declined with a
        # vowel sign in the virama's place, Tamil "ராமநாதன்" → "ராமநாதனின்": declined_count counts the bare and the
        # declined forms, so more than the bare ones means a declined one is there)
        return any(w.startswith(last) for w in _SCRIPT_WORD.findall(elsewhere)) \
            or declined_count(last, elsewhere) > elsewhere.count(last)
    if re.search(rf"(?<!\w){re.escape(part)}", elsewhere):
        return True
    return dotted is True and any(len(w) >= 4 and whole_word(elsewhere, w) for w in part.split())


def _name(part: str) -> bool:
    words = part.split()
    return 1 <= len(words) <= 4 and all(w[:1].isupper() or not w[:1].islower() and w[:1].isalpha() and w[:1].upper() == w[:1].lower() for w in words)


def named_record(text: str, elsewhere: str) -> bool:
    """Whether `text` is a record in bare fragments whose author `elsewhere` (the review's other text) names again."""
    whole = " ".join(text.split())
    text = whole.rstrip(" .")
    if not text or "?" in text or "!" in text or len(text) > 200:
        return False
    parts, dotted = _parts(text, whole)
    if not 3 <= len(parts) <= 5 or any(len(p.split()) > 8 for p in parts):
        return False
    found = [n for n, p in enumerate(parts[1:-1], 1) if _name(p) and _again(p, elsewhere, dotted)]  # (a sign-off ends
    if dotted == "commas" and found:  # on its name); a caseless record's house, figure or quoted title (the docstring)
        return any(_HOUSE_OR_FIGURE.search(p) for p in parts[found[0] + 1:]) or _quoted(parts[0], elsewhere)
    return bool(found)



def _quoted(title: str, text: str) -> bool:
    """`text` sets `title` in quotation marks."""
    return any(f"{a}{title}{b}" in text for a, b in ("«»", "“”", '""', "‘’", "’‘", "''", "„“"))


# a record in two fragments whose first credits the author after the title's comma: "T, by A. Publisher." (the word for
# "by": en, de, nl, sv/da/no, Romance "de"/"di"/"par"/"da", id/ms "oleh"/"karya", tl "ni", sw "na", is "eftir", pl/cs "od",
# and the possessive prefix Zulu and Xhosa glue on with a hyphen, "ka-A", "ngu-A"); the author's initials may run
# together ("C.L.S. Name") and the review names them by surname, perhaps with a noun-class prefix glued on ("uName")
_BY_RECORD = re.compile(
    r"^(?P<title>[^,.!?:;]{2,80}),\s+(?i:by|von|door|av|af|de|di|par|da|oleh|karya|ni|na|eftir|od|ka|ngu)(?:\s+|-)"
    r"(?P<author>(?:[^\W\d_]\.\s?){0,4}[^\W\d_][\w'’\-]+(?:\s+[^\W\d_][\w'’\-]+){0,3})\.\s+(?P<publisher>[^.!?]{2,60}?)\.?$")


def by_record(text: str, elsewhere: str) -> tuple[str, str] | None:
    """(title, author) of a record line "T, by A. Publisher." (above) whose author `elsewhere` names again by surname."""
    text = " ".join(text.split()).strip(" *_")
    if "," not in text or len(text) > 200:
        return None
    match = _BY_RECORD.match(text)
    if not match or len(match.group("title").split()) > 12 or not _name(re.sub(r"(?:[^\W\d_]\.\s?)+", "", match.group("author")) or "x"):
        return None
    surname = match.group("author").split()[-1]
    if not surname[:1].isupper() or len(surname) < 3 or not re.search(rf"(?<![^\W\d_])[^\W\d_]{{0,3}}{re.escape(surname)}(?![^\W\d_])", elsewhere):
        return None
    return match.group("title").strip(" *_\"'„“”«»"), match.group("author")


_LETTER = re.compile(r"[^\W\d_]")


def surname_again(surname: str, text: str) -> bool:
    """`text` names the surname (three letters or more) as a word of its own, a case ending or a possessive perhaps
    glued on ("Horvatova", "Horvatom", "Manns"): at most four letters, and two fewer than the name has ("Lee" is no
    part of "Leeds", nor "Mann" of "Manning"). Found with ``str.find``, no pattern compiled for each name."""
    size = len(surname)
    if size < 3:
        return False
    most, at = min(4, size - 2), text.find(surname)
    while at != -1:
        if not (at and _LETTER.match(text, at - 1)):
            end = after = at + size
            while after - end <= most and _LETTER.match(text, after):
                after += 1
            if after - end <= most:
                return True
        at = text.find(surname, at + 1)
    return False


# a record opening on the author, the title quoted after it: "A. «T». Publisher." (Basque, Spanish and Catalan papers'
# record lines: "Name Surname. «T». House, 2024.", "Name Surname. “T”."); the review names the author by surname, perhaps
# with a case ending glued on (eu "Canok", fi "Canon", hu "Canót"): a short ending after it (surname_again)
_NAME_FIRST = re.compile(
    r"^(?P<author>[^\W\d_][\w'’\-]+(?:\s+[^\W\d_][\w'’\-]+){1,3})\.\s+[«“„\"‘](?P<title>[^«»“”„\"‘’]{1,80})[»”“\"’]"
    r"(?:\.?\s+(?P<rest>[^!?«»“”„]{0,60}?))?\.?$")


def name_first(text: str, elsewhere: str) -> tuple[str, str] | None:
    """(title, author) of a record line "A. «T». Publisher." (above) whose author `elsewhere` names again by surname."""
    text = " ".join(text.split()).strip(" *_")
    if len(text) > 160 or not (match := _NAME_FIRST.match(text)) or not _name(match.group("author")) \
            or len((match.group("rest") or "").split()) > 8 or len(match.group("title").split()) > 12:
        return None
    if not surname_again(match.group("author").split()[-1], elsewhere):
        return None
    return match.group("title").strip(), match.group("author")


# a record line in commas opening on the author, as reviews in many languages cite the book under the text (sr/hr/bs,
# es, it, pl, pt, ro, fr: "Name Surname, T, House", "Name Surname, T, House, City, 2024, 296 pp."): a name of two to
# four capitalised words, a title opening on a capital, then one to four parts, each a house or place (a capital) or a
# figure (a year, pages)
_NAME_COMMAS = re.compile(
    r"^(?P<author>[^\W\d_][\w'’\-]+(?:\s+[^\W\d_][\w'’\-]+){1,3}),\s+"
    r"(?P<title>[^\W\d_][^,;:!?«»“”„\"\d]{0,80}?),\s+(?P<rest>[^;!?«»“”„\"]{2,120}?)\.?$")
_FIGURE = re.compile(r"\d[\d\s.,]*(?:\s*[^\W\d_]{1,6}\.?)?")
_EDITION = re.compile(r"(?:[^\W\d_]+\s+){1,3}(?:1[5-9]\d\d|20\d\d)")


def name_commas(text: str, elsewhere: str) -> tuple[str, str] | None:
    """(title, author) of a record line "A, T, House" (above) whose author `elsewhere` names again by surname (a case
    ending or a possessive suffix perhaps glued on: "Surnameov", "Surname's"). A sign-off's "Name, City, 2024" has no
    house after its place; a list of people names its second person by surname too; a sentence's clause after the
    name opens in lower case."""
    text = " ".join(text.split()).strip(" *_")
    match = _NAME_COMMAS.match(text) if "," in text and len(text) <= 200 else None
    if not match or not _name(match.group("author")):
        return None
    title, rest = match.group("title").strip(), [p.strip() for p in match.group("rest").split(",")]
    # (s33: or, alone after the title, an edition's note closing on its year, "prvo izdanje 1994", "first published 1962")
    edition = len(rest) == 1 and _EDITION.fullmatch(rest[0]) is not None
    if len(title.split()) > 12 or not title[:1].isupper() or not 1 <= len(rest) <= 4 or not (rest[0][:1].isupper() or edition) \
            or any(not (p[:1].isupper() and len(p.split()) <= 6 or _FIGURE.fullmatch(p) or edition) for p in rest):
        return None
    if not surname_again(match.group("author").split()[-1], elsewhere):
        return None
    last = title.split()[-1]
    if _name(title) and len(last) >= 3 and whole_count(elsewhere, last) > (
            whole_count(elsewhere, title) if last != title else 0):
        return None  # (the title part a person the text calls by surname, not whole as a title: a list of names)
    return title, match.group("author")


# a record line naming the book's kind between title and maker: "T, a novel by A", "T, roman de A", "T, nobela ni A",
# "T, novela de A", "T, Roman von A", "T, sebuah novel karya A", "T, riwaya ya A" (an article or a word or two before
# the kind, "written" after it: "T, una novela escrita por A"); the kind's word (bookgenretail.KIND_WORDS and the
# languages that write no header record: tl id/ms sw vi cy ga gd mt eu gl ca af …) tells it from a sentence's apposition
MORE_KINDS = frozenset((
    "novel novella book story stories collection memoir poems essays biography thriller mystery play "  # en
    "nobela nobelang aklat libro kuwento kuwentong katipunan kalipunan tula sanaysay "  # tl
    "cerpen kumpulan buku puisi hikayat memoar riwaya hadithi tamthilia diwani kitabu "  # id/ms, sw
    "novela libro relatos cuentos ensayo crónica poemario romance livro contos romanzo racconti saggio "  # es gl pt it
    "livre récit novel·la llibre carte knjiga kniha książka powieść boek buch erzählung "  # fr ca ro hr/sr/sl cs pl nl de
    "nofel llyfr úrscéal leabhar nobhail rumanz ktieb eleberria romanas romāns romaan romano "  # cy ga gd mt eu lt lv et eo
    "tiểu thuyết truyện").split()) | KIND_WORDS
_KIND_BY = "by|von|van|door|deur|fan|av|af|de|di|da|del|par|por|oleh|karya|ni|na|ya|nga|eftir|od|autorstwa|gan|ta['’]|le|của|bởi"
_KIND_RECORD = re.compile(
    r"^(?P<title>[^\W_][^,.!?;]{1,80}),\s+(?P<kind>(?:[^\W\d_·]+\s+){0,3}?[^\W\d_·]+(?:\s+[^\W\d_·]+)?)\s+"
    rf"(?:(?i:{_KIND_BY})\s+|d['’])(?P<rest>.+)$")


def kind_record(text: str, elsewhere: str) -> tuple[str, str] | None:
    """(title, author) of a record line "T, a novel by A" (above), the line ending on the name or on its imprint (a
    few words after a comma, a bracket or a stop: "…, House, 2014"), whose author `elsewhere` names again by surname."""
    text = " ".join(text.split()).strip(" *_")
    if "," not in text or len(text) > 200 or not (match := _KIND_RECORD.match(text)) or len(match.group("title").split()) > 12:
        return None
    kind = match.group("kind").split()
    # (the kind among the last two words, "written" after it; the others an article, "debut": lower case, as the kind
    # may not be: de "Roman")
    if not any(w.casefold() in MORE_KINDS for w in kind[-2:]) or any(not w.islower() for w in kind if w.casefold() not in MORE_KINDS):
        return None
    author = leading_author(match.group("rest"))
    rest = match.group("rest")[len(author):] if author and match.group("rest").startswith(author) else None
    if not author or rest is None or rest.strip(" .") and (rest.lstrip()[:1] not in ",(.;—–-" or len(rest.split()) > 8 or "?" in rest or "!" in rest):
        return None
    surname = author.split()[-1]
    if len(surname) < 3 or not re.search(rf"(?<![^\W\d_])[^\W\d_]{{0,3}}{re.escape(surname)}(?![^\W\d_])", elsewhere):
        return None
    return clean_title(match.group("title").strip(" *_\"'„“”«»")), author


def fragment_book(book: Book | None, lines: list[str], text: str, headline: str = "") -> Book | None:
    """The book a record in bare fragments names, among the review's last three lines, when none was found or the
    one found has no author and the record's title is the same: its first part (a subtitle after a colon left out)
    and the name the review names again; or the one record line "T, a novel by A" among its first two and last
    three (kind_record: two such lines are a list of books). A line "A, T, House" (name_commas) names the book only
    where the headline or the review's other text names its title too: a sign-off, a caption or a class line ("Name,
    City, March 2024", "Name, Bookseller, Shop", "Name, Class 3b, School") has the shape, but its place, post or class
    is no title the review speaks of."""
    kinds = {found for line in dict.fromkeys(lines[:2] + lines[-3:]) if "," in line and (found := kind_record(line, text.replace(line, " ")))}
    if len(kinds) == 1 and (book is None or book.title.casefold() == next(iter(kinds))[0].casefold()):
        return Book(*kinds.pop(), source="record")
    for line in lines[-3:]:
        elsewhere = text.replace(line, " ")
        dashed = dash_record(line, elsewhere)  # (its value read whole as a title with no author: the same line's book)
        credited = by_record(line, elsewhere) or dashed or name_first(line, elsewhere) or _spoken_of(
            name_commas(line, elsewhere), headline, elsewhere)
        if credited and (book is None or book.title.casefold() == credited[0].casefold()
                         or credited is dashed and not book.author and book.title in line):
            return Book(title=credited[0], author=credited[1], source="record")
        if not named_record(line, elsewhere):
            continue
        parts, dotted = _parts(" ".join(line.split()).rstrip(" ."), " ".join(line.split()))
        title = parts[0].split(":")[0].strip(" *_\"'„“”«»")
        names = [p for p in parts[1:-1] if _name(p) and _again(p, elsewhere, dotted)]
        if _labelled(" ".join(line.split()).rstrip(" .")):  # (a labelled record: _labelled_pick)
            title, names = _labelled_pick(title, names, elsewhere)
        author = names[0]
        if _name_first(parts, author, elsewhere):  # ("A. T. Novel in …": the author first, bibliographic order)
            title, author = author, parts[0].strip(" *_")
        if title and (book is None or book.title.casefold() == title.casefold()):
            return Book(title=title, author=author, source="record")
    return None


def _labelled(text: str) -> bool:
    """Every fragment of the record is labelled (_values), split by middle dots or full stops."""
    return any(len(raw) > 1 and _values(raw) is not raw for raw in (_DOTS.split(text), _SPLIT.split(text)))


def _labelled_pick(title: str, names: list[str], elsewhere: str) -> tuple[str, list[str]]:
    """A labelled record's title and name parts, its labels gone: a person's field gives the name in full, so a full
    name goes before a one-word value (a house's, a series': "T · House: Word · Writer: Given Surname"); a record that
    opens on the writer's field ("Writer: Given Surname · Book: T") has its first value a full name the text calls by
    surname alone and a later value the text names whole, never by its last word alone: that one is the title."""
    names = sorted(names, key=lambda p: len(p.split()) < 2)
    words = title.split()
    if names and 2 <= len(words) <= 4 and _name(title) and not whole_word(elsewhere, title) \
            and whole_word(elsewhere, words[-1]) and whole_word(elsewhere, names[0]) \
            and not whole_word(elsewhere.replace(names[0], " "), names[0].split()[-1]):
        return names[0], [title]
    return title, names


def _spoken_of(credited: tuple[str, str] | None, headline: str, text: str) -> tuple[str, str] | None:
    """`credited` where the headline (in any case: "Zimska Luka" for "Zimska luka") or `text` (the review's other
    lines, as the record spells it: a sentence's "our bookseller" is no "Bookseller") names its title as a word of its
    own."""
    if not credited:
        return None
    title = credited[0]
    return credited if whole_word(text, title) or whole_word(headline.casefold(), title.casefold()) else None


def _name_first(parts: list[str], name: str, elsewhere: str) -> bool:
    """A record in the bibliographic order, author first ("Given Surname. T. Novel in three parts. Series."): its first
    part a full name (two to four capitalised words) whose surname the review says on its own (a case ending perhaps
    glued on: "Surnamea"), the part read as its name one word only (a record gives a person's name in full), and the
    part after that one opening on a kind's word (a novel, stories: a description of the title before it, where the
    "T. A. House." order has its house). (rev-bookworld35: a first part the review names whole is the person it
    speaks of, a biography's subject, "Given Surname. Biographer. Biography.": the record's author is its one word.)"""
    first, at = parts[0].strip(" *_"), parts.index(name) if name in parts else -1
    words = first.split()
    if not 2 <= len(words) <= 4 or not _name(first) or len(name.split()) != 1 or at != 1 or len(parts) < 3 \
            or whole_word(elsewhere, first):
        return False
    kind = parts[2].split()[0].strip(" ,:;").casefold()
    return kind in MORE_KINDS and surname_again(words[-1], elsewhere.replace(first, " "))
