"""A book record's header, as catalogues and shops write it (scraper.extract.bookld.from_author_link): the author's
name in the record's order read in the reader's, the h1's title without the author's part, a bracketed edition or a
subtitle element, and whether a date stands between the h1 and the author (a post's byline has one).
"""

from __future__ import annotations

import copy
import re
import unicodedata

from lxml.html import HtmlElement

from .booktitles import PRODUCT_WORD, product_word
from .book import REVIEW_PREFIX

DATE = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}:\d\d\b")


_NOT_LETTERS = re.compile(r"[\W_]+")


def slug_key(text: str) -> str:
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return _NOT_LETTERS.sub("", text).casefold()


# the years after a name in a library's heading form: ", 1902-1968", " (1947-)", ", b. 1950", ", 1878?-1931"
LIFE_DATES = re.compile(r"[,;]?\s*[(\[]?\s*(?:b\.|born|n\.|geb\.|\u0440\.)?\s*\d{3,4}\??\s*[-–‐]\s*(?:\d{3,4}\??)?\s*[)\]]?\.?\s*$"
                         r"|[,;]\s*(?:b\.|born|n\.|geb\.)\s*\d{4}\.?\s*$", re.I)


# a patronymic: the third word of a Russian or Ukrainian name in a catalogue's order ("Улицкая Людмила Евгеньевна")
_PATRONYMIC = re.compile(r"\w+(?:ович|евич|ьич|овна|евна|ична|инична|івна|ївна)", re.I)


def record_name(text: str) -> str:
    """A name as a book record writes it, in the order it is read: "Paasilinna, Arto" (life dates dropped) and
    "Улицкая Людмила Евгеньевна" (surname, name, patronymic) are "Arto Paasilinna" and "Людмила Улицкая"."""
    text = LIFE_DATES.sub("", text)
    inverted = re.fullmatch(r"([^,;]{2,40})[,;]\s*([^,;]{2,40}?)\.?", text)
    if inverted:
        return f"{inverted.group(2).strip()} {inverted.group(1).strip()}"
    return patronymic_order(text)


def patronymic_order(text: str) -> str:
    """"Пастернак Борис Леонидович" (surname, name, patronymic: a catalogue's order) is "Борис Пастернак"; a name whose
    second word is the patronymic is in the reader's order already ("Светлана Александровна Алексиевич", a surname
    that ends like a patronymic) and stays."""
    words = text.split()
    if len(words) == 3 and _PATRONYMIC.fullmatch(words[2]) and not _PATRONYMIC.fullmatch(words[1]):
        return f"{words[1]} {words[0]}"
    return text


def record_title(title: str, name: str, raw: str) -> str:
    """A book record's h1 without the author's part ("Медея и ее дети | Улицкая Людмила Евгеньевна") and without the
    bracketed edition, format or imprint after it ("楢山節考 (新潮文庫)"), or the two a shop writes one after the other,
    the imprint's series then the format ("T (Penguin Classics) [Paperback]", "錦繍 (新潮文庫) [文庫]")."""
    parts = re.split(r"\s+[|/–—]\s+", title)
    keys = {slug_key(name), slug_key(raw)}
    kept = [p for p in parts if slug_key(p) not in keys]
    title = " | ".join(kept) if kept and len(kept) < len(parts) else title
    return _TRAILING_BRACKETS.sub("", title) or title


# (the imprint's series before a format may be longer: "(Vintage International) [Paperback]", "(Penguin Modern Classics)")
_TRAILING_BRACKETS = re.compile(r"(?:\s*[（(\[【][^）)\]】]{1,40}[）)\]】])?\s*[（(\[【][^）)\]】]{1,20}[）)\]】]\s*$")


def plain_between(box: HtmlElement, head: HtmlElement, link: HtmlElement) -> bool:
    """`head` comes before `link` in `box`, with no time or date between them (a post's byline has one)."""
    between, inside = [], False
    for element in box.iter():
        if element is head:
            inside = True
        elif element is link:
            return inside and not DATE.search(" ".join(between))
        elif inside and isinstance(element.tag, str):
            if element.tag == "time":
                return False
            between += [element.text or "", element.tail or ""]
    return False


