"""A shop's product page in any language and script: its one h1 names the product, and the h1's box holds what only a
product has, a button (to buy it, to add it to a cart or a wish list) and a price (a figure beside a currency sign,
any currency: Unicode's category Sc). The words of the button and of the labels are not read (book11)."""

from __future__ import annotations

import re
import unicodedata

from lxml import etree

_FIGURE = re.compile(r"\d(?:[\d\s.,'\u00a0\u202f]*\d)?")
# or an element classed a price (or a currency's symbol) holding a figure, whatever the currency is written as ("Rs.",
# "Kč", "zł", "TL": words, not signs)
_PRICE_CLASSED = etree.XPath(".//*[contains(@class, 'price') or contains(@class, 'Price')][not(self::button)]")


def _priced(text: str) -> bool:
    """A figure with a currency sign right before or after it ("4 800 ֏", "₹ 350", "€12,90")."""
    for m in _FIGURE.finditer(text):
        around = text[max(0, m.start() - 2):m.start()].strip() + text[m.end():m.end() + 2].strip()
        if any(unicodedata.category(ch) == "Sc" for ch in around):
            return True
    return False


_LAST: list = [None, None]  # the root last read and its heading: product_author and bookshoprow ask of the same page


def product_heading(tree) -> str | None:
    """The product's name, the page's one h1, when a button and a price stand in its box (up to three levels up)."""
    if tree is None:
        return None
    root = tree.getroottree().getroot()
    if _LAST[0] is not root:
        _LAST[:] = [root, _heading(root)]
    return _LAST[1]


def _heading(root) -> str | None:
    heads = root.xpath("//body//h1")
    if len(heads) != 1:
        return None
    text = " ".join(heads[0].text_content().split())
    if not text or len(text) > 120 or not any(ch.isalpha() for ch in text):
        return None
    box = heads[0]
    for _ in range(3):
        box = box.getparent()
        if box is None:
            return None
        if box.xpath("boolean(.//button | .//input[@type='submit' or @type='button'])") and (
                _priced(box.text_content()) or any(_FIGURE.search(p.text_content()) for p in _PRICE_CLASSED(box))):
            return text
    return None


# a link to an archive of a person's books: "/author/jane-doe", "/autor/…", "/writer/…", "/person/…"
_PERSON_PAGE = re.compile(r"(?i)/(?:authors?|autor(?:es|en)?|auteurs?|writers?|persons?|people|contributors?)(?:/|[?=])")
_LABEL_ROW = re.compile(r"^\s*[^\d:：՝|]{1,30}?\s*[:：՝]\s*$")


def product_author(tree) -> tuple[str, str] | None:
    """A product page's book and author: its h1 (product_heading) and, in the h1's box, one row of a label (its words
    not read, only its colon: ":", "：", Armenian "՝") and a link to a person's archive page whose text is a name."""
    title = product_heading(tree)
    if not title:
        return None
    box = tree.getroottree().getroot().xpath("//body//h1")[0]
    for _ in range(3):
        box = box.getparent()
        if box is None or box.xpath("boolean(.//button | .//input[@type='submit' or @type='button'])"):
            break
    names = set()
    for link in (box.iter("a") if box is not None else ()):
        row, text = link.getparent(), " ".join(link.text_content().split())
        before = (row.text or "") if link.getprevious() is None else (link.getprevious().tail or "")
        if row is None or not _PERSON_PAGE.search(link.get("href") or "") or not _LABEL_ROW.match(before) \
                or (link.tail or "").strip() or not 2 <= len(text.split()) <= 4 or not all(w.isalpha() for w in text.replace("-", "").replace(".", "").split()):
            continue
        names.add(text)
    return (title, names.pop()) if len(names) == 1 and title not in names else None
