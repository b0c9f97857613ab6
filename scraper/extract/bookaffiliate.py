"""The book of a Japanese blog's shop widget, read before cleaning drops it with the other promotion: the one book a
post links to a shop for is the one it reviews.

- ヨメレバ / カエレバ (the widgets most Japanese book blogs use, "posted with ヨメレバ"): a box whose name element
  ("booklink-name", "kaerebalink-name") holds the title and edition, and whose detail element the author (family and
  given name apart), the publisher and the date: "恩田 陸 新潮社 2006年09月07日";
- 楽天ブックス' item name, as its affiliate links give it: "T （imprint） [ Family Given ]";
- Rinker (the other common WordPress shop box, "created by Rinker"): a title element ("yyi-rinker-title") holding the
  item name, "T（上） （imprint）", and a detail element whose "brand" line is, for a book, its author alone;
- はてなブログ's product card (its editor's "商品リンク", an Amazon item by its ASIN): a title element
  ("hatena-asin-detail-title") holding the item name, "T (imprint)", and beside it a list of the item's facts whose
  one row labelled as the author's ("作者:", "著者:") names them, the publisher on a row of its own.

A name written with a space between family and given name is given without it, as the text names the person.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

from .book import Book
from .nodes import class_of, rows

_WIDGET = re.compile(r"(?:^|\s)(?:booklink|kaerebalink)-(name|detail)(?:$|\s)")
# a Japanese name: a family name of one to three kanji, a space, a given name of kanji or hiragana ("森 ひかり"); or a
# foreign name in katakana, its parts joined by a middle dot ("ポール・オースター")
_NAME = r"[\u4e00-\u9fff\u3005]{1,3}\s[\u4e00-\u9fff\u3005\u3040-\u309f]{1,4}|[\u30a0-\u30ff]{2,}(?:・[\u30a0-\u30ff]{2,})+"
# the detail line: the author, then the publisher and a date ("2006年09月07日", "2006-09-07")
_DETAIL = re.compile(rf"^\s*({_NAME})\s+\S+\s+(?:19|20)\d\d(?:年|[-/.])")
_RAKUTEN = re.compile(rf"^\s*(?P<title>[^\[\]（()]{{1,60}}?)\s*(?:[（(][^）)]{{1,40}}[）)]\s*)*\[\s*(?P<name>{_NAME})\s*\]\s*$")
_EDITION = re.compile(r"\s*[（(][^）)]{1,30}[）)]\s*$")
# Rinker's brand line: the author, a name as above or written without the space ("恩田陸"), never a company (a name
# ending in 社, 店, 館, 房, 庫, 版, 堂: a publisher or a shop brand of a non-book item), nor a first author "and others"
# ("浜田 湊 ほか", which the name pattern would read as a given name in hiragana)
_BRAND = re.compile(rf"^\s*(?!.*(?:ほか|など)\s*$)({_NAME}|[\u4e00-\u9fff\u3005]{{2,5}}(?<![社店館房庫版堂]))\s*$")


# はてな's card: the facts' row whose label (an element of its own, "hatena-asin-detail-label") says "author"
_ASIN_LABEL = re.compile(r"^\s*(?:作者|著者|著|作|author|writer)\s*[:：]\s*$", re.I)


def _asin_author(title: HtmlElement) -> str | None:
    """The author's row of the facts list beside a はてな card's title element: its label says author, the rest of the
    row is a name (written with or without the space between family and given name)."""
    for facts in title.itersiblings():
        if "asin-detail-meta" not in (facts.get("class") or ""):
            continue
        for label in facts.iter("span"):
            if "asin-detail-label" in (label.get("class") or "") and _ASIN_LABEL.match(label.text_content()):
                row = label.getparent()
                name = " ".join(row.text_content().split())[len(" ".join(label.text_content().split())):].strip()
                return name if _BRAND.match(name) else None
    return None


def _candidates(tree: HtmlElement) -> list[HtmlElement]:
    """The widgets' name elements and the links whose text holds a "[", in document order: what the XPath
    "//*[contains(@class, 'link-name')] | //a[contains(text(), '[')]" finds and the loop below reads (it found links
    whose first text node is a child's tail too, which the loop passes over), asked by lxml's iteration (the XPath
    ~0.15 ms a page)."""
    root = tree.getroottree().getroot()
    found = rows(root)  # (every node's class, read once for the page's walks: nodes.rows)
    if found is not None:
        return [element for element, cls, _ in found if isinstance(element.tag, str)
                and ("link-name" in (cls or "") or "rinker-title" in (cls or "") or "asin-detail-title" in (cls or "")
                     or element.tag == "a" and "[" in (element.text or ""))]
    return [element for element in root.iter(etree.Element)
            if "link-name" in (class_of(element) or "") or "rinker-title" in (class_of(element) or "")
            or "asin-detail-title" in (class_of(element) or "") or element.tag == "a" and "[" in (element.text or "")]


def _title_of(text: str) -> str:
    """An item name without its trailing volume and imprint brackets: "T（上） （文庫）" -> "T"."""
    text = text.strip()
    while (shorter := _EDITION.sub("", text)) != text:
        text = shorter
    return text


def affiliate_book(tree: HtmlElement) -> Book | None:
    """The one book of the page's ヨメレバ/カエレバ boxes, 楽天ブックス item links, Rinker or はてな cards, or None (none, or
    several)."""
    found = set()
    for element in _candidates(tree):
        match = _WIDGET.search(element.get("class") or "")
        if match and match.group(1) == "name":
            detail = next((e for e in element.itersiblings() if _WIDGET.search(e.get("class") or "")), None)
            name = _DETAIL.match(detail.text_content()) if detail is not None else None
            title = _EDITION.sub("", (element.text or "").strip())
            if name and title:
                found.add((title, name.group(1).replace(" ", "")))
        elif "yyi-rinker-title" in (element.get("class") or "").split():
            item = _RAKUTEN.match(element.text_content())
            brands = [] if item else element.xpath("following-sibling::*[contains(@class, 'rinker-detail')][1]"
                                                   "//*[contains(concat(' ', @class, ' '), ' brand ')]")
            name = _BRAND.match(brands[0].text_content()) if len(brands) == 1 else None
            title = _title_of(element.text_content())
            if name and title:
                found.add((title, name.group(1).replace(" ", "")))
        elif "hatena-asin-detail-title" in (element.get("class") or "").split():
            name, title = _asin_author(element), _title_of(element.text_content())
            if name and title:
                found.add((title, name.replace(" ", "")))
        elif element.tag == "a" and "[" in (element.text or ""):
            item = _RAKUTEN.match(element.text_content())
            if item:
                found.add((item.group("title").strip(), item.group("name").replace(" ", "")))
    return Book(*found.pop(), source="details") if len(found) == 1 else None
