"""A book card classed in the site's own language: "<p class='ficha-livro__titulo'>T</p><p class='ficha-livro__autor'>A</p>".

``bookld.from_card`` reads cards whose classes say "book" in English ("book-title", "c-book-card__author"). Themes
written for one language's readers name their classes in it: a review magazine's record box is a "ficha-livro"
(pt), "scheda-libro" (it), "fiche-livre" (fr), "buch-info" (de), "boek-kaart" (nl), "kniha-detail" (cs). Such a card
is read as the English one is: one element classed by a word for "book" and a word for "title", and within a few
levels one classed by the same "book" word and a word for "author"; outside the page's chrome (nav, aside, related,
sidebar); one card only (several are a shelf, no telling which is reviewed).

The words are class-name vocabulary, ASCII as class names are written (no accents: "titulo", "ksiazka", "szerzo").
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

from . import nodes
from .book import Book, clean_title, is_name

# "book": pt, es/it, fr, de, nl, sv/no, da, fi, cs/sk, pl, hr/sr/bs/sl, tr, ro, hu, id/ms, vi, ca, et, lv, lt, ru/bg (latin)
_BOOK = {"livro", "libro", "livre", "buch", "boek", "bok", "bog", "kirja", "kniha", "ksiazka", "knjiga", "kitap",
         "carte", "konyv", "buku", "sach", "llibre", "raamat", "gramata", "knyga", "kniga"}
# "title": pt/es, it, fr, de/nl, no/da, sv, fi, cs/sk, pl, hr/sl, tr, ro, hu, id, vi, ca, et, lv, lt, ru (latin)
_TITLE = {"titulo", "titolo", "titre", "titel", "tittel", "nimi", "otsikko", "nazev", "tytul", "naslov", "baslik",
          "titlu", "cim", "judul", "tieude", "titol", "pealkiri", "nosaukums", "pavadinimas", "nazvanie", "title"}
# "author": pt/es/de/pl/cs/sk/ro/ca, it, fr/nl, da/no, sv, fi, tr, id/ms, hu, hr/sl/ru (latin), lt, et, vi, lv
_AUTHOR = {"autor", "autore", "auteur", "autora", "forfatter", "forfattare", "forfattere", "kirjailija", "tekija",
           "yazar", "penulis", "pengarang", "szerzo", "avtor", "autorius", "autori", "tacgia", "autors", "author"}
_CHROME = re.compile(r"related|sidebar|widget|comment|recommend|similar", re.I)


def _parts(token: str) -> list[str]:
    return [p for p in re.split(r"[-_]+", token.lower()) if p]


def _role(element: HtmlElement, words: set[str]) -> str | None:
    """The "book" word of a class token of ``element`` that also holds one of ``words``."""
    for token in (element.get("class") or "").split():
        parts = _parts(token)
        book = next((p for p in parts if p in _BOOK), None)
        if book and any(p in words for p in parts):
            return book
    return None


# every "book" word, in any class of the page (lowercased): a card's title element holds one as a part of a class token,
# so a page whose classes hold none has no card (a page-level test before the walk of every element, ~0.4 ms a page)
_ANY_BOOK = re.compile("|".join(sorted(_BOOK)))


def _no_book_class(root: HtmlElement) -> bool:
    """No class of the page holds a "book" word: read from the classes remembered for the page's walks (nodes.rows),
    else False (the walk decides)."""
    rows = nodes.rows(root)
    return rows is not None and not _ANY_BOOK.search(" ".join(cls for _, cls, _ in rows if cls).lower())


def _in_chrome(element: HtmlElement) -> bool:
    return any(a.tag in ("nav", "aside", "footer") or _CHROME.search(a.get("class") or "") for a in element.iterancestors())


def local_card(tree: HtmlElement) -> Book | None:
    """(title, author) of the one book card classed in a language's words, outside the chrome; else None."""
    root = tree.getroottree().getroot()
    if _no_book_class(root):
        return None
    found = set()
    for element in root.iter(etree.Element):
        if not isinstance(element.tag, str) or not element.get("class"):
            continue
        book = _role(element, _TITLE)
        if not book or _in_chrome(element) or any(_role(a, _TITLE) for a in element.iterancestors()):
            continue
        box = element.getparent()
        for _ in range(3):
            if box is None:
                break
            authors = [a for a in box.iter(etree.Element) if a is not element and isinstance(a.tag, str) and a.get("class")
                       and _role(a, _AUTHOR) == book and not any(_role(d, _AUTHOR) for d in a.iterdescendants())]
            if authors:
                title = clean_title(re.sub(r"\s+", " ", element.text_content()).strip())
                author = re.sub(r"\s+", " ", authors[0].text_content()).strip()
                if title and is_name(author):
                    found.add((title, author))
                break
            box = box.getparent()
    return Book(*found.pop(), source="details") if len(found) == 1 else None


# a BEM element of any block: "factbox__title", "anmeldelse-boks__forfatter"
_BEM = re.compile(r"^(?P<block>[a-z][\w-]*?)__(?P<elem>[a-z]+)$")


def _elements(element: HtmlElement) -> list[tuple[str, str]]:
    return [(m.group("block"), m.group("elem")) for t in (element.get("class") or "").lower().split() if (m := _BEM.match(t))]


def fact_box(tree: HtmlElement) -> Book | None:
    """A review's fact box, a BEM block of any name with a title element, an author element and a record line of
    figures (publisher, pages, price, year: "Forlag. 312 sider. 349 kr"), as newspapers set one by a review:
    "<aside class='factbox'><p class='factbox__author'>A</p><p class='factbox__title'>T</p><p class='factbox__publisher'>…"
    Not the article's own header (its h1 headline and its writer's byline, the page's title naming it), nor a box in
    the page's sidebars; one box only."""
    root = tree.getroottree().getroot()
    rows = nodes.rows(root)  # (no class of the page holds "__": no BEM element, no box; the walk below would find none)
    if rows is not None and not any("__" in cls for _, cls, _ in rows if cls):
        return None
    # (the page's headline: its h1, its <title> before a site's name)
    headings = {re.split(r"\s+[|–—-]\s+", re.sub(r"\s+", " ", h.text_content()).strip())[0].casefold() for h in root.iter("h1", "title")}
    found = set()
    for element in root.iter(etree.Element):
        if not isinstance(element.tag, str) or "__" not in (element.get("class") or "") or element.tag == "h1":
            continue
        for block, elem in _elements(element):
            if elem not in _TITLE or any(a.tag in ("nav", "footer") or _CHROME.search(a.get("class") or "") for a in element.iterancestors()):
                continue
            box = element.getparent()
            if box is None:
                continue
            parts = [(e, el) for e in box.iter(etree.Element) if isinstance(e.tag, str) for b, el in _elements(e) if b == block]
            authors = [e for e, el in parts if el in _AUTHOR]
            record = [e for e, el in parts if el not in _TITLE and el not in _AUTHOR and re.search(r"\d", e.text_content())]
            title = clean_title(re.sub(r"\s+", " ", element.text_content()).strip())
            if len(authors) != 1 or not record or not title or title.casefold() in headings:
                continue
            author = re.sub(r"\s+", " ", authors[0].text_content()).strip()
            if is_name(author):
                found.add((title, author))
    return Book(*found.pop(), source="details") if len(found) == 1 else None
