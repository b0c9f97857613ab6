"""A shop's heading that glues its brand or publisher before the book ("<h1><a href='/brand'>Yapı Kredi Yayınları</a>
<span>İçimizdeki Şeytan - Sabahattin Ali</span></h1>", read as one line): the brand is the heading's leading link, and
the book's title is the part after it that the rest of the page echoes, the page's own title (``<title>``, og:title)
opening with it or an image's alt text naming it whole, where the brand's words are named nowhere in that echo.

A heading whose words stand in one run (no leading link), or that the other titles repeat whole, has no brand glued on.

The word for the book's kind read as part of its title comes off too, where the review uses that word as a common noun
in lower case: after it ("T. Trilogy", ``kind_tail``) or, for a novel's word, before it ("Novel T", ``kind_head``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from .book import BY_RECORD, Book, is_name, leading_author
from .bookgenretail import ENGLISH_KINDS, KIND_WORDS, genre_tail

_AFTER = re.compile(r"$|\s|[-–—|:,(·•]")


def _echoed(part: str, others: list[str], pictures: list[str]) -> bool:
    folded = part.casefold()
    return any(o.casefold().startswith(folded) and _AFTER.match(o[len(part):]) is not None for o in others) \
        or any(p.casefold() == folded for p in pictures)


def _leading_link(tree, heading: str) -> str | None:
    """The text of the link that opens the page's h1 reading `heading` (no text before it), or None."""
    for h1 in tree.iter("h1") if tree is not None else ():
        if len(h1) and not (h1.text or "").strip() and h1[0].tag == "a" and " ".join(h1.text_content().split()) == heading:
            return " ".join(h1[0].text_content().split()) or None
    return None


def unbranded(book: Book | None, heading: str | None, others: list[str], pictures: list[str], tree=None) -> Book | None:
    """`book` (its title read off the post's `heading`) without a brand's words glued before it, by what the page echoes."""
    if book is None or not heading or not book.title.startswith(heading.split(" ", 1)[0]) or not others and not pictures:
        return book
    brand = _leading_link(tree, " ".join(heading.split()))
    if not brand or not book.title.startswith(brand + " ") or _echoed(book.title, others, pictures):
        return book
    rest = book.title[len(brand):].strip()
    if rest and _echoed(rest, others, pictures) and not any(_named(brand, o) for o in others):
        return replace(book, title=rest)
    return book


def _named(words: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text, re.I) is not None


_PARTS = re.compile(r"\s+[-–—|/]\s+")


def _script(text: str) -> str | None:
    """The script most of `text`'s letters are in (Unicode's name's first word: LATIN, DEVANAGARI, CYRILLIC …)."""
    counts: dict[str, int] = {}
    for ch in text:
        if ch.isalpha():
            script = unicodedata.name(ch, "?").split(" ")[0]
            counts[script] = counts.get(script, 0) + 1
    return max(counts, key=counts.get) if counts else None


def in_page_script(book: Book | None, heading: str | None, text: str, product: str | None) -> Book | None:
    """A shop's product heading (``bookproducthead``, read before cleaning: `product`) that gives the title twice, in two scripts ("Seto Dharti (Nepali)
    - सेतो धरती - Amar Neupane"): the title is the one in the script the review is written in, the part right beside the
    one read (a blog's "A - T - Blog name" is no product's)."""
    if book is None or not heading or " - " not in heading and " – " not in heading or book.title not in heading \
            or product != " ".join(heading.split()):
        return book
    parts = [p.strip() for p in _PARTS.split(heading)]
    if len(parts) < 3 or book.title not in parts or book.author not in parts:
        return book  # (the author a part of its own: "T - T' - A", no title read off a name's part)
    own, prose = _script(book.title), _script(text[:2000])
    if not prose or own == prose:
        return book
    at = parts.index(book.title)
    for other in parts[at + 1:at + 2] + parts[max(0, at - 1):at]:
        if _script(other) == prose and other != book.author and (not book.author or book.author not in other) \
                and len(other.split()) <= 2 * len(book.title.split()) + 2:
            return replace(book, title=other)
    return book


