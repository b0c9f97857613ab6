"""An Icelandic review's record line gives the author after "eftir" (by), in the dative: "Eftir Jónu Sigrúnu
Pálsdóttur. Forlag, 2024. 300 bls.", "Eftir Gunnar Helgason." The book found without its author takes that person, in
the nominative: the patronymic's ending turned back (-dóttur → -dóttir, -syni/-sonar → -son) and the given names as
the review writes them in full elsewhere, one run of capitalised words whose words open like the dative's (the
u-umlaut folded: "Önnu" is "Anna"'s, "Sögu" "Saga"'s). A given name the text never writes so leaves the record unread
(a wrong case is a wrong name).

A title found without its author may stand so in the post's opening line (a cover's caption): "T eftir A, í nýrri
útgáfu", A in the accusative. Only a man's -son patronymic is read there (its accusative is the nominative); the given
names are taken as the text writes them elsewhere (outside that line), as reviews call Icelandic authors by them, the
masculine accusative often the nominative itself ("Jón", "Kalman").

With no book found, the post's opening line (its picture's caption, its first sentence) may name it unquoted, "T eftir
A", the sentence going on in lower case ("Fjallið eftir Jón Pálsson kom út …"): A in the accusative, whose -son
patronymic is the nominative's; the book is read when the text names the given name in its nominative (as reviews
call Icelandic authors by it). A picture's credit ("Mynd eftir A", "Kápa eftir A") names no book. The record closing
the post reads so too, "T eftir A. Forlag.", its house after the name's full stop, its title set off in italics or
bold at the paragraph's start ("<em>LoveStar</em> eftir …"): a sentence or a credit of that shape ("Næst les ég Fjallið
eftir A. Hlakka til!", "Mynd á kápu eftir A. Forlagið.", "Íslensk þýðing eftir A. Bjartur.") sets off no title so.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .book import Book

_NAME_WORD = r"[A-ZÁÉÍÓÚÝÞÆÖÐ][a-záéíóúýþæöð]+"
_TITLE_WORD = r"[A-ZÁÉÍÓÚÝÞÆÖÐ][\w'’\-]+"  # (a title's first word may be a brand's, "LoveStar")
_EFTIR = re.compile(rf"^\s*[Ee]ftir\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})\s*(?:[.,;]|$)")
_PATRONYM = ((r"dóttur$", "dóttir"), (r"syni$", "son"), (r"sonar$", "son"), (r"son$", "son"))  # (-son: the accusative's)
# the post's opening line (its picture's caption, its first sentence) naming the book unquoted, "T eftir A", the
# sentence going on in lower case: "Fjallið eftir Jón Pálsson kom út í fyrra" (a picture's credit, "Mynd eftir A", is none)
_OPENING = re.compile(rf"^(?P<title>{_TITLE_WORD}(?:\s+[\wáéíóúýþæöð'’\-]+){{0,5}}?)\s+eftir\s+"
                      rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})(?:\s+[a-záéíóúýþæöð]|\s*[.,;:(]|\s*$)")
# ... or the record closing the post, "T eftir A. Forlag." (a title of one to four words, the name's full stop, then the
# house's capitalised part: no sentence goes on after the name)
_CLOSING = re.compile(rf"^{_TITLE_WORD}(?:\s+\S+){{0,3}}\s+eftir\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}\.\s+[A-ZÁÉÍÓÚÝÞÆÖÐ][^.]*\.?$")
_PICTURE = re.compile(r"(?:mynd|teikning|málverk|kápa|hönnun|skreyting|ljósmynd)\w{0,3}$", re.I)


def _fold(word: str) -> str:
    return word.casefold().replace("ö", "a")[:2]


def _opening_marks(body) -> set[str]:
    """The italic or bold runs of the post's body that open their paragraph or line (a record's title, set off)."""
    if body is None:
        return set()
    return {re.sub(r"\s+", " ", e.text_content()).strip() for e in body.iter("em", "i", "cite", "b", "strong")
            if e.getparent() is not None and (
                (before := e.getprevious()) is None and not (e.getparent().text or "").strip()
                or before is not None and before.tag == "br" and not (before.tail or "").strip())}


def eftir_author(book: Book | None, lines: list[str], text: str, body=None) -> Book | None:
    """`book` (a title without its author) with the author the record's "Eftir A." names, in the nominative; with no
    book, the one the post's opening line names, "T eftir A …", A in the nominative and named again in the text."""
    if book is None:
        closing = [line for line in lines[-8:] if _CLOSING.match(line)]  # (its name as the text writes it elsewhere)
        found = {(m.group("title"), name): line not in closing or m.group("title") in _opening_marks(body)
                 for line in lines[:3] + closing
                 if (m := _OPENING.match(line)) and not _PICTURE.search(m.group("title")) and not re.search(r"\d", m.group("title"))
                 and (name := _nominative(m.group("name").split(), *((text.replace(line, ""), True) if line in closing else (text,))))}
        # (a closing record's title is set off, opening its paragraph: "<em>T</em> eftir A. Forlag."; an unmarked
        # line of that shape, a credit or a sentence, "Mynd á kápu eftir A. Forlagið.", still makes the count)
        return Book(*next(iter(found)), source="body") if len(found) == 1 and all(found.values()) else None
    if book.author or not book.title:
        return None
    found = {name for line in lines[:12] if (m := _EFTIR.match(line)) and (name := _nominative(m.group("name").split(), text))}
    if not found and any(book.title in line and "eftir" in line for line in lines[:3]):  # the opening line naming the found title, "T eftir A, …" (a cover's caption): A in the accusative
        titled = re.compile(rf"^\W*{re.escape(book.title)}\W*\s+eftir\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})(?:\s+[a-záéíóúýþæöð]|\s*[.,;:(]|\s*$)")
        found = {name for line in lines[:3] if (m := titled.match(line)) and "son" in m.group("name")[-5:]
                 and (name := _nominative(m.group("name").split(), text.replace(line, ""), same=True))}
    return replace(book, author=found.pop()) if len(found) == 1 else None


def _nominative(words: list[str], text: str, same: bool = False) -> str | None:
    surname = words[-1]
    for ending, nominative in _PATRONYM:
        if re.search(ending, surname):
            surname = re.sub(ending, nominative, surname)
            break
    else:
        return None  # (only a patronymic says how the name declines)
    given = words[:-1]
    pattern = r"\s+".join(rf"({re.escape(w[0])}|{'A' if w[0] == 'Ö' else w[0]})[a-záéíóúýþæöð]+" for w in given)
    forms = {tuple(m.group(0).split()) for m in re.finditer(rf"(?<!\w){pattern}(?!\w)", text)}
    forms = {f for f in forms if (same or f != tuple(given)) and all(_fold(a) == _fold(b) for a, b in zip(f, given))}  # (the record's own dative aside)
    # the nominative is the form followed by the surname's, or the one form the text writes
    whole = {f for f in forms if re.search(rf"{re.escape(' '.join(f))}\s+{re.escape(surname)}", text)}
    forms = whole or forms
    if len(forms) != 1:
        return None
    return " ".join([*forms.pop(), surname])
