"""The post's sponsor line: "This review is sponsored by <a shop>", af "Hierdie resensie word geborg deur …", de
"Diese Rezension wird unterstützt von …", es "Esta reseña está patrocinada por …".

The blog names who pays for the post, under it or boxed beside it: the shop's or the house's credit, not the review's
words (``housekeeping.sponsor_read`` takes a sponsor's read led by a bold label; this line has none). Its shape, in
any language:

- the post, the review or the article named (``_POST``) at the opening of its clause, and then, its verb at most
  between, the sponsoring participle with its agent ("sponsored by", "geborg deur", "gesponsert von", "patrocinad[oa]
  por": ``_SPONSORED``), no comma between;
- a short line (30 words at most), not a heading, quotation, list or table, no score;
- in a box of its own anywhere, typeset apart (small print, wholly in italics) among the body's first or last
  lines, or after the review's last paragraph and its score among the body's last lines (``partnerline.mark`` gives
  the place; an italic line of the review's in mid-body, "*Ihr Artikel wurde unterstützt von Briefen …*", stays).

Or the sponsor's label alone, a line of its own opening or closing the body (``sponsor_label``): the
sponsoring participle or noun opening the line ("Sponsored by <house>", "Patrocinado por …", "При поддержке …",
ar "برعاية …", "بدعم من …") and only the sponsor's name after it: six words at most, no comma, no sentence's stop
inside, no score. "Sponsored by a rich uncle, the hero sails west" runs on into the story's clause.

What stays: a sponsor in the book's story ("The expedition was sponsored by a shipping firm", no post named); the
post named with no sponsor ("This review is dedicated to my sister"); the same line in the review's plain paragraphs
before its end; a post in apposition or further on ("The central issue, supported by the town's records, …").
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .adnotice import _BLOCKED
from .casefold import any_word
from .nodes import text_of
from .rating import has_score

RULE = "sponsor line"
# (the post opens its clause, a determiner or two before it, "This week's newsletter"; the verb alone between it and
# the participle, "is kindly sponsored by": an apposition, "Her 1972 article, supported by leaked memos", or a post
# named further on, "Each review in the anthology is supported by an essay", is the review's prose: rev-bpaffil35)
_MAX_WORDS, _LEAD_WORDS, _NEAR = 30, 2, 2
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
        if any(len(clause[:post.start()].split()) <= _LEAD_WORDS and "," not in clause[post.end():]
               and len(clause[post.end():].split()) <= _NEAR for post in _POST.finditer(clause)):
            return True
    return False


# the sponsor's label opening a line: the participle or noun of sponsoring and its agent's preposition (en de nl fr es
# pt it pl sv da nb ru uk tr ar fa)
_LABEL = re.compile(
    r"^\W{0,3}(?:(?:sponsored|presented|supported)\s+by|in\s+partnership\s+with|gesponsert\s+von|präsentiert\s+von|"
    r"unterstützt\s+von|gesponsord\s+door|sponsoris[ée]e?\s+par|présenté\s+par|patrocinad[oa]\s+por|presentado\s+por|"
    r"sponsorizzat[oa]\s+da|sponsorowan\w*\s+przez|sponsrad\w*\s+av|sponsoreret\s+af|sponset\s+av|при\s+поддержке|"
    r"за\s+підтримки|sponsor(?:u|luğunda)\s*:|برعاية|بدعم\s+من|با\s+حمایت)(?=\s+\S)",
    re.I,
)


def sponsor_label(block: HtmlElement) -> bool:
    """The sponsor's label and name alone on a line (module docstring); the caller asks for the body's edge."""
    if block.tag in _BLOCKED or not (text := text_of(block).strip()) or has_score(text):
        return False
    found = _LABEL.match(text)
    rest = text[found.end():].strip().rstrip(".") if found else ""
    return bool(rest) and len(rest.split()) <= 6 and "," not in rest and "،" not in rest and not _CLAUSE_END.search(rest) \
        and _named(rest)


def _named(rest: str) -> bool:
    """A name after the label: a capital, a quotation mark or a letter of a script without case ("Sponsored by Gavan",
    "издательства «Гавань»", "مكتبة الميناء"); "Supported by a superb cast of minor characters." is the review's."""
    return any(ch.isupper() or ch in "«»\"“”„'‘’" or ch.isalpha() and ch.lower() == ch.upper() for ch in rest)
