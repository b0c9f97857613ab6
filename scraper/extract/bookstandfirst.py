"""The book a news site's standfirst names: the lead paragraph between the headline and the byline, which the cleaning
takes out of the body (``standfirst``), often says what the headline only hints at ("Mauriac, la lande et le poison"
over "«Thérèse Desqueyroux» revient en poche …"; "Román Jany Novákové je …" over a headline about the plot).

Read only when the page gave no author so far, and only what the standfirst marks as a book:

- a quoted title («T», “T”, „T“) with its author after a "by" ("«T» de A", "„T“ von A"), or in the genitive after
  it ("„T“ od Jany Novákové", Slavic and Greek, read by ``bookgenitive``), or the one name among the post's tags whose
  surname alone the text says (``bookclues.tagged_person``); it replaces a title found so far only when that title
  is the quoted one or a word of the author's name (a headline opening on the author's surname is no title);
- a book noun before a name in the genitive ("Román Aleny Novákové", "роман Анны Лебедевой", "powieść Marty Wrony"),
  with no title after it: the author of the title already found, the name given back in the nominative only where
  the page itself uses that form (``bookgenitive.genitive_author``);
- the owner of a book noun ("Ada Roe's 2015 collection, read one poem a week", "le dernier roman de A":
  ``bookclues.possessor``), a name of two words or more the text calls by surname: the author of the title found so
  far (``_owner``), where the standfirst names that title or opens on the owner's book (not "Readers who loved A's
  debut will …", a comparison).

The subtitle a platform sets under the headline, outside the body (``bookpageclues.headline_subtitle``: a newsletter's
or a blogging platform's h2/h3 right after the h1), is read as a standfirst too; in English it may name the book by its
title alone in title case ("Rereading T at fifty") where the post found none and its opening names the author as a
book's owner ("A's memoir of …") and the page's <title> or og:title says the run again: ``_run_title``.
"""

from __future__ import annotations

import re

from .book import BY, Book, Context, leading_author, clean_title
from .bookclues import possessor, tagged_person
from .bookhangulread import hangul_read
from .bookgenitive import genitive_author
from .bookethiopic import ethiopic_book
from .casefold import CAPITALS
from .mediumwords import BOOK_NOUN

_QUOTED = re.compile(r"«\s?([^«»]{2,80}?)\s?»|“([^“”]{2,80})”|„([^„“”]{2,80})[“”]|”([^”]{2,80})”")
# Slavic and Greek book nouns (as ``bookgenitive`` reads them), then two capitalised words: the owner in the genitive
_NOUN_NAME = re.compile(
    r"(?<!\w)(?i:роман|повесть|повість|книг[аиуе]|сборник|збірк[аиу]|powieść|powieści|książk[aęi]|zbiór|"
    r"román|románu|knih[auy]|novel[ay]|sbírk[ay]|zbierk[ay]|μυθιστόρημα|βιβλίο)\s+"
    rf"([{CAPITALS}][\w'’\-]+)\s+([{CAPITALS}][\w'’\-]+)(?![\w'’\-]|\s+[«„“])")


def standfirst_book(book: Book | None, removed: list, labels: list[str], context: Context, tree=None,
                    subtitle: str | None = None, headline: str | None = None, titles: list[str] = ()) -> Book | None:
    """The book (or the found title's author) the page's standfirst names; None when it names none."""
    if book is not None and book.author:
        return None
    texts = [r.text for r in removed if r.rule == "standfirst" and len(r.text) <= 600][:2]
    texts += _leads(tree, context) if tree is not None else []
    # (the subtitle under the headline, outside the body: bookpageclues.headline_subtitle)
    texts += [subtitle] if subtitle and subtitle not in texts and subtitle not in context.text else []
    for text in texts:
        found = _quoted_book(text, book, labels, context) or _owned_title(text, book, labels, context) \
            or _owner(text, book, context, headline) or _plain_owned(text, book, context) or _read_line(text, book, context)
        if found:
            return found
    found = _run_title(subtitle, book, context, titles) if subtitle and subtitle in texts else None
    if found:
        return found
    found = ethiopic_book(texts, context.text)  # "የA B ልብወለድ" over a text quoting «T» (bookethiopic)
    return Book(found[0], found[1], source="title") if found else None


def _read_line(text: str, book: Book | None, context: Context) -> Book | None:
    """A Korean line naming the book read, "A 『T』를 다시 읽다" (bookhangulread), over no book or the same title."""
    found = hangul_read(text, context)
    return Book(found[0], found[1], source="title") if found and (book is None or book.title == found[0]) else None


