"""A record box of two unlabelled lines: the title alone in bold, then the author, the house and the year set apart by
middle dots, bars or commas ("**T**" / "A · House · 2003"), as a magazine closes a review with the book's card.

No label names either line, in any language, so the shape decides: the two paragraphs are the only ones of their box
(a div or an aside in the post), the first is all bold (its <strong>/<b> holds all its text), short (12 words at most)
and no sentence (no closing stop, question or exclamation mark, no colon); the second opens on a name of two to five
capitalised words, has three parts or more, and ends on a year (1500–2099) or a page count, with no date or time in it
(a byline's "Name · 2 March 2026 · 6 min" is dated). The name's family name is said again in the post outside the box
(a writer's bio box names a person the review never mentions). One such box only. Read with the page's clues before
cleaning (``bookpageclues.page_clues``), since the cleaning takes such boxes out of the text with the other edge boxes.

The Nordic and Central European papers' form of the same box (``colon_record``) names the writer first: "A: *T*" over
"House, year, 312 s." (fi "Johanna X: *T*" / "Otava, 2024, 278 s.", sv "A: *T*" / "Bonniers 2023, 300 s.", de "A: *T*" /
"Verlag, 2022, 280 S."). The first paragraph is a name of two to five capitalised words, a colon and the title all in
italics (its <em>/<i> holds all the text after the colon, 12 words at most, no sentence), the second the same record
line as above (three parts or more, a year or a page count closing it, no date); the name's family name is said again
outside the box. A quotation's source ("A: *T*" over a translator's credit) has no record line; a "Read also: *T*" box no
name before the colon.

Papers that set titles in quotation marks rather than italics write the same box as "A: »T«" (da/de/sv/no), "A: «T»"
(fr/it/es/pt/ru/no), "A: „T“" (de/pl/cs/hu/ro/bg), "A: “T”", "A: 《T》"/"「T」", often under a one- to three-word heading
(a "Facts"/"Fakta"/"Faktaa" label) and over a shorter record line of kind and house ("Roman. Gyldendal.", "Novel. House.":
two to four dot-parted fragments of four words at most, no sentence) when no year is given (``quoted_record``), or,
under such a heading, over the book's kind alone ("Kriminalroman", "Short stories": one to three words, the first
capitalised and the rest in lower case, no figure: no byline's name): the line
is the name, the colon and the quoted title and nothing else; the name's family name is said again outside the box. A
pull quote ("A: »I write about silence«") is a sentence; a "Read also: »T«" line has no name; a box of several such lines
is a list, not one book.

Indian and British papers stack the same card one fact a paragraph (``_stacked``): "**T**" / "A" / "House" / "2012,
pp 232, Rs 495" (/ a rating line). The box holds the bold title, then the name alone (two to five capitalised words),
then two to six more lines of eight words at most, one of them a record line (a year or a page count, and at most one
word in lower case: "Born in Pune in 1956" of a writer's bio box is a sentence), no date; the family name said again
outside the box. A bio box or a "you might also like" box has the same shape: the stacked card's book is the weakest
(``STACKED``), and ``bookbody.find_book`` takes the book the post names by itself before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml.html import HtmlElement

from .book import Book, clean_title, is_name
from .bookrecord import DATE

_PARTS = re.compile(r"\s*[·•|｜]\s*|,\s+|\s+/\s+")
_TAIL = re.compile(r"(?:^|\s)(?:1[5-9]\d\d|20\d\d)\.?$|^\d{2,4}\s*\w{1,8}\.?$")  # a year; "312 pp", "216 tud."
_SENTENCE_END = re.compile(r"[.!?:;]$")


def _text(element: HtmlElement) -> str:
    return re.sub(r"\s+", " ", element.text_content()).strip()


def _record_line(paragraph: HtmlElement) -> bool:
    """"A · House · 2003", "House, reprint 2026, 278 s.": three parts or more, a year or a page count last, no date."""
    record = _text(paragraph)
    parts = [p for p in _PARTS.split(record) if p]
    return len(parts) >= 3 and len(record) <= 160 and not DATE.search(record) and bool(_TAIL.search(parts[-1]))


def _box_parts(line: HtmlElement) -> list[HtmlElement]:
    """The elements of the box (a div, aside or section) that holds ``line``; [] when its parent is no such box."""
    box = line.getparent()
    return [c for c in box if isinstance(c.tag, str)] if box is not None and box.tag in ("div", "aside", "section") else []


def _over_paragraph(post: HtmlElement, tags: tuple[str, ...]) -> Iterator[tuple[HtmlElement, HtmlElement, HtmlElement]]:
    """Each element of `tags` (few on a page: the walk starts from them) alone in a paragraph that opens a box of two
    (``_box_parts``), a paragraph under it: (the element, its paragraph, the paragraph under it)."""
    for element in post.iter(*tags):
        line = element.getparent()
        if line is None or line.tag != "p" or len(line) != 1:
            continue
        parts = _box_parts(line)
        if len(parts) == 2 and parts[0] is line and parts[1].tag == "p":
            yield element, line, parts[1]


def _said_outside(post: HtmlElement, name: str, box: str) -> bool:
    family = name.split()[-1]
    return post.text_content().count(family) - box.count(family) >= 1


def colon_record(post: HtmlElement | None) -> Book | None:
    """(title, author) of the post's one box of an "A: *T*" line over a record line ("House, year, 278 s."); else None."""
    if post is None:
        return None
    found = set()
    for italic, line, under in _over_paragraph(post, ("em", "i")):
        if (italic.tail or "").strip(" .") or ":" not in (line.text or ""):
            continue
        name, _, rest = (line.text or "").strip().partition(":")
        title = _text(italic)
        if rest.strip() or not is_name(name.strip()) or len(name.split()) > 5 or not title or len(title.split()) > 12 \
                or _SENTENCE_END.search(title) or not _record_line(under):
            continue
        name = name.strip()
        if _said_outside(post, name, _text(line) + " " + _text(under)):
            found.add((clean_title(title), name))
    return Book(*found.pop(), source="details") if len(found) == 1 else None


