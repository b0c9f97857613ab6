"""The post's sponsor line: "This review is sponsored by <a shop>", af "Hierdie resensie word geborg deur …", de
"Diese Rezension wird unterstützt von …", es "Esta reseña está patrocinada por …".

The blog names who pays for the post, under it or boxed beside it: the shop's or the house's credit, not the review's
words (``housekeeping.sponsor_read`` takes a sponsor's read led by a bold label; this line has none). Its shape, in
any language:

- the post, the review or the article named (``_POST``) and then, a few words on in the same clause, the sponsoring
  participle with its agent ("sponsored by", "geborg deur", "gesponsert von", "patrocinad[oa] por": ``_SPONSORED``);
- a short line (30 words at most), not a heading, quotation, list or table, no score;
- typeset apart (small print, wholly in italics, a box of its own), or after the review's last paragraph and its
  score among the body's last lines (``partnerline.mark`` gives the place).

What stays: a sponsor in the book's story ("The expedition was sponsored by a shipping firm", no post named); the
post named with no sponsor ("This review is dedicated to my sister"); the same line in the review's plain paragraphs
before its end.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .adnotice import _BLOCKED
from .casefold import any_word
from .nodes import text_of
from .rating import has_score

RULE = "sponsor line"
_MAX_WORDS, _NEAR = 30, 4
# the post named: en de nl/af fr es/pt it pl sv da/nb
_POST = any_word("post review article blog_post issue newsletter beitrag rezension artikel besprechung recensie "
                 "bespreking resensie blogpos critique chronique billet reseña artículo entrada resenha recensione "
                 "articolo recenzja wpis recension inlägg anmeldelse indlæg innlegg")
# the sponsoring participle and its agent: en de nl af fr es/pt it pl sv da nb
_SPONSORED = any_word(r"sponsored_by supported_by gesponsert_von unterstützt_von gesponsord_door gesponsor_deur "
                      r"geborg_deur sponsoris[ée]e?s?_par parrain[ée]e?s?_par patrocinad[oa]s?_por "
                      r"sponsorizzat[oaie]_da sponsorowan\w*_przez sponsrad\w*_av sponsoreret_af sponset_av")
_CLAUSE_END = re.compile(r"[.!?;:](?=\s|$)")


def sponsor_line(block: HtmlElement) -> bool:
    """A short line naming the post and who sponsors it (module docstring)."""
    if block.tag in _BLOCKED or not (text := text_of(block)) or len(text.split()) > _MAX_WORDS or has_score(text):
        return False
    for found in _SPONSORED.finditer(text):
        clause = _CLAUSE_END.split(text[:found.start()])[-1]
        if any(len(clause[post.end():].split()) <= _NEAR for post in _POST.finditer(clause)):
            return True
    return False
