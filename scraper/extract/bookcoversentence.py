"""A cover's caption that says whose cover it is in a sentence: "Cover of the new edition of T by A."

``bookcover.from_caption`` reads captions set off by a dash, a comma or quotes ("T — A", "A, „T“"), and ``bookcoverof``
"Cover of T, a novel by A" (a kind word before the maker's); a paper's caption
may instead open on the word for a cover and run on in the language's own words to the book: Swahili "Jalada la toleo
jipya la T cha A", English "Cover of the new edition of T by A", French "Couverture de la réédition de T, de A",
Spanish "Portada de la nueva edición de T, de A". Read by shape: the caption opens on a cover word (``_COVER_WORD``),
a few lower-case words follow (of, the new edition, …), the title opens on the first capital and runs to the last
"by" (the page language's, as ``bookheadline.by_pattern``; Swahili's noun-class "of" included, so a title holding one, "Kisima cha
Giningi", keeps it) after which a name of two to four capitalised words, no figure, closes the caption; the text names
that name's last word. A caption with no cover word, a title in lower case, a name the text never names: nothing.

Also (holdout64 round): the cover word may follow an article ("The cover of …", Tagalog "Ang pabalat ng …", "La
copertina di …"); the "by" may be the page language's own (``bookownby``: Tagalog "ni", Welsh "gan"); and the name may
be followed by an aside set off by a comma or a bracket ("… by A, reissued this year", "… karya A (Publisher)"), which
is no part of it. The title runs from the first capital to that "by", its small words kept ("Canal de la Reina",
"Semua untuk Hindia"), so a title's inner lower-case words never cut it short; but an aside set off by a comma inside
the title's run, lower-case words that name another person ("T, translated by B of the play by A", Swahili "T, tafsiri
ya B ya tamthilia ya A", "T, traducción de B, de A"), opening on a translation's word, is a translator's credit, not
the title's (``_credited``): the title stops at its comma.

``filed_caption``: a caption with no cover word whose picture has no alt text, only a file named after the book
("tulang-tulang.jpg", "canal-cover.jpg"), as editors name uploads: the caption "T <by> A, an aside" whose title's
first words the file's name spells (without diacritics; a cover word or a size in the name aside) is that book, the
name's words said again in the post's text. A portrait's or a painting's file is named after the person or the
picture, not after the words before the "by", so they are left alone. With no "by", the caption may be the bare
record "T, A" or "T, A (a note)" ("T, A (novel)"): read only when the file's name spells the title whole (or the title
and the name), as a portrait's file spells the person and a scene's no one the text names.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from .book import NAME, Context, is_name
from .bookheadline import by_pattern
from .bookownby import own_by

_LEAD = re.compile(r"^(?P<lead>\S+(?:\s+[^\W\d_A-ZÀ-ÞĀ-ŽА-ЯΑ-Ω][\w'’-]*){1,6})\s+(?=[^\W\d_])(?P<rest>.+?)[.\s]*$")
# an article before the cover word: en, fr/it/es/pt/ca, de/nl, cy, tl, ro-less languages' none
_ARTICLE = re.compile(r"(?:the|la|le|il|lo|el|l['’]|a|o|an|der|die|das|de|het|y|yr|ang)\s+", re.I)
# the aside after the name: a comma and lower-case words, or a bracket
_ASIDE = re.compile(r"^(?P<name>[^,;()\[\]]{3,60}?)\s*(?:,\s+(?=[^\W\d_A-ZÀ-ÞĀ-ŽА-ЯΑ-Ω])[^()]*|\s*[(\[][^()\[\]]{1,60}[)\]][\s.]*)$")


# a comma, then lower-case words opening on a translation's word (bookpublisherrecord's, and sw "tafsiri", uz "tarjima",
# az "tərcümə", kk "аударма", mn "орчуулга"), then a name of two capitalised words or more (an initial counts)
_CREDIT_ASIDE = []  # (compiled on first use: bookpublisherrecord imports this module)


def _credit_aside() -> re.Pattern:
    if not _CREDIT_ASIDE:
        from .bookpublisherrecord import TRANSLATION
        _CREDIT_ASIDE.append(re.compile(
            rf",\s+(?=[^\W\d_A-ZÀ-ÞĀ-ŽА-ЯΑ-Ω])(?i:\w*(?:{TRANSLATION}|tafsiri|tarjima|tərcümə|аударма|орчуулга))"
            r"\w*\s+(?:[^\W\d_]+\s+){0,3}?" + rf"(?P<name>{NAME})"))
    return _CREDIT_ASIDE[0]


def _credited(title: str) -> str:
    """The title without a credit set off by its comma: "T, translated by B of the play" → "T"."""
    aside = _credit_aside().search(title) if ", " in title else None
    if aside and len(aside.group("name").split()) >= 2 and is_name(aside.group("name")) and title[:aside.start()].strip():
        return title[:aside.start()].strip()
    return title


def by_splits(text: str, context: Context) -> Iterator[tuple[str, str]]:
    """Each (title, author) of "T <by> A" in a caption (the page language's by-words and its own, ``bookownby``), from
    its last by-word back (the first to leave a name wins: a
    title may hold "de"); the author without an aside after it ("A, reissued this year", "A (Publisher)")."""
    by = f"{by_pattern(context)}|{own_by(context.language)}"
    for split in reversed(list(re.finditer(rf",?\s+(?:{by})\s+", text))):
        title, author = text[:split.start()].strip(" ,"), text[split.end():].strip(" .")
        if not (2 <= len(author.split()) <= 4 and is_name(author)) and (aside := _ASIDE.match(author)):
            author = aside.group("name").strip(" .")
        yield title, author


def cover_sentence(captioned: list[tuple[str, str]], context: Context, cover_word: re.Pattern) -> tuple[str, str] | None:
    """The title and author of a cover caption "COVER of … T BY A." (see the module's docstring)."""
    for caption, _alts in captioned:
        if len(caption) > 200:
            continue
        article = _ARTICLE.match(caption)
        if not (found := cover_word.match(caption)) and not (article and cover_word.match(caption, article.end())):
            continue
        lead = _LEAD.match(caption)
        if not lead or not lead.group("rest")[:1].isupper() or cover_word.search(lead.group("rest")):
            continue
        for title, author in by_splits(lead.group("rest"), context):
            if title and title[:1].isupper() and len(title.split()) <= 10 and 2 <= len(author.split()) <= 4 \
                    and is_name(author) and not re.search(r"\d", author) and author.split()[-1] in context.text \
                    and not any(author.casefold() == n.casefold() for n in context.not_authors if n):
                return _credited(title), author
    return None


_FILE_NOISE = re.compile(r"\b(?:\d+x\d+|\d+|scaled|cropped|e\d+|final|web|hd|jpe?g|png|webp)\b", re.I)


def _bare(text: str) -> list[str]:
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", " ", text).casefold().split()


# a bare record caption: "T, A" or "T, A (a short note)", nothing after
_COMMA_RECORD = re.compile(r"^([^,()]{1,80}),\s+([^,()\d]{3,60}?)\s*(?:\([^()]{1,40}\))?\.?$")


def _splits(caption: str, context: Context, filed: list[str]) -> Iterator[tuple[str, str]]:
    """The caption's "T <by> A" splits; with none, its bare "T, A (note)" whose title (or title and name) the file
    spells whole."""
    found = False
    for split in by_splits(caption, context):
        found = True
        yield split
    if not found and (comma := _COMMA_RECORD.match(caption)):
        title, author = comma.group(1).strip(), comma.group(2).strip()
        # (a photo of two people, "A, B", has a person's name first; a place's, "Lake Bled, Julian Alps", a second
        # name the text says only whole, where a review calls its writer by the family name alone: rev-book39b)
        alone = context.text.count(author.split()[-1]) - context.text.count(author) if author.split() else 0
        if filed in (_bare(title), _bare(title) + _bare(author)) and not is_name(title) and alone >= 1:
            yield title, author


def filed_caption(captioned: list[tuple[str, str]], context: Context, cover_word: re.Pattern) -> tuple[str, str] | None:
    """(title, author) of a caption "T <by> A, …" under a picture whose file only is named after T (see the docstring)."""
    for caption, alts in captioned:
        if not alts.startswith("file: ") or len(caption) > 200 or not caption[:1].isupper():
            continue
        filed = _bare(cover_word.sub(" ", _FILE_NOISE.sub(" ", alts[6:])))
        if not filed or sum(len(w) for w in filed) < 5:
            continue
        for title, author in _splits(caption, context, filed):
            words = _bare(title)
            if not (title and len(title.split()) <= 10 and filed in (words[:len(filed)], words + _bare(author))
                    and 2 <= len(author.split()) <= 4
                    and is_name(author) and not re.search(r"\d", author)):
                continue
            if any(n and author.casefold() == n.casefold() for n in context.not_authors):
                continue
            shown = caption in context.text  # (the cleaned text keeps the caption, or a lead picture's went with it)
            if any(len(w) > 2 and context.text.count(w) - (caption.count(w) if shown else 0) >= 1 for w in author.split()):
                return title, author
    return None
