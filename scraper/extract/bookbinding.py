"""A shop's product name for a book carries its binding after the title ("T - Paperback", "T (Hardcover)", "T –
Taschenbuch", "T, broché", "T - غلاف ورقي", "T（文庫）"), and often its subtitle before that ("T: S - Paperback"): the book
is T, whatever binding the reviewer bought.

The binding closes the title, after a dash, a bar or a comma, or alone in brackets, and is all that stands there (a
date or a page count may follow it: "Paperback – 3 Mar. 2026", "Hardcover, 320 pages"). Its words are the shops' own,
in our languages (the signal is lexical: a binding's name): paperback/hardcover, Taschenbuch/gebunden, broché/relié/
poche, tapa blanda/dura, copertina flessibile/rigida, capa comum/dura, häftad/inbunden, nidottu/sidottu, oprawa
miękka/twarda, мягкая обложка/твёрдый переплёт, karton kapak/ciltli, غلاف ورقي/مقوى, כריכה רכה/קשה, पेपरबैक, 平装/精装,
単行本/文庫, 양장/반양장, bìa mềm/cứng … (editions in brackets are ``bookedition``'s).

A shop's heading (``bookproducthead``) then gives the title with its subtitle after a colon: the book is the part before
it where the page names that part alone (a product picture's alt text, or the review) and never the whole.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .casefold import whole_word
from .book import Book

_LATIN = (
    # en
    r"(?:mass[\s-]market\s+|trade\s+)?paperback|hardcover|hardback|softcover|softback|soft\s+cover|hard\s+cover|board\s+book|"
    r"spiral[\s-]bound|library\s+binding|kindle\s+edition|kindle|e-?book|audiobook|audible\s+audiobook|audio\s+cd|"
    # de, fr, es, it, pt
    r"taschenbuch|gebundene\s+ausgabe|gebunden|broschiert|broschur|kartoniert|hörbuch|"
    r"broché|relié|cartonné|(?:format\s+)?poche|livre\s+de\s+poche|format\s+kindle|"
    r"tapa\s+blanda|tapa\s+dura|rústica|(?:libro\s+de\s+)?bolsillo|"
    r"copertina\s+flessibile|copertina\s+rigida|brossura|rilegato|tascabile|"
    r"capa\s+comum|capa\s+dura|capa\s+mole|brochura|livro\s+de\s+bolso|"
    # nl, sv, no, da, fi
    r"gebonden|ingenaaid|pocket|storpocket|häftad|inbunden|heftet|innbundet|hæftet|indbundet|nidottu|sidottu|pokkari|"
    # pl, cs, sk, hu, ro, tr, id, vi
    r"oprawa\s+miękka|oprawa\s+twarda|miękka\s+okładka|twarda\s+okładka|brožovaná(?:\s+vazba)?|vázaná|pevná\s+vazba|"
    r"brožovaná|viazaná|puhatáblás|keménytáblás|puhafedeles|keménykötés|kartonált|broșată|cartonată|brosata|cartonata|"
    r"karton\s+kapak|ciltli|ciltsiz|cep\s+boy|sampul\s+lunak|sampul\s+keras|bìa\s+mềm|bìa\s+cứng|"
    # et, lv, lt, sl, hr/bs/sr, ro, is, ca
    r"kõvakaaneline|pehmekaaneline|kõvade\s+kaantega|pehmete\s+kaantega|cietos\s+vākos|mīkstos\s+vākos|"
    r"kietais\s+viršeliais|minkštais\s+viršeliais|trda\s+vezava|mehka\s+vezava|tvrdi\s+uvez|meki\s+uvez|"
    r"copertă\s+tare|copertă\s+moale|innbundin|kilja|tapa\s+tova|broširan[aoi]?|tvrde\s+korice|meke\s+korice|"
    r"e-knjiga|e-kniha|e-kirja|e-raamat|e-bok|e-bog|e-kitap|e-książka"
)
_OTHER = (
    r"мягкая\s+обложка|тв[её]рдый\s+перепл[её]т|мягкий\s+перепл[её]т|м['’]яка\s+обкладинка|тверда\s+обкладинка|"
    r"тверда\s+палітурка|μαλακό\s+εξώφυλλο|σκληρό\s+εξώφυλλο|"
    r"غلاف\s+(?:ورقي|مقوى|عادي|صلب|فني)|جلد\s+(?:نرم|سخت)|شومیز|گالینگور|כריכה\s+(?:רכה|קשה)|"
    r"पेपरबैक|हार्डकवर|हार्डबाउंड|ปกอ่อน|ปกแข็ง|"
    r"平装|精装|平裝|精裝|単行本|文庫|新書|ペーパーバック|ハードカバー|양장본?|반양장|무선본?|페이퍼백"
)
BINDING = rf"(?:{_LATIN}|{_OTHER})"
# a binding or another word of the copy's format standing alone as a record's part ("T, paperback.", "T, broširano.",
# "T, illustrated."): bookalttitle.lower_tail, bookleadcaption._cited
_ILLUSTRATED = (r"illustrated|illustriert|illustré|illustrée|ilustrad[oa]|illustrat[oa]|il·lustrat|geïllustreerd|"
                r"illustrerad|illustreret|illustrert|myndskreytt|kuvitettu|illusztrált|ilustrowan[aey]|"
                r"ilustrovan[áéoa]|"
                r"ilustrirano|ilustrirana|ilustrat[ăa]?|iliustruota|ilustrēts|resimli|εικονογραφημέν\w+|"
                r"иллюстрированн\w+|ілюстрован\w+|илюстрован\w+|bergambar")
FORMAT_WORD = re.compile(rf"(?<![^\W\d_])(?:{BINDING}|{_ILLUSTRATED})(?![^\W\d_])", re.I)
# what may follow the binding: a date or a count with figures ("– 3 Mar. 2026", ", 320 pages", "– 1. Auflage 2024")
_AFTER = r"(?:\s*[-–—,]\s*[^\n]{0,30}\d[^\n]{0,20})?"
_TAIL = re.compile(
    rf"^(?P<title>\S.*?\S)(?:\s+[-–—|]\s+|\s*,\s+|\s*[–—]\s*)(?:{BINDING}){_AFTER}\s*$"
    rf"|^(?P<bracketed>\S.*?\S)\s*[(\[（【]\s*(?:{BINDING})\s*[)\]）】]\s*$",
    re.I,
)


def binding_tail(book: Book | None, product: str | None, pictures: list[str], text: str) -> Book | None:
    """`book` without its binding's name after the title; a shop heading's title without its subtitle when the page
    names the main part alone (see the module's docstring)."""
    if book is None or not book.title:
        return book
    match = _TAIL.match(book.title)
    title = (match.group("title") or match.group("bracketed")).strip(" ,:;-–—") if match else book.title
    if product and book.title in " ".join(product.split()):
        title = _main_title(title, pictures, text)
    return replace(book, title=title) if title != book.title and title else book


def _main_title(title: str, pictures: list[str], text: str) -> str:
    """"T: S" as T where a picture's alt text reads T alone, or the text names T and never "T: S"."""
    if title.count(":") != 1:
        return title
    main, sub = (part.strip() for part in title.split(":"))
    if not main or not sub or len(main) < 2:
        return title
    folded = main.casefold()
    if any(p.strip().casefold() == folded for p in pictures):
        return main
    if whole_word(text, main) and sub.casefold() not in text.casefold():
        return main
    return title
