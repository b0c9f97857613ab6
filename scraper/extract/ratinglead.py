"""A score a short lead sets apart, in any language and script, by its shape alone.

A reviewer closes (or opens) a review with a sentence of a word or three, a separator and the score, and nothing
after it but the sentence's end: "My verdict — 8/10.", "Իմ գնահատականը՝ 10-ից 8։", "Менің бағам — 10 балдан 9.",
"Ocena moja: 4 z 5". The lead's words need not be known (no table of label words in every language): its shape is
the label. The separator is any colon, dash or pause mark of any script (Unicode's terminal punctuation that does not
end a sentence, a dash, the Armenian ՝), the sentence ends at any script's sentence terminal (``. ։ । ۔ 。 ።``).

After such a lead the scale may come first with its case written on to it, in any language that marks case on a
numeral ("10-ից 8", "10-дан 9", "10-ből 8", "10-stä 8": the scale, a hyphen and an ending) or on a unit word after it
("10 балдан 9", "10 pisteestä 8": the scale, one word, the score): read only here, where the lead says a score
follows, and only as a score no greater than its scale. rating.py asks this module for the lines its own labels miss.
"""

from __future__ import annotations

from typing import Callable, Iterable

import regex

# a sentence's end in any script, and the marks that set a lead apart (not a sentence's end, not a comma, not a quote)
_END = r"\p{Sentence_Terminal}"
_SEP = r"(?:(?![\p{Sentence_Terminal},'\"*#%&@/\\])[\p{Terminal_Punctuation}\p{Pd}]|[՝])"
_WORD = r"[\p{L}\p{M}]+"
# a sentence that opens with one to three words and a separator
_LEAD = regex.compile(rf"(?:^|(?<={_END}))[\s*_\"“«]*(?:{_WORD}\s+){{0,2}}{_WORD}\s*{_SEP}\s*")
_CLOSES = regex.compile(rf"[\s*_)]*(?:{_END}|$)")
# the scale first, its case on the numeral ("10-ից") or on one unit word after it ("10 балдан"), then the score
_SCALE_CASED = regex.compile(
    rf"(?P<den>100|20|10|5)(?:-{_WORD}|\s+{_WORD})\s+(?P<num>\d{{1,3}}(?:[.,]\d{{1,2}})?)(?![\d\p{{L}}\p{{M}}])")


def led_scores(text: str, scan: Callable[[str], Iterable], make: Callable[[str, float], object], dated: regex.Pattern | None = None,
               of_words: str = "", other: Callable[[str], object] | None = None) -> list:
    """The scores of the text that a short lead sets apart and that close their sentence, as `make(raw, value)`;
    `scan` is rating._scan (its found scores, in order, with their places); a lead `dated` matches ("Posted:") is a
    date's; a unit word that is one of `of_words` ("10 из 8") is the score-first order's, not a case; a sentence `other`
    says is another thing's verdict ("Film: 3.5/5.") gives none."""
    out = []
    found = None
    for lead in _LEAD.finditer(text):
        at = lead.end()
        if dated is not None and dated.search(text[lead.start():at].rstrip()):
            continue
        if (cased := _SCALE_CASED.match(text, at)) and not (of_words and regex.fullmatch(
                rf"\s+(?:{of_words})", text[cased.end("den"):cased.start("num")].rstrip(), regex.I)):
            num, den = float(cased.group("num").replace(",", ".")), float(cased.group("den"))
            if num <= den and _CLOSES.match(text, cased.end()) and not (other and other(text[lead.start():cased.end()])):
                out.append(make(cased.group(0), round(num / den, 3)))
            continue
        found = scan(text) if found is None else found
        score = next((f for f in found if f is not None and f.start == at), None)
        if score is not None and _CLOSES.match(text, score.end) and not (other and other(text[lead.start():score.end])):
            out.append(score.rating)
    return out
