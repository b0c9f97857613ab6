"""The author of a review named in full only where a page sets a person apart from the post: the lead under the headline
("Ottlik Géza regénye most új kiadásban…", the standfirst) or the caption of the post's own picture ("Ο Δημήτρης Χατζής
στο Βερολίνο, 1970", a portrait), in a script with capitals; the prose calling that person by one word of the name alone
(the family name: the last word, or in Hungarian, which puts it first, the first) and never by another. The title is the
one already found, or the one quoted span of the headline, read in the fuller form a record line under the review gives
it ("Το διπλό βιβλίο · Publisher · 296 pages · price" for the headline's «Διπλό βιβλίο»). One such person, or none: a
second (a compared writer's portrait) and there is no telling. Read by ``booknamedtwice.named_twice`` for a review.
"""

from __future__ import annotations

import re

from lxml import etree

from .nodes import shown_text
from .casefold import whole_word
from .book import Book
from .bookcaptiontitle import post_captions
from .bookseries import italic_title

# a capitalised word of a name (its other letters in lower case): "Géza", "Χατζής", "O'Neill"
_CAP = r"[^\W\d_][^\W\d_'’\-]*(?:[-'’][^\W\d_]+)?"
_QUOTED = re.compile(r"«([^«»]{2,60})»|„([^„“”]{2,60})[“”]|“([^“”]{2,60})”|‹([^‹›]{2,60})›")
_FAMILY_FIRST = ("hu",)  # languages that write the family name first in Latin or another cased script
_FIELDS = re.compile(r"\s[·|•]\s")
# a figure's caption, or what the cleaning made of one (figures.keep_figure_text: a <p> beside the picture)
_DESCRIPTION = etree.XPath("//head/meta[@name='description' or @property='og:description']/@content")


def _names(text: str) -> list[str]:
    """Runs of two or three capitalised words (of two letters or more: an article "Ο", "A" is no part of a name)."""
    out, run = [], []
    for word in re.findall(rf"{_CAP}|[^\w\s]+", text) + ["."]:
        word = re.sub(r"['’]s$", "", word)  # (a possessive's ending: "Marta Ruiz's")
        if len(word) >= 2 and word[0].isupper() and any(c.islower() for c in word[1:]):
            run.append(word)
            continue
        if 2 <= len(run) <= 3:
            out.append(" ".join(run))
        run = []
    return out


def _said(word: str, words: list[str]) -> bool:
    """The prose says `word` bare or with a short case ending ("Χατζής" / "Χατζή", "Ottlik" / "Ottliknak")."""
    w = word.casefold()
    return any(p == w or (len(w) >= 4 and (p.startswith(w) and len(p) - len(w) <= 4 or w.startswith(p) and len(w) - len(p) <= 1
                                           and len(p) >= 4)) for p in words)


def _person(name: str, prose: str, title: str, family_first: bool) -> bool:
    words = name.split()
    if any(w.casefold() in title.casefold() for w in words):
        return False  # (a title's word: "Az Iskola")
    rest = [w.casefold() for w in re.findall(r"\w+", prose.replace(name, " "))]
    family, given = (words[0], words[1:]) if family_first else (words[-1], words[:-1])
    return _said(family, rest) and not any(_said(g, rest) for g in given)


def _record_title(title: str, lines: list[str]) -> str:
    """The title as a record line's first field gives it, an article before it ("Το διπλό βιβλίο" for "Διπλό βιβλίο")."""
    for line in lines:
        fields = _FIELDS.split(line)
        if len(fields) >= 3 and any(re.search(r"\d", f) for f in fields[1:]):
            first = fields[0].strip()
            head = first[: len(first) - len(title)].strip()
            if first.casefold().endswith(title.casefold()) and (not head or len(head.split()) == 1 and len(head) <= 3):
                return first
    return title


def _other_work(caption, title: str) -> bool:
    """The caption names a work other than `title`: in italics, or in quotes."""
    works = [shown_text(e) for e in caption.iter("em", "i", "cite")]
    works += [next(g for g in m.groups() if g).strip() for m in _QUOTED.finditer(caption.text_content())]
    return any(w and w.casefold() != title.casefold() for w in works)


