"""The bidding to support the site set as a line's label, naming the site: "Support <Site>: twenty years without ads,
thanks to its readers", it "Sostieni <Site>: …", fr "Soutenez <Site> sur <platform> : …", or the site speaking of
itself in the label ("Support us: …", de "Unterstützen Sie uns: …") (``pleas.mark`` asks it of the post's last lines,
and between the paragraphs with the site's funding named).

The label is the bidding (``pleas.SUPPORT_ASK``) opening the line, a colon or a spaced dash within four words after
it; the site's name (its page title's, its metadata's) stands inside that label, before the colon: a review's "Support
independent presses: <Site>'s readers will find this one at …" bids for the presses, and names the site only in its
sentence (``inside``: the name stands in the line as a word; ``pleas`` reads it too). Between the paragraphs the line
names the site's funding too (``fundbox.FUND``) after the label, and the site may be named after a label a bold run
sets apart, as a theme's donation box does ("<b>Unterstützen Sie unabhängige Kritik:</b> <Site> lebt von Ihren
Spenden"); a reviewer's plain "Support the little magazines: <Site> has always said they live on donations" has no such
label. Short (40 words), no score, no note the review carries.
"""

from __future__ import annotations

import re
import unicodedata

from . import fundbox
from .housekeeping import a_note
from .nodes import text_of
from .rating import has_score
from .words import count_words

# the scripts written without spaces between words: Thai, Lao, Burmese, Khmer, kana and CJK ideographs
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_LEAD = " \t•·-–—*>»"
_LABEL_END = re.compile(r"[:：]|\s[–—]\s")
# the site speaking of itself in the label ("Support us:", de "Unterstützen Sie uns:", fr "Soutenez-nous :", it
# "Sostienici:", es "Apóyanos:", pt "Apoie-nos:", nl "Steun ons:", sv/nb "Stöd oss:", pl "Wesprzyj nas:", cs
# "Podpořte nás:", ru "Поддержите нас:"): the pronoun stands for the site's name
_US = re.compile(r"(?<!\w)(?:us|uns|nous|nos|ons|oss|os|nas|nás|нас|nás|meitä|bizi|kami|kita)(?!\w)|"
                 r"(?<=sostieni)ci|(?<=sostenete)ci|(?<=ap[óo]ya)nos|(?<=ap[óo]yen)nos|(?<=-)(?:nos|nous)", re.I)


def support_opening(text: str, words: int | None, sites, funded: bool = False, block=None) -> bool:
    """The support bidding set as the line's label, the site named inside it (module docstring); `funded`: a line
    between the paragraphs, its funding named, `block` its element (a bold label); `sites`: a callable giving the
    site's names, folded (read last); `words`: the line's count when known."""
    from .pleas import SUPPORT_ASK  # (late: pleas reads this module)
    head = text.lstrip(_LEAD)
    opening = SUPPORT_ASK.match(head[:40])  # (the cheap test first: most lines open on no bidding)
    rest = head[opening.end():] if opening and (words or count_words(text)) <= 40 else ""
    label = _LABEL_END.search(rest)  # (the bidding set as the line's label: a colon or a dash within four words)
    if label is None or count_words(rest[:label.start()]) > 4:
        return False
    named = head[:opening.end() + label.start()].casefold() if not (funded and _bold_label(block)) else text.casefold()
    if not (_US.search(head[:opening.end() + label.start()]) and not funded
            or any(n in named and inside(n, text.casefold()) for n in sites())):
        return False
    unfunded = funded and not (fundbox.FUND.search(rest) or fundbox.THANKED.search(rest))
    return not (unfunded or has_score(text) or a_note(text))


def _bold_label(block) -> bool:
    """The block opens on a bold run that closes on the label's colon or dash (a box's label set apart)."""
    return block is not None and len(block) > 0 and block[0].tag in ("strong", "b") and not (block.text or "").strip() \
        and text_of(block[0]).rstrip().endswith((":", "：", "—", "–"))


def inside(label: str, text: str) -> bool:
    """The label stands in the line as a word (nothing of a letter glued to it, but in the scripts written without
    spaces between words: Thai, Lao, Khmer, Burmese, Chinese, Japanese) with words on both sides of it."""
    at = text.find(label)
    unspaced = _UNSPACED.match(label[0]) and _UNSPACED.match(label[-1])
    while at >= 0:
        before, after = text[:at], text[at + len(label):]
        glued = (before and (before[-1].isalnum() or _mark(before[-1]))) \
            or (after and (after[0].isalnum() or _mark(after[0])))
        if (unspaced or not glued) and any(c.isalnum() for c in before) and any(c.isalnum() for c in after):
            return True
        at = text.find(label, at + 1)
    return False


def _mark(char: str) -> bool:
    """A combining vowel sign or a joiner, part of the word before it in Indic, Thai and Arabic scripts."""
    return unicodedata.category(char) in ("Mn", "Mc") or char in "\u200c\u200d"
