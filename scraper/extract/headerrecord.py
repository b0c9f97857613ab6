"""The book's record rows in the article's header, in a box of their own beside the box that holds the text.

A review site's article page lays out its header (headline, byline) and then, before the box of the review's text, a
card of the book's facts: the cover and a few rows of a label and a value ("Publisher: …", "Pages: 238", "Genre:
novel"), one element a row. The card is the engine's, filled from its catalogue for every review; the reviewer's text
starts in the next box. When the post body found is the wrapper around both, the rows are read as the review's first
lines. A blogger's own record lines ("Publisher: …", "Pages: …") stand among the paragraphs of the text, in the same
box as them, or as lines of one paragraph, and stay (as ``cataloguehead`` keeps them).

The shape, whatever the language: two to eight rows, each a label and its colon and a short value (ten words at
most, no score), all the children of one box but for one picture (the cover: the catalogue's card carries it; a
reviewer's own record rows set in a box of their own without a picture, the work, its author and its house, stay), before the text has begun (no block of
twenty words or more before them), the box's next sibling the text's own box (two paragraphs of twenty words or more,
most of the body's words). A row of the reviewer's own in the card (a first-person or verdict label, "My verdict: loved
it", "Fazit: …", or a sentence for its value) is no catalogue's and stays. The rows are marked ``cataloguehead.RULE``: kept in the tree for the book rules, left out
of the body's text.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .nodes import text_of
from .rating import has_score
from .words import count_words

# a label and its colon opening a short row (the Armenian ՝ is its colon): "Editorial: Destino", "Kategoria: …" (cataloguehead reads it too)
LABEL_ROW = re.compile(r"^\W*[^\W\d_][^:：՝.!?]{0,30}[:：՝]\s*\S")
# the reviewer's own row in the card, kept: a label in the first person or a verdict's ("My verdict: loved it", "Fazit:
# …", "Mi opinión: …", "Note : 4/5") (en de fr es pt it nl sv da nb pl cs ru)
_OWN_LABEL = re.compile(
    r"^\W*(?:(?:my|our|mein|meine|unser|unsere|mon|ma|mes|notre|mi|mis|nuestra|nuestro|meu|minha|nosso|nossa|il\s+mio|"
    r"la\s+mia|mio|mia|mijn|ons|onze|min|mitt|mina|moja|mój|moje|můj|мой|моя|моё|мое|наш|наша)\s+[^:：]*|"
    r"(?:overall\s+)?verdict|rating|recommend(?:ed|ation)?|opinion|score|stars|"
    r"fazit|urteil|bewertung|empfehlung|wertung|avis|note|recommandation|verdict|veredicto|valoración|puntuación|"
    r"recomendación|opinión|valoração|avaliação|recomendação|opinião|giudizio|voto|consigliato|opinione|"
    r"oordeel|beoordeling|aanrader|conclusie|betyg|omdöme|vurdering|karakter|ocena|werdykt|opinia|hodnocení|verdikt|"
    r"вердикт|оценка|рейтинг|итог|мнение)\s*[:：՝]", re.I)
_SENTENCE = re.compile(r"\w[.!?](?:\s|$)")
_ROW_TAGS = ("p", "li", "div", "dd", "dt", "span")
_BOX_TAGS = ("div", "section", "aside", "ul", "dl", "header")
_PICTURES = ("img", "picture", "figure")
_PROSE = 20


def _picture(element: HtmlElement) -> bool:
    return element.tag in _PICTURES or element.tag == "a" and not text_of(element) and bool(element.xpath(".//img"))


def _text_box(box: HtmlElement | None, body_words: int) -> bool:
    if box is None or box.tag not in ("div", "section", "article", "main"):
        return False
    words = count_words(text_of(box))
    return 2 * words >= body_words and sum(1 for p in box.iter("p") if count_words(text_of(p)) >= _PROSE) >= 2


def rows(items: list[HtmlElement], body: HtmlElement, drop: dict[int, str]) -> list[int]:
    """The indexes of the header's record rows (the module docstring), or none."""
    for i, block in enumerate(items[:12]):
        if i in drop:
            continue
        text = text_of(block)
        if block.tag in _ROW_TAGS and LABEL_ROW.match(text) and count_words(text) <= 10:
            box = block.getparent()
            break
        if count_words(text) >= _PROSE:
            return []
    else:
        return []
    if box is None or box is body or box.tag not in _BOX_TAGS:
        return []
    children = [c for c in box if isinstance(c.tag, str)]
    lines = [c for c in children if not _picture(c)]
    if not 2 <= len(lines) <= 8 or len(children) - len(lines) != 1 or (box.text or "").strip() or any((c.tail or "").strip() for c in children):
        return []
    if any(c.tag not in _ROW_TAGS or not LABEL_ROW.match(t := text_of(c)) or count_words(t) > 10 or has_score(t) for c in lines):
        return []
    if not _text_box(box.getnext(), count_words(text_of(body))):
        return []
    found = [k for k, item in enumerate(items) if any(item is line for line in lines)]
    if len(found) != len(lines):
        return []
    return [k for k in found if not _own_row(text_of(items[k]))]


def _own_row(text: str) -> bool:
    """The reviewer's own row in the card, not the catalogue's: a first-person or verdict label, or a sentence for its
    value ("My verdict: loved it", "Source: I bought it myself. Worth it.")."""
    value = re.split(r"[:：՝]", text, maxsplit=1)[-1]
    return bool(_OWN_LABEL.match(text)) or count_words(value) >= 4 and bool(_SENTENCE.search(value.strip()))
