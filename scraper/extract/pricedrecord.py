"""A book's imprint line that gives its price instead of its year, as a paper's book page sets it under (or over) a
review: ko "A 지음 | House | 204쪽 | 13,000원", ja "House・256ページ・1980円", de "Verlag, 320 Seiten, 26 Euro",
en "Publisher, 272 pp., $27", pl "Wydawnictwo, 312 s., 49,90 zł", nb "Forlag, 280 sider, 399 kr".

reviewed.work_clues counts a short line of record (a year and a page count) as a mark of one work; a paper's imprint
line often gives no year (the book is this season's) but its price. Read here by shape: a short line cut into three
fields or more by the record's separators (a bar, a middle dot, a slash, a semicolon, a comma or a dash followed by a
space), one field a page count and another a price (a currency's sign or name beside a figure), each of three words at
most. A sentence that speaks of pages and money ("I paid 20 euros for 300 pages") holds both in one clause, or in
longer ones; a shop's card is a product page, which classify has turned away before the marks are read. Cheap on
other lines: a figure and the line's length first.
"""

from __future__ import annotations

import re

from .bookbiblio import PAGES, PAGES_FIRST
from .promo import PRICE

# the record's separators: a bar, a middle dot or bullet, a slash, a semicolon, a comma followed by a space ("13,000" and
# "49,90" are figures), a spaced dash
_FIELDS = re.compile(r"\s*[|｜·・•/;；]\s*|,\s+|、|\s+[–—-]\s+")
_PAGE_FIELD = re.compile(rf"{PAGES}|{PAGES_FIRST}", re.I)
# the currency words promo.PRICE does not read after a figure (euro in words, lv, den, som, tenge, dinar, lek, baht,
# toman, rial, rupee in Urdu and the Indic scripts, taka, ringgit, rupiah, lira) or before it (Rs, Rp, RM, "రూ.", "रु.")
_MORE_PRICE = re.compile(r"\d[\d.,\u00a0 ]*\s?(?:euros?|Euro|лв\.?|ден\.?|сом|сўм|so['’]m|теңге|тг|din\.?|дин\.?|lekë?|บาท|"
                         r"تومان|ریال|روپے|টাকা|TL|kn|రూపాయలు|రూ\.|रुपये|रुपए|रु\.|ರೂಪಾಯಿ|ರೂ\.|രൂപ|ரூபாய்|ரூ\.|"
                         r"રૂપિયા)(?!\w)|"
                         r"(?<!\w)(?:Rs\.?|Rp|RM|రూ\.|रु\.|ರೂ\.|ரூ\.)\s?\d", re.I)


def _price(field: str) -> bool:
    return bool(PRICE.search(field) or _MORE_PRICE.search(field))


def priced_record(lines) -> bool:
    """One line of twenty words or fewer cut into three fields or more, one of them a page count and another a price:
    a book's imprint line with its price."""
    for line in lines:
        if len(line) > 160 or not any(c.isdigit() for c in line) or len(line.split()) > 20:
            continue
        fields = [field for field in _FIELDS.split(line) if field.strip()]
        if len(fields) < 3 or any(len(field.split()) > 6 for field in fields):
            continue
        # (the count and the price each a field of its own, three words at most: "320 Seiten", "26 Euro", "pp. 272";
        # "It costs 26 euros, has 320 pages" is a sentence's clauses)
        pages = [n for n, field in enumerate(fields) if len(field.split()) <= 3 and _PAGE_FIELD.search(field)]
        if pages and any(n not in pages and len(field.split()) <= 3 and _price(field) for n, field in enumerate(fields)):
            return True
    return False
