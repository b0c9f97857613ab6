"""The book a list's heading or item names ("### T – A", "1. **T, A**: …"): how a round-up, a thread or a wrap-up
sets off each book it lists, read by the classifier's layout counts (classify.body_signals); a numbered list's works
(``numbered_works``: "work – maker" pairs, "work <by> maker" with one joining word, a bold "maker: work" head, or each
item opening on its quoted title)."""

from __future__ import annotations

import re

from .book import BY_RECORD, Context
from .bookheadline import from_title


# (compiled once: every heading and list item of a page is read)
_ITALICS = re.compile(r"(?<![*\w])[*_]([^*_]{2,120})[*_](?![*\w])")
_ITEM_MARKS, _HEADING_MARKS = re.compile(r"^(?:[-*+]|\d+[.)]|#+)\s+|\*\*"), re.compile(r"^(?:#+\s+)?(?:\d+[.)]\s+)?|\*\*")
# (what follows the bold up to the first stop: after a comma, a dash, or the language's word for "by", "**T** av A — …")
_BOLD_SPAN = re.compile(rf"^(?:[-*+]|\d+[.)]|#+)?\s*\*\*(?:\d+[.)]\s+)?([^*]{{3,150}})\*\*((?:,|\s[-–—]|\s{BY_RECORD}(?=\s))[^.:;*]{{3,60}})?")
_BRACKETED_AFTER, _HEADING_NUMBER = re.compile(r"(.+?)\s*(\([^()]{3,60}\))"), re.compile(r"^#+\s+(?:\d+[.)]\s+)?")


def listed_book(line: str):
    """The book a heading or list item names; the heading or a bold span opening the item is set off as one
    unit ("### Das Haus am Deich – Frauke Brandes", "1. **Title, Author**: …"), italics read as quotes."""
    text = _ITALICS.sub(r"“\1”", line)  # *Title* → “Title”
    bare = _ITEM_MARKS.sub("", text)
    # (the item without its heading marks or its number: often the same text as `bare`, whose reading, None, is not asked again)
    book = from_title(bare) or (from_title(whole) if (whole := _HEADING_MARKS.sub("", text)) != bare else None)
    # the bold span and what follows it up to the first stop: "**Tidewater**, Rosa de la Cruz. Grief and …"; its number
    # may stand inside the bold, and its title in italics inside it ("**3. *Tidewater* – Rosa de la Cruz.** Grief …")
    span = _BOLD_SPAN.search(text)
    # (its author in brackets after the title stays outside the quotes, and nothing after the bold is the author's:
    # "**Tidewater (Rosa de la Cruz)** — grief and …")
    bracket = span and _BRACKETED_AFTER.fullmatch(span.group(1))
    bold = span and (span.group(1) if "“" in span.group(1) or re.search(_TITLE_QUOTED, span.group(1)) else f"“{bracket.group(1)}” {bracket.group(2)}" if bracket
                     else "“" + span.group(1) + "”")
    unit = (bold + ("" if bracket else span.group(2) or "")) if span else (
        _HEADING_NUMBER.sub("", line) if line.startswith("#") else None)
    if not (book and book.author) and unit:
        book = from_title(unit, Context(unit))
    if not (book and book.author) and not line.startswith("#"):
        # (a plain item opening on its maker and its quoted title before the item's first stop, either way round: "-
        # Jane Austen, “Emma”. Our best-seller …", "1. «Лавр», Евгений Водолазкин — …": a bookshop's or a newsletter's list)
        # (... after a numbered label of its own, "Week 3. A, “T”", "Session 2: …", and with the work's year in
        # brackets after it, "A, “T” (1855)": a syllabus's or a reading order's items)
        opening = _MAKER_TITLE.match(bare) or _MAKER_TITLE.match(_LABEL.sub("", bare, count=1))
        if opening:
            book = from_title(opening.group(1), Context(opening.group(1)))
    return book


# a name of two to four capitalised words and a title in quotes (italics already turned to “ ”), a comma or a dash
# between them or none (after the name), closed by the item's first stop, a colon, a dash or its end
_NAME = r"[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){1,3}"
_TITLE_QUOTED = r"(?:«[^«»]{2,120}»|“[^“”]{2,120}”|„[^„“”]{2,120}[“”]|\"[^\"]{2,120}\")"
_MAKER_TITLE = re.compile(rf"((?:{_NAME}\s*(?:,|\s[–—-])?\s*{_TITLE_QUOTED}|{_TITLE_QUOTED}\s*(?:,|\s[–—-])\s*{_NAME}))"
                          r"(?:\s*\((?:1[5-9]|20)\d\d\))?(?=\s*(?:[.:;!?–—-]|$))")
# an item's own label: one to three words holding a number (a week's, a session's, a day's, any script's digits) and
# closed by a full stop or a colon, "Weeks 1–2.", "Session 4:", "Tag 3.", before the item's words
_LABEL = re.compile(r"^(?=[^.:：\n]{0,24}\d)(?:[^\W_]+[\s–—-]*){1,3}[.:：]\s+")


