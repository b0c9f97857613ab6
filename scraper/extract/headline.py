"""A review whose book the text names but once: the post's headline opens on that book's title, set off.

A headline that opens on a title in quotation or title marks («T».. …, „T“ – …, 『T』…), or whose last clause, after
its separator, ends on one ("The tree in the garden; a second look at «T»", "Salt and silence: on „T“"), names its
subject; when
the book the text names is that title, the headline asks no question and the text calls its book "the book", "the
novel" (reviewed.work_clues), one mention in the text is no passing one. A comparison with a film ("Os Maias, from
book to screen") sets nothing off; a request for read-alikes ("After 《T》, what next?") asks.

A headline one of whose clauses is the book set off and its author and nothing more ("«T» Юрия Петренко: двадцать лет
спустя", "Kicker: „T“ Jana Nováka", "Jurgio Kunčino „T“"; the author in any case form whose stem is the author's)
names its subject as "T by A" does, the byline a paper's review runs under in the languages that decline a name where
English says "by": no mention in the text is a passing one. A clause that goes on after the name is a sentence about the
book, news ("Το «T» του Ταχτσή γίνεται τηλεοπτική σειρά", "«T» Петренко экранизируют"), and names nothing so.

A headline whose first clause is the reader's act of reading the book again and the book set off, nothing more
("Rereading «T»: …", "重读《T》：…", "Relire « T »", "Перечитывая «T»") names its subject as the title alone does: a
rereading is a reader's, not a house's or a paper's news, when the text returns to that act ("twenty years on, I read
it again"); a clause going on after the title ("重读《T》活动在图书馆举行", a library's rereading event), or a reissue's
news under such a headline whose text never reads the book again, names nothing so.
"""

from __future__ import annotations

import re

from .reviewed import ASKING, VOICE, clues_of

# a title that opens on a title set off in quotation or title marks: «T».. …, „T“ – …, 『T』…, and in the single marks
# that British English, Bengali and Hindi papers set titles in, ‘T’: …, or French ‹T›, Korean 〈T〉
_OPENS_SET_OFF = re.compile(r"^\W{0,2}?[«“„\"『《「‘‹〈]([^»”“\"』》」’›〉\n]{2,80})[»”“\"』》」’›〉]")
# ... or whose last clause, after the headline's separator (";", ":", "؛", a dash, a bar), ends on one: a kicker that
# names the piece's subject ("…; a second look at «T»", "…: über „T“")
_CLOSES_SET_OFF = re.compile(r"(?:[;:؛|]|\s[—–-])\s*[^;:؛|«“„\"『《「‘‹〈»”』》」’›〉]{0,50}"
                             r"[«“„\"『《「‘‹〈]([^»”“\"』》」’›〉\n]{2,80})[»”“\"』》」’›〉]\W{0,2}$")

# ... or whose first clause is the word for reading it again and the title set off, then the separator or the end
# (en, fr, es, it, pt, de, nl, ru, uk, pl, cs, zh, ja, ko, tr; the verb as the headline's first word)
_REREAD = (r"re-?reading|revisiting|relire|relecture\s+de|releer|relectura\s+de|rileggere|rilettura\s+di|reler|"
           r"releitura\s+de|wiedergelesen|wieder\s+gelesen|neu\s+gelesen|herlezen|перечитывая|перечитуючи|"
           r"перечитать|перечитати|ponowna\s+lektura|znovu\s+čteno|yeniden\s+okumak|重读|重讀|再读|再讀|再読|다시\s?읽는")
_OPENS_REREAD = re.compile(rf"^\W{{0,2}}?(?:{_REREAD})\s*[:：]?\s*[«“„\"『《「‘‹〈]\s*([^»”“\"』》」’›〉\n]{{2,80}}?)\s*"
                           r"[»”“\"』》」’›〉]\s*(?:[:：;；|؛,，]|\s[—–-]|\s*$)", re.I)
# ... and the text's own word for reading it again (the same languages; a verb's stem, any form)
_REREAD_TEXT = re.compile(r"\b(?:re-?read|relu|relus|relire|relis|relecture|rele[íi]d[oa]|rele[íi]|releer|relectura|"
                          r"rilett[oaie]|rilegg\w+|reli|relido|relendo|releitura|wieder\s?gelesen|wiederlesen|"
                          r"herlez\w*|herlas|перечит\w*|ponown\w* przeczyta\w*|znovu p[řr]e[čc]\w*|yeniden oku\w*)\b|"
                          r"重读|重讀|再读|再讀|再読|読み返|読みなお|読み直|다시\s?읽", re.I)

# the headline's clauses: split at a colon, a bar, a semicolon or a spaced dash
_CLAUSES = re.compile(r"\s*[:|;؛]\s+|\s+[—–-]\s+")
_SET_OFF = re.compile(r"[«“„\"『《「‘‹〈]([^»”“\"』》」’›〉\n]{2,80})[»”“\"』》」’›〉]")
# a name's word: capitalised, in any script with case; a short lower-case particle may stand before the name ("by",
# Greek "του", "de", "von")
_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.\-]*$")


def _same_stem(word: str, surname: str) -> bool:
    """`word` is `surname` with at most a case ending changed ("Андруховича", "Водолазкиным", "Kundery", "Kunčino")."""
    word, surname = word.casefold().rstrip(".,"), surname.casefold().rstrip(".,")
    common = 0
    for a, b in zip(word, surname):
        if a != b:
            break
        common += 1
    return len(surname) >= 3 and common >= max(3, len(surname) - 3) and len(word) - common <= 4


def byline_clause(title: str | None, book_title: str | None, author: str | None) -> bool:
    """A clause of the headline is the book's title set off and its author's name, nothing more ("«T» A", "A «T»")."""
    if not (title and book_title and author) or ASKING.search(title):
        return False
    surname = author.split()[-1]
    for clause in _CLAUSES.split(title):
        clause = clause.strip(" .!…")
        found = _SET_OFF.search(clause)
        if not found or found.group(1).strip().casefold() != book_title.strip().casefold():
            continue
        before, after = clause[:found.start()].split(), clause[found.end():].split()
        if len(before) == 1 and len(before[0]) <= 3 and after:
            before = []  # (an article before the title: Greek "Το «T» του A")
        if before and after:
            continue
        name = after or before
        if name and name[0].islower() and len(name[0]) <= 4 and after:
            name = name[1:]  # ("«T» του Ταχτσή", "„T“ von …": the particle that says "by")
        if 1 <= len(name) <= 3 and all(_NAME_WORD.match(w) and w[0].isupper() for w in name) and _same_stem(name[-1], surname):
            return True
    return False


def headline_work(ev) -> bool:
    """The post's title opens on the book's title set off, asks no question, and the text calls its book "the book",
    "the novel": the headline's subject, a review whose book the text names but once (a mention in passing is not in
    the headline; a comparison with a film or a request for read-alikes asks or names the other medium)."""
    if byline_clause(ev.title, ev.book_title, ev.book_author):
        return True  # (its byline: "«T» A", a clause of its own)
    found = _OPENS_SET_OFF.match(ev.title or "") or _CLOSES_SET_OFF.search(ev.title or "") \
        or (reread if (reread := _OPENS_REREAD.match(ev.title or "")) and _REREAD_TEXT.search(ev.body[1]) else None)
    if not (found and ev.book_title and found.group(1).strip().casefold() == ev.book_title.strip().casefold()) \
            or ASKING.search(ev.title):
        return False
    return any(clue.startswith(VOICE[0]) for clue in clues_of(ev))
