"""A library catalogue's record page, read from the page as it came: the book's record as label-value rows, a table of
its copies (one row a copy: the library, the shelf mark, the status), and no prose of the page's own beyond a summary or
a note (the publisher's blurb, an opening-hours line). A record, not a review: an OPAC (AbsysNet, Pergamum, Koha,
Aleph, Sierra …) shows every book so.

Structural only, in any language: the record is five or more rows of two cells (a short label, a short value), the
copies table a header of three or more cells over two or more rows of as many short cells, and the page's prose (its
blocks of twelve words or more, outside the tables and the page's navigation) under 150 words, none of it in a box
classed as a review or a comment (a reader's review under a record is a review: recordreview.py, cataloguehead.py).

Or a catalogue's title page whose one reader's note is shorter than the record's own words (``noted_record``): one h1
(or, with no h1, one h2),
three or more label rows of the record ("Publisher: …", "ISBN: …", a two-cell row), the page's prose outside the readers'
area a summary (under 150 words, with no score in it), and the prose inside that area (a box classed as a review,
"reader-reviews", "lezersrecensie", "rezension"; a box named "comments" only beside a table of the library's copies, an OPAC's, not a blog's comments) one
short note (six words or more: a buyer's line counts), under 60 words and fewer than the
record's own: a member's line with their stars under a record is the record's, no review of the page (the reviews kept
as a record page's content are longer than its summary: recordreview.py, readerreview.py).

``holdings_record(tree)`` gives a reason a person can check, or None. Pure: the tree is only read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml.html import HtmlElement

from .nodes import class_of, id_of
from .words import count_words

_AWAY_TAGS = {"nav", "header", "footer", "aside", "script", "style", "noscript", "table", "select", "button"}
_BLOCK_TAGS = {"p", "div", "li", "dd", "blockquote", "section", "article", "td"}
# a box for readers' reviews or comments, by its class or id (the engines' English and Romance names)
REVIEW_BOX = re.compile(r"review|comment|coment|opinion|opini[aã]o|critic|rese[nñ]|avalia|recens|rezens|bewert|(?:^|[\s_-])avis(?:$|[\s_-])", re.I)  # (avis, not aviso: a notice)


def _cells(row: HtmlElement) -> list[HtmlElement]:
    return [cell for cell in row if cell.tag in ("td", "th")]


def _words(el: HtmlElement) -> int:
    return count_words(el.text_content() or "")


# a record's field of prose: a summary's or a note's value runs longer than a field's, under its label cell (a <th>,
# or a label ending on its colon, "Summary:", "Résumé :", "Inhalt:"): Evergreen's and Koha's record tables set so
_FIELD_PROSE = 80


def _record_rows(table: HtmlElement) -> int:
    """Rows of two cells: a label of at most four words, a value of at most twenty; and, beside three such rows or
    more, the record's one value of prose (at most _FIELD_PROSE words, in no first person) under a label cell (a <th>,
    or a label ending on a colon): its summary. Several (a plot's, the characters', a verdict) are a review's table."""
    rows, fields = 0, []
    for row in table.iter("tr"):
        cells = _cells(row)
        if len(cells) != 2 or not 1 <= _words(cells[0]) <= 4:
            continue
        words = _words(cells[1])
        if 1 <= words <= 20:
            rows += 1
        elif words <= _FIELD_PROSE and (cells[0].tag == "th" or _LABEL_END.search(cells[0].text_content().strip())):
            fields.append(cells[1])
    return rows + 1 if rows >= 3 and len(fields) == 1 and not _in_own_voice(fields[0]) else rows


def _in_own_voice(cell: HtmlElement) -> bool:
    """A field of prose told in the first person: a reviewer's verdict set in a table, no record's summary."""
    from .reviewed import FIRST_PERSON  # (reviewed reads modules that read this one)
    text = cell.text_content()
    return FIRST_PERSON.search(text) is not None or _OWN_VOICE.search(text) is not None


# (beside reviewed.FIRST_PERSON: the object's and the plural's forms, "me encantó", "mi piace", "we loved", "wir")
_OWN_VOICE = re.compile(r"(?<!\w)(?:me|mi|we|our|wir|uns|nous|nosotros|noi|wij|ons)(?!\w)", re.I)


def _copies_table(table: HtmlElement) -> bool:
    """A header of three cells or more over two rows or more of as many short cells (eight words at most each)."""
    rows = [row for row in table.iter("tr") if _cells(row)]
    if len(rows) < 3:
        return False
    head = _cells(rows[0])
    if len(head) < 3 or any(cell.tag != "th" for cell in head):
        return False
    body = rows[1:]
    return all(len(_cells(row)) == len(head) and all(_words(cell) <= 8 for cell in _cells(row)) for row in body)


def _away(el: HtmlElement) -> bool:
    return any(anc.tag in _AWAY_TAGS for anc in el.iterancestors())


