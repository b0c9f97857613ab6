"""An author named in the genitive before the quoted title, as Lithuanian and Latvian headlines say "by" ("Jurgio
Kunčino „T“", Jurgis Kunčinas's "T"; "Reģīnas Ezeras „T“"), and as Polish, Czech, Russian or Ukrainian may front it
("Olgi Tokarczuk „T”", "Михаила Булгакова «T»"), and as German and the Scandinavian languages put a genitive -s on the
surname ("Jonas Felds „T“"), given back in the form the text names the person in; and a name the languages of India and
Nepal glue a genitive postposition onto before the quoted title ("नयनराज पाण्डेको ‘T’"), given back without it.

The headline's two capitalised words right before the quotes (a book noun may stand between: "Jurgio Kunčino romanas
„T“") are matched against a two-word name in the post's text whose words each share their stem with them and differ
only in a short ending (the nominative "Jurgis Kunčinas" of the genitive "Jurgio Kunčino"). A name the text never gives
in another form is left to the rules that read an unmarked "Name «T»"; of several forms the text names most often wins
(a tie tells nothing); the blog's or the blogger's name is no author.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import replace

from .book import Book, Context, letters_of
from .bookgenitivebare import bare_surname
from .bookheadowner import INDIC_GENITIVE
from .bookturkic import headline_nominative
from .casefold import CAPITALS

_CAP = f"[{CAPITALS}]"
_WORD = rf"{_CAP}[\w'’\-]+"
# German writes its nouns with a capital, so the book noun between a genitive-s name and the title is capitalised
# ("Fatma Aydemirs Roman „T“", "Jonas Felds neuer Roman »T«", "Anna Lunds Debüt „T“"): only such a noun, never any
# capitalised word, stands there (a name of three words is read as its last two)
_CAPITAL_NOUN = (r"(?:Roman|Debütroman|Romandebüt|Debüt|Erstling|Erstlingsroman|Buch|Werk|Novelle|Erzählung|Erzählband|Erzählungen|"
                 r"Gedichtband|Essayband|Sachbuch|Jugendbuch|Kinderbuch|Krimi|Kriminalroman|Thriller|Memoir|Bericht|Familienroman|"
                 r"Geschichte|Memoiren|Biografie|Autobiografie|Tagebuch|Briefroman|Comic|Bilderbuch|Trilogie|Saga)")
# two capitalised words, at most one lower-case word (a book noun: "romanas", "powieść", "роман") or German's capitalised
# book noun (after at most one lower-case adjective), then a quoted title
_FRONTED = re.compile(rf"(?<![\w\-])({_WORD})\s+({_WORD})\s+(?:[a-zà-žа-яёіїєґ]{{3,14}}\s+)?(?P<noun>{_CAPITAL_NOUN}\s+)?(?:[„“«»”\"]([^„“”«»\"]{{2,80}})[“”»«\"]|‘((?:[^‘’]|’(?=\w)){{2,80}})’)")  # (Swedish ”T”, Danish »T« or ‘T’)


def is_declined(genitive: str, named: str) -> bool:
    """`named` and `genitive` share a stem and differ in an ending of at most three letters each ("Kunčino"/"Kunčinas",
    "Olgi"/"Olga", "Булгакова"/"Булгаков")."""
    common = len(os.path.commonprefix([genitive, named]))
    return common >= 3 and len(genitive) - common <= 3 and len(named) - common <= 3


# the languages that decline a name before the title; German and the Scandinavian languages add a genitive -s to the
# surname alone ("Jonas Felds „T“", "Anna Berglunds «T»")
_DECLINING = frozenset("lt lv pl cs sk ru uk be sl hr sr bs".split())
_GENITIVE_S = frozenset("de sv da no nb nn".split())


# in the post's opening paragraph a book noun must stand between (Lithuanian and Latvian keep a title in apposition to it
# in the nominative: "perskaičiau Jurgio Kunčino romaną „Tūla“", where a bare "„Tūlą“" would be declined)
_OPENING_NOUN = {"lt": r"(?:roman\w{0,3}|knyg\w{0,3}|apysak\w{0,3}|apsakym\w{0,4}|rinkin\w{0,3})",
                 "lv": r"(?:romān\w{0,3}|grāmat\w{0,3}|stāst\w{0,3}|krājum\w{0,3})"}


def fronted_genitive(headline: str | None, context: Context, opening: list[str] | None = None, labels: list[str] = ()) -> tuple[str, str] | None:
    """(title, author) from a headline "Genitive-Name Genitive-Surname „T“", the author as the text names them (in the
    languages that so decline a name: an English "Book Club «T»" over "Book Clubs" is no one's); or, in Lithuanian and
    Latvian, from the `opening` paragraph's "Genitive-Name Genitive-Surname <book noun> „T“". Where the text names the
    person in no other form, a tag of the post's (`labels`) that names them whole in another does, the text naming the
    surname in some form ("Sigito Parulskio „T“" tagged "Sigitas Parulskis", the text saying "Parulskio romanas")."""
    language = (context.language or "")[:2].lower()
    match = _FRONTED.search(headline or "") if language in _DECLINING | _GENITIVE_S else None
    if not match and opening and language in _OPENING_NOUN:
        noun = _OPENING_NOUN[language]
        match = re.search(rf"(?<![\w\-])({_WORD})\s+({_WORD})\s+{noun}\s+[„“«»”\"]([^„“”«»\"]{{2,80}})[“”»«\"]", opening[0])
    if not match:
        return None
    first, surname, title = match.group(1), match.group(2), ((match.group(4) or match.group(5)) if match.re is _FRONTED else match.group(3)).strip()
    if title.rstrip().endswith((".", "!", "?", ",")):  # a quoted sentence, not a title
        return None
    names: Counter[str] = Counter()
    for found in re.finditer(rf"(?<![\w\-])({first[:3]}[\w'’\-]*)\s+({surname[:3]}[\w'’\-]*)(?![\w\-])", context.text):
        given, family = found.groups()
        declined = given == first and surname == family + "s" if language in _GENITIVE_S else \
            is_declined(first, given) and is_declined(surname, family)
        if (given, family) != (first, surname) and declined:
            names[f"{given} {family}"] += 1
    ranked = names.most_common(2) or bare_surname(first, surname, language, context.text) or _tagged(first, surname, language, labels, context)  # (bookgenitivebare)
    if not ranked or len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        return None  # never named in another form, or in several as often: no telling the nominative
    author = ranked[0][0]
    if any(n and letters_of(author) == letters_of(n) for n in context.not_authors):
        return None
    return title, author


def _tagged(first: str, surname: str, language: str, labels: list[str], context: Context) -> list[tuple[str, int]]:
    """[("Name Surname", 1)]: the one tag naming the person in another form of both words, the text naming the stem."""
    stem = os.path.commonprefix([surname, surname.rstrip("s")]) if language in _GENITIVE_S else surname[:-3]
    if len(stem) < 3 or stem not in context.text:
        return []
    found = {label.strip() for label in labels if len(words := label.split()) == 2 and (words[0], words[1]) != (first, surname)
             and (words[0] == first and surname == words[1] + "s" if language in _GENITIVE_S else is_declined(first, words[0]) and is_declined(surname, words[1]))}
    return [(found.pop(), 1)] if len(found) == 1 else []


# the genitive postpositions the languages of India and Nepal write glued onto the name ("नयनराज पाण्डेको ‘T’", Nayanraj
# Pandey's "T"): Nepali -को, and the marks bookheadowner reads before a quoted title, Bengali -ের/-এর (with its hyphen,
# "A-এর"), Odia -ଙ୍କ(ର), which leave the name's own form (Hindi and Punjabi write theirs apart: का, ਦਾ; Marathi changes
# the name before it, "पाटलाची" of "पाटील"); not Nepali -का/-की, Assamese -ৰ, Gujarati -ની, which end names as the
# nominative (Radhika, Kumar, Rajni). Taken off only right before the quoted title they govern, and where a name may end
# in the same letters (Bengali "কাদের", Kader; Odia "ଉମାଶଙ୍କର", Umashankar) only when the text names the stem bare
_GLUED_GENITIVE = {"ne": re.compile(r"को$"), "bn": re.compile(rf"(?:{INDIC_GENITIVE})$"),
                   "or": re.compile(rf"(?:{INDIC_GENITIVE})$")}
_NAME_ENDINGS = ("ের", "ଙ୍କ", "ଙ୍କର")  # (endings of names too)
# (the stem named bare: no letter before it, no letter or vowel sign after it, which \w does not count as letters)
_NO_LETTER, _MARK = r"(?<![^\W\d])", r"[\u0981-\u0983\u09bc-\u09d7\u0b01-\u0b03\u0b3c-\u0b57]"


def _glued_genitive(author: str, title: str, headline: str | None, context: Context) -> str | None:
    """`author` without the glued genitive it carries in the headline "A-GEN ‘T’"; None when it carries none."""
    pattern = _GLUED_GENITIVE.get((context.language or "")[:2].lower())
    glued = pattern.search(author) if pattern is not None and headline else None
    if glued is None:
        return None
    stem = author[: glued.start()]
    # (the genitive governs the title right after it, in quotes; a stem of two letters at least)
    words = stem.split()
    if not words or len(words[-1]) < 2 \
            or not re.search(rf"{re.escape(author)}\s*[‘“«\"'„]\s*{re.escape(title)}", headline) \
            or glued.group(0) in _NAME_ENDINGS and not _bare(words[-1], context.text):
        return None
    return stem


def _bare(word: str, text: str) -> bool:
    return re.search(rf"{_NO_LETTER}{re.escape(word)}(?![^\W\d]|{_MARK})", text) is not None


def nominative_author(book: Book | None, headline: str | None, context: Context) -> Book | None:
    """`book` read off "Genitive-Name Genitive-Surname «T»" by a rule that took the genitive for the name ("Андрея
    Светлова «T»: рецензия" as by "Андрея Светлова"), or with a Turkic genitive suffix ("Hamid Ismoilovning “T”": bookturkic):
    its author in the form the text names them; else as it was. A book whose title is a whole headline "T Genitive-Name
    Genitive-Surname …", no author, is split (bookgenitivehead)."""
    # (no book read: "T od Genitive-Name Genitive-Surname – remark", bookgenitiveod)
    if book is None and headline and " od " in headline:
        found = od_headline(headline, context)
        return Book(found[0], found[1], source="title") if found else None
    if book is None or not book.author:
        return headline_genitive(book, context)
    if turkic := headline_nominative(book.author, book.title, headline, context):  # "Hamid Ismoilovning “T”: …" (bookturkic)
        return replace(book, author=turkic)
    if glued := _glued_genitive(book.author, book.title, headline, context):  # Nepali "A-को ‘T’"
        return replace(book, author=glued)
    found = fronted_genitive(headline, context)
    match = _FRONTED.search(headline or "")
    # (a rule that took German's capitalised book noun for the name's third word: "Fatma Aydemirs Roman")
    if found and match and found[0] == book.title and book.author in (f"{match.group(1)} {match.group(2)}", f"{match.group(1)} {match.group(2)} {(match.group('noun') or '').strip()}") \
            and found[1] != book.author:
        return replace(book, author=found[1])
    return book


from .bookgenitivehead import headline_genitive  # noqa: E402 (it reads is_declined from here)
from .bookgenitiveod import od_headline  # noqa: E402
