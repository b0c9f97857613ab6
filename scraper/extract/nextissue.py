"""A newsletter's teaser for its next issue, closing the post: "Next issue: a return to the Culture, and your letters".

A mailed newsletter (and a column that comes out weekly) closes by telling the reader what the next issue will bring:
"Next week: three short novels for a long weekend", de "Nächste Ausgabe: …", fr "Dans le prochain numéro : …", es "En
el próximo número: …", it "Nel prossimo numero: …", ja "次号：…", zh "下期预告：…". It speaks of a post not yet written,
not of the book; its shape, whatever the language:

- it opens on the label of the next issue or the next instalment (NEXT: the next issue, edition, letter, week, month,
  or "coming up", "in the next issue", per language) and a colon or a dash right after the label;
- short (30 words at most), not a heading, quotation, list or table, no score;
- among the body's last three lines left, after the review's last paragraph (nothing of 30 words or more after it).

What stays: a book's record line "Next in the series: Raven Stratagem" (the series is the book's, no label of an
issue), a review's sentence "Next week I start the sequel" (no label and colon), and a teaser in the review's middle
(more prose after it). ``pleas.mark`` asks it with the newsletter's other closing lines (the forward ask).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .nodes import text_of
from .rating import has_score
from .words import count_words

RULE = "next issue teaser"
_MAX_WORDS = 30
_PROSE = 30
_BLOCKED = ("h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "table", "pre")
# the next issue's label, then its colon or dash: en, de, fr, es, pt, it, nl, sv, da/nb, pl, cs, ru/uk, tr, id, ja, zh,
# ko
NEXT = re.compile(
    r"^\W{0,3}(?:(?:in\s+)?(?:the\s+)?next\s+(?:issue|edition|letter|newsletter|week|month|time|instal?ment)|"
    r"coming\s+(?:up\s+)?next(?:\s+(?:issue|week))?|"
    r"(?:in\s+der\s+)?nächsten?\s+(?:ausgabe|woche|monat|folge|brief)|"
    r"(?:dans\s+le\s+)?prochain(?:e)?\s+(?:numéro|lettre|édition|semaine)|la\s+semaine\s+prochaine|"
    r"(?:en\s+el\s+)?pr[óo]ximo\s+(?:número|boletín)|"
    r"(?:en\s+la\s+|na\s+)?pr[óo]xima\s+(?:semana|edici[óo]n|edição|entrega|carta)|"
    r"(?:no\s+)?pr[óo]ximo\s+(?:número|boletim)|(?:nel\s+)?prossim[oa]\s+(?:numero|settimana|puntata|lettera)|"
    r"la\s+prossima\s+settimana|(?:in\s+de\s+)?volgende\s+(?:editie|week|nieuwsbrief|aflevering)|"
    r"(?:i\s+)?nästa\s+(?:nummer|vecka|brev)|(?:i\s+)?næste\s+(?:nummer|uge|brev)|(?:i\s+)?neste\s+(?:nummer|uke|brev)|"
    r"(?:w\s+)?następn\w+\s+(?:numerze|numer|wydani\w+|tygodni\w+)|za\s+tydzień|"
    r"(?:v\s+)?příšt\w+\s+(?:čísle|číslo|týden)|"
    r"(?:в\s+)?следующ\w+\s+(?:выпуск\w*|номер\w*|недел\w+)|(?:у\s+)?наступн\w+\s+(?:випуск\w*|номер\w*|тижн\w+)|"
    r"gelecek\s+(?:sayı\w*|hafta\w*)|(?:di\s+)?edisi\s+berikutnya|minggu\s+depan|"
    r"次号|次回|下期(?:预告|預告)?|下一期|下周|下週|다음\s?(?:호|주|회))\s*(?:[:：]|\s[–—-]\s)")


def next_issue(block: HtmlElement) -> bool:
    """A short line opening on the next issue's label and its colon (see the module docstring)."""
    if block.tag in _BLOCKED:
        return False
    text = text_of(block)
    if not text or count_words(text) > _MAX_WORDS or not NEXT.match(text.casefold()):
        return False
    return not has_score(text)


def mark(items: list[HtmlElement], drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark the next issue's teaser among the body's last three lines left, after the review's last paragraph."""
    live = [i for i in range(len(items)) if i not in drop and text_of(items[i])]
    longest_after = 0
    for i in reversed(live[-3:]):
        block = items[i]
        if longest_after < _PROSE and next_issue(block):
            drop[i], boxes[i] = RULE, block
        longest_after = max(longest_after, count_words(text_of(block)))