# A numbered heading or item ("### 3. T – A", "2) T — A", with any script's digits: "### ३. …", "٣. …") whose words
# after the number are two short parts on either side of a spaced dash: a work and its maker, as a list sets them off.
# The number's stop is any script's: the Latin full stop or bracket, the Urdu/Persian "۔", the Devanagari danda "।",
# the Armenian "։", the full-width "．" and the Chinese/Japanese enumeration comma "、".
# (... or a Chinese or Japanese numeral, one to ten, before the enumeration comma: "一、", "三、")
_NUMBERED = re.compile(r"^(?:#+\s*)?(?:\*\*)?(\d{1,2}|[一二三四五六七八九十])\s*(?:(?<=\d)\s*[.)]\s+|[۔।։．、]\s*)(?:\*\*)?(.+?)(?:\*\*)?$")
_CJK_NUMERALS = "一二三四五六七八九十"
_PAIR = re.compile(r"^([^–—\-:]{1,80}?)\s+[–—-]\s+([^–—\-:]{1,60})$")
_COMMA_PAIR = re.compile(r"^([^,–—:;.!?]{2,80}),\s+([^,–—:;.!?]{2,80})$")


def numbered_works(lines: list[str]) -> dict[str, bool]:
    """The works a list names in numbered headings or items that run in sequence from 1 (three at least), each a
    short "work – maker" pair (one to six words a side), whatever the script: {work: is a heading}. A book
    whose maker the title rules cannot read in its script is listed so still. A review's numbered sections ("## 1.
    The plot", "## 2. Style – too plain") do not pair a work and a maker in every heading. A pair set off by a comma,
    either way round ("### 2. Maker Name, Work", "3. Work, Maker Name"), counts when one side is a name of two to four
    capitalised words and the comma is the heading's only one. So do an item whose bold head is "Maker Name: Work"
    (_bold_colon) and "Work <by> Maker Name" in any language's word for "by", the same word in every item (_joined),
    vouched like the comma pairs."""
    found, commas, joiners = [], [], set()
    for line in lines:
        numbered = _NUMBERED.match(line.strip())
        item = numbered and numbered.group(2).strip()
        parts = numbered and (_pair(item) or _quoted_work(item) or _unread(line, _bold_colon(item) or _joined(item)))
        if numbered and _number(numbered.group(1)) == len(found) + 1 and parts:
            found.append((parts[0].strip().strip("*_“”\"«»").casefold(), line.lstrip().startswith("#")))
            if len(parts) > 2:
                commas.append(parts[:3])
            if len(parts) > 3:
                joiners.add(parts[3])
        elif numbered and (found or not line.lstrip().startswith("#")):
            break  # (a post's numbered section headings before the list, "## 一、…", "## 2. …", count apart from its items)
    # (a list joins every work to its maker with the same word; a review's sections do not: "1. Life in Old Rome",
    # "2. A Guide to Roman Baths")
    if commas and not _vouched(commas, lines) or len(joiners) > 1:
        return {}
    return dict(found) if len(found) >= 3 else {}


# an item that opens on its work's title in quotes of any script, then a comma (any script's) and its maker's name:
# "1. «T»، A – 142 points.", "2. “T”, A: …", "3. 『T』、A": a list names its works so in any language. A colon or a bold's
# end after the quote is how a review of one collection walks through its stories ("1. “Story”: the best one"), and
# a quote that closes a sentence, or runs on as one ("“Never,” she said"), is no title
_QUOTED_WORK = re.compile(r"^\s*(?:«([^«»\n]{1,80})»|“([^“”\n]{1,80})”|„([^„“\n]{1,80})[“”]|『([^』\n]{1,60})』|"
                          r"《([^》\n]{1,60})》)\s*[,،、，]\s*(?P<maker>[^\W\d_])")


def _number(figure: str) -> int:
    return _CJK_NUMERALS.index(figure) + 1 if figure in _CJK_NUMERALS else int(figure)


# ... or, in Chinese, the maker's name (two to six letters, no space) before the work in its book-title marks 《》, then
# a colon or a comma: "2. 甘耀明《殺鬼》：…", "三、胡淑雯《太陽的血是黑的》，…" (《》 mark a book's title, nothing else)
_MAKER_BOOK = re.compile(r"^\s*([^\W\d_]{2,6})\s*《([^》\n]{1,60})》\s*[：:，,、]")


def _quoted_work(text: str) -> tuple[str, str] | None:
    """(work, "") of a numbered item opening on a quoted title and its maker's name after a comma (see _QUOTED_WORK),
    the title of one to eight words, the name's first letter no lower-case one ("«T», the best one" runs on)."""
    match = _QUOTED_WORK.match(text)
    if not match and (book := _MAKER_BOOK.match(text)):
        return book.group(2).strip(), ""
    if not match or match.group("maker").islower():
        return None
    work = next(g for g in match.groups() if g).strip()
    return (work, "") if len(work.split()) <= 8 and not re.search(r"[.!?,،…]$", work) else None


