"""A letter's closing at the end of a block (sitelines.mark): its last line, after a line break, is the writer's
signature ("See you next week.<br>Ana 드림", "Happy reading!<br>Love, Ana"), or a short closing ending in a comma over a
name ("Bis bald,<br>Jonas vom Leseblatt"), or a team's names (teamsign)."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from . import teamsign
from .nodes import text_of
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
    # (a team's shop may end in lower case: "… z Zeleného mostu", read by teamsign; a role after the name's comma too)
    name = _without_role(lines[-1]) if signed else ""
    last = name.split()
    if not signed or last[-1][:1].islower() and not teamsign.several(last) or has_score(" ".join(lines)):
        return False
    # (a name with a role is a signer the text before never names: "Overall,<br>Anna Karenina, still the best" is the book)
    return name == lines[-1] or not any(last[-1].rstrip(",") in text_of(b) for b in block.itersiblings(preceding=True))


def _valediction(closing: str, name: str) -> bool:
    """A closing in any language by its shape: a line of a few words ending in a comma ("Until next Wednesday,", "Bis
    bald,", "До новых встреч,"), then a line that is a name: a word or a few, the first and last capitalised where the
    script has case ("Ana from the Letter"), no digit, no sentence's end."""
    words = _without_role(name).split()
    team = teamsign.team_signature(words)  # (a team's closing may be a longer wish: "Happy reading and see you all in the new year,")
    if not closing.endswith((",", "،", "，")) or count_words(closing) > (8 if team and teamsign.several(words) else 5) or not (1 <= len(words) <= 4 or team) \
            or any(c.isdigit() for c in name) or name.endswith((".", "!", "?", ":", "。", "！", "？", "…")):
        return False
    cased = [w[:1] for w in ((words[0],) if team else (words[0], words[-1])) if w[:1].isupper() or w[:1].islower()]
    return all(c.isupper() for c in cased) if cased else len(name) <= 12


def _without_role(name: str) -> str:
    """The signature's name without the writer's role after its comma: "Ana Lee, host of the book club", "Hanna
    Mäki, lukupiirin vetäjä", "Jonas Berg, Redaktion" (a full name of two to four words, each capitalised where the
    script has case; the role one to five words, no figure, no comma, its first word in lower case where the script has
    case, or the cased name of a desk of one word); the line itself otherwise ("Wonderful, highly recommended" is no
    name and role)."""
    name_part, comma, role = name.partition(",")
    words, role_words = name_part.split(), role.split()
    if not comma or not 2 <= len(words) <= 4 or not 1 <= len(role_words) <= 5 or "," in role or any(c.isdigit() for c in role) \
            or not all(w[:1].isupper() for w in words if w[:1].isupper() or w[:1].islower()):
        return name
    first = role_words[0][:1]
    return name_part if first.islower() or not first.isupper() or len(role_words) == 1 else name


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
