"""A figure's caption that credits the book as a photo credit credits a picture: the quoted title, the language's word
for "by", the author's name, then anything ("“T” by A, new edition (Photo: PR)", "«T» de A, Éditions X", "\"T\" מאת A,
מהדורה חדשה", "«T» للكاتبة A"): the quotes set the title off, the "by" word the person, and the text names that person
again by family name (in a script without capitals, twice). Read by ``booknamedtwice`` for a post already told a
review whose book no rule found (or found with no author): a painting's or a photo's caption has the same shape ("“Morning
Harbour” by A, oil on canvas"), so the caption alone never makes a post a review.

A caption with no quotes, "T by A, translated by B. Photo: my copy" (``_PLAIN_BY``), is read only with a "by" that means
nothing else (not Romance "de"/"di", a title's own word), a title that opens on no word for a picture ("Photo by A",
"Illustration von B", "Zdjęcie autorstwa C": the picture's credit) and a person the text names twice by family name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .nodes import shown_text
from .book import NAME, Book, Context, is_name
from .bookcaptionnamefirst import name_first
from .bookcaptiontitle import post_captions
from .bookcjkline import cjk_record
from .bookcover import COVER_WORD
from .bookpublisherrecord import TRANSLATION
from .copywords import GIVEN_BOOK
from .notewords import COPY_ANY

# a quoted title at the caption's start, a comma at most, then "by" in our languages and scripts (a word the language
# uses for a work's maker: English/Afrikaans by, Romance de/di/por/par, German von, Dutch door, Scandinavian av/af,
# Indonesian oleh/karya, Vietnamese của, Hebrew מאת, Arabic بقلم/للكاتب(ة)/للروائي(ة), Persian اثر/نوشتهٔ)
_BY_CAPTION = re.compile(
    r"^\s*(?:“([^“”]{1,80})”|«([^«»]{1,80})»|„([^„“”]{1,80})[“”]|\"([^\"]{1,80})\"|‘([^‘’]{1,80})’)\s*,?\s*"
    r"(?:by|door|von|de|di|par|por|av|af|deur|oleh|karya|của|מאת|بقلم|للكاتبة?|للروائية?|اثر|نوشته(?:ٔ|ی|\u200cی)?)\s+"
    r"(?P<name>(?:[^,;:()\[\]|—–.]|(?<=\b\w)\.){3,60}?)\s*(?:[,;:()\[\]|—–]|(?<!\b\w)\.|\s-\s|$)",  # (an initial's stop: "Ursula K. Le Guin")
    re.I,
)


def credited_book(book: Book | None, tree, lines: list[str]) -> Book | None:
    """For a review whose book was not found, or found without its author: the book its own picture's caption credits
    ("“T” by A, …"), A named again in the text; else None."""
    if book is not None and book.author or tree is None:
        return None
    captions = [(_quoting(c), "") for c in post_captions(tree)]
    if not captions:
        return None
    context = Context("\n".join(lines), (), None)
    # (or a CJK record as a caption sets it: "『T』A著（出版社、2024）", "『T』 A 지음 (출판사)", "『T』（A著、出版社）")
    found = caption_by(captions, context) or cjk_record([c for c, _ in captions], context) or _role_inside([c for c, _ in captions], context)
    return Book(found[0], found[1], source="details") if found else None


def captioned_book(book: Book | None, captioned: list[tuple[str, str]], lines: list[str],
                   headline: str | None = None, language: str | None = None) -> Book | None:
    """``credited_book`` over the captions read before the cleaning (bookpageclues: a lead picture's caption the
    cleaning drops), for a review whose book no rule found, or found with no author; else None. With a title found, the
    caption gives only its author, where it names that title (a painting's "View of T by A" beside the review is no
    book of the post); with none, the picture must be the book's: its alt text or file called a cover or a book, the
    caption's own book words (a translator's credit, the writer's copy, a binding: ``_BOOKISH``), or the title named
    again in the text or the headline. A book guessed from the headline's words with the caption's author, its title
    never named in the text, takes the caption's title (``_retitled``)."""
    if not captioned or book is not None and book.author and book.source not in _GUESSED:
        return None
    context = Context("\n".join(lines), (), language)
    # (or author first: "A, «T», edition", "A, T, House" under the headline T: bookcaptionnamefirst)
    found = caption_by(captioned, context) or name_first([c for c, _ in captioned], headline or "",
                                                         lambda name: _person(name, context))
    if not found:
        return None
    if book is not None and book.author:  # (the headline's words, its author found elsewhere: ``_retitled``)
        return _retitled(book, found, context, headline or "")
    if book is not None:
        return replace(book, author=found[1]) if found[0].casefold() == book.title.casefold() else None
    caption, alts = next(((c, a) for c, a in captioned if found[0] in c), ("", ""))
    if not (COVER_WORD.search(alts) or GIVEN_BOOK.search(alts) or _BOOKISH.search(caption) or COPY_ANY.search(caption)
            or GIVEN_BOOK.search(caption) or headline and found[0] in headline or context.mentions(found[0])):
        return None
    return Book(found[0], found[1], source="details")


