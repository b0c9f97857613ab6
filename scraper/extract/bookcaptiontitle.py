"""The caption of the post's own picture that names the book the way a headline does ("T, de A (Publisher)", "A: T",
"«T» by A"), its author's surname said again in the post: a title for ``bookrescue``'s candidates, tried before a bare
headline (a post's headline is often a remark, "A town that empties", that a rescue would otherwise pair with the
person the post names). A caption naming a cover ("Cover of T") is left to ``bookcover``. Read by ``bookcolumn``.
And (``caption_book``, read by ``booknamedtwice`` for a review) the same caption, or one that sets a title apart on its
own (quoted, before a bracket with a year, spelled by its picture's file), in place of a bare headline the post never
names that an earlier rule paired with the author. A caption that is the book's record, a year after a comma ("A: T,
Publisher, 2026. / Photo: …"), is read as a record first (``bookbiblio.from_bibliography``): its imprint and its
picture's credit are no part of the title.
"""

from __future__ import annotations

import re

from .nodes import shown_text
from .casefold import bare, whole_word
from .book import Book as _Book, Context, is_name
from .bookheadline import from_title
from .bookbiblio import from_bibliography

_OUTSIDE = frozenset(("aside", "footer", "nav"))
_IMPRINTED = re.compile(r",\s*(?:1[5-9]|20)\d\d\b")  # (a year after a comma: a record's imprint, "…, Publisher, 2026.")
# a bracket closing the caption that holds a year, with a house or a city before it or not: the record's imprint ("T, de A
# (House, 2013)."), no part of the title and no person (``from_title`` would read "House" as the author)
_IMPRINT_BRACKET = re.compile(r"\s*[(\[][^()\[\]]{0,60}?\b(?:1[5-9]|20)\d\d[)\]]\s*\.?$")
# a bracket of one to four words closing a caption's "A: T (House)", after the title it read: the edition's house,
# as a cover's caption sets it beside the book, no part of the title ("Ime ruže (Prosvjeta)", "T (Gallimard)")
_HOUSE_BRACKET = re.compile(r"(?<=\S)\s*[(\[](?=[^\W\d_])(?:[^\W_][\w.&'’-]*)(?:\s[^\W_][\w.&'’-]*){0,3}[)\]]\s*\.?$")
# (a name's words: each capitalised, or a joining word; "(Roman einer Familie)", "(a novel)" are the title's subtitle)
_JOINING = {"&", "and", "und", "et", "y", "e", "i", "a", "og", "och", "en", "és", "ve"}


def _drop_house(title: str) -> str:
    """The title without a closing bracket that holds a house's name (``_HOUSE_BRACKET``, its words a name's)."""
    found = _HOUSE_BRACKET.search(title)
    if not found or not all(w[:1].isupper() or w in _JOINING for w in found.group().strip(" .()[]").split()):
        return title
    return title[:found.start()]


def post_captions(tree) -> list:
    """The post's pictures' captions: each <figcaption>, or what the cleaning made of one (figures.keep_figure_text: a
    <p> beside the picture, or beside the link or <picture> holding it); none in an aside, a footer or a nav."""
    found = list(tree.iter("figcaption"))
    for img in tree.iter("img"):
        box = img.getparent()
        if box is not None and box.tag in ("a", "picture"):
            box = box.getparent()
        found += [p for p in box if p.tag == "p"] if box is not None else []
    return [c for c in dict.fromkeys(found) if not any(a.tag in _OUTSIDE for a in c.iterancestors())]


def caption_titles(tree, text: str, language: str | None = None) -> list[str]:
    """Titles the post's own captions give with an author the text names again (by surname)."""
    if tree is None:
        return []
    found = []
    context = None
    for caption in post_captions(tree):
        words = shown_text(caption)
        if not words or len(words) > 150:
            continue
        context = context or Context(text, (), language)
        words = _IMPRINT_BRACKET.sub("", words) if ")" in words or "]" in words else words
        book = from_title(words, context) or _quoted_head(words, context)
        if book and book.author and book.title and book.title[:1].isupper() and context.vouches_for(book.author) \
                and book.title != words and not re.search(r"\d", book.title):
            found.append(book.title)
    return found


