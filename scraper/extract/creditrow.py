"""A row of the article's credits in the post's head or at its end (sitelines.mark asks, beside creditlines).

A magazine credits its contributors on one row, parted by a separator: "Words by Ann Lee · Illustrations by Tom Berg",
"Text: Ana Ruiz | Photos: Luis Gil", "Texte de Léa Roy · Illustrations de Max Kern"; a library catalogue or a paper
prints a syndicated review's credit with its copyright: "Review: Ann Lee · © Review Service", "Rezension: Jan Ruh | ©
Agentur". Each part of the row is a credit (a role and a person's name: "<role> by <name>" in the language's word for
"by", or "<role>: <name>") or a copyright notice ("© holder"), two to four parts, one a credit at least.

The roles are the lexical part (the words for text, words, photos, illustrations, pictures, and review, in en, fr, de,
es, pt, it, nl, the Scandinavian languages, pl, cs, ru, uk). A book's own credits can have the same shape (a picture
book "Words by A · Pictures by B"): a row without a copyright notice is a credit only when none of its people's family
names is found elsewhere in the post (a reviewer does not name themself in the text; a book's author is named again).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .casefold import whole_word
from .creditlines import credit_line
from .rating import has_score
from .words import count_words

_SEPARATOR = re.compile(r"\s+[·•|/—–]\s+|\s*[·•|｜]\s*")
_SEPARATOR_MARKS = "·•|/—–｜"  # (one of which every match of _SEPARATOR holds: looked for first, ``in`` tests in C)

# the contributions credited on a row: text, words, photos, illustrations, pictures, drawings, the review
_ROLE = (r"words|text|story|interview|review|photos?|photographs?|photography|pictures|images|illustrations?|drawings|art(?:work)?|design|"
         r"texte?s?|propos\s+recueillis|photographies?|dessins?|critique|"
         r"fotos?|bilder|illustrationen|zeichnungen|rezension|"
         r"textos?|fotografías?|fotografias?|ilustraci(?:ones|ón)|ilustraç(?:ões|ão)|dibujos|entrevista|reseña|resenha|"
         r"testo|testi|fotografie|illustrazioni|disegni|intervista|recensione|"
         r"tekst|foto['’]s|illustraties?|beeld|recensie|"
         r"bild|illustration(?:er)?|illustrasjon(?:er)?|tegninger|teckningar|recension|anmeldelse|"
         r"zdjęcia|ilustracje|recenzja|ilustrace|recenze|"
         r"текст|фото|иллюстрации|рисунки|рецензия|ілюстрації|рецензія")
ROLE_WORDS = _ROLE  # (read by bookcommaby: a credit line is no book's record)
# "<role> by <name>": the word for "by" in the same languages
_ROLE_BY = re.compile(rf"^(?:{_ROLE})\s+(?:by|de|d['’]|par|von|por|di|da|door|van|av|af)\s*(?P<name>\S.*)$", re.I)
# "<role>: <name>" (creditlines reads the writer's labels; these are the other contributions and the review's)
_ROLE_COLON = re.compile(rf"^(?:{_ROLE}|reviewer|rezensent(?:in)?|recensent|recenzent(?:ka)?|рецензент)\s*[:：]\s*(?P<name>\S.*)$", re.I)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)\s*(?:(?:19|20)\d\d\s*)?\S", re.I)
# the small words of a name that are not capitalised ("Marloes van Dijk", "Ana de la Cruz")
_PARTICLES = {"van", "von", "der", "den", "de", "del", "della", "la", "le", "du", "da", "di", "dos", "das", "ten", "ter", "y", "e", "bin", "al"}


def _name(name: str) -> str | None:
    """The family name of a person's name written as one (1 to 5 words, first and last capitalised, no figure)."""
    words = name.strip(" .").split()
    if not 1 <= len(words) <= 5 or re.search(r"\d", name):
        return None
    if not all(w[:1].isupper() or w.lower() in _PARTICLES for w in words) or not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return None
    return words[-1]


def _credit(part: str) -> str | None:
    """The family name a part credits ("Words by Ann Lee", "Photos: Tom Berg", "Text: Ana Ruiz"), or None."""
    match = _ROLE_BY.match(part) or _ROLE_COLON.match(part)
    if match:
        return _name(match.group("name"))
    if credit_line(part):
        return _name(part.split(":", 1)[-1].split("：", 1)[-1])
    return None


# a picture's credit standing alone as a line of the post ("Illustration by Ann Lee", "Fotos: Luis Gil", fi "Kuvitus:
# Aino Mäki", hu "Illusztráció: Kiss Anna"): the pictures' roles only (a lone "Words by"/"Text:" is creditlines' to read)
_PICTURE_ROLE = re.compile(
    r"^\W*(?:photos?|photographs?|photography|pictures|images|illustrations?|drawings|art(?:work)?|cover(?:\s+(?:art|design))?|"
    r"photographies?|dessins?|fotos?|bilder|illustrationen|zeichnungen|fotografías?|fotografias?|ilustraci(?:ones|ón)|"
    r"ilustraç(?:ões|ão)|dibujos|fotografie|illustrazioni|disegni|foto['’]s|illustraties?|beeld|illustration(?:er)?|"
    r"illustrasjon(?:er)?|tegninger|teckningar|zdjęcia|ilustracje|ilustrace|фото|иллюстрации|рисунки|ілюстрації|"
    r"il·lustraci(?:ó|ons)|illusztráció|kuvitus|kuvat|valokuvat|illüstrasyon|fotoğraf(?:lar)?|εικονογράφηση|φωτογραφίες|"
    r"ilustrații|ilustrație|ilustracij[ae]|fotografij[ae]|iliustracij(?:a|os)|nuotraukos|ilustrācija|illustratsioon|ilustrasi)"
    r"(?:\s+(?:by|de|d['’]|par|von|por|di|da|door|van|av|af)\s+|\s*[:：]\s*)(?P<name>\S.*)$", re.I)


def picture_credit(text: str, elsewhere: Callable[[], str]) -> bool:
    """A lone line crediting the post's pictures to a person (a capitalised name of one to five words) named nowhere
    else in the post: the magazine's credit, not the review (a book's illustrator is named again in the text)."""
    if count_words(text) > 8 or not text[:1].isalpha() and text[:1] not in "(«\"":
        return False
    match = _PICTURE_ROLE.match(text.strip())
    name = match and _name(match.group("name"))
    return bool(name) and not whole_word(elsewhere(), name)


def credit_row(text: str, elsewhere: Callable[[], str]) -> bool:
    """Whether a short line is a row of credits (module docstring); `elsewhere` gives the rest of the post's text."""
    # (a lone credit first: the Catalan "l·l" holds a row's middle dot)
    if not any(map(text.__contains__, _SEPARATOR_MARKS)) or not _SEPARATOR.search(text) or "l·l" in text.lower():
        return picture_credit(text, elsewhere)
    if count_words(text) > 20 or has_score(text):
        return False
    parts = [p.strip() for p in _SEPARATOR.split(text.strip()) if p.strip()]
    if not 2 <= len(parts) <= 4:
        return False
    names, copyright = [], False
    for part in parts:
        if _COPYRIGHT.match(part) and count_words(part) <= 6:
            copyright = True
            continue
        name = _credit(part)
        if name is None:
            return False
        names.append(name)
    if not names:
        return False
    rest = "" if copyright else elsewhere()
    return copyright or not any(n and whole_word(rest, n) for n in names)
