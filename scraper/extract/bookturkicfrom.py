"""A Turkish or Azerbaijani headline that gives a book "from" its author: the name in the ablative, then the quoted
title ("Orhan Kaya'dan 'Kış Bahçesi': …", "Ayla Demir'den “Sessiz Ev”", Azerbaijani "Elçin Əliyev'dən «T»"), as
papers head a new or reissued book and a review of it. The ablative suffix follows the apostrophe that these languages
set after a proper name: -dan/-den, -tan/-ten (after a voiceless consonant), Azerbaijani -dən/-tən. A title quoted in
straight single quotes may hold an apostrophe of its own before a suffix ("'Yenişehir'de Bir …'"), which is no close.

"From" is also where a thing comes from: a place ("İstanbul'dan 'Merhaba'") or a publisher ("Kuzey Yayınları'ndan
'T'", whose suffix after a possessive takes an n: not read). So the name must be a person's shape (two to four
capitalised words, none a word of an institution) that the post's text calls by surname alone, as reviews call
authors, and not the blog's or the writer's; or one word (a pen name) whose book the text names in the genitive
before the same quoted title (``_one_name``). ``bookbody`` asks for it beside the other headline readings.
"""

from __future__ import annotations

import re

from .book import Context, clean_title, is_name

_CAP = r"[A-ZÇĞİÖŞÜƏÂÎÛ]"
_NAME = rf"{_CAP}[\wçğıöşüəâîû\-]+(?:\s+{_CAP}[\wçğıöşüəâîû\-]+){{1,3}}"
_QUOTE = r"(?:'(?P<q1>(?:[^']|'(?=[a-zçğıöşüə]))+?)'(?![\w])|[“\"](?P<q2>[^“”\"]+)[”\"]|«(?P<q3>[^«»]+)»|‘(?P<q4>(?:[^‘’]|’(?=\w))+)’)"
_FROM = re.compile(rf"(?<![\w'’])(?P<name>{_NAME})['’][dt][aeə]n\s+{_QUOTE}")
# words of an institution, not a person: publisher, press, foundation, university, museum, municipality, journal
_INSTITUTION = re.compile(r"(?:yay[ıi]n|kitabev|kitap|bas[ıi]m|vakf|vakıf|üniversite|universitet|müze|belediye|dergi|"
                          r"gazete|nəşriyyat|kitabxana|akademi|enstit|derne|cemiyet|kurum|bakanl|nazirli)", re.I)
_LANGUAGES = ("tr", "az")


def ablative_headline(headline: str | None, context: Context) -> tuple[str, str] | None:
    """(title, author) of "Name Surname'dan 'T'" in a Turkish or Azerbaijani headline, or None."""
    if not headline or not (context.language or "")[:2].lower() in _LANGUAGES:
        return None
    not_authors = {n.casefold() for n in context.not_authors if n}
    for match in _FROM.finditer(headline):
        name = match.group("name")
        title = clean_title(next(match.group(g) for g in ("q1", "q2", "q3", "q4") if match.group(g)))
        if not (is_name(name) and title[:1].isupper()) or _INSTITUTION.search(name) or name.casefold() in not_authors:
            continue
        if context.person(name):
            return title, name
    return _one_name(headline, context, not_authors)


# a pen name of one word in the ablative before the quoted title ("Füruzan'dan …", "Nâzım'dan …")
_FROM_ONE = re.compile(rf"(?<![\w'’])(?P<name>{_CAP}[\wçğıöşüəâîû]{{2,20}})['’][dt][aeə]n\s+{_QUOTE}")


def _one_name(headline: str, context: Context, not_authors: set[str]) -> tuple[str, str] | None:
    """(title, name) of a headline that gives the book from a one-word name (a pen name: many Turkish writers go by
    one), when the text says the book is that name's: the name in the genitive, then the same title quoted within a
    few words of the same clause ("Name'ın ilk kitabı «T»", "Name'nin romanı 'T'"). A place or a publisher named in the ablative is seldom
    the owner of the very title the headline quotes."""
    if "'" not in headline and "’" not in headline:
        return None
    for match in _FROM_ONE.finditer(headline):
        name = match.group("name")
        title = clean_title(next(match.group(g) for g in ("q1", "q2", "q3", "q4") if match.group(g)))
        if not title[:1].isupper() or _INSTITUTION.search(name) or name.casefold() in not_authors:
            continue
        owned = re.compile(rf"(?<![\w'’]){re.escape(name)}['’]n?[ıiuü]n\s+(?:[^\s.!?;:]+\s+){{0,4}}?[\"“«'‘]{re.escape(title)}[\"”»'’]")
        if owned.search(context.text):
            return title, name
    return None
