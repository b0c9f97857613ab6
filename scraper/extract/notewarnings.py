"""A content warning said inside a paragraph, as a sentence of its own that opens with a warning label and names hard
things ("… in the old town. Content warning: domestic abuse. The prose is …", sw "… Tahadhari: kuna ukatili wa nyumbani.
Lugha ni tamu …"): shop and reader reviews run their notes into one paragraph. The label is one of notewords.CW_WORDS
(not a bare "attention" nor a reading note, which warn only in a note set apart), a colon after it, and what it says must
name a hard thing (not "Warning: the last chapter will break you"). scraper.extract.notes asks for it last.
"""

from __future__ import annotations

import re

from .notewords import names_hard_thing

# a sentence's end, then the next one (any script's stop; a capital need not follow: not every script has one)
_SENTENCES = re.compile(r"(?<=[.!?।۔։።。！？])\s+")
# (the label is read only at a sentence's start after the first: a block's opening label is notes._labelled_warnings')
_MAX_WORDS = 30


def inline_warning(blocks: list[tuple[str, str]]) -> str | None:
    from .notes import _CW_LABEL  # (notes reads this module: imported here)
    for kind, text in blocks:
        if kind == "heading" or ":" not in text and "：" not in text:
            continue
        for sentence in _SENTENCES.split(text)[1:]:
            match = _CW_LABEL.match(sentence)
            if not match or match.group("attn") or match.group("soft") or match.group("bracket") or match.group("qualified"):
                continue
            rest = match.group("rest").strip()
            if rest and len(rest.split()) <= _MAX_WORDS and names_hard_thing(rest):
                return rest
    return None
