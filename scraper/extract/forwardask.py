"""A newsletter's ask to pass it on: "Forward this e-mail to a friend who reads", among the post's last lines.

A mailed newsletter (and its web copy, on a mailing service's archive page) closes by asking the reader to send the
mail on to someone else ("Know someone who would like this? Forward this email to them", "Leite diesen Newsletter an
eine Freundin weiter", "Prepošlite tento e-mail priateľovi"). The line is about the mail, not the book; its shape:

- the verb of forwarding or sending on, with the mail itself as its object (this e-mail, this newsletter, this
  letter: FORWARD, per language);
- short (30 words at most), not a heading, quotation, list or table, no score;
- among the body's last three lines left, after the review's last paragraph (nothing of 30 words or more after it).

``edges.FORWARDED`` reads the other side of the same habit ("Was this forwarded to you?"). A review that tells of a
character forwarding an e-mail names no "this e-mail" of the reader's, or stands among the review's paragraphs.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .nodes import text_of
from .rating import has_score
from .tailasks import short_line
from .words import count_words

RULE = "forward ask"
_MAX_WORDS = 30
_PROSE = 30
_MAIL = r"(?:e-?mail\w*|mail\w*|newslett\w*|letter)"
# the bidding to forward this mail, per language (en, de, fr, es, pt, it, nl, cs, sk, pl, ru, uk, sv, da/no, ja, zh, ko)
FORWARD = re.compile(
    r"\bforward\s+(?:this|the|our)\s+(?:e-?mail|mail|newsletter|letter|issue)\b|\bsend\s+this\s+(?:e-?mail|newsletter|issue)\s+(?:on|to)\b"
    r"|\b(?:leite|leitet|leiten\s+sie)\s+(?:diese[nrs]?|den|die)\s+" + _MAIL + r"\s+(?:\w+\s+){0,4}weiter"
    r"|\btransf[ée]re[zr]?\s+(?:cet|ce|cette)\s+(?:e-?mail|courriel|newsletter|lettre)"
    r"|\breenv[íi]a(?:lo|r|d|le)?\s+(?:este|esta)\s+(?:correo|e-?mail|newsletter|bolet[íi]n)"
    r"|\b(?:encaminhe|reencaminhe|encaminha)\s+(?:este|esta)\s+(?:e-?mail|newsletter|mensagem)"
    r"|\binoltra(?:te|re)?\s+(?:questa|questo)\s+(?:e-?mail|mail|newsletter)"
    r"|\b(?:stuur|stuurt)\s+(?:deze|dit)\s+(?:e-?mail|mail|nieuwsbrief)\s+(?:\w+\s+){0,4}door"
    r"|\b(?:přepošlete|přepošli|prepošlite|prepošli)\s+(?:\w{1,4}\s+)?(?:tento|tenhle|tieto|tento)\s+(?:e-?mail|mail|newsletter|zpravodaj)"
    r"|\b(?:prześlij|przekaż|prześlijcie|przekażcie)\s+(?:ten|tego)\s+(?:e-?mail|mail|newsletter)"
    r"|\b(?:перешлите|перешли|перешліть|пересилайте)\s+(?:это|этот|цей|цього|цю)\s+(?:письмо|лист|рассылк\w*|розсилк\w*)"
    r"|\b(?:vidarebefordra|skicka\s+vidare)\s+(?:det\s+här|detta|denna)\s+(?:mejl|e-?post|nyhetsbrev)"
    r"|\b(?:videresend|send\s+videre)\s+(?:denne|dette)\s+(?:mail|e-?mail|nyhedsbrev|nyhetsbrev)"
    r"|(?:この|本)(?:メール|メルマガ|メールマガジン|ニュースレター)を[^。]{0,20}?転送"
    r"|(?:转发|轉發)(?:这封|這封|本期|这期|這期)(?:邮件|郵件|电子报|電子報|简报|簡報)"
    r"|이\s?(?:메일|뉴스레터|레터)을?\s?[^.]{0,20}?(?:전달|포워딩)",
    re.I)
# the same bidding with the mail named first and the verb taking it as a pronoun ("If you know someone who would like
# this newsletter, forward it to them", "Si crees que esta carta le gustará a alguien, reenvíala", "Wenn dir dieser
# Newsletter gefällt, leite ihn weiter", "Si cette lettre vous a plu, transférez-la"): both in the one line
_THIS_MAIL = re.compile(
    r"\bthis\s+(?:e-?mail|newsletter|letter|issue)\b|\b(?:este|esta|dest[ae])\s+(?:correo|e-?mail|newsletter|"
    r"bolet[íi]n|carta|entrega|mensagem)\b|\b(?:cet|ce|cette)\s+(?:e-?mail|courriel|newsletter|lettre)\b|"
    r"\bdiese[nrs]?\s+(?:newsletter|e-?mail|mail|brief)\b|\b(?:questa|questo)\s+(?:e-?mail|mail|newsletter|lettera)\b|"
    r"\b(?:deze|dit)\s+(?:e-?mail|mail|nieuwsbrief|brief)\b", re.I)
_FORWARD_IT = re.compile(
    r"\bforward\s+it\b|\breenv[íi](?:a(?:la|lo|sela|selo)|adla|adlo)\b|\btransf[ée]re[zr]?-(?:la|le)\b|"
    r"\b(?:leite|leitet|leiten)\s+(?:ihn|sie|es)\s+(?:\w+\s+){0,4}weiter\b|\binoltra(?:la|lo|tela|telo)\b|"
    r"\b(?:encaminhe|reencaminhe|encaminha)-(?:a|o)\b|\bstuur\s+(?:hem|haar|'m|het)\s+(?:\w+\s+){0,4}door\b", re.I)


def forward_ask(block: HtmlElement) -> bool:
    """A short line bidding the reader to forward this mail (see the module docstring)."""
    text = short_line(block, _MAX_WORDS)
    return bool(text) and bool(FORWARD.search(text) or _THIS_MAIL.search(text) and _FORWARD_IT.search(text)) \
        and not has_score(text)


def mark(items: list[HtmlElement], body: HtmlElement, drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark the forward ask among the body's last three lines left (see the module docstring)."""
    live = [i for i in range(len(items)) if i not in drop and text_of(items[i])]
    longest_after = 0
    for i in reversed(live[-3:]):
        block = items[i]
        if longest_after < _PROSE and forward_ask(block):
            drop[i], boxes[i] = RULE, block
        longest_after = max(longest_after, count_words(text_of(block)))
