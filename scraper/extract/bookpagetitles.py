"""The page's other titles, <title> and og:title, where the post's heading lost part of what it said.

Themes set the post title in <title> with the blog's name before or after it (``without_site``), and some cut the
author off the heading that <title> or og:title still has: "The Salt Ledger – Chidi Okafor – Tidewater Halls" over an
h1 "The Salt Ledger" (``extended_title``). ``bookbody.find_book`` tries them first.

``review_head``: a headline that names the book and then calls itself a review, with no mark between ("Piranesi review",
"Scythe spoiler-free review (transcript)", "Streulicht Rezension"): the words before the review's word, a title for
``bookbody`` to pair only with an author the text gives it ("T by A", "A's T"), where the text names them as a book
(with its author after a by-word, called a book or a novel, or with a page count or ISBN): a film's, a device's or a
club meeting's "T review" is no book's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .book import BY, DASH, REVIEW_PREFIX, REVIEW_WORD, Book, Context, leading_author, letters_of, clean_title, is_name
from .bookheadline import from_title
from .bookcjkparen import paren_cited
from .bookinvertedtitle import inverted_title
from .booksitename import host_led
from .citedrecord import PAGE_COUNT
from .bookgenretail import KIND_WORDS
from .copywords import GIVEN_BOOK
from .titlefind import by_after

# the headline's head, then the review's word ending it, a bracket of one to three words after it at most
# ("(transcript)", "(audiobook)", "[ARC]")
_REVIEW_TAIL = re.compile(rf"^(?P<head>\S.{{0,80}}?)\s+(?:{REVIEW_WORD})(?:\s*[(\[][^()\[\]]{{1,30}}[)\]])?\s*$", re.I)
_SOCIAL_TITLE = re.compile(r'^[^"“”:]{2,60}:\s*["“]([^"“”]+)["”]')

if TYPE_CHECKING:  # (bookbody imports this module)
    from .bookpageclues import Clues


def without_site(title: str, clues: Clues) -> str:
    """A <title> or og:title without the blog's name before or after it."""
    title = re.sub(r"\s+", " ", title).strip()
    for name in clues.context.not_authors[:1]:
        if name and title.casefold().endswith(name.casefold()):
            title = title[: -len(name)].rstrip(" -–—|·•:")
        elif name and title.casefold().startswith(name.casefold()):
            title = title[len(name):].lstrip(" -–—|·•:")
    return title.strip()


def extended_title(other: str, clues: Clues, title_book: Book | None) -> Book | None:
    """og:title or <title> = the post title + " – Author" (+ " – Site"): the heading lost its author."""
    post = clues.title or ""
    other = without_site(other, clues)
    if inverted := inverted_title(other, clues.context):  # "Surname, Given: T | Site", a catalogue's order (bookinvertedtitle)
        return inverted
    # a social post's page title, 'Poster: "the post's first words…"': the quoted words are the post's
    social = _SOCIAL_TITLE.match(other)
    if social:
        found = from_title(social.group(1).rstrip("…. "), clues.context)
        return found if found and found.author else None
    if post and other.casefold().startswith(post.casefold()) and len(other) > len(post):
        rest = re.split(r"\s+[-–—|·•:]\s+|\s*[(\[]", other[len(post):].strip(" -–—|·•:"))[0].strip()
        rest = re.sub(rf"^,?\s*(?:{BY})\s+", "", rest)  # "T" → "T by A", "T von A"
        author = leading_author(rest)
        # a person: the text calls them by surname alone ("Stille Vand" named whole is a title, not its author)
        # (and no site's brand: "T - RTL Today Kultur" on rtl.example, its section's word said in a newsletter's name)
        if author == rest and clues.context.vouches_for(author) and clues.context.person(author) and not host_led(author, clues.url):
            return Book(title_book.title if title_book else clean_title(post), author, source="title")
        return None
    # the page title may carry the blog's name after the post's: try it whole, then without its last parts
    cuts = [m.start() for m in re.finditer(r"\s+[-–—|·•]\s+", other)]
    for end in [len(other)] + cuts[::-1][:3]:
        found = from_title(other[:end], clues.context)
        if found and found.author and (post and found.title.casefold() in (title_book.title if title_book else post).casefold()
                                       or _labelled(other[:end], found, clues, title_book)) \
                and not host_led(found.author, clues.url):
            return found
    return None


def _labelled(other: str, found: Book, clues: Clues, title_book: Book | None) -> bool:
    """A review site's <title> template, "Review of the book T — A | Site", over a headline of the reviewer's own words
    ("Wolves, the steppe and a man"): the page title opens with a review's label, so its "T — A" is the reviewed book,
    where the text calls A by surname alone (in any case) and the headline named no other book. The author after a
    dash, ending the part: "Review of T by X" names the review's writer ("Resenha de T por Helena"), and a name the
    text says whole each time is a title's ("Review: a phrase - O Quinze - Site")."""
    return bool(REVIEW_PREFIX.match(other)) and bool(re.search(rf"{DASH}{re.escape(found.author)}\W*$", other)) \
        and clues.context.vouches_for(found.author) and clues.context.person(found.author) \
        and (title_book is None or letters_of(title_book.title) == letters_of(found.title))


def described(description: str, headline: str | None, context: Context) -> Book | None:
    """The book a meta description names: "A review of T by A" where the headline names T; or one of its sentences that
    is a quoted title with its author ("Name — «T» (2000)."), the author one the text calls by name."""
    found = from_title(description)
    if found and found.author and headline and found.title.casefold() in headline.casefold():
        return found
    for sentence in re.split(r"(?<=[.!?])\s+", description)[:4]:
        found = from_title(sentence.rstrip(". "), context) if re.search(r"[“«„‹「『‘]", sentence) else None
        # the title is the quoted part (an apostrophe, "Le Guin’s T has aged …", quotes nothing)
        if found and found.author and re.search(rf"[“«„‹「『‘]\s*{re.escape(found.title)}\s*[”»“›」』’]", sentence) \
                and context.vouches_for(found.author):
            return found
    cited = paren_cited(description, context)  # "『T』（A、1965年）を再読。" (bookcjkparen)
    return Book(*cited, source="details") if cited else None