# a book whose title is the headline's words, its author found apart from it (bookrescue; bookheadline's bare title)
_GUESSED = ("rescue", "title")


def titled_headline(headline: str, title: str | None = None) -> bool:
    """The headline is a title whole (`title`, where given), capitalised as an English title is: short, no colon or
    sentence's stop, the first word and each later one of four letters or more capitalised ("Harbour Lights", not "Slow
    mornings", nor "Sunday reading: a small book about time")."""
    words = headline.split()
    if title is not None and " ".join(words).casefold() != " ".join(title.split()).casefold():
        return False
    return 1 <= len(words) <= 8 and not re.search(r"[:;.!?|]", headline) and words[0][:1].isupper() \
        and all(w[:1].isupper() or not w[:1].isalpha() for w in words[1:] if len(w) > 3)


def caption_over_headline(found: tuple[str, str] | None, headline: str | None, context: Context,
                          captions: list[str] = ()) -> bool:
    """A caption's "T by A" that the text never names beyond the captions, under a headline that is another book's
    title whole (English): the picture shows another book (the writer's earlier one, one the review compares it
    with)."""
    english = (context.language or "").lower().startswith("en")  # (title case marks a title in English only)
    return bool(found and headline and english and titled_headline(headline)
                and found[0].casefold() != headline.casefold()
                and context.mentions(found[0]) <= sum(found[0] in c for c in captions))


def _retitled(book: Book, found: tuple[str, str], context: Context, headline: str) -> Book | None:
    """The caption's book for a headline's guess of the same author whose title the text never names: the headline is
    the post's own ("Slow mornings"), the caption's "T by A" the book's record. A headline that names the author too
    ("T by A", "A's T") names its book: a caption's other title by A is another of A's books, and so is one beside a
    headline that is a title whole, capitalised as one ("Harbour Lights"): only a headline in sentence case, or a part
    split off it, is the post's own words."""
    if (context.language or "").lower().startswith("en") and titled_headline(headline, book.title) \
            or " ".join(found[1].split()).casefold() != " ".join(book.author.split()).casefold() \
            or book.author.split()[-1].casefold() in headline.casefold() \
            or found[0].casefold() == book.title.casefold() or context.mentions(book.title):
        return None
    return Book(found[0], found[1], source="details")


# a caption's words that make its picture a book's: a translation's credit (bookpublisherrecord.TRANSLATION, ~30
# languages)
_BOOKISH = re.compile(rf"(?:{TRANSLATION})", re.I)


# "『T』（A著、出版社）": the bracketed title, then in brackets the name with its role word (and any details)
_ROLE_INSIDE = re.compile(r"^[『《「](?P<title>[^』》」]{1,60})[』》」]\s*[（(]\s*(?P<name>[\u4e00-\u9fff\u3005\u3040-\u30ff・]{2,10}|"
                          r"[\uac00-\ud7a3]{2,4})\s?(?:著|作|編著|编著|지음|저)\s*(?:[、，,]\s*[^）)]{1,40})?[）)]\s*[.。]?$")


def _role_inside(captions: list[str], context: Context) -> tuple[str, str] | None:
    """(title, author) of a caption "『T』（A著、…）" whose author's family name (the first two characters) the text says."""
    for caption in captions:
        match = _ROLE_INSIDE.match(caption.strip()) if caption[:1] in "『《「" else None
        if match and match.group("name")[:2] in context.text:
            return match.group("title").strip(), match.group("name")
    return None


