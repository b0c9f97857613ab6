"""A shop's product page (``bookproducthead.product_heading``: one h1 whose box holds a button and a price) names its
book's author in any language and script, without a link to an author's archive page:

- ``labelled_row``: a row of the h1's box whose text is "label: value" parts ("Author: A · Translator: B · Publisher"),
  one part's label an author's (``bookinfo.AUTHOR_LABEL``) and its value a name (capitalised, or of a script
  without capitals);
- ``shop_record``: a catalogue's author link that a class alone marks (bookld's weaker "details" reading), when the
  link stands in the product's own box beside that h1: the product page is the book's record.

The title is the h1, without a bracketed remark (bookinfo.drop_remarks) and without the original's title that a
translation's product name gives in brackets in another script ("ชายชรากับทะเล (The Old Man and the Sea)",
"老人与海（The Old Man and the Sea）").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from .book import REVIEW_PREFIX, Book, is_name
from .bookcaselessname import caseless_name
from .bookinfo import AUTHOR_LABEL, TITLE_LABEL, drop_remarks
from .bookproducthead import product_author, product_heading  # noqa: F401 (product_author: for bookld)
from .tabpanes import is_pane
from .worddates import byline_dated
from .booknameorder import reader_order

_PART_SEPARATOR = re.compile(r"\s+[·•|｜/]\s+|\s*[;；]\s*")
_LABELLED = re.compile(rf"^\s*(?:{AUTHOR_LABEL})\s*[:：]\s*(?P<value>\S.{{0,60}})$", re.I)
_TITLED = re.compile(rf"^\s*(?:{TITLE_LABEL})\s*[:：]\s*(?P<value>\S.{{0,80}})$", re.I)
_ORIGINAL = re.compile(r"^(?P<title>\S.*?)\s*[（(](?P<original>[^（()）]{2,80})[）)]\s*$")


def _scripts(text: str) -> set[str]:
    """The scripts of `text`'s letters (Unicode's name's first word: LATIN, THAI, CJK …)."""
    found = set()
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            found.add("CJK" if name.startswith(("CJK", "HIRAGANA", "KATAKANA")) else name.split(" ")[0])
    return found


def product_title(heading: str) -> str:
    """The product's h1 as the book's title: no edition remark, no original's title in another script in brackets."""
    title = drop_remarks(heading).strip()
    match = _ORIGINAL.match(title)
    if match:
        own, original = _scripts(match.group("title")), _scripts(match.group("original"))
        if own and original and len(own) == 1 and not own & original:
            return match.group("title").strip()
    return title


# a product's box is short: its name, rows, price and buttons (a post's box, its h1 over the text, is long)
_BOX_CHARS = 1200


def _box(h1):
    """The h1's box: up to three levels up, to the first that holds a button (product_heading found one there), or None
    when it holds more text than a product's header does (a blog post with a shop's widget inside it)."""
    box = h1
    for _ in range(3):
        parent = box.getparent()
        if parent is None:
            break
        box = parent
        if box.xpath("boolean(.//button | .//input[@type='submit' or @type='button'])"):
            break
    # (a shop's tab panes, its description and its readers' reviews, are no post's text: "<div class='tab-pane'>")
    panes = [el for el in box.iterdescendants() if isinstance(el.tag, str) and is_pane(el)]
    chars = len(" ".join(box.text_content().split())) - sum(len(" ".join(p.text_content().split())) for p in panes
                                                             if not any(is_pane(a) for a in p.iterancestors()))
    return box if chars <= _BOX_CHARS else None


