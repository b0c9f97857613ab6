"""A letter's closing at the end of a block (sitelines.mark): its last line, after a line break, is the writer's
signature ("See you next week.<br>Ana 드림", "Happy reading!<br>Love, Ana"), or a short closing ending in a comma over a
name ("Bis bald,<br>Jonas vom Leseblatt"), or a team's names (teamsign)."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from . import teamsign
from .rating import has_score
from .words import count_words

# a letter's closing signature on the last line of a block: a name and the closing word (ko 드림/올림, ja より, zh 敬上),
# or the closing word and a name ("Love, Ana", "Liebe Grüße, Jonas", "Bises, Léa", "Un abrazo, Ana")
_SIGNED = re.compile(
    r"^\S{1,12}(?:\s\S{1,12})?\s?(?:드림|올림|より|敬上|上)$|"
    r"^(?:love|yours|cheers|warmly|hugs|xx+|xoxo|(?:all\s+)?(?:the\s+)?best|bises|bisous|liebe\s+grüße|lg|alles\s+liebe|"
    r"(?:un\s+)?abrazos?|besos|saludos|baci|un\s+abbraccio|beijos|abraços|groetjes|kram|hilsen|pozdrawiam|s\s+pozdravem|"
    r"с\s+любовью|обнимаю|до\s+встречи)[,!.]?\s+\S{1,20}(?:\s\S{1,20})?$", re.I)


def sign_off(block: HtmlElement) -> bool:
    """A letter's closing: a short block whose last line, after a line break, is the writer's closing signature
    ("See you next week.<br>Ana 드림", "Happy reading!<br>Love, Ana"); a score in it keeps it (the review's last line)."""
    if not block.xpath(".//br"):
        return False
    lines = [line.strip() for line in "\n".join(_lines(block)).split("\n") if line.strip()]
    signed = _SIGNED.match(lines[-1]) if len(lines) >= 2 and not lines[-2].endswith((":", "：")) else None
    signed = signed or len(lines) == 2 and _valediction(*lines)
    # (a name is capitalised where the script has case: "love, always" is a line of the text)
    # (a team's shop may end in lower case: "… z Zeleného mostu", read by teamsign)
    last = lines[-1].split() if signed else []
    return bool(signed) and not (last[-1][:1].islower() and not teamsign.several(last)) and not has_score(" ".join(lines))


def _valediction(closing: str, name: str) -> bool:
    """A closing in any language by its shape: a line of a few words ending in a comma ("Until next Wednesday,", "Bis
    bald,", "До новых встреч,"), then a line that is a name: a word or a few, the first and last capitalised where the
    script has case ("Ana from the Letter"), no digit, no sentence's end."""
    words = name.split()
    team = teamsign.team_signature(words)  # (a team's closing may be a longer wish: "Happy reading and see you all in the new year,")
    if not closing.endswith((",", "،", "，")) or count_words(closing) > (8 if team and teamsign.several(words) else 5) or not (1 <= len(words) <= 4 or team) \
            or any(c.isdigit() for c in name) or name.endswith((".", "!", "?", ":", "。", "！", "？", "…")):
        return False
    cased = [w[:1] for w in ((words[0],) if team else (words[0], words[-1])) if w[:1].isupper() or w[:1].islower()]
    return all(c.isupper() for c in cased) if cased else len(name) <= 12


def _lines(block: HtmlElement) -> list[str]:
    """The block's text with its line breaks as newlines."""
    out = [block.text or ""]
    for element in block.iterdescendants():
        if element.tag == "br":
            out.append("\n")
        elif isinstance(element.tag, str):
            out.append(element.text or "")
        out.append(element.tail or "")
    return out