def _prose(tree: HtmlElement) -> tuple[int, bool]:
    """(words of the page's prose blocks outside tables and navigation, whether one lies in a review or comment box)"""
    total, boxed = 0, False
    for el in tree.iter(*_BLOCK_TAGS):
        if el.tag in _AWAY_TAGS or _away(el) or any(inner.tag in _BLOCK_TAGS for inner in el.iterdescendants()):
            continue
        # (its own text, not a table's inside it; a block mostly of links is a menu or a list of other records)
        words = _words(el) - sum(_words(table) for table in el.iter("table"))
        links = sum(_words(link) for link in el.iter("a"))
        if words < 12 or links * 2 >= words:
            continue
        total += words
        if any(REVIEW_BOX.search(f"{class_of(anc) or ''} {id_of(anc) or ''}") for anc in [el, *el.iterancestors()]):
            boxed = True
    return total, boxed


def holdings_record(tree: HtmlElement, named: list | None = None) -> str | None:
    """Why the page is a library catalogue's record and no review, or None (its copies table, or its one short
    reader's note: noted_record; `named`: reviewbox.box_named(tree), if read)."""
    return _copies_record(tree) or noted_record(tree, named)


def _copies_record(tree: HtmlElement) -> str | None:
    tables = list(tree.iter("table"))
    if len(tables) < 2:
        return None
    record = any(_record_rows(table) >= 5 for table in tables)
    if not record or not any(_copies_table(table) for table in tables):
        return None
    words, boxed = _prose(tree)
    if boxed or words >= 150:
        return None
    return ("a library catalogue's record: its label-value rows, a table of its copies and no prose of its own beyond "
            f"{words} words of summary or notes: a record, no review")


# a readers' area as catalogues class it, of reviewbox.box_named's words (not "comment": a blog's comments sit under a
# post's own text; not "rating": a star widget)
_READER_BOX = re.compile(r"review|recens|rezens|bewertung|otzyv|opinion", re.I)
# "Uitgever: …", "ISBN: …", "Verlag: …", and a standard number's form: "ISBN-13: …", "EAN 13: …", "ISBN-10: …"
_LABEL_ROW = re.compile(r"^[^\W\d_][^\W\d_'’ -]{0,24}(?:[\s-]1[03])?\s*[:：]\s*\S")
_ROW_TAGS = ("li", "p", "dd", "div", "dt", "span")
# a label cell's whole text: "Publisher:", "ISBN-13:", "Éditeur :"
_LABEL_END = re.compile(r"^[^\W\d_][^:：]{0,30}[:：]$")
NOTE_WORDS = 60
_NOTE_FLOOR = 6  # words: a reader's line under a record, its shortest sentence of judgement (a name, a date: fewer)
# the box of the post's own writer: "my-review", "myreview", "own-review", "mi-resena", "meine-meinung"
_OWN_BOX = re.compile(r"(?:^|[\s_-])(?:my|own|mi|mon|ma|mein|meine|mijn|min|mia|mio|minha|meu)(?:[\s_-]?(?:review|opinion|verdict|thoughts|take|rese|recens|rezens|meinung|avis|opini))", re.I)
# a catalogue's own row: the ISBN, the shelf mark or call number, the copies and their status (en de nl es pt fr it
# ca pl cs sv da nb fi ru)
_CATALOGUE_LABEL = re.compile(
    r"^(?:isbn|issn|ean|shelf\s*mark|call\s*(?:number|no)|classmark|availability|holdings|copies|"
    r"signatur|standort|verfügbarkeit|exemplare|plaatsingscode|signatuur|beschikbaarheid|exemplaren|"
    r"signatura|ubicación|disponibilidad|ejemplares|localização|disponibilidade|exemplares|cote|localisation|"
    r"disponibilité|exemplaires|collocazione|disponibilità|copie|sygnatura|lokalizacja|dostępność|egzemplarze|"
    r"umístění|dostupnost|hyllplats|hylla|placering|tillgänglighet|hyldeplacering|hylleplass|hyllypaikka|luokka|"
    r"шифр|расстановочный\s+шифр|местонахождение|наличие|экземпляры)(?:[\s-]1[03])?\s*[:：]", re.I)
RECORD_ROWS = 3
_SEPARATED = re.compile(r"\s[·|•]\s")  # (a line's parts set side by side: an average, then a control's label)


@lru_cache(maxsize=8192)  # (a theme repeats its class strings: each value asked once)
def _reader_box(value: str) -> bool:
    return _READER_BOX.search(value) is not None


def _leaf(el: HtmlElement) -> bool:
    return not any(inner.tag in _BLOCK_TAGS for inner in el.iterdescendants())


def _prose_words(el: HtmlElement) -> int:
    """A leaf block's words of prose (outside its tables), 0 when under twelve or mostly links (a menu, a list)."""
    words = _words(el) - sum(_words(table) for table in el.iter("table"))
    return 0 if words < 12 or sum(_words(link) for link in el.iter("a")) * 2 >= words else words


