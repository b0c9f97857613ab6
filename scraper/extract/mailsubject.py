"""A mail's subject line as a list archive heads a message: the prefixes mail programs and list servers add.

Mailing-list archives (Sympa, Mailman, MHonArc, Hypermail, Google Groups) head a message with its subject line, and
that subject carries what mail programs put before the writer's words: the list's tag in square brackets
("[readers-club] T, by A", set by the list server on every message) and the reply and forward markers of each mail
program's language ("Re:", "Fwd:", "AW:", "WG:", "SV:", "VS:", "TR:", "Odp:", "Ynt:", "Отв:", "回复:" …), in any
order and repeated ("Re: [list] Fwd: T"). None of it is the book's title.

A list's tag is one word with no space (a list's name); a bracketed label that says "review" ("[Review] T") is the
post's own and is left for the title's reading (``keep``). A marker needs a space after its colon: "Re:Zero" is a
title.
"""

from __future__ import annotations

import re
from typing import Callable

# reply and forward markers: en/fr/es/it "Re", "Fw", "Fwd"; de "AW" (Antwort), "WG" (Weitergeleitet); nl "Antw", "Doorst";
# sv/da/no "SV" (svar), "VS" (vidaresänd), "VB"; fi "VS" (vastaus), "VL"; fr "TR" (transféré), "RE"; pl "Odp", "PD";
# tr "Ynt" (yanıt), "İlt"; cs/sk "Odp", "Fw"; pt "Enc", "RES"; es "RV" (reenviado); el "ΑΠ", "ΣΧΕΤ", "ΠΡΘ"; ru/uk
# "Отв", "Ответ", "Пересл", "Від"; zh "回复", "回覆", "答复", "转发", "轉寄"; ja "返信", "転送"; he "השב", "הועבר"
_MARKER = (
    r"(?:re|res|fwd?|aw|wg|antw|doorst|sv|vs|vb|vl|tr|odp|pd|ynt|i̇lt|enc|rv|απ|σχετ|πρθ|отв|ответ|пересл|від|"
    r"回复|回覆|答复|答覆|转发|轉寄|轉發|返信|転送|השב|הועבר)"
)
_PREFIX = re.compile(rf"^\s*{_MARKER}(?:\[\d+\]|\(\d+\))?\s*[:：]\s+", re.IGNORECASE)
_LIST_TAG = re.compile(r"^\s*\[([^\]\s]{2,40})\]\s+(?=\S)")


def subject_title(text: str, keep: Callable[[str], object] | None = None) -> str:
    """``text`` without the list's tag and the reply and forward markers before it; ``keep(text)`` true: a label left."""
    while True:
        stripped = _PREFIX.sub("", text, count=1)
        if stripped == text:
            match = _LIST_TAG.match(text)
            if not match or (keep is not None and keep(text)) or not re.search(r"[^\W\d_]", match.group(1)):
                return text
            stripped = text[match.end():]
        if not stripped.strip():
            return text
        text = stripped