def labelled_row(tree) -> tuple[str, str] | None:
    """(title, author) of a product page whose h1's box labels the author in a row of text ("Autor: A · …")."""
    heading = product_heading(tree)
    if not heading:
        return None
    box = _box(tree.getroottree().getroot().xpath("//body//h1")[0])
    names, titles = set(), set()
    for element in box.iter() if box is not None else ():
        if not isinstance(element.tag, str) or element.tag in ("h1", "button", "script", "style"):
            continue
        if element.tag in ("dt", "th"):  # a spec list's or table's row: its label cell needs no colon ("<dt>Author</dt><dd>A")
            value = _cell_value(element)
            if value and (is_name(value) or caseless_name(value)) and not byline_dated(box, element):
                names.add(reader_order(value, box))
        for text in (element.text, element.tail if element.getparent() is not None else None):
            if not text or ":" not in text and "：" not in text or len(text) > 200:
                continue
            for part in _PART_SEPARATOR.split(text.strip()):
                match = _LABELLED.match(part)
                value = match.group("value").strip(" .,") if match else ""
                # (not a post's byline: "Author: Ana · 12.03.2026")
                if value and (is_name(value) or caseless_name(value)) and not byline_dated(box, element):
                    names.add(value)
                elif titled := _TITLED.match(part):
                    titles.add(titled.group("value").strip(" .,"))
    # the row labels the title too ("Book: T | Author: A | Publisher: P"): a review's record under a headline, whose h1
    # is the article's, not the book's
    title = titles.pop() if len(titles) == 1 and names else product_title(heading)
    if len(names) != 1 or not title:
        return dashed_heading(tree, heading) if not names else None
    name = names.pop()
    return (title, name) if name != title and name not in heading else None


def _cell_value(label) -> str | None:
    """The value of a spec row whose label cell is an author's ("<dt>Συγγραφέας</dt><dd>A</dd>", "<th>Autor:</th><td>A")."""
    value = label.getnext()
    if len(label) or value is None or value.tag not in ("dd", "td") or not _AUTHOR_CELL.fullmatch(label.text or ""):
        return None
    return " ".join(value.text_content().split()).strip(" .,") or None


_AUTHOR_CELL = re.compile(rf"\s*(?:{AUTHOR_LABEL})\s*[:：]?\s*", re.I)


_LABEL_END = re.compile(r"[:：\-–—|\])፦፥]")
_DASHED = re.compile(r"^(?P<title>\S.{0,80}?)\s+[-–—]\s+(?P<name>[^-–—]{2,60})$")


def dashed_heading(tree, heading: str) -> tuple[str, str] | None:
    """A product's h1 "T - A" whose right part is a name (two or three words, of a script without capitals or
    capitalised) that the page calls by its last word alone more often than whole, as a reader calls an author
    ("… වික්‍රමසිංහ writes …" under "T - මාර්ටින් වික්‍රමසිංහ"; its other books "T2 - A" in a list name it whole)."""
    match = _DASHED.match(heading)
    if not match or _box(tree.getroottree().getroot().xpath("//body//h1")[0]) is None:  # (a product's short box, no post's)
        return None
    title, name = match.group("title").strip(), match.group("name").strip()
    words = name.split()
    if not 2 <= len(words) <= 3 or not (caseless_name(name) or is_name(name)) or caseless_name(title) and is_name(title):
        return None
    body = next(iter(tree.getroottree().getroot().iter("body")), None)
    text = " ".join(" ".join(body.itertext()).split()) if body is not None else ""
    alone = len(re.findall(rf"(?<!\w){re.escape(words[-1])}(?!\w)", text))
    whole = len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text))
    if alone <= whole:
        return None
    # (a review's rubric before the title, "Review: T - A", "पुस्तक परिचय: T — A": the label is no part of the title;
    # only a label a colon, a dash, a bar or a bracket parts from the title: "Critique of Pure Reason" keeps its word)
    label = REVIEW_PREFIX.match(title)
    if label and _LABEL_END.search(label.group()) and title[label.end():].strip():
        title = title[label.end():].strip()
    return product_title(title), name


def shop_record(linked: Book | None, tree) -> Book | None:
    """A class-marked author link read as "details" is the record's when it stands in the box of the product page's h1
    that names its title: the link's book, as the record's (a reader's review under it need name neither)."""
    if linked is None or linked.source != "details" or not linked.author:
        return linked
    heading = product_heading(tree)
    if not heading or linked.title not in (heading, drop_remarks(heading).strip(), product_title(heading)):
        return linked
    box = _box(tree.getroottree().getroot().xpath("//body//h1")[0])
    if box is None or linked.author not in " ".join(box.text_content().split()):
        return linked
    return replace(linked, title=product_title(heading) if linked.title == heading else linked.title, source="record")