# (its indefinite article before it, as English, Romance, German, Dutch and Scandinavian subtitles write it: "T: A
# Novel", "T. Un roman", "T: Ein Roman", "T: Een roman", "T: En roman")
_ARTICLE = r"(?i:a|an|un|une|una|uno|um|uma|ein|eine|een|en|ett|et)"
_KIND_TAIL = re.compile(rf"^(?P<title>\S.*?\S)\s*[.:]\s+(?P<article>{_ARTICLE}\s+)?(?P<kind>[^\W\d_]{{5,}})$")


def kind_tail(book: Book | None, text: str) -> Book | None:
    """A title that ends with a one-word part after a stop or colon naming the kind of book ("Қан мен тер. Трилогия",
    "Dom nad rzeką. Opowiadania"), which the review itself uses as a common noun, in lower case, for the book ("бұл
    трилогияны", "te opowiadania"): the title without it; with its article ("T: A Novel", "T. Un roman", "T: Ein
    Roman"), where the word is a kind's (bookgenretail.KIND_WORDS), whatever the text says. A word the review writes
    with its capital inside a sentence is the title's (German capitalises every noun: there the tail stays)."""
    if book is not None and (head := genre_tail(book.title)):
        return replace(book, title=head)  # a paper's header read whole, "T. Roman. Publisher" (bookgenretail)
    match = _KIND_TAIL.match(book.title) if book is not None and ". " in book.title or book is not None and ": " in book.title else None
    if not match or not text:
        return book
    kind = match.group("kind")
    if match.group("article"):  # ("T: A Novel", "T. Un roman": the subtitle names the kind alone, a kind's own word)
        # (in the article's own language: English "a"/"an" before English's kinds only)
        kinds = ENGLISH_KINDS if match.group("article").strip().casefold() in ("a", "an") else KIND_WORDS
        return replace(book, title=match.group("title")) if kind.casefold() in kinds else book
    stem = kind[:max(4, len(kind) - 2)]
    lower = stem[:1].lower() + stem[1:]
    if lower == stem or not re.search(rf"(?<!\w){re.escape(lower)}", text) or re.search(rf"(?<=[\w,;]\s){re.escape(stem)}", text.replace(book.title, " ")):
        return book
    return replace(book, title=match.group("title"))


# a novel's word as a headline sets it before the title ("Review Novel T karya A", "Powieść T", "Роман T"), in id/ms/en,
# fr/ro/sl/hr/sr/bs/tr/de, it, es, pl, cs/sk, nl/et, lv, lt, sq, fi, hu, tl, sw, cy, ga, ru/uk/bg; not the words for a
# book ("Llyfr …", "Book …", "Книга …" open titles of their own: "The Blue Book of …"), nor pt/en "romance"
_KIND_HEADS = frozenset((
    "novel novella cerpen roman romanzo novela powieść román romaan romāns romanas romani romaani regény nobela riwaya "
    "nofel úrscéal роман повесть повість").split())
_KIND_HEAD = re.compile(r"^(?P<kind>[^\W\d_]{3,})\s+(?P<title>[^\W_].*)$")
# a genre's noun in lower case (one to three words: "sách", "el libro", "the novel"), then the title in quote marks that
# ends it: a title opens on a capital, so the lower-case words before the marks are the headline's, not the book's
_LOWER_THEN_QUOTED = re.compile(
    r"^(?P<lead>(?:[^\W\d_]+\s+){1,3})['‘\"“«„»‹](?P<title>[^'‘’\"“”«»„‹›\n]{1,120})['’\"”»“«›]$")


