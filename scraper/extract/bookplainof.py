"""An unmarked title in a sentence of a Romance language, its author set off by commas after "de" ("of"):
"Acabei ontem O rio das almas, da Joana Prates, e …" (pt), "Terminé El faro apagado, de Luis Ortega, en dos días" (es),
"J'ai lu Les Heures pâles, de Claire Morel, d'une traite" (fr), "Ho letto Il mare d'inverno, di Marta Galli, …" (it).

These languages write titles in sentence case, so the title's start is not marked by capitals throughout: it is the
capitalised word after the sentence's own lower-case words ("Acabei ontem | O rio das almas"), or the sentence's first
word when none is; never a start that leaves only a name ("A vida de Ana Reis": "Ana Reis" is in the title). The author
is a name between the commas (Portuguese writes the article too: "da", "do"), the text naming it again (by
surname, or by given name as Brazilian reviews do: "a Joana escreve …").
``bookopening.from_plain`` reads the English "… The Glass Road by Ines Marlow …".
"""

from __future__ import annotations

import re

from .book import NAME, Context, clean_title, is_name

_OF = {"pt": r"de|da|do", "gl": r"de|da|do", "es": r"de", "ca": r"de|d[’']", "fr": r"de|d[’']", "it": r"di"}
_RUN = re.compile(r"[^\s,.;:!?()«»“”\"]+")


def _title_start(words: list[str]) -> str | None:
    """The title among the words before the author: from the last capitalised word after a lower-case one."""
    starts = [n for n, w in enumerate(words) if w[:1].isupper() and (n == 0 or words[n - 1][:1].islower())]
    for n in reversed(starts):
        title = " ".join(words[n:])
        if not is_name(title) or n == 0:
            return title if n or len(words) <= 8 else None
    return None


def plain_of(text: str, context: Context) -> tuple[str, str] | None:
    """(title, author) of the first "…, T, de A, …" in ``text`` of a Romance language the page is written in."""
    of = _OF.get((context.language or "")[:2].lower())
    if not of:
        return None
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if len(sentence) > 400:
            continue
        for match in re.finditer(rf"(?:^|(?<=[^\W\d_]\s))([^,.;:!?]{{2,120}}?),\s+(?:{of})\s*({NAME})\s*(?=[,.;:!?)]|$)", sentence):
            words = _RUN.findall(match.group(1))
            author = match.group(2).strip()
            if not words or len(author.split()) < 2 or not is_name(author) \
                    or not (context.vouches_for(author, times=2) or context.mentions(author.split()[0]) >= 2):  # (named again)
                continue
            # (the run before "de" starts at the sentence's start or after a comma: only words, no clause's comma)
            title = _title_start(words[-10:] if len(words) > 10 else words)
            if title and len(title.split()) <= 10:
                return clean_title(title), author
    return None