def _leads(tree, context: Context) -> list[str]:
    """Paragraphs right under the page's headline, in the headline's own container, that the body left out: a lead the
    extraction never took in (a perex in a field of its own beside the body's)."""
    h1 = next(tree.iter("h1"), None)
    box = h1.getparent() if h1 is not None else None
    box = box.getparent() if box is not None and box.getparent() is not None and len(box) <= 2 else box
    if box is None:
        return []
    body = " ".join(context.text.split())
    leads = []
    for p in h1.xpath("following::p[position() <= 3][not(ancestor::nav or ancestor::aside or ancestor::footer or ancestor::form)]"):
        text = " ".join(p.text_content().split())
        if any(a is box for a in p.iterancestors()) and 20 <= len(text) <= 600 and text not in body:
            leads.append(text)
    return leads[:1]


def _quoted_book(text: str, book: Book | None, labels: list[str], context: Context) -> Book | None:
    quoted = [next(g for g in m.groups() if g).strip() for m in _QUOTED.finditer(text)]
    # (a quoted sentence, "«I write at night.»", is what someone said, no title)
    titles = list(dict.fromkeys(clean_title(q) for q in quoted if not re.search(r"[.!?,…]$", q)))
    titles = [t for t in titles if t and t[:1].isupper() and len(t.split()) <= 10]
    if len(titles) != 1:  # (two quoted titles: a comparison, no telling which is the book)
        return None
    title = titles[0]
    after = text[text.find(title) + len(title):].lstrip("»”“ \u00a0")
    by = re.match(rf"(?:,\s*)?(?:{BY}|d[’'])\s*(.+)", after)
    author = leading_author(by.group(1)) if by else None
    author = author if author and context.vouches_for(author) else None
    author = author or _pair_author(genitive_author([text], context, labels, context.language), title) \
        or tagged_person(labels, context, title)
    if not author:
        return None
    if book is not None and book.title.casefold() != title.casefold() \
            and book.title.casefold() not in {w.casefold() for w in author.split()}:
        return None  # the headline named another title: the standfirst's may be an earlier book
    return Book(title, author, source="title")


def _plain_owned(text: str, book: Book | None, context: Context) -> Book | None:
    """No book found: an unmarked "A's T" or "T by A" in the standfirst ("Rory Stewart's The Places In Between, twenty
    years on"), read as the opening's (``bookopening.from_plain``: the author named twice in the text, the title of two
    capitalised words or more), where the text names the title again: the deck states the book the text is about."""
    from .bookopening import COMPARED, from_plain  # (late: bookopening reads the headline rules this module's callers load)
    found = from_plain(text, context) if book is None else None
    if not found or COMPARED.search(text[:max(0, text.find(found[1]))]):
        return None  # (a deck that holds another book up for comparison: "Fans of A's T will …")
    # (or the deck says what T is in an apposition right after it: "A's T, the book that …", "T by A, a novel of …")
    if _apposed_book(text, found):
        return Book(found[0], found[1], source="title")
    if not context.mentions(found[0]) or not re.search(rf"(?<![Tt]he ){re.escape(found[0])}", context.text):
        return None  # (the text says "the Paris Years" only: a time of the person's life the deck owns, no title)
    return Book(found[0], found[1], source="title")


_APPOSED = re.compile(rf",\s+(?:[^\W\d_]+\s+){{0,2}}?{BOOK_NOUN}(?![^\W\d_])", re.I)


def _apposed_book(text: str, found: tuple[str, str]) -> bool:
    """The deck opens on the book ("A's T" or "T by A") and its apposition right after the title (a comma, up to two
    words, a book's noun) calls it a book and runs on to the sentence's end: a deck that names the book later ("Ten
    years after A's T, the book that …, a return") or closes the apposition to go on ("A's T, a novel …, gets a
    sequel") names an earlier book beside the one it is about."""
    title, author = found
    at = text.find(title + ",")
    opens = min(i for i in (text.find(title), text.find(author)) if i >= 0)
    if at < 0 or re.search(r"[^\W_]", text[:opens]):
        return False
    match = _APPOSED.match(text, at + len(title))
    return match is not None and not re.search(r"[,;:—–(]", re.split(r"[.!?](?:\s|$)", text[match.end():])[0])


def _owned_title(text: str, book: Book | None, labels: list[str], context: Context) -> Book | None:
    if book is None:
        return None
    for match in _NOUN_NAME.finditer(text):
        # the owner of a book noun with no title after it: read as if the found title followed ("noun A „T“")
        probe = f"{match.group(0)} „{book.title}“"
        author = _pair_author(genitive_author([probe], context, labels, context.language), None)
        if author:
            return Book(book.title, author, book.year, book.publisher, book.source)
    return None


