"""A book credited to its writer and its artist together ("Aya de Yopougon, tome 1 – Marguerite Abouet et Clément
Oubrerie", "T by A and B"): a comic album's or a picture book's headline names both, and the post's own credits say
which one drew it ("Scénario : A · Dessin : B", "Illustrated by B", "Zeichnungen von B", "le dessin de B"). The
author is the writer; the person the text credits with the pictures alone is no author of the book, and goes.

Only a joined credit of two to four names is read, and only a name after the first: the first-named is the one the
record names the book by, whatever else they did (an author-illustrator, "text and drawings by A", stays). Co-writers
whom no drawing role names ("A and B", two novelists) stay joined, as ``bookcoauthors`` makes them.

The split is a comic's: the text credits the first-named with the script ("Scénario : A", "Writer: A", "guion de A"),
the other with the art. A picture book's "written by A, illustrated by B" credits both as its authors, and both stay.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .book import Book

# the pictures' role, in the languages of creditrow's roles: drawing(s), illustration(s), art, pictures, a comic's
# artist; fr dessin(s)/dessinateur, de Zeichnungen/Illustrationen, es dibujo(s)/ilustraciones, pt desenhos/ilustrações,
# it disegni/illustrazioni, nl tekeningen/illustraties, sv/da/no tegninger/teckningar/illustrationer, pl ilustracje/
# rysunki, cs ilustrace/kresba, ru/uk иллюстрации/рисунки/ілюстрації/малюнки
_ART = (r"(?:drawings?|drawn|illustrations?|illustrated|illustrator|art(?:work)?|artist|pictures|"
        r"dessins?|dessin[ée]e?|dessinateur|dessinatrice|illustr[ée]e?|zeichnungen|gezeichnet|illustrationen|illustriert|"
        r"dibujos?|dibujante|ilustraci(?:ones|ón)|ilustrad[oa]|desenhos?|ilustraç(?:ões|ão)|disegni|disegnat[oa]|"
        r"illustrazioni|illustrat[oa]|tekeningen|getekend|illustraties|tegninger|teckningar|illustrationer|"
        r"ilustracje|rysunki|ilustrace|kresba|иллюстрации|рисунки|ілюстрації|малюнки)")
# the script's role, a comic's writer: en script/writer, fr scénario/scénariste, de Szenario/Szenarist, es guion/
# guionista, pt roteiro/argumento, it sceneggiatura, nl scenario/scenarist, pl scenariusz, cs scénář, sv/da/no manus, ru
_SCRIPT = (r"(?:script(?:ed|writer)?|writer|sc[ée]nario|sc[ée]nariste|szenario|szenarist(?:in)?|gui[oó]n|guionista|"
           r"roteiro|roteirista|argumento|sceneggiatura|sceneggiatore|scenarist|scenariusz|scénář|manus|сценарий|сценарій)")
# the role, then "by" or a colon (and markup's leftovers) right before the name
_LINK = r"(?:\s*[:：]\s*|\s+(?:by|de|d['’]|par|von|por|di|da|door|van|av|af|przez|от)\s+|\s+)"
_JOINED = re.compile(r"\s*,\s*|\s+(?:and|&|und|et|y|e|en|och|og|i|ja|és)\s+")


def _drew(name: str, text: str, role: str = _ART) -> bool:
    return re.search(rf"(?<!\w){role}[*_]*{_LINK}[*_]*{re.escape(name)}(?!\w)", text, re.I) is not None


def without_artist(book: Book | None, text: str) -> Book | None:
    """The book with the names after the first that the text credits with the pictures alone taken off its author."""
    if not (book and book.author) or not _JOINED.search(book.author):
        return book
    names = _JOINED.split(book.author)
    if not 2 <= len(names) <= 4 or _drew(names[0], text) or not _drew(names[0], text, _SCRIPT):
        return book  # (the first-named drew too, or wrote no comic's script: a picture book's two authors)
    kept = [names[0]] + [n for n in names[1:] if not _drew(n, text)]
    if len(kept) == len(names):
        return book
    if len(kept) == 1:
        return replace(book, author=kept[0])
    return book  # (a credit of three or more, partly drawn: left as it was)
