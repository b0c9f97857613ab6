"""A news CMS's record number of the article, printed as a line of its own: "News ID: 58213", "کد خبر: 58213".

News and magazine engines print the article's number in the site's database beside its date, over the headline or
under the text ("Haber No: 20931", "رقم الخبر: 4412", "ID новости: 118", "新闻编号：20261204"). It says nothing of the
book. Its shape, whatever the language:

- the line is a label naming the article or news item and its number, ID or code (``_LABEL``, en, fa, ar, ur, tr,
  es, pt, fr, it, de, nl, pl, ru, uk, id/ms, vi, hi, bn, zh, ja, ko, el, he), a colon, then a number of three digits
  or more, and nothing else;
- it stands among the body's first four lines or its last three.

A review's info lines ("ISBN: …", "Pages: 320") name the book, not the article; a reviewer's sentence that gives a
number has words around it. A shop's item number ("Artikelnummer: 48213", "Artikel-Nr."), a collection's "Story No.
12", a blog's "Post #100" and a law's article ("номер статьи 58") name no news record: those labels are left out.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .nodes import text_of

RULE = "article number"

_LABEL = (
    r"(?:news|article)\s*(?:id|no\.?|number|code|#)|"
    r"(?:کد|شناسه|شماره)\s*(?:خبر|مطلب|مقاله)|(?:رقم|معرف|كود)\s*(?:الخبر|المقال|المقالة)|خبر\s*(?:نمبر|کوڈ)|"
    r"(?:haber|makale|yazı)\s*(?:no|kodu|numarası|id)|"
    r"(?:id|c[oó]digo|n[úu]mero)\s+(?:de\s+la|del|da|do)\s+(?:noticia|notícia|nota|mat[ée]ria|art[íi]culo|artigo)|"
    r"(?:id|num[ée]ro)\s+de\s+l['’]article|(?:id|codice)\s+(?:dell['’])?articolo|"
    r"(?:artikel|beitrags?)[\s-]*id|(?:beitrags?|nachrichten|bericht)[\s-]*(?:nr\.?|nummer)|(?:id|nr\.?)\s+artyku[łl]u|"
    r"id\s+(?:новости|статьи|новини|статті|публикации)|(?:номер|код)\s+(?:новости|новини|публикации)|"
    r"(?:id|kode|no\.?)\s+(?:berita|artikel)|m[ãa]\s+(?:tin|b[àa]i(?:\s+vi[ếe]t)?)|"
    r"(?:समाचार|खबर|ख़बर|लेख)\s*(?:आईडी|संख्या|कोड)|(?:সংবাদ|খবর)\s*(?:আইডি|নম্বর)|"
    r"(?:新闻|新聞|文章|稿件)(?:编号|編號|ID)|記事(?:番号|ID)|기사\s*(?:번호|ID)|κωδικός\s+(?:άρθρου|είδησης)|"
    r"(?:מספר|מזהה)\s+(?:כתבה|ידיעה)"
)
_ID_LINE = re.compile(rf"^\W{{0,2}}(?:{_LABEL})\s*[:：]\s*[#№]?\s*[\d۰-۹٠-٩]{{3,}}\s*$", re.I)
# the cheap test first: most lines end on no run of digits
_DIGIT_END = re.compile(r"[\d۰-۹٠-٩]{3,}\s*$")


def id_line(block: HtmlElement) -> bool:
    """The block is the article's record number and its label alone (see the module docstring)."""
    text = text_of(block)
    return 0 < len(text) <= 60 and _DIGIT_END.search(text) is not None and _ID_LINE.match(text) is not None


def mark(items: list[HtmlElement], drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark the article's number among the body's first four lines or its last three."""
    live = [i for i in range(len(items)) if i not in drop]
    for i in dict.fromkeys(live[:4] + live[-3:]):
        if id_line(items[i]):
            drop[i], boxes[i] = RULE, items[i]