_SUBTITLE = re.compile(r"sub-?title", re.I)


def head_title(head: HtmlElement) -> str:
    """A heading's title without its subtitle element ("<h1>T <span class='subTitle'>Collected Works 1</span></h1>")."""
    whole = re.sub(r"\s+", " ", head.text_content()).strip()
    if not any(_SUBTITLE.search(e.get("class") or "") for e in head.iterdescendants()):
        return whole
    bare = copy.deepcopy(head)  # (a copy: the page keeps its heading whole)
    for sub in [e for e in bare.iterdescendants() if _SUBTITLE.search(e.get("class") or "")]:
        if sub.getparent() is not None:
            sub.drop_tree()  # (its tail, text after it, stays)
    return re.sub(r"\s+", " ", bare.text_content()).strip() or whole


def shop_title(title: str, tree: HtmlElement) -> str:
    """A shop record's h1 without its leading word for the kind of product ("Книга T", "کتاب T"), when the whole page
    (its breadcrumb, before cleaning) names T on its own too."""
    return product_word(title, " ".join(tree.itertext())) if PRODUCT_WORD.match(title) else title


_QUOTE_PAIRS = (("„", "“"), ("«", "»"), ("“", "”"), ("»", "«"), ("\"", "\""), ("‘", "’"), ("「", "」"), ("『", "』"), ("《", "》"))


def titled(title: str, author: str, page_title: str | None) -> bool:
    """The page's own title names a book header's title as a book: quoted ("Readers on „T“"), followed by a short
    lower-case word and its author ("T de Author - Shop", "T von Author"), beside its author ("T - Author | Shop") or
    its kind of product ("T - Livro - Shop") at its start: not a post's heading beside its byline."""
    page_title = re.sub(r"\s+", " ", page_title or "")
    if not title or not page_title:
        return False
    if any(f"{o}{title}{c}" in page_title for o, c in _QUOTE_PAIRS):
        return True
    if re.search(rf"(?<!\w){re.escape(title)} [^\W\d_A-ZА-Я]{{1,5}} {re.escape(author)}(?!\w)", page_title):
        return True
    # a reading site's page of one reader's review: its title a review label, perhaps a short preposition, and the
    # header's title whole, then the reader's name after a lower-case "by" ("Critique de T par member - Site", "Review
    # of T by member"; not "Review: T — A | Site", a post's own headline over its byline)
    if (label := REVIEW_PREFIX.match(page_title)) and label.end() < len(page_title):
        rest = re.sub(r"^(?:[^\W\d_A-ZА-Я]{1,4}\s+|d[’']\s*)", "", page_title[label.end():], count=1)
        if rest.startswith(title) and re.match(r"\s+[^\W\d_A-ZА-Я]{1,5}\s+\S", rest[len(title):]):
            return True
    # a shop's own title: the header's title and its author side by side, a separator between them, then the shop's
    # name ("T - Author | Shop", "Author: T - Shop": "Post - Jane Doe" is a post's heading and its blogger's), or the
    # title then the kind of product it is ("T - Livro - Shop", "T | Kniha"), at its start
    # (a title that ends on a stop of its own, "Naiv. Super.", loses it in the header's reading: the page title keeps it)
    bare = rf"{re.escape(title)}[.!?…]?"
    pair = (rf"{bare}{_SEPARATOR}{re.escape(author)}", rf"{re.escape(author)}{_SEPARATOR}{bare}")
    if any(re.match(rf"{p}{_SEPARATOR}\S", page_title) for p in pair):
        return True
    kind = re.match(rf"{bare}{_SEPARATOR}", page_title)
    return bool(kind and PRODUCT_WORD.match(page_title[kind.end():] + " -"))


_SEPARATOR = r"\s*(?:\s[-–—|·]|[|·:])\s+"