# "Maker Name: Work" set in bold as the item's head, a comment after it ("2. **Name Name: Title** – a remark"): the
# maker first, as Hungarian, German and Polish lists set them
_BOLD_COLON = re.compile(r"^([^*:：]{3,60}?)\s*[:：]\s+([^*:：]{1,80}?)\s*\*\*(?:\s|$|[,.;–—-])")
# "Work <by> Maker Name" closing the item: the language's word for "by" (book.BY_RECORD's: en by, de von, fr par,
# es/pt por, it di/da, nl door, sv/nb av, da af, pl/cs od, id oleh; and tl ni, cy gan, sq nga, gd/ga le, el του/της),
# the maker two to four capitalised words or initials, the last a name of three letters or more ("Lucy meets George
# Emerson", "Lunch with Lady Bruton" join no work to its maker)
_JOINED = re.compile(rf"^(.{{2,80}}?)\s+({BY_RECORD}|ni|gan|nga|le|του|της)\s+"
                     r"((?:[A-ZÀ-Þ][\w'’-]*\.?\s+){1,3}[A-ZÀ-Þ][\w'’-]{2,})\.?$")


def _unread(line: str, parts: tuple | None) -> tuple | None:
    """The new shapes only where the title rules cannot read the item (a "by" they do not know, a maker first): an
    item they read is the layout counts' already (classify.body_signals), not to be counted twice."""
    if parts is None:
        return None
    book = listed_book(line)
    return None if book and book.author else parts


def _bold_colon(text: str) -> tuple | None:
    """(work, maker, True) of a numbered item whose bold head is "Maker Name: Work" (the maker a name of two to
    four capitalised words, the work one to six words opening on a capital or a quote): vouched like a comma pair."""
    match = _BOLD_COLON.match(text)
    if not match:
        return None
    maker, work = (part.strip() for part in match.groups())
    if 2 <= len(maker.split()) <= 4 and _named(maker) and 1 <= len(work.split()) <= 6 \
            and work[:1] in "“\"«„" + work[:1].upper():
        return work, maker, True
    return None


def _joined(text: str) -> tuple | None:
    """(work, maker, False, joiner) of a numbered item "Work by Maker Name" in any language's word for "by" (the same
    word joins every item of a list: numbered_works asks), vouched like a comma pair."""
    match = _JOINED.match(text.strip("*_ "))
    if not match or not 1 <= len(match.group(1).split()) <= 8 or match.group(1)[-1] in ",:;":
        return None
    return match.group(1), match.group(3), False, match.group(2).casefold()


def _vouched(commas: list[tuple], lines: list[str]) -> bool:
    """Comma pairs are a list's "maker, work" when each is vouched for: the work quoted or set in italics, or the
    maker's last name named again in another line; else the maker stands on one side in every item and none of its
    capitalised words is an ordinary word of the text, found lower-cased in it (a particle, "de la", is lower-cased in
    the name too). A review's title-case section headings ("1. World Building, Done Right", "2. Characters, Flawed But
    Human", "3. The Ending, Too Rushed") are not a list's pairs."""
    text = "\n".join(lines)
    lowered = {word for word in re.findall(r"[^\W\d_]+", text) if word[:1].islower()}
    sides = {first for _work, _maker, first in commas}
    for work, maker, _first in commas:
        if work.strip()[:1] in "“\"«„*_" or len(re.findall(rf"(?<!\w){re.escape(maker.split()[-1])}(?!\w)", text)) >= 2:
            continue
        if len(sides) > 1 or any(word.lower() in lowered for word in maker.split() if word[:1].isupper()):
            return False
    return True


def _named(maker: str) -> bool:
    """A maker in a cased script is a name: each word capitalised, but for short particles ("von", "de la")."""
    words = maker.split()
    return bool(words) and not re.search(r"\d", maker) and words[0][:1] == words[0][:1].upper() \
        and all(word[:1] == word[:1].upper() or len(word) <= 3 for word in words)


def _pair(text: str) -> tuple | None:
    """(work, maker) of a numbered line: "work – maker", or a comma pair with a name on one side (work, maker, the
    maker first)."""
    pair = _PAIR.match(text)
    if pair:
        return pair.groups() if _named(pair.group(2)) and all(1 <= len(p.split()) <= 6 for p in pair.groups()) else None
    comma = _COMMA_PAIR.match(text) if "," in text else None
    if not comma or not all(1 <= len(p.split()) <= 6 for p in comma.groups()):
        return None
    first, second = comma.groups()
    for work, maker in ((second, first), (first, second)):  # (the maker first, as a canon list sets it, or last)
        if 2 <= len(maker.split()) <= 4 and _named(maker) and (work[:1].isupper() or work[:1] in "“\"«„*_"):
            return work, maker, maker is first
    return None
