"""The post's tags read with its headline, as blogs tag a review with its author's name and often its book's title.

- ``headline_tag_book``: a headline in two parts, "T — of A's timeless novel" / "A's novel: T", where one part holds a
  tag of the post that names a person (two to four words) and the other, short, is the title the body names again; or
  "T / A", "T – A" where one part is a whole name of two or three words in a script without capitals whose family name
  (or whole name) is a tag and the text names it, the other part short. Written for scripts without capitals (Hebrew,
  Arabic, Ethiopic, Indic, Georgian …), where no capital says "name", so the tag does: a headline that inflects the name
  ("የ" + name, "-ის", "-का") still holds it whole.
- ``echoed_tag``: the title among the tags for a headline of the post's own phrase that the text never names but that
  echoes the title's word ("Miracles nobody asked for" tagged "A Time of Miracles"), or a tag in a title's sentence
  case (capital first, last word lower case: no place's, movement's or person's name) that the text names as the tag
  writes it, never in lower case, and not a genre's or a reading challenge's words ("Novela negra", "Reto lector"), on a
  post whose headline holds no number (a list's): a headline is no title there.
"""

from __future__ import annotations

import re

from .book import Context, clean_title, is_name
from .bookcaselessname import caseless_words, caseless_name
from .bookgenretail import KIND_WORDS
from .casefold import whole_word

_SPLIT = re.compile(r"\s+[—–-]\s+|\s*:\s+|\s+[|/]\s+")


def headline_tag_book(headline: str | None, tags: list[str], context: Context) -> tuple[str, str] | None:
    """(title, author) from a headline of two parts, one holding the one person tag, the other a short title that the
    text names; None when two person tags fit, or the title part is long, or the text never names it."""
    parts = [p.strip() for p in _SPLIT.split(headline or "") if p.strip()]
    if len(parts) != 2:
        return None
    not_authors = {n.casefold() for n in context.not_authors if n}
    people = {t.strip().lstrip("#") for t in tags}
    people = {p for p in people if 2 <= len(p.split()) <= 4 and (is_name(p) or caseless_name(p)) and p.casefold() not in not_authors}
    found = set()
    for i, part in enumerate(parts):
        title = clean_title(parts[1 - i])
        for person in people:
            # the tag inside the other part, with more words around it (an inflected name, "of A's novel"); the title
            # short, without the name, and named by the text (maybe inflected: a suffix after it)
            if person in part and part != person and person not in title and 1 <= len(title.split()) <= 6 \
                    and title in context.text:
                found.add((title, person))
    return found.pop() if len(found) == 1 else None if found else _caseless_part(parts, tags, context, not_authors)


def _caseless_part(parts: list[str], tags: list[str], context: Context, not_authors: set[str]
                   ) -> tuple[str, str] | None:
    """"T / A": one part a whole name of two or three words of a script without capitals, its family name (or all of
    it) one of the tags and named by the text; the other part short and without it. Both parts such names: no
    telling."""
    tagged = {t.strip().lstrip("#") for t in tags}
    found = set()
    for i, part in enumerate(parts):
        family = part.split()[-1]
        if not caseless_words(part) or not (part in tagged or family in tagged) or part.casefold() in not_authors \
                or not context.mentions(family):
            continue
        title = clean_title(parts[1 - i])
        if 1 <= len(title.split()) <= 8 and family not in title:
            found.add((title, part))
    return found.pop() if len(found) == 1 else None


_WORD = re.compile(r"[^\W\d_]{4,}")
# a title in sentence case, its first letter a capital and its last word lower case ("Arredor de si", "Cien años de
# soledad"): a place's, a movement's, a prize's or a person's name ends on a capitalised word ("Xeración Nós")
_LAST_WORD = re.compile(r"[^\W\d_][\w'’-]*[.!?]?")
# a genre's, a season's, a challenge's or a reader's word ("Novela negra", "Rentrée littéraire", "Reto lector",
# "Historical fiction"): with the kinds' words (bookgenretail), a tag all of whose words are these names no book
# (en fr es pt it de nl pl ca sv)
_GENRE_WORDS = frozenset((
    "fiction fictional nonfiction non-fiction literary literature classic classics historical crime mystery thriller "
    "thrillers horror fantasy science romance contemporary dystopian dystopia gothic cozy cosy young adult adults "
    "children's reading challenge reader readers noir "
    "littéraire littéraires littérature fiction policier policière polar historique historiques classique classiques "
    "jeunesse fantastique rentrée défi lecture lectures lecteur lectrice contemporaine "
    "negra negro ficción literaria literario literatura histórica histórico clásico clásicos clásica fantástica "
    "fantasía juvenil infantil romántica romántico policiaca policíaca policiaco contemporánea reto lector lectora "
    "lectura lecturas desafío ficção literária clássico clássicos fantasia infantojuvenil leitura leituras desafio "
    "letteratura narrativa giallo gialli storico storica classici fantascienza sfida lettura letture lettore lettrice "
    "rosa nera noir literatur klassiker jugendbuch fantastik historischer historische lesen challenge "
    "literatuur klassieker jeugd spannend leesuitdaging "
    "literatura kryminał kryminały fantastyka obyczajowa faktu wyzwanie czytelnicze "
    "negre juvenil repte lectura deckare skönlitteratur läsutmaning"
).split())


def _sentence_cased(tag: str) -> bool:
    words = tag.split()
    return len(words) >= 2 and tag[0].isupper() and words[-1][0].islower() and bool(_LAST_WORD.fullmatch(words[-1]))


def _kind_tag(tag: str) -> bool:
    """A tag all of whose words are a genre's, a kind's or a reading challenge's words ("Novela negra")."""
    words = [w.casefold() for w in _WORD.findall(tag)]
    return bool(words) and all(w in _GENRE_WORDS or w in KIND_WORDS for w in words)


def _echoed_sentence(tag: str, context: Context) -> bool:
    """A tag in a title's sentence case that the text names as the tag writes it, never in lower case (a genre's or a
    season's phrase, "novela negra"), and not a genre's or a challenge's words."""
    return _sentence_cased(tag) and whole_word(context.text, tag) and not whole_word(context.text, tag.lower()) \
        and not _kind_tag(tag)


def echoed_tag(headline: str | None, tags: list[str], author: str, context: Context) -> str | None:
    """The one tag, not the author nor a person, of two to eight words, that shares a word of four letters or more with
    a headline the text never names (nor holds whole): the book's title, which the headline echoes; or a tag in a
    title's sentence case ("Arredor de si") that the text names as the tag writes it (a reviewer's own headline over
    a post tagged with the book's title)."""
    if not headline or context.mentions(headline):
        return None
    said = {w.casefold() for w in _WORD.findall(headline)}
    listing = any(c.isdigit() for c in headline)  # ("5 libros para el verano", "Reto 2025: enero": a list's headline)
    surname = author.split()[-1].casefold()
    found = set()
    for tag in {t.strip().lstrip("#") for t in tags}:
        words = {w.casefold() for w in _WORD.findall(tag)}
        if 2 <= len(tag.split()) <= 8 and (words & said or not listing and _echoed_sentence(tag, context)) \
                and surname not in tag.casefold() and not is_name(tag) and tag.casefold() not in headline.casefold():
            found.add(tag)
    return found.pop() if len(found) == 1 else None