# words for "about" before (or, in Turkish, after) what a post is about: a headline "Thoughts on T", "T üzerine bir not"
_ABOUT_BEFORE = frozenset("on about regarding über sobre acerca à propos sur su over om o об обо про περί".split())
_ABOUT_AFTER = frozenset("üzerine hakkında hakkinda".split())


def named_part(headline: str, context: Context) -> str | None:
    """"Aylak Adam üzerine uzun bir not", "Some thoughts on Piranesi": the headline's part after its word for "about"
    (before it, in Turkish) that the text names more often than the whole headline (of two words or more, or one the
    text names three times); never a person the text calls by surname, nor the blog or blogger. ("Notes from the
    Harbourside Book Fair" names a place or an event, not what the post is about.)"""
    words = headline.split()
    parts = [" ".join(words[n + 1:]) for n, w in enumerate(words[:-1]) if w.casefold() in _ABOUT_BEFORE]
    parts += [" ".join(words[:n]) for n, w in enumerate(words) if n and w.casefold() in _ABOUT_AFTER]
    whole = context.mentions(headline) if parts else 0
    for part in sorted((p.strip(" ,.:;!?-–—") for p in parts), key=len, reverse=True):
        if part[:1].isupper() and context.mentions(part) > whole and (len(part.split()) >= 2 or context.mentions(part) >= 3) \
                and not (is_name(part) and context.person(part)) and not any(letters_of(part) == letters_of(n) for n in context.not_authors if n):
            return part
    return None


_HEAD_QUOTED = re.compile(r"«\s?([^«»]{2,80}?)\s?»|“([^“”]{2,80})”|„([^„“”]{2,80})[“”]|\"([^\"]{2,80})\"")


def quotes_other(headline: str | None, title: str) -> bool:
    """The headline quotes a title and `title` is none of its quoted spans (a post headed "Rereading «T»" is about T:
    another title its text names, "only those who saw «T2»", is no book of its own)."""
    if not headline or not any(q in headline for q in "«“„\""):
        return False
    spans = [next(g for g in m.groups() if g) for m in _HEAD_QUOTED.finditer(headline)]
    return bool(spans) and not any(title.casefold() in s.casefold() or s.casefold() in title.casefold() for s in spans)


def review_head(headline: str, context: Context) -> str | None:
    """The words before a headline's closing review word ("Scythe spoiler-free review (transcript)" → "Scythe"), where
    the text names them as a book (``_booked``), or None; a head in lower case ("my mid-year review", "a quick review")
    names no book."""
    if len(headline) > 120 or not re.search(r"\s\S", headline):
        return None
    match = _REVIEW_TAIL.match(headline)
    if not match or _REVIEW_ONLY.fullmatch(headline.strip()) \
            or headline[match.end("head"):].split()[0].casefold() in ("in", "of", "on", "a", "an", "my"):
        return None  # (a label alone, "Mini review"; "Year in review", "Month of reviews": a round-up's)
    head = match.group("head").strip(" ,:;-–—|")
    if len(head) < 3 or not (head[:1].isupper() or head[:1].isdigit()) or not context.mentions(head):
        return None
    return head if _booked(head, context.text) else None


_REVIEW_ONLY = re.compile(rf"(?:{REVIEW_WORD})", re.I)
# the words for a book and its kinds (copywords.GIVEN_BOOK: book, Buch, livre, libro, książka, книга …; bookgenretail:
# novel, roman, novela, powieść, роман, memoir …)
_KIND_NAMES = "|".join(sorted(map(re.escape, KIND_WORDS), key=len, reverse=True))
_KINDS = rf"(?:{GIVEN_BOOK.pattern}|(?<!\w)(?:{_KIND_NAMES})(?!\w))"
# the text calls the head a book after it: "T, a novel", "T (novel)", "T is a quiet book", "T ist ein Roman", "T est
# un roman", "T es una novela", "T è un romanzo", "T é um livro", "T jest powieścią", "T adalah novel"
_CALLED_AFTER = re.compile(
    r"[”’»\"'*_]*\s*(?:,\s*|\(\s*|[—–]\s*|\s+(?:is|was|ist|war|est|était|es|fue|è|era|é|foi|jest|je|er|är|on|adalah|"
    rf"merupakan)\s+)(?:[^\W\d_]+\s+){{0,3}}?{_KINDS}", re.I)
# … or before it: "the novel T", "Roman „T“", "la novela T", "novel T"
_CALLED_BEFORE = re.compile(rf"{_KINDS}\s*[,:]?\s*[„“\"«‘*_]*$", re.I)


def _booked(head: str, text: str) -> bool:
    """The text names `head` as a book: with its author after a by-word ("T by A", "T von A", "T di A": titlefind.
    by_after, no translator's "T, translated by B" between), called a book or its kind right before or after it, or
    with a book's record (a page count, an ISBN) anywhere."""
    if (after := by_after(head, text)) and is_name(" ".join(after.group(1).split()[:2]).strip(",.;:")):
        return True
    at = text.find(head)
    while at != -1:
        if _CALLED_AFTER.match(text, at + len(head)) or _CALLED_BEFORE.search(text, max(0, at - 40), at):
            return True
        at = text.find(head, at + 1)
    return bool(PAGE_COUNT.search(text))
