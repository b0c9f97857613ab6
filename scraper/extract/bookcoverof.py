"""A cover's caption that says whose cover it is in words: "Cover of T, a novel by A", "Couverture de T, roman de A",
"Il-qoxra ta' T, rumanz ta' A", "Portada de T, novela de A", "Clawr T, nofel gan A".

The caption opens on the language's word for a cover (``bookcover.COVER_WORD``, after an article at most: "The",
"La", "Il-"), then perhaps the word for "of" (or none, as Welsh and Irish join the nouns), then the title up to a comma
or a dash; after it one to three words in lower case (the kind of book, perhaps with an article: "a novel", "rumanz",
"ein Roman") and a word that credits a maker ("by", "of", "de", "di", "von", "van", "door", "ta'", "gan", "gant", "le",
"av", "af", "por", "par", "od", "pa" …), then the name: two to four capitalised words, no figures, its family name said
in the post's text. A caption that names no kind ("Cover of T by A") is left to ``bookcover``'s own rules; a photo's
credit ("Cover of T, photo by A") names a photographer the text never names, so it is not read.
"""

from __future__ import annotations

import re

from .book import QUOTES, Context, clean_title, is_name

# articles that may stand before the cover word, glued ("Il-", "L'") or spaced
_LEAD = re.compile(r"^\s*(?:(?:the|la|le|il|lo|el|a|o|an|der|die|das|de|het|een|un|una|une|y|yr|ar|an)(?:\s+|-|['’]))?", re.I)
# "of" after the cover word (en, fr/es/pt/ro/ca, it, de, nl, mt, sv/no/da, pl/cs/hr, br, cy/ga join without one)
_OF = re.compile(r"^\s*(?:of|de|del|des|du|da|do|dos|das|di|della|dello|von|vom|des|van|ta['’]|tal-|tat-|taċ-|tad-|av|af|"
                 r"til|för|na|od|ze|z|deus|ar)?\s*(?:d['’]|dell['’])?", re.I)
# the crediting word after the kind of book: by, of, de …; a kind of one to three lower-case words before it
_CREDIT = re.compile(
    r"^\s*(?:[a-zà-öø-ÿāčēģīķļņšūžċġħżłńśźżőűăâîșțđ]+\s+){1,3}?"
    r"(?:by|of|de|di|da|do|von|van|door|ta['’]|minn|gan|gant|gans|le|leis|av|af|por|par|od|pa|pou|dwe|ni|oleh|karya)\s+"
    r"(?P<name>[^,;:()\[\]|—–.]{3,60}?)\s*(?:[,;:()\[\]|—–.]|\s-\s|$)")
_NOT_MAKER = re.compile(r"\b(?:photo|foto|fotografia|ritratt|imatge|image|bild|kuva|dealbh|stampa|ritratto|illustr\w*|design\w*)\b", re.I)


def cover_of(caption: str, context: Context, cover_word: re.Pattern) -> tuple[str, str] | None:
    """(title, author) of a caption "Cover of T, a novel by A", the author's family name in the text; else None."""
    lead = _LEAD.match(caption)
    match = cover_word.match(caption, lead.end()) if lead else None
    if not match:
        return None
    rest = caption[match.end():]
    rest = rest[_OF.match(rest).end():]
    parts = re.split(r"\s*,\s+|\s+[—–-]\s+", rest, maxsplit=1)
    if len(parts) != 2:
        return None
    title = clean_title(parts[0].strip(QUOTES + " "))
    if not title or not title[:1].isupper() or len(title.split()) > 10:
        return None
    credit = _CREDIT.match(parts[1])
    if not credit or _NOT_MAKER.search(parts[1][: credit.start("name")]):
        return None
    name = credit.group("name").strip()
    if not is_name(name) or not 2 <= len(name.split()) <= 4:
        return None
    if any(n and name.casefold() == n.casefold() for n in context.not_authors):
        return None
    family = name.split()[-1]
    return (title, name) if context.text.count(family) - context.text.count(caption) >= 1 else None
