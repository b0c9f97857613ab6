"""A Turkish or Azerbaijani headline that gives a book "from" its author: the name in the ablative, then the quoted
title ("Orhan Kaya'dan 'Kış Bahçesi': …", "Ayla Demir'den “Sessiz Ev”", Azerbaijani "Elçin Əliyev'dən «T»"), as
papers head a new or reissued book and a review of it. The ablative suffix follows the apostrophe that these languages
set after a proper name: -dan/-den, -tan/-ten (after a voiceless consonant), Azerbaijani -dən/-tən. A title quoted in
straight single quotes may hold an apostrophe of its own before a suffix ("'Yenişehir'de Bir …'"), which is no close.

"From" is also where a thing comes from: a place ("İstanbul'dan 'Merhaba'") or a publisher ("Kuzey Yayınları'ndan
'T'", whose suffix after a possessive takes an n: not read). So the name must be a person's shape (two to four
capitalised words, none a word of an institution) that the post's text calls by surname alone, as reviews call
authors, and not the blog's or the writer's. ``bookbody`` asks for it beside the other headline readings.
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
    return None