def caption_book(book, tree, headline: str | None, lines: list[str]):
    """A book whose title is the bare headline, which the post never names, while the post's own picture's caption
    names another title by the same author ("Marta Ruiz: El puerto vacío" under "Un pueblo que se vacía"): the
    caption's title, by that author; else None."""
    if not book and tree is not None:  # (no book yet: the one caption that reads as a record, "A, «T», Publisher")
        context = Context("\n".join(lines), (), None)
        found = {(b.title, b.author) for c in post_captions(tree)
                 if (b := _quoted_head(shown_text(c), context)) and b.author and context.vouches_for(b.author)}
        return _Book(*found.pop(), source="details") if len(found) == 1 else None
    if not book or not book.author or not headline or book.title != " ".join(headline.split()):
        return None
    text = "\n".join(line for line in lines if line != book.title)  # (the headline as a heading line of its own)
    if book.title in text and whole_word(text, book.title):
        return None  # (the post names its headline: a title it is about)
    context = Context(text, (), None)
    captions = post_captions(tree) if tree is not None else []
    for caption in captions:
        words = shown_text(caption)
        # (a caption that is the book's record, "A: T, Publisher, 2026. / Photo: …", read as a record: its imprint and
        # its picture's credit are no part of the title)
        cited = from_bibliography([words], context) if _IMPRINTED.search(words) else None
        found = _Book(*cited) if cited else from_title(words, context) or _dotted_owner(words, book.author)
        title = _drop_house(found.title) if found and found.title else ""
        if found and found.author == book.author and title and title != book.title and title[:1].isupper():
            return type(book)(title, book.author, source="details")
    # a caption that sets a title apart on its own: in quotes, before a bracket with a year ("T (Publisher, 2024)"), or
    # spelled by its picture's file ("t-title.jpg"); one such title, none of the author's name in it, and no name unless
    # quoted (a novel named for its hero, «Λουκής Λάρας», "David Copperfield"; a bare name under a picture is a portrait's)
    titles = {t for t in (_set_apart(c) for c in captions)
              if t and book.author.split()[-1] not in t and (not is_name(t) or t in _quoted_in(captions))}
    return type(book)(titles.pop(), book.author, source="details") if len(titles) == 1 else None


def _dotted_owner(words: str, author: str):
    """The title of a caption in a library's order, the author found already first and a full stop after the name ("A.
    T", "A. T. City: House, 2001"): the words up to the next full stop or bracket, a short capitalised title; else None."""
    if not words.startswith(author + ". "):
        return None
    title = re.split(r"\.\s|\s*[(\[]|\.$", words[len(author) + 2:], maxsplit=1)[0].strip(" ,;")
    if not title or not title[:1].isupper() or not 1 <= len(title.split()) <= 8 or re.search(r"\d", title) or is_name(title):
        return None
    return _Book(title, author, source="details")


# a caption as a record gives it, the name first and the title quoted beside it, then the edition's remark ("A, «T»,
# Publisher", "A, „T“ (Verlag, 2019)"): the closing quote says where the title ends, whatever follows
_NAME_QUOTED = re.compile(r"^([^,«»„“”\"]{3,60}),\s*(«[^«»]{2,80}»|„[^„“”]{2,80}[“”]|“[^“”]{2,80}”)\s*[,.(;–—·|]\s*\S")


def _quoted_head(words: str, context: Context):
    """The book of a caption "Name, «Title», a remark": the name and the quoted title alone, read as a headline."""
    match = _NAME_QUOTED.match(words)
    return from_title(f"{match.group(1)}, {match.group(2)}", context) if match else None


_LEAD = re.compile(r"^([^,(—–:;|]{2,80}?)\s*(?:[,(—–:;|]|$)")
_CAPTION_QUOTED = re.compile(r"^[«„“\"‘]([^«»„“”\"‘’]{2,80})[»“”\"’]")


def _quoted_in(captions) -> set[str]:
    """The titles the captions open with in quotes."""
    return {m.group(1).strip() for c in captions if (m := _CAPTION_QUOTED.match(shown_text(c)))}


def _set_apart(caption) -> str | None:
    """The title a caption sets apart on its own, or None."""
    words = shown_text(caption)
    quoted = _CAPTION_QUOTED.match(words)
    lead = _LEAD.match(words)
    title = quoted.group(1).strip() if quoted else lead.group(1).strip() if lead else ""
    if not title or not title[:1].isupper() or not 1 <= len(title.split()) <= 8 or re.search(r"\d", title):
        return None
    if quoted or re.match(rf"{re.escape(title)}\s*\([^()]*\b\d{{4}}\)", words):
        return title
    files = " ".join(caption.xpath("../img/@src | ../a/img/@src | ../picture/img/@src | ../../img/@src"))
    key = re.sub(r"\W+", "", bare(title)).casefold()
    return title if len(key) >= 4 and key in re.sub(r"\W+", "", bare(files)).casefold() else None


