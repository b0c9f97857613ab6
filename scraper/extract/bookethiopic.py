"""Amharic: the author named as the owner of the book, with the genitive prefix የ glued to the name
("የA B ልብወለድ", A B's novel; "የA B «T»", A B's "T"), the title the one the page quotes in «» or “”.

Ethiopic has no capitals, so no name is told by its shape; the genitive prefix before two or three words and a book
noun after them (novel, book, stories, poems, play, essay, in the languages' several spellings, with their article or
case endings: "ልብወለዱ", "መጽሐፉን", which change the noun's last syllable) or a quoted title right after them say "whose book". The name must be named again
outside that line, as Ethiopian usage calls a writer by the given name ("A ያዘጋጀልን ዓለም"): its first or last word,
bare or with a one-letter ending. The title is the one quoted title the text, the headline or the standfirst gives (a
quoted title takes its case ending after the closing mark: "«T»ን"); two different ones are a comparison, no book.
Words that stand where a name would (this, that, Amharic, Ethiopia, literature, the year, the author, the writer)
are no name.
"""

from __future__ import annotations

import re

_ET = r"[\u1200-\u135a]"
# (a noun's article or case changes its last syllable's vowel, "መጽሐፍ" the book as "መጽሐፉ", "ልብወለድ" as "ልብወለዱ": each
# stem below is the noun without its last syllable, which any syllable and an ending may follow)
_BOOK_NOUN = r"(?:ልብ\s?ወለ|ልቦ\s?ለ|መጽሐ|መጽሓ|መፅሐ|መፅሀ|መጻሕ|ድርሰ|ተውኔ|ግጥሞ|የግጥም\s+መድበ|መድበ|ኖቬ)"
_QUOTED = r"«\s?([^«»]{2,60}?)\s?»|“([^“”]{2,60})”"
# the prefix, the name (two or three words), then a book noun (with up to three letters of ending) or a quoted title
_OWNER = re.compile(rf"(?<!{_ET})የ({_ET}{{2,}}(?:\s+{_ET}{{2,}}){{1,2}}?)\s+(?:{_BOOK_NOUN}{_ET}{{1,4}}(?!{_ET})|(?={_QUOTED}))")
_TITLES = re.compile(_QUOTED)
_NOT_NAME = frozenset("ይህ ይህን ያ ያን እሱ እሷ ደራሲ ደራሲው ደራሲዋ ጸሐፊ ጸሐፊው ፀሐፊ ገጣሚ ገጣሚው አማርኛ ትግርኛ ኢትዮጵያ ኤርትራ ሥነ "
                      "ስነ ጽሑፍ ፅሁፍ ዓመት ዓመታት ዘመን ዘመኑ አዲስ አዲሱ አበባ ቤት ልጅ ሰው ሀገር አገር ዓለም ታሪክ ሕይወት የዚህ".split())


def owned_by(name: str, text: str) -> bool:
    """The text calls `name` the owner of a book: "የA B ተውኔት", "የA Bን «T»" (the genitive prefix before it, a case
    ending of one letter perhaps after it, then a book noun or a quoted title), for ``bookdashowner``'s "T — A"."""
    return bool(re.search(_ET, name)) and bool(re.search(
        rf"(?<!{_ET})የ{re.escape(name)}{_ET}?\s+(?:{_BOOK_NOUN}{_ET}{{1,4}}(?!{_ET})|{_QUOTED})", text))


def _named_again(word: str, text: str) -> int:
    return len(re.findall(rf"(?<!{_ET}){re.escape(word)}{_ET}?(?!{_ET})", text))


def ethiopic_book(texts: list[str], body: str) -> tuple[str, str] | None:
    """(title, author) from the standfirst, headline and body (`texts`, `body`); None unless one owner and one title."""
    if "የ" not in body and not any("የ" in t for t in texts):
        return None
    owners = set()
    for text in [*texts, body[:3000]]:
        for match in _OWNER.finditer(text) if re.search(_ET, text) else ():
            words = match.group(1).split()
            if set(words) & _NOT_NAME:
                continue
            rest = "\n".join(texts + [body]).replace(match.group(0), " ")  # (this line itself names no one again)
            if any(_named_again(w, rest) for w in (words[0], words[-1]) if len(w) >= 2):
                owners.add(" ".join(words))
    if len(owners) != 1:
        return None
    titles = {next(g for g in m.groups() if g).strip() for t in [*texts, body] for m in _TITLES.finditer(t)}
    titles = {t for t in titles if re.search(_ET, t) and len(t.split()) <= 8 and not re.search(r"[።?!፧]$", t)}
    return (titles.pop(), owners.pop()) if len(titles) == 1 else None
