"""A quoted title in the review's prose set beside its kind and its maker as an apposition: „T”, romanul lui A, …;
«T», la novela de A; "T", the novel by A; „T“, der Roman von A; «T», le roman d'A; "T", romanen av A.

A review whose headline is a remark ("The time that had no patience") often names its book once, early, in the prose:
the title in quote marks, then (after a comma or a spaced dash) the book's kind with its article or none and the
language's word for "by" or "of" (ro "lui", a genitive's article), then the maker's name. The quote marks set the
title apart, the kind word says it is a book, the by-word the person: read by ``bookrescue`` before it pairs the
headline with a person of the text (a character the review names in full, "Ilie Moromete"). Only where the prose
never names the headline (a headline it names is a title it is about), and only where the prose holds one such
apposition: two are a comparison or a list of the writer's other books. The name is two to four capitalised words
(particles allowed), no figures, and ends on a comma, a stop, a bracket, a dash or the line's end.
Languages that decline the name after the kind instead of a by-word (ru «T», роман Фазиля Искандера) are left out:
the name's own form is not on the page there.
"""

from __future__ import annotations

import re

from .book import Book, clean_title, is_name

# the title in its quote marks (each script's pairs), then a comma or a spaced dash
_QUOTE = r"(?:„(?P<a>[^„“”\n]{1,80})[“”]|«\s?(?P<b>[^«»\n]{1,80}?)\s?»|“(?P<c>[^“”\n]{1,80})”|\"(?P<d>[^\"\n]{1,80})\"|»(?P<e>[^«»\n]{1,80})«)"
# an article or a determiner before the kind (lower case), or none
_ARTICLE = r"(?:(?:the|a|an|la|el|le|il|lo|l['’]|der|die|das|de|het|o|um|uma|un|una|une|ein|eine|en|et|ett|ny|nuova|nueva|nouveau|nouvelle|neue|new|primul|ultimul|noul|debut|first|last|latest)\s*)*"
# the kind of book: bare, or with its article glued on (ro -ul/-a, Nordic -en/-et/-a)
_KIND = (r"(?:novel|novella|book|memoir|collection|story|debut|roman|romanul|romanului|romanen|romanens|novela|novel·la|"
         r"romanzo|romance|livro|libro|livre|récit|buch|erzählung|boek|novelle|novellen|boken|bogen|boka|bok|bog|"
         r"cartea|volumul|nuvela|povestirea|memoriile|knjiga|kniha|książka|powieść|regény|regénye|könyv|könyve|"
         r"nobela|nobelang|aklat|novelnya|bukunya|novel-nya|buku|riwaya|kitabu|nofel|llyfr|rumanz|ktieb|romāns|romanas|romaan|romano)")
# the word for "by"/"of" after the kind
_BY = r"(?:by|of|lui|de|d['’]|di|del|della|da|do|par|por|von|vom|van|door|av|af|av|autorstwa|od|oleh|karya|ni|ya|gan|ta['’]|által)"
_NAME_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-žșțăîâ'’\-]+"
_APPOSED = re.compile(
    rf"{_QUOTE}\s*(?:,|\s[—–-])\s*{_ARTICLE}{_KIND}\s+(?:{_BY}\s*)(?P<name>{_NAME_WORD}(?:\s+(?:(?:de|da|del|di|van|von|le|la|du|dos)\s+)?{_NAME_WORD}){{1,3}})"
    r"(?=\s*(?:[,.;:()\[\]—–]|\s-\s|$))", re.I | re.M)
_CHEAP = re.compile(r"[„«“\"»]")


def quoted_kind(text: str, headline: str | None, prose: str | None = None) -> Book | None:
    """The book of the one apposition „T”, <kind> <by> A in `text` (above), where `prose` (the text without the
    headline's own line) never names the headline; else None."""
    if not text or not _CHEAP.search(text):
        return None
    prose = text if prose is None else prose
    head = " ".join((headline or "").split()).casefold()
    if head and head in " ".join(prose.split()).casefold():
        return None  # (the prose names its headline: a title it is about)
    found = set()
    for match in _APPOSED.finditer(text):
        name = match.group("name")
        if not all(w[:1].isupper() for w in name.split() if w not in ("de", "da", "del", "di", "van", "von", "le", "la", "du", "dos")):
            continue  # (re.I lets the kind and the by-word take a capital; the name keeps its own)
        title = clean_title(next(g for g in match.group("a", "b", "c", "d", "e") if g))
        if title and is_name(name) and not re.search(r"\d", name) and title != name:
            found.add((title, name))
    return Book(*found.pop(), source="rescue") if len(found) == 1 else None