def _quoting(caption) -> str:
    """A caption's words, a title it opens with in italics (<em>, <i>, <cite>) set in quotes as the text would set it."""
    words = shown_text(caption)
    first = caption[0] if len(caption) else None
    if first is not None and first.tag in ("em", "i", "cite") and not (caption.text or "").strip():
        title = shown_text(first)
        if title and words.startswith(title):
            return f"“{title}”{words[len(title):]}"
    return words


def caption_by(captioned: list[tuple[str, str]], context: Context) -> tuple[str, str] | None:
    """(title, author) from the one caption shaped "“T” by A, …" whose A the text names again; None for none or two."""
    found = set()
    for caption, alts in captioned:
        if not caption:
            continue
        if caption[0] not in "“«„\"‘":  # (an unquoted title: the "by" words that mean nothing else)
            if (plain := _plain_by(caption, context, COVER_WORD.search(alts) is not None)) and plain[0] != plain[1]:
                found.add(plain)
            continue
        match = _BY_CAPTION.match(caption)
        if not match:
            continue
        title = next(g for g in match.groups()[:5] if g).strip()
        name = " ".join(match.group("name").split())
        if _person(name, context) and title and title != name:
            found.add((title, name))
    return found.pop() if len(found) == 1 else None


# an unquoted title at the caption's start, then an unambiguous "by" (en/af by/deur, de von, nl door, fr par, es/pt por,
# sv/no av, da af, id/ms oleh/karya, pl autorstwa, is eftir), the name and a stop, a comma or the end
_PLAIN_BY = re.compile(
    r"^(?P<title>[^\W\d_][^,;:.()\[\]|—–\"“”«»„]{0,80}?)\s+"
    r"(?:by|deur|von|door|par|por|av|af|oleh|karya|autorstwa|eftir)\s+"
    rf"(?P<name>{NAME}?)\s*(?:[,;:()\[\]|—–]|\.(?:\s|$)|$)")
# a picture's own credit opening the caption, in our languages: photo, image, illustration, drawing, painting, map,
# cover design (en, de, nl, fr, es, pt, it, pl, id/ms, fi, hu, sv/no/da)
_PICTURE = re.compile(
    r"^(?:photo\w*|image|picture|illustration\w*|drawing|painting|artwork|art|map|portrait|cover|design|foto\w*|bild|"
    r"abbildung|zeichnung|gemälde|afbeelding|tekening|schilderij|dessin|peinture|tableau|imagen|dibujo|pintura|"
    r"ilustra\w+|imagem|desenho|immagine|disegno|dipinto|zdjęcie|rysunek|obraz|gambar|lukisan|kuva|piirros|maalaus|"
    r"kép|rajz|festmény|målning|teckning|maleri|tegning)\b"
    # or the writer's own copy or picture ("My copy of T by A", "Mein Exemplar von …", "Mon exemplaire de …"): a
    # sentence
    r"|^(?:my|our|mein\w*|unser\w*|mijn|onze?|mon|ma|mes|notre|nos|mi|mis|nuestr\w*|il\s+mio|la\s+mia|meu|minha|"
    r"min|mitt|mina|mój|moja|moje|saya|aku)\s", re.I)


def _plain_by(caption: str, context: Context, cover: bool = False) -> tuple[str, str] | None:
    """(title, author) of an unquoted caption "T by A, …" (``_PLAIN_BY``), A's family name named twice in the text, or
    once under a picture its alt text or file calls a cover (the cover vouches for the caption's book, as in bookcover)."""
    match = _PLAIN_BY.match(caption)
    if not match or _PICTURE.match(match.group("title")) or COPY_ANY.search(match.group("title")):
        return None
    title, name = match.group("title").strip(), " ".join(match.group("name").split())
    if not _person(name, context) or context.mentions(name.split()[-1]) < (1 if cover else 2) or len(title.split()) > 10:
        return None
    return title, name


def _person(name: str, context: Context) -> bool:
    """A name of two to four words: capitalised in a script with capitals (named again once), else letters only (named
    again twice); not the blog or its writer."""
    words = name.split()
    if not 2 <= len(words) <= 4 or any(not w.rstrip(".").replace("-", "").replace("'", "").replace("׳", "").isalpha() for w in words):
        return False
    cased = any(ch.isupper() for ch in name)
    if cased:
        return is_name(name) and context.vouches_for(name)
    if any(ch.islower() for ch in name):
        return False  # (a cased script's words all in lower case: a phrase, "the new edition")
    return context.vouches_for(name, times=2)