def _note_words(el: HtmlElement) -> int:
    """A leaf block's words in a readers' box: a buyer's line of a few words is a note too ("Fast delivery, a strange
    and gripping story": the page's own prose counts from twelve, _prose_words), not a name or a date alone."""
    words = _words(el) - sum(_words(table) for table in el.iter("table"))
    if words < 12 and any(ch.isdigit() for ch in el.text_content()):
        return 0  # (a short line with a date in it: the reader's name-and-date line over a note, "Reviewed by A on 2 May")
    return 0 if words < _NOTE_FLOOR or sum(_words(link) for link in el.iter("a")) * 2 >= words else words


def _held(tree: HtmlElement, tables: list[HtmlElement]) -> bool:
    """The page shows a library's copies: a table of them, or a control to borrow or reserve one (lendingpage's
    verbs)."""
    from .lendingpage import lend_control  # (lendingpage reads this module)
    return any(_copies_table(table) for table in tables) or lend_control(tree)


def _paired_label(el: HtmlElement, text: str) -> str | None:
    """A label cell set as its own leaf ("Publisher:") beside its value's (the next sibling, a leaf of a few words): a
    record's row laid out as two divs or a dt and its dd, as catalogue themes set it. Read as "label: value"."""
    if not _LABEL_END.search(text) or count_words(text) > 4:
        return None
    value = el.getnext()
    if value is None or value.tag not in _ROW_TAGS or not _leaf(value) or not 1 <= _words(value) <= 20:
        return None
    return f"{text} {' '.join(value.text_content().split())}"


def noted_record(tree: HtmlElement, named: list | None = None) -> str | None:
    """Why the page is a catalogue's title page whose only reader's words are one short note (see the module's
    docstring), or None. Asked of every page: its readers' boxes first, of the review-named elements (`named`:
    reviewbox.box_named(tree), read once for the page)."""
    if named is None:
        from .reviewbox import box_named  # (reviewbox reads modules that read this one)
        named = box_named(tree)
    boxes = {el for el in named if el.tag not in ("html", "body", "main") and (_reader_box(class_of(el) or "") or _reader_box(id_of(el) or ""))}
    tables = list(tree.iter("table"))
    if not boxes and any(_copies_table(table) for table in tables):
        # (an OPAC names its readers' area "comments", Koha's #comments: on a page that shows a table of the library's
        # copies, a comments box is its readers' and no blog's thread under a post)
        boxes = {el for el in named if el.tag not in ("html", "body", "main")
                 and REVIEW_BOX.search(f"{class_of(el) or ''} {id_of(el) or ''}")}
    if not boxes:
        return None
    heads = list(tree.iter("h1")) or list(tree.iter("h2"))  # (an OPAC sets a record's title in its one h2 when its h1 is none)
    if len(heads) != 1 or _away(heads[0]) or any(a in boxes for a in heads[0].iterancestors()):
        return None
    # the readers' words first (their boxes are small): one short note, or none of this shape
    outer = [box for box in boxes if not any(a in boxes for a in box.iterancestors()) and not _away(box)]
    notes = [sum(_note_words(el) for el in box.iter(*_BLOCK_TAGS) if _leaf(el)) for box in outer]
    note = sum(notes)
    if not 0 < note <= NOTE_WORDS:
        return None
    # (each box against its own note: a staff pick's panel and a patrons' panel each carry a name or a heading)
    if any(_OWN_BOX.search(f"{class_of(box) or ''} {id_of(box) or ''}") or _words(box) <= own_note
           for box, own_note in zip(outer, notes)):
        return None  # (the post's writer's own box, "my-review", or a note with no reader's name, date or stars over it)
    labels = [text for el in tree.iter(*_ROW_TAGS) if not _away(el) and len(text := " ".join(el.text_content().split())) <= 60
              and _leaf(el) and (_LABEL_ROW.match(text) or _paired_label(el, text))]
    if len(labels) + sum(_record_rows(table) for table in tables) < RECORD_ROWS:
        return None
    if not tables and len(outer) < 2 and not any(_CATALOGUE_LABEL.match(text) for text in labels):
        return None  # (no catalogue's evidence: no ISBN or shelf-mark row, no copies table, one box: a blog's book card)
    from .rating import has_score  # (rating reads modules that read this one)
    from .aggregateline import aggregate_line  # ("Average 4.6 of 5 from 212 ratings · Log in to rate": the readers')
    own = 0
    for el in tree.iter(*_BLOCK_TAGS):
        if el.tag in _AWAY_TAGS or _away(el) or not _leaf(el) or any(a in boxes for a in (el, *el.iterancestors())):
            continue
        if words := _prose_words(el):
            text = " ".join(el.text_content().split())
            if has_score(text) and not any(aggregate_line(part) for part in _SEPARATED.split(text)):
                return None  # (the page's own words give a score: its writer's; not its readers' average and count)
            own += words
    if own >= 150 or note >= own and not _held(tree, tables):
        return None  # (a reader's review longer than the record's words is its content: not on a library's record)
    if note >= own:
        return (f"a library catalogue's record: its rows, its copies to borrow or reserve, and one reader's note of "
                f"{note} words its only prose: a record, no review")
    return (f"a catalogue's title page: its record's rows, {own} words of its own (a summary) and one reader's note of "
            f"{note} words in its readers' area: a record, no review")