def _owner(text: str, book: Book | None, context: Context, headline: str | None) -> Book | None:
    """The found title's author as the standfirst names them, the owner of a book noun ("Ada Roe's 2015 collection",
    "le dernier roman de Jean Roy": ``bookclues.possessor``), a name of two words or more the text calls by surname.
    Where the headline names the title too, the header names the book and its author: the book is the title's."""
    if book is None or not book.title or book.source == "jsonld":
        return None  # (a record's book that names no author: the record's to say, "T (stage adaptation)")
    name = possessor([text], context)
    if not name or len(name.split()) < 2 or not context.vouches_for(name) \
            or name.casefold() in book.title.casefold() or book.title.casefold() in name.casefold():
        return None
    if _another_work(name, text) or not (_names(text, book.title) or _opens_on(text, name)):
        return None  # (a standfirst that compares the book to the owner's: "Readers who loved A's debut will …")
    titled = headline and _names(headline, book.title)
    return Book(book.title, name, book.year, book.publisher, "title" if titled else book.source)


def _names(text: str, title: str) -> bool:
    """`text` names `title` as a whole word run, in any case."""
    start = text.casefold().find(title.casefold())
    return start >= 0 and not text[start - 1:start].isalnum() and not text[start + len(title):][:1].isalnum()


# words before an owner's name that make the owner's book the standfirst's subject: none, or the book noun's own
# ("Le dernier roman de", "Il nuovo romanzo di", "The new novel by"): at most five words ending on "by"/"de"/"von" …
_LEAD_IN = re.compile(rf"^\W*(?:(?:[^\W\d_][\w'’-]*\s+){{0,4}}(?:{BY}|of|d['’]))?\s*$", re.I)


def _opens_on(text: str, name: str) -> bool:
    """The owner's book opens the standfirst: "Ada Roe's 2015 collection, read …", "Le dernier roman de Jean Roy …",
    its subject, not a book it is compared with ("Readers who loved A's debut will find …")."""
    start = text.find(name)
    if start < 0:
        return False
    if text[start + len(name):][:1] in ("'", "’"):  # (the genitive opens its own noun phrase: nothing before it)
        return not re.search(r"\w", text[:start])
    return _LEAD_IN.match(text[:start]) is not None


# "a staging of A's novel", "a film after A's memoir" (``_another_work``): the words before the owner's name
_MADE_OF = re.compile(r"\b(?:of|from|after)\s+$")


def _another_work(name: str, text: str) -> bool:
    """The text names the owner's book as what another work is made of ("a staging of A's novel", "a film after A's
    memoir"): the subject is that other work."""
    start = text.find(name)
    while start >= 0:
        if text[start + len(name):][:1] in ("'", "’") and _MADE_OF.search(text[:start]):
            return True
        start = text.find(name, start + 1)
    return False


# a title in English title case: capitalised words, the short words of a title between them ("Cider with Rosie")
_RUN = re.compile(r"(?<![\w'’])[A-Z][\w'’\-]*"
                  r"(?:\s+(?:(?:of|the|and|a|an|in|on|to|for|with|at|from|or)\s+)*[A-Z][\w'’\-]*)+")


def _run_title(subtitle: str, book: Book | None, context: Context, titles: list[str] = ()) -> Book | None:
    """A book the headline's subtitle names by its title alone, in English title case ("Rereading Cider with Rosie at
    fifty"), where the post found no title and its opening names the author as a book's owner ("Laurie Lee's memoir",
    the surname said again): the one run of two capitalised words or more in the subtitle, a sentence's first word off
    it (not an article), that is neither the owner's name nor holds a word the text says (a person, a place), and
    that the page's own <title> or og:title says again (a platform's title joins headline and subtitle; a blog's
    tagline or a sentence's place name under a headline is said nowhere else)."""
    if book is not None or (context.language or "en")[:2] != "en":
        return None
    opening = context.text.split("\n")[:3]
    owner = possessor(opening, context)
    if not owner or len(owner.split()) < 2 or not context.vouches_for(owner, times=2) \
            or _another_work(owner, "\n".join(opening)):
        return None
    runs = set()
    for match in _RUN.finditer(subtitle):
        run = match.group(0)
        opening = match.start() == 0 or subtitle[:match.start()].rstrip().endswith((".", ":", "!", "?"))
        if opening and run.split()[0] not in ("The", "A", "An"):
            run = run.split(" ", 1)[1] if " " in run else ""  # (the sentence's first word is capitalised as such)
        words = run.split()
        if len([w for w in words if w[:1].isupper()]) < 2 or not words[0][:1].isupper():
            continue
        if run.casefold() in owner.casefold() or owner.casefold() in run.casefold() \
                or any(context.mentions(w) for w in words if w[:1].isupper() and len(w) > 3):
            continue  # (the author, a place or a person the text names: no title the text never names)
        if any(_names(t, run) for t in titles):
            runs.add(run)
    return Book(runs.pop(), owner, source="body") if len(runs) == 1 else None


def _pair_author(found: tuple[str, str] | None, title: str | None) -> str | None:
    if not found or (title is not None and found[0].casefold() != title.casefold()):
        return None
    return found[1]
