"""Labelled fields: "Title: T" and "Author: A" pairs in a post's lines, definition lists and tables (for ``bookbiblio``).

``field_pairs`` reads every label/value pair ("Label: value" lines, several on one line set apart by bars or dashes,
the bracketed labels of Japanese and Chinese info boxes "【書名】T", a table's header row over its values);
``labelled_fields`` gives the title and the author they name, an author label beating a name read out of the title's
value (a record's one-word author, a pen name, only beside a title label: ``bookpenname.record_pen_name``);
``has_labels`` says cheaply whether a text holds a title or author label at all.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .book import Context, leading_author, clean_title
from .bookheadline import from_title
from .bookinfo import AUTHOR_LABEL, TITLE_LABEL, drop_remarks, is_remark
from .labeldash import dash_record
from .booklabelhead import signed
from .bookfirstrow import first_row, headed_rows, stacked_rows
from .booktitles import cjk_bracketed, cjk_name
from .bookcaselessname import caseless_name
from .casefold import fold, guarded, last_chars
from .bookcatalogname import filed_name
from .bookinvertedtitle import filed_author
from .bookpenname import record_pen_name

_LABEL_END = re.compile(rf"(?:{TITLE_LABEL}|{AUTHOR_LABEL})\s*[:：】］៖՝]$", re.I)
# (casefold.Guarded: its words looked for first; last_chars: what a label ends with, folded)
_LABEL_END, _LABEL_LAST = guarded(_LABEL_END), last_chars(f"(?:{TITLE_LABEL}|{AUTHOR_LABEL})")


def has_labels(text: str) -> bool:
    """Some colon (or a closing label bracket: "【著者】") in the text follows a title or author label (checked one by
    one: a scan of the whole text is slow; only where the letter before the colon and its spaces may end a label)."""
    return any(
        (_LABEL_LAST is None or fold(window[:-1].rstrip()[-1:]) in _LABEL_LAST) and _LABEL_END.search(window)
        for m in re.finditer("[:：】］៖՝]", text)
        if (window := text[max(0, m.start() - 20) : m.end()])
    )


# "Title: value" (Khmer's colon "៖" and the Armenian label mark "՝" too), and the bracketed label of Japanese and Chinese info boxes: "【書名】value", "［著者］value"
_FIELD = re.compile(
    rf"^\s*(?:(?P<label>{TITLE_LABEL}|{AUTHOR_LABEL})\s*[:：៖՝]|[【［\[〔]\s*(?P<bracketed>{TITLE_LABEL}|{AUTHOR_LABEL})\s*[】］\]〕]\s*[:：]?)"
    r"\s*(?P<value>\S.{0,150})$",
    re.I,
)
# (or a spaced dash before the next label of a word or two: "T — Author: A")
_FIELD_SEPARATOR = re.compile(r"\s+[|·•｜/]\s+|\s+[—–]\s+(?=[^\W\d_a-zß-ÿ][^:：—–\s]*(?:\s[^:：—–\s]+)?\s*[:：])")


def field_pairs(lines: list[str], root: HtmlElement | None) -> list[tuple[str, str]]:
    """Label/value pairs: "Label: value" lines, definition lists, table rows and a header row over values."""
    pairs: list[tuple[str, str]] = []
    # (a table's row as the text writes it, "| 书名：T |", "| Title: T | Author: A |": each cell a line of its own)
    lines = [
        cell.strip()
        for line in lines
        for cell in (line.strip(" |").split("|") if line[:1] == "|" and line.rstrip()[-1:] == "|" else [line])
    ]
    # (several fields on one line, "Book: T | Author: A | Pages: 380", are read one part at a time)
    for part in (
        p
        for line in lines
        for p in (_FIELD_SEPARATOR.split(line) if line.count(":") + line.count("：") > 1 else [line])
    ):
        match = _FIELD.match(part)
        if match:
            pairs.append((match.group("label") or match.group("bracketed"), match.group("value")))
    # (bookfirstrow: "Kniha: T · Autor: A · Strany: 152", the first row's label not read)
    pairs += first_row(lines) or headed_rows(lines, root) or stacked_rows(lines)
    if root is not None:
        for label in root.xpath(".//dt | .//tr[td]/*[1][self::th or self::td]"):
            value = label.getnext()
            if value is not None:
                pairs.append((label.text_content().strip().rstrip(":："), value.text_content().strip()))
        for row in root.xpath(".//tr[th and not(td) and following-sibling::tr]"):  # a header row over a row of values
            values = row.getnext().xpath("./td | ./th")
            pairs += [
                (th.text_content().strip(), td.text_content().strip()) for th, td in zip(row.xpath("./th"), values)
            ]
    return pairs


def labelled_fields(pairs: list[tuple[str, str]], text: str | None = None) -> tuple[str | None, str | None]:
    """Title and author from labelled lines; an author label beats a name read out of the title's value
    ("书名：《T》（全三部）" beside "作者：A": the bracket is a remark, the author is the labelled one). `text`, the
    post's: a one-word author the text names again (``bookpenname.record_pen_name``)."""
    pairs = [(label.strip(), re.sub(r"\s+", " ", value).strip()) for label, value in pairs]
    # ("Family, Given, dates": bookcatalogname; "Family, Given" the text calls "Family": bookinvertedtitle)
    author = next(
        (
            a
            for label, value in pairs
            if re.fullmatch(AUTHOR_LABEL, label, re.I)
            for a in [filed_name(value) or filed_author(value, text) or leading_author(value) or cjk_name(value)
                      or caseless_name(value)]
            if a and not is_remark(a)
        ),
        None,
    )
    titled = any(re.fullmatch(TITLE_LABEL, label, re.I) for label, _ in pairs)
    if author is None and titled:  # "Title | T" over "Author | Nescio": a pen name, one word (bookpenname)
        author = next((a for label, value in pairs if re.fullmatch(AUTHOR_LABEL, label, re.I)
                       for a in [record_pen_name(value, text)] if a), None)
    if author and not titled and signed(author, pairs):
        return None, None  # "Author: A, head librarian": a post's byline and its writer's role, no book's author
    for label, value in pairs:
        if re.fullmatch(TITLE_LABEL, label, re.I):
            value = drop_remarks(value)
            # ("Book: T — A, House", A named again: labeldash; its house after the comma is no author)
            if not author and (dashed := dash_record(f"{label}: {value}", (text or "").replace(value, " "))):
                return dashed
            inline = None if author else from_title(value, Context(value))  # "Book: Title, Author (2014)"
            if inline and inline.author and not is_remark(inline.author):
                return inline.title, inline.author
            return clean_title(cjk_bracketed(value) or value), author
    return None, author
