"""A language's own word for "by" that says nothing else, read in a post title like English "by".

Most of our languages' "by" (de, di, von, van, của) is also an everyday preposition or a name particle, so
"Title de Author" is read only when something vouches for it (``bookheadline._unmarked``). Some languages have a word
that, before a name, can only credit a work: Indonesian and Malay (and Javanese, Sundanese) "karya" (work of),
"oleh" (by), "tulisan" (writing of); Tagalog "ni" (the personal genitive). In a page of such a language that word
splits "Title karya Author: the post's own remark" as "by" does, without the name having to be all that follows,
and in either case, since news headlines there capitalise every word ("Laskar Karya Rina Wulan"). Welsh "gan" (by, from)
before a capitalised name that ends the headline credits the work too ("T gan A"), as its Celtic neighbours' do: Breton
"gant", Cornish "gans", Irish and Scottish Gaelic "le" (with, by), Manx "liorish" ("T, gant A : the post's remark").
Maltese "ta'"/"minn" (of, from) and the French-based creoles' "pa"/"de" (by, also "not"/"of") are everyday words: not here.
"""

from __future__ import annotations

import re

_OWN_BY = {
    "id": "karya|oleh|tulisan", "ms": "karya|oleh|tulisan", "jv": "karya|oleh|tulisan", "su": "karya|oleh|tulisan",
    "tl": "ni", "fil": "ni", "cy": "gan", "br": "gant", "kw": "gans", "ga": "le", "gd": "le", "gv": "liorish",
}


def own_by(language: str | None) -> str:
    """A regex for the page language's unambiguous "by" (either case), or one that never matches."""
    code = (language or "").lower().replace("_", "-").split("-")[0]
    words = _OWN_BY.get(code)
    return rf"(?i:{words})" if words else r"(?!)"


# --- the same word in running text (``plain_own_by``, asked by ``bookopening.from_plain``) ---------------------------
# English "… read The Glass Road by Ines Marlow …" needs the author named twice (``from_plain``): "by" is everyday. The
# Indonesian/Malay (Javanese, Sundanese) "karya"/"oleh"/"tulisan" and the Tagalog personal "ni" before a full name
# credit a work and nothing else, so a capitalised run right after a lower-case word and right before that word is the
# title, and the full name after it the author, though the review goes on to call the writer by a short name ("Saya
# membaca T karya A Full Name …", later "Pram …"). Only in lower case (a capitalised "Karya" opens a title or a
# sentence), only a run of one to six capitalised words (a title's small words between them allowed), only a full name
# of two words or more, and only when the opening names one such pair.
_PLAIN_BY = {code: _OWN_BY[code] for code in ("id", "ms", "jv", "su", "tl", "fil")}
_SMALL = {"id": "dan|di|yang|dari|ke|untuk|dalam|itu|ini|si|sang|para|dengan|tak|tanpa",
          "tl": "ng|sa|at|mga|ang|na|ni|si|kay"}
_CAPWORD = r"[A-Z0-9À-ÖØ-ÞĀ-Ž][\w'’\-]*"
_PLAIN_RES: dict[str, re.Pattern] = {}


def _plain_re(code: str) -> re.Pattern:
    if code not in _PLAIN_RES:
        small = _SMALL["tl" if code in ("tl", "fil") else "id"]
        _PLAIN_RES[code] = re.compile(
            rf"(?<=[a-zà-ÿ,;:])[^\S\n]+(?P<title>{_CAPWORD}(?:[^\S\n]+(?:(?:{small})[^\S\n]+){{0,2}}{_CAPWORD}){{0,5}})"
            rf"[^\S\n]+(?:{_PLAIN_BY[code]})[^\S\n]+(?=(?P<rest>[A-ZÀ-ÖØ-ÞĀ-Ž].{{0,80}}))")  # (the name looked ahead: a second pair is seen too)
    return _PLAIN_RES[code]


def plain_own_by(lines: list[str], context) -> tuple[str, str] | None:
    """(title, full name) of the opening's one "… <verb> T karya A …" in a language whose "by" credits only a work:
    the post's first three lines (its cleaned text: a standfirst or a byline above it is no part of them)."""
    code = (context.language or "").lower().replace("_", "-").split("-")[0]
    if code not in _PLAIN_BY:
        return None
    from .book import leading_author  # (book imports this module)
    found = []
    for text in lines[:3]:
        for match in _plain_re(code).finditer(text) if any(w in text for w in _PLAIN_BY[code].split("|")) else ():
            title, author = _english_start(text, match, code) + match.group("title"), leading_author(match.group("rest"))
            if not author or len(author.split()) < 2 or set(title.casefold().split()) & set(author.casefold().split()) \
                    or not context.vouches_for(author):
                continue
            found.append((title, author))
    return found[0] if len(set(found)) == 1 else None


# an English title set whole in a Tagalog or Indonesian line ("She's Dating the Gangster ni A"): its small words are
# lower case, so the run above starts after the last one; the capitalised words before it, joined by English small
# words, back to the line's start or a lower-case word, are the title's start
_EN_START = re.compile(rf"(?:^|(?<=[^\S\n]))(?:{_CAPWORD}[^\S\n]+(?:(?:the|of|a|an|and|in|on|to|for|with)[^\S\n]+){{0,2}})*"
                       rf"{_CAPWORD}[^\S\n]+(?:(?:the|of|a|an|and|in|on|to|for|with)[^\S\n]+){{1,2}}$")


def _english_start(text: str, match: re.Match, code: str) -> str:
    """The English title's start before the run, where the run itself is English (none of the line's language's small
    words: "Billionaire sa Isla" is a Tagalog title whole) and the start does not follow the language's own "by" word
    (after "ni", "karya" the capitalised words are a person: "… ni Ate Joy the Billionaire")."""
    small = _SMALL["tl" if code in ("tl", "fil") else "id"]
    if re.search(rf"(?<!\S)(?:{small})(?!\S)", match.group("title")):
        return ""
    start = match.start("title")
    head = _EN_START.search(text, max(0, start - 120), start)
    if not head or re.search(rf"(?:^|\s)(?:{_PLAIN_BY[code]})[^\S\n]+$", text[max(0, head.start() - 20):head.start()]):
        return ""
    return head.group(0)