def _record_only(lines: list[str], headline: str | None) -> str | None:
    """A record line's first field ("Τ · Publisher · 296 pages · price") whose title the headline or another line names
    (an article before it may go: "Το διπλό βιβλίο" for the headline's "Διπλό βιβλίο")."""
    for i, line in enumerate(lines):
        fields = _FIELDS.split(line)
        first = fields[0].strip()
        if len(fields) < 3 or not any(re.search(r"\d", f) for f in fields[1:]) or not 1 <= len(first.split()) <= 8 \
                or re.search(r"\d", first) or not first[:1].isupper():
            continue
        words = first.split()
        bare = " ".join(words[1:]) if len(words) > 1 and len(words[0]) <= 3 else first
        others = "\n".join([headline or "", *lines[:i], *lines[i + 1:]]).casefold()
        if whole_word(others, bare.casefold()):
            return first
    return None


def _header_title(tree, prose: str) -> str | None:
    """The h1 of a book's header, over a line that holds a name of two or three words alone, if the prose names it."""
    for head in tree.iter("h1"):
        text = shown_text(head)
        line = next((" ".join(s.text_content().split()) for s in head.itersiblings() if s.tag in ("p", "div")), "")
        if text and 1 <= len(text.split()) <= 6 and _names(line) == [line] and re.search(
                rf"(?<!\w){re.escape(text.casefold())}(?!\w)", prose.casefold()):
            return text
        return None
    return None


def lead_book(book: Book | None, tree, lines: list[str], headline: str | None, not_authors=()) -> Book | None:
    """(title, author) as the module's docstring says, or None."""
    # (an author the rescue read out of the prose may have taken a sentence's first word for a given name: "Aber Brandt
    # findet …", where the lead says "Helga Brandt": the lead's name, of the same family name, stands)
    if tree is None or book and book.author and book.source != "rescue" or not lines:
        return None
    title = book.title if book else None
    if title is None:
        quoted = [next(g for g in m.groups() if g).strip() for m in _QUOTED.finditer(headline or "")]
        title = quoted[0] if len(quoted) == 1 and 1 <= len(quoted[0].split()) <= 6 else _record_only(lines, headline)
    prose = "\n".join(lines)
    # (a book's header, its h1 over a line that is its author's name alone, "<h1>T</h1><div>A B</div>": the h1 the prose
    # names is the title, before a title set in italics, another book compared)
    title = title or _header_title(tree, prose) or italic_title(tree, prose)  # (the one title the post sets in italics: "Ich habe <em>T</em> gelesen")
    if not title or title.casefold() not in prose.casefold():
        return None  # (a title the post names, or a record line under it: not a headline's quoted remark)
    if not any(c.isupper() for c in prose):
        return None  # (a script without capitals: booknamedtwice reads it)
    # the post's own pictures (not a sidebar's or a footer's), the paragraph under the h1 and the page's description
    # (a caption that names another work, in italics or quotes, is a compared writer's: "Tom Pryce, whose <i>T2</i> …")
    apart = [shown_text(c) for c in post_captions(tree) if not _other_work(c, title)] \
        + [" ".join(d.split()) for d in _DESCRIPTION(tree)]
    for head in tree.iter("h1"):
        apart += [" ".join(s.text_content().split()) for s in head.itersiblings() if s.tag in ("p", "div")][:1]
        break
    language = ((tree.getroottree().getroot().get("lang") or "")[:2]).lower()
    folded = prose.casefold()
    family_first = language in _FAMILY_FIRST
    people = {n for text in apart if len(text) <= 300 for n in _names(text)  # (a family name the prose never says: no)
              if n not in not_authors and n.split()[0 if family_first else -1][:4].casefold() in folded
              and _person(n, prose, title, family_first)}
    if len(people) != 1:
        return None
    person = people.pop()
    if book and book.author and (person == book.author or person.split()[-1] != book.author.split()[-1]):
        return None
    return Book(_record_title(title, lines), person, source="rescue")
