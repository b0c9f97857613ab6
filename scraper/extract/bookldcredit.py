"""The writer of a book card's author credit that names several people by role, as CJK catalogues write it ("A 著 ／
B 訳", "A 지음 · B 옮김", "A 著，B 译"): ``bookld``'s BEM book cards read their author element through it."""

from __future__ import annotations

import re

# a credit's parts and their roles, as CJK catalogues write them: "A 著 ／ B 訳", "A 지음 · B 옮김", "A 著，B 译"
_CREDIT_PARTS = re.compile(r"\s*[／/|·・,，、]\s+|\s+[／/|·,，、]\s*|\s*[／|，、]\s*")
_WRITER_ROLE = re.compile(r"\s*[(（]?\s*(?:著|作|文|글|지음|저|編著|原作)\s*[)）]?$")
_OTHER_ROLE = re.compile(r"(?:訳|譯|译|역|옮김|絵|画|그림|編|编|監修|翻訳|翻译)\s*[)）]?$")


def credited(text: str) -> str:
    """The writer of a credit that names several people by role; the text as it is when it names no roles."""
    parts = [p for p in _CREDIT_PARTS.split(text) if p.strip()]
    if len(parts) < 2 and not _WRITER_ROLE.search(text):
        return text
    if len(parts) < 2 and re.search(r"(?<![(（\s])\s?文$", text):  # "幸田 文": a one-kanji given name, no "A 文" beside "B 絵"
        return text
    writers = [_WRITER_ROLE.sub("", p).strip() for p in parts if _WRITER_ROLE.search(p) and not _OTHER_ROLE.search(p)]
    return writers[0] if len(writers) == 1 else text