# "A: »T«": a name (no digit, no colon), the colon, the title whole in one pair of quotation marks, nothing else
_QUOTED_LINE = re.compile(r"^\s*([^\W\d_][^:\d]{2,60}?)\s*:\s*(?:»([^»«]{1,90})«|«([^»«]{1,90})»|„([^„“”]{1,90})[“”]|"
                          r"“([^“”]{1,90})”|\"([^\"]{1,90})\"|《([^《》]{1,90})》|「([^「」]{1,90})」)\s*$")
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def _kind_house(paragraph: HtmlElement) -> bool:
    """"Roman. Gyldendal.", "Novel. Faber & Faber.": 8 words at most, two to four dot-parted fragments of four words at
    most, each opened by a capital letter."""
    record = _text(paragraph)
    fragments = [f.strip() for f in record.split(".") if f.strip()]
    return len(record.split()) <= 8 and 2 <= len(fragments) <= 4 and record.endswith(".") \
        and all(len(f.split()) <= 4 and f[:1].isupper() for f in fragments)


def _kind_alone(paragraph: HtmlElement) -> bool:
    """"Kriminalroman", "Short stories.": the book's kind alone, one to three words, the first opened by a capital and
    the others in lower case (a byline, "Reviewed by Kari Berg", names someone), no figure, no colon."""
    words = _text(paragraph).rstrip(".").split()
    return 1 <= len(words) <= 3 and words[0][:1].isupper() and all(w.isalpha() for w in words) \
        and all(w.islower() for w in words[1:]) and any(_book_kind(w) for w in words)


def _book_kind(word: str) -> bool:
    """`word` is a book's kind, or a compound opening or closing on one ("Kriminalroman", "Noveller", "Sachbuch"); a
    piece's kind ("Anmeldelse", "Interview", "Podcast": a link box to another article) is not (rev-book39b)."""
    from .fragmentrecord import MORE_KINDS
    word = word.casefold()
    return any(len(k) >= 4 and (word.startswith(k) or word.endswith(k)) for k in MORE_KINDS)


def quoted_record(post: HtmlElement | None) -> Book | None:
    """(title, author) of the post's one box of an "A: »T«" line (under a short heading or none) over a record line; else
    None."""
    if post is None:
        return None
    found = set()
    for line in post.iter("p"):
        text = line.text
        if len(line) or not text or ":" not in text:  # (cheap: a bare paragraph with a colon)
            continue
        match = _QUOTED_LINE.match(text)
        box = line.getparent()
        if match is None or box is None or box.tag not in ("div", "aside", "section"):
            continue
        parts = [c for c in box if isinstance(c.tag, str)]
        headed = bool(parts) and parts[0].tag in _HEADINGS and len(_text(parts[0]).split()) <= 3
        parts = parts[1:] if headed else parts
        if len(parts) != 2 or parts[0] is not line or parts[1].tag != "p" or (box.text or "").strip():
            continue
        name = match.group(1).strip()
        title = next(g for g in match.groups()[1:] if g).strip()
        if not is_name(name) or len(name.split()) > 5 or len(name.split()) < 2 or len(title.split()) > 12 \
                or _SENTENCE_END.search(title) or not (_record_line(parts[1]) or _kind_house(parts[1]) or headed and _kind_alone(parts[1])):
            continue
        if _said_outside(post, name, _text(box)):
            found.add((clean_title(title), name))
    return Book(*found.pop(), source="details") if len(found) == 1 else None


