"""A shop's product page in any language and script: its one h1 names the product, and the h1's box holds what only a
product has, a button (to buy it, to add it to a cart or a wish list) and a price (a figure beside a currency sign,
any currency: Unicode's category Sc). The words of the button and of the labels are not read (book11)."""

from __future__ import annotations

import re
import unicodedata

from lxml import etree

from .nodes import shown_text

_FIGURE = re.compile(r"\d(?:[\d\s.,'\u00a0\u202f]*\d)?")
# or an element classed a price (or a currency's symbol) holding a figure, whatever the currency is written as ("Rs.",
# "Kč", "zł", "TL": words, not signs)
# (".//*[contains(@class, 'price') or contains(@class, 'Price')][not(self::button)]", asked in Python: ~0.1 ms an XPath)
def _price_classed(box) -> list:
    return [e for e in box.iterdescendants(etree.Element)
            if e.tag != "button" and ("price" in (c := e.get("class") or "") or "Price" in c)]


def h1s(root) -> list:
    """"//body//h1" of the page's root: its h1 elements inside its body, in the page's order (lxml's iteration)."""
    return [h for h in root.iter("h1") if any(a.tag == "body" for a in h.iterancestors())]


def has_button(box) -> bool:
    """"boolean(.//button | .//input[@type='submit' or @type='button'])" (an XPath, ~30 µs a box)."""
    return any(e.tag == "button" or e.get("type") in ("submit", "button") for e in box.iterdescendants("button", "input"))


# Unicode's currency signs (category Sc): a text without one has no price (priced), asked sign by sign (str's own
# search, ~20 µs for a post's box) before the figures are read one by one (~0.15 ms). (Listed for Unicode 14.0, Python
# 3.11's; worked out again for another version.)
_SC_14 = ("$\xa2\xa3\xa4\xa5\u058f\u060b\u07fe\u07ff\u09f2\u09f3\u09fb\u0af1\u0bf9\u0e3f\u17db" + "".join(map(chr, range(0x20a0, 0x20c1)))
          + "\ua838\ufdfc\ufe69\uff04\uffe0\uffe1\uffe5\uffe6\U00011fdd\U00011fde\U00011fdf\U00011fe0\U0001e2ff\U0001ecb0")
CURRENCY_SIGNS = _SC_14 if unicodedata.unidata_version == "14.0.0" else "".join(
    chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Sc")


def priced(text: str) -> bool:
    """A figure with a currency sign right before or after it ("4 800 ֏", "₹ 350", "€12,90")."""
    if not any(sign in text for sign in CURRENCY_SIGNS):
        return False
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
    heads = h1s(root)
    if len(heads) != 1:
        return None
    text = shown_text(heads[0])
    if not text or len(text) > 120 or not any(ch.isalpha() for ch in text):
        return None
    box = heads[0]
    for _ in range(3):
        box = box.getparent()
        if box is None:
            return None
        if has_button(box) and (priced(box.text_content()) or any(_FIGURE.search(p.text_content()) for p in _price_classed(box))):
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
    box = h1s(tree.getroottree().getroot())[0]
    for _ in range(3):
        box = box.getparent()
        if box is None or has_button(box):
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
