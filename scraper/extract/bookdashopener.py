"""A caseless headline "T — A" whose name part the review speaks of as its subject: a word of the name opens one of its
sentences ("A की भाषा …", "Aর প্রথম উপন্যাস …", "A کا پہلا مجموعہ …"), a case ending perhaps written on.

In scripts without capitals nothing in the parts tells the name from the title, and a short review may call its author
neither the owner of a book (``bookdashowner.dashed_owner``) nor by a family name said twice (``_surnamed``): it calls
them once by the given name, or by a pen name, as the subject of a sentence on their language or first book. That is
where a review puts its writer: a sentence's first word. The name is read after the dash only ("T — A", the order a
review's headline sets), two or three words of one caseless script, no book's noun, remark's word or review word; the
title before the dash is no name the text speaks of so (neither its first nor its last word opens a sentence: a
headline "A — T" whose author the text calls by name is left alone), and neither part is the blog's or the
reviewer's own name (``Context.not_authors``: a byline's name is no author). No sentence may open on the name part said
on in its order (a volume's or a verdict's words are said whole, "بين القصرين هو …", a person called by one name), and
a script that spaces no words (Thai, Han …) is left alone (a spaced "word" there is a phrase). A book an earlier rule read from the
whole headline, with no author or the reviewer's name as its author, is read again so. Persian, Arabic and Urdu headlines
may set the Arabic semicolon between the parts where others set the dash ("T؛ A"): one, and no dash, is read as the dash.
A second part that opens on a clause's word (a subordinator, a question's word, a negation: ar "حين", "عندما", "كيف", fa
"وقتی", "چرا", ur "جب", "کیوں") is a subtitle's clause, never a name, whichever sentence of the text opens on it.
"""

from __future__ import annotations

import re

from .book import Book, Context
from .bookcaselessname import caseless_words
from .bookdashowner import _EVENT, _REMARK_WORD, _parts, _plain_name, CASED
from .reviewwords import REVIEW_TERMS

# a sentence's or a line's first word: after the text's start, a line's end, a full stop (Latin, Devanagari's danda,
# Urdu's, Arabic's question mark) and any opening marks
_OPENER = re.compile(r"(?:^|[\n.!?।॥۔؟]\s*)[\"“‘'«(]*([^\s\"“”‘’'«»(),،:;.!?।۔؟]+)")
# a case ending written on the name's word (Bengali "-র", Tamil "-இன்"): a few letters or marks more
_ENDING = 4
_SEMICOLON = re.compile(r"\s*؛\s*")  # (the Arabic semicolon, U+061B)
# a clause's first word in the scripts this rule reads (ar, fa, ur): a subtitle's "when …", "why …", "not …"
_CLAUSE_WORD = re.compile(
    r"^(?:حين|حينما|عندما|لما|لماذا|كيف|إذا|اذا|إذ|أين|ماذا|هل|حتى|ليس|لا|لم|لن|كلما|بينما|"
    r"وقتی|وقتیکه|هنگامی|چون|چرا|چگونه|اگر|کجا|آیا|وقتي|"
    r"جب|جبکہ|کیوں|کیسے|کب|کہاں|جہاں|اگرچہ|کیا)(?!\S)")


# a script that sets no space between its words (Thai, Lao, Myanmar, Khmer, Tibetan, Han, kana): a spaced "word" there is a
# phrase, and a "name" of two is a title's as often
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff]")


def _openers(text: str, words: list[str]) -> list[str] | None:
    """The sentences' first words; None where a sentence opens on the part said on in its order ("بين القصرين هو …",
    "புது வெள்ளம் என்ற …"): a title is said whole, a person called by one name ("অনুপমের ভাষা", "جمیل کا")."""
    found = []
    for match in _OPENER.finditer(text):
        rest = text[match.start(1):]
        if any(rest.startswith(f"{a} {b}") for a, b in zip(words, words[1:])):
            return None
        found.append(match.group(1))
    return found


def _opens(word: str, openers: list[str]) -> bool:
    """`word` (three letters or more) is a sentence's first word, bare or with a short ending written on."""
    return len(word) >= 3 and any(o.startswith(word) and len(o) - len(word) <= _ENDING for o in openers)


def opener_dash(book: Book | None, headline: str | None, context: Context | None) -> Book | None:
    """(see the module's note) The book "T — A" read from a caseless headline, or None."""
    if not headline or context is None or not ("—" in headline or "–" in headline or "؛" in headline):  # (cheapest first)
        return None
    headline = headline.strip()
    dashed = _SEMICOLON.sub(" — ", headline) if headline.count("؛") == 1 and not re.search(r"[—–]", headline) else headline
    not_authors = {n.casefold() for n in context.not_authors if n}
    if book is not None and not (book.title.strip() == headline
                                 and (not book.author or book.author.casefold() in not_authors)):
        return None
    if len(headline) > 120 or CASED.search(headline) or _EVENT.search(headline) or REVIEW_TERMS.search(headline):
        return None
    parts = _parts(dashed)
    if not parts or ":" in parts[0] or "：" in parts[0]:
        return None
    title, name = parts
    words, title_words = name.split(), title.split()
    if not (caseless_words(name) and _plain_name(name, title, not_authors) and not _REMARK_WORD.search(name)) \
            or _CLAUSE_WORD.search(name):
        return None
    if title.casefold() in not_authors:
        return None
    if _UNSPACED.search(headline):
        return None
    openers = _openers(context.text.replace(headline, "\n"), words)
    if not openers or not any(_opens(w, openers) for w in words):
        return None
    if len(title_words) <= 3 and (_opens(title_words[0], openers) or _opens(title_words[-1], openers)):
        return None
    return Book(title, name, source="title")