def kind_head(book: Book | None, text: str, headline: str | None) -> Book | None:
    """A title that opens with the word for its kind ("Novel Bumi", "Roman Ulica"), which the review uses as a common
    noun in lower case ("novel ini", "ce roman"), and never writes together with the title: the title without it. A
    title the text or the headline names whole, quoted, in italics or mid-sentence, keeps it, as does one the headline
    opens on whole with its author ("Roman Blood by A": the word is no label set before the title, as in "Review Novel
    T karya A") and one whose rest is a phrase in title case, its small words in lower case ("Novel Without a Name"; a
    label stands before a one-word title or one in sentence case: "Novel Bumi", "Powieść Dom nad jeziorem"). German
    writes every noun capitalised, so there the word stays (no lower-case use). A title of lower-case words before a
    quoted part that ends it ("sách 'T'", "el libro «T»", "the novel “T”") is that quoted part, in any language."""
    if book is not None and (quoted := _LOWER_THEN_QUOTED.match(book.title)) and quoted["lead"].islower() \
            and not quoted["title"][:1].islower():
        return replace(book, title=quoted["title"].strip())  # ("sách 'T'", "el libro «T»": the quotes are the title)
    if book is None or not text or " " not in book.title or book.title[:1].islower():
        return book
    match = _KIND_HEAD.match(book.title)
    if not match or match.group("kind").casefold() not in _KIND_HEADS or not match.group("title")[:1].isupper():
        return book
    kind = match.group("kind").casefold()
    if book.title in text or not re.search(rf"(?<!\w){re.escape(kind)}(?!\w)", text):
        return book
    if headline and re.search(rf"[\"“«„‘'*_]{re.escape(book.title)}", headline):
        return book  # (the headline quotes the title with its kind's word: the book's own)
    if headline and re.match(rf"\W*{re.escape(book.title)}\W*,?\s+{BY_RECORD}\s", headline):
        return book  # (the headline opens on it whole, then its author: "Roman Blood by A", no label before the word)
    rest = match.group("title").split()
    if any(word.islower() and len(word) <= 3 for word in rest) and all(w[:1].isupper() for w in rest if len(w) > 3):
        return book  # (the word opens a longer phrase in title case, "Novel Without a Name": one title, not a label)
    return replace(book, title=match.group("title"))


# the maker's word after a kind ("essays by", "un roman de", "ein Roman von", "racconti di", "dikter av", "verhalen
# door", "novel karya", "powieść autorstwa"), the words a caption or a record line sets before the author's name
_KIND_BY_WORD = r"(?:(?:by|de|von|di|door|van|av|af|oleh|karya|por|par|autorstwa|od)(?=\s)|d['’])"
# (a name particle too: "Roman von Ungern", "Novela de Souza" may be a person's whole name; by these, a kind's word
# that opens the phrase capitalised is no prefix)
_PARTICLE_BY = frozenset(("de", "d'", "d’", "von", "di", "van", "af", "od"))
# a life's story is about its subject, not by them: "biografie van A", "biographie de A", "biografia di A" name the
# subject (en fr de nl sv/da/no is fi es pt it pl cs sk ru uk bg el tr hu)
_LIFE_OF = re.compile(r"(?i)biogra|biyografi|levensbeschrijving|levnadsteckning|ævisag|elämäkert|életrajz|životopis|"
                      r"życiorys|жизнеописани|биографи|біографі|βιογραφ")
# up to three words before the kind ("a new", "a collection of", "la nueva"), the kind, the maker's word,
# then the rest (the name, checked by the caller)
_KIND_BY = re.compile(rf"^(?P<lead>(?:[^\W\d_]+\s+){{0,3}}?)(?P<kind>[^\W\d_]{{4,}})\s+(?P<by>{_KIND_BY_WORD})\s*"
                      r"(?P<rest>[^\W\d_].*)$")


def kind_by(book: Book | None) -> Book | None:
    """An author read with the kind of book and the word for "by" before the name ("essays by A", "a novel by A",
    "stories by A", "un roman de A", "ein Roman von A", "racconti di A"; a caption's "T, essays by A (House)" split at
    its comma): the name alone. The kind is a kind's word (bookgenretail.KIND_WORDS, some thirty languages) and the
    "by" word no name's particle ("A Novel by A", "Essays by A"); where it is also a name's particle ("von", "de",
    "di"), a kind's word that opens the phrase capitalised may be a person's name ("Roman von Ungern"), one after an
    article or in lower case is not ("Ein Roman von A", "Un roman de A"). A biography's subject is no author
    ("biografie van A"). A name never holds such a phrase, so nothing else changes."""
    if book is None or not book.author or " " not in book.author:
        return book
    match = _KIND_BY.match(book.author)
    if not match or match.group("kind").casefold() not in KIND_WORDS or _LIFE_OF.match(match.group("kind")):
        return book
    if match.group("by").casefold() in _PARTICLE_BY and not match.group("lead") and match.group("kind")[:1].isupper():
        return book  # ("Roman von A", "Novela de A": a name's particle after a capital may be a person's whole name)
    rest = match.group("rest").strip()
    name = rest if is_name(rest) else leading_author(rest)
    return replace(book, author=name) if name and is_name(name) else book