# a year or a page count ("pp 232", "232 pages", "276 S.") in a stacked card's line; a day's date ("12 March 2026")
_FACT = re.compile(r"(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)|(?<!\w)pp?\.?\s*\d{2,4}(?!\d)|"
                   r"(?<!\d)\d{2,4}\s*(?:pp|p|S|s|pages|Seiten|sider|sidor|stron|stran|oldal|sivua|páginas|pagine|"
                   r"blz|стр|с)\b\.?")
_DAY = re.compile(r"(?<!\d)\d{1,2}\.?\s+[^\W\d_]{3,}\.?,?\s+\d{4}\b|\b[^\W\d_]{3,}\.?\s+\d{1,2},\s+\d{4}\b")


def _among_prose(box: HtmlElement) -> bool:
    """The box sits among two paragraphs of prose or more (twenty words each): in the text of a post, not a sidebar's."""
    parent = box.getparent()
    return parent is not None and sum(1 for c in parent if c.tag == "p" and len(_text(c).split()) >= 20) >= 2


def _stacked(post: HtmlElement, among_prose: bool = False) -> Iterator[tuple[str, str, str]]:
    """(title, name, the box's text) of each box stacking a bold title, the name alone and record lines (module
    note); with `among_prose` (a page with no article nor main, read whole), only a box set among the post's prose."""
    for bold in post.iter("strong", "b"):
        line = bold.getparent()
        box = line.getparent() if line is not None and line.tag == "p" and len(line) == 1 else None
        if box is None or box.tag not in ("div", "aside", "section") or among_prose and not _among_prose(box):
            continue
        parts = [c for c in box if isinstance(c.tag, str)]
        if not 3 <= len(parts) <= 8 or parts[0] is not line or any(p.tag != "p" for p in parts):
            continue
        texts = [_text(p) for p in parts]
        name, rest = _with_writer(texts[1]), texts[2:]
        if len(parts) == 3 and name == texts[1]:
            continue  # (three lines read only with the co-writer's credit: "**T**" / "A" / one line is a related card's)
        if not texts[0] or texts[0] != _text(bold):
            continue  # (the title alone in bold: its whole line)
        if any(len(t.split()) > 8 or DATE.search(t) or _DAY.search(t) for t in texts) \
                or not is_name(name) or not 2 <= len(name.split()) <= 5:
            continue
        if any(_FACT.search(t) and sum(w[:1].islower() for w in t.split()) <= 1 for t in rest):
            yield texts[0], name, " ".join(texts)


# a memoir's co-writer after the name, "A with B" (de "mit", fr "avec", es/it "con", pt "com", nl "met", sv/da/no "med")
_WITH = re.compile(r"\s+(?:with|mit|avec|con|com|met|med)\s+")


def _with_writer(line: str) -> str:
    """The name line of a stacked card, its co-writer's credit after "with" cut off when both sides are names ("A with
    B": a memoir's subject and the writer who helped); the line as it was else."""
    parts = _WITH.split(line, maxsplit=1)
    return parts[0] if len(parts) == 2 and is_name(parts[0]) and is_name(parts[1]) else line


# the source of a stacked card's book (``_stacked``): a box a bio or a "you might also like" box shares the shape of,
# read only where the post's own readers find no book
STACKED = "stacked"


def bold_record(post: HtmlElement | None, page: HtmlElement | None = None) -> Book | None:
    """(title, author) of the post's one box of a bold title over an "A · House · year" line, or over the name and its
    record lines stacked one a paragraph; else None. With no post (no article nor main), the `page`'s one stacked card
    set among paragraphs of prose."""
    if post is None:
        return _stacked_only(page) if page is not None else None
    found = set()
    for title, name, box in _stacked(post):
        if len(title.split()) <= 12 and not _SENTENCE_END.search(title) and _said_outside(post, name, box):
            found.add((clean_title(title), name))
    stacked = set(found)  # (the weakest box: the body's own readers go first, bookbody.find_book)
    for bold, line, under in _over_paragraph(post, ("strong", "b")):
        title = _text(line)
        if not title or title != _text(bold) or len(title.split()) > 12 or _SENTENCE_END.search(title):
            continue
        if not _record_line(under):
            continue
        record = _text(under)
        name = next(p for p in _PARTS.split(record) if p)
        if not is_name(name) or len(name.split()) > 5:
            continue
        if not _said_outside(post, name, record):
            continue  # (the review never names that person: a bio box, a credit)
        found.add((clean_title(title), name))
    source = STACKED if found == stacked else "details"
    return Book(*found.pop(), source=source) if len(found) == 1 else None


def _stacked_only(page: HtmlElement) -> Book | None:
    """The one stacked card of a page with no article nor main, set among its post's prose (``_stacked``)."""
    found = {(clean_title(title), name) for title, name, box in _stacked(page, among_prose=True)
             if len(title.split()) <= 12 and not _SENTENCE_END.search(title) and _said_outside(page, name, box)}
    return Book(*found.pop(), source=STACKED) if len(found) == 1 else None
