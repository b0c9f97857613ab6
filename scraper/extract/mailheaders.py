"""A mail archive's header lines over the message: "From: … / To: … / Subject: … / Date: …".

A list's web archive prints each message as the mail was sent: its headers first, then the body. MHonArc (under Sympa
and many list servers) writes them as a list, ``<ul><li><em>From</em>: Ana &lt;ana AT example.org&gt;</li>…``;
HyperKitty, Google Groups and webmail print views as rows of a table or lines of their own; mail clients that print
or forward a message write them in the reader's language ("De : / À : / Objet :", "Von: / An: / Betreff:", "差出人: /
件名:"). The sender's address, the list's address and the sending time are the engine's, not the review.

What marks them: two lines or more in a row, each a header's name and a colon (``_FIELD``, the names as mail clients
write them in their languages), of two fields or more, one of them a sender or recipient with an address (plain,
or written "AT" / "at" / "[at]" as archives hide them) or a date with its clock time, before the message's prose.
A review's info list ("Date : 2024" over "Éditeur : …") has no address and no clock: it stays.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .nodes import text_of
from .words import count_words

RULE = "mail headers"

# a header's name, as mail clients print it (en, fr, de, es, it, pt, nl, sv/da/nb, pl, cs, ru/uk, tr, ja, zh, ko):
# the sender and recipients, the subject, the date
_SENDER = (r"from|sender|reply-to|to|cc|bcc|de|à|a|para|von|an|kopie|da|van|aan|från|fra|till|til|od|do|komu|kopia|"
           r"от|кому|від|копия|kimden|kime|差出人|宛先|送信者|发件人|收件人|抄送|寄件者|收件者|보낸\s?사람|받는\s?사람")
_SUBJECT = r"subject|objet|sujet|betreff|asunto|oggetto|assunto|onderwerp|ämne|emne|temat|předmět|тема|konu|件名|主题|主旨|제목"
_DATE = r"date|sent|datum|gesendet|fecha|enviado|data|inviato|envoyé|verzonden|skickat|sendt|wysłano|odesláno|дата|" \
        r"отправлено|tarih|日付|日期|送信日時|发送时间|날짜|보낸\s?날짜"
_FIELD = re.compile(rf"^\W{{0,3}}(?:(?P<sender>{_SENDER})|(?P<subject>{_SUBJECT})|(?P<date>{_DATE}))\s?[:：]\s*\S", re.I)
_ADDRESS = re.compile(r"[\w.+-]+(?:@|\s(?:AT|at)\s|\s?[\[(](?:at|AT)[\])]\s?)[\w-]+(?:\.[\w-]+)+")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b")
_PROSE_WORDS = 20
_LINE_WORDS = 25


def _field(line: HtmlElement) -> tuple[str, str] | None:
    """(the field's kind, the line's text) when the line is one header."""
    text = text_of(line)
    if not text or count_words(text) > _LINE_WORDS:
        return None
    match = _FIELD.match(text)
    if not match:
        return None
    return next(kind for kind, value in match.groupdict().items() if value), text


def _lines(element: HtmlElement) -> list[HtmlElement]:
    """The element's lines: a list's items, a table's rows, a definition list's pairs, or its block children."""
    if element.tag in ("ul", "ol"):
        return [c for c in element if c.tag == "li"]
    if element.tag == "table":
        return element.xpath("./tr | ./tbody/tr | ./thead/tr")
    return []


def _headers(lines: list[HtmlElement]) -> bool:
    """Every line a header, two kinds or more, one a sender with an address or a date with its clock time."""
    fields = [_field(line) for line in lines]
    if len(fields) < 2 or not all(fields):
        return False
    kinds = {kind for kind, _ in fields}
    sure = any(kind == "sender" and _ADDRESS.search(text) or kind == "date" and _CLOCK.search(text) for kind, text in fields)
    return len(kinds) >= 2 and sure


def _before_prose(element: HtmlElement, body: HtmlElement) -> bool:
    """No paragraph of the message's prose comes before the element in the body."""
    for block in body.iter():
        if block is element:
            return True
        if block.tag not in ("p", "li", "blockquote", "pre") or element in block.iterancestors() or block in element.iterancestors():
            continue
        if count_words(text_of(block)) >= _PROSE_WORDS:
            return False
    return True


def mail_headers(body: HtmlElement) -> list[list[HtmlElement]]:
    """The header blocks over the message: a list or table of header lines, or a run of sibling lines."""
    found: list[list[HtmlElement]] = []
    for element in body.iter("ul", "ol", "table"):
        lines = _lines(element)
        if _headers(lines) and _before_prose(element, body):
            found.append([element])
    if found:
        return found
    # a run of sibling lines ("<p><b>From:</b> …</p><p><b>Date:</b> …</p>") over the message
    for parent in body.iter("div", "section", "article", "header", "td", "body"):
        run: list[HtmlElement] = []
        for child in [*parent, None]:
            if child is not None and isinstance(child.tag, str) and child.tag in ("p", "div") and _field(child):
                run.append(child)
                continue
            if len(run) >= 2 and _headers(run) and _before_prose(run[0], body):
                found.append(run)
            run = []
    return found


def drop_mail_headers(body: HtmlElement, report) -> None:
    """Remove the mail archive's header lines over the message (see the module docstring)."""
    from .boilerplate import Removal  # (boilerplate imports many rules: read here, when called)
    for group in mail_headers(body):
        for element in group:
            if element.getparent() is not None:
                report.removed.append(Removal(RULE, text_of(element)[:200]))
                element.drop_tree()
