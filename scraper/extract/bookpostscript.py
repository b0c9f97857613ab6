"""A postscript that gives the book's record, as a letter-shaped review closes: "P.S. for readers who do not know
him: Name, Title, first published 1947." The postscript's mark (Latin "post scriptum" as letters in most languages
write it: "P.S.", "PS", "P.P.S.", es/pt/ca "P.D.", "N.B.") and the words the writer turns to the reader with, up to
the colon, are no part of the record; what follows the colon is read as a record line. With no colon, or a lead of
capitalised words alone, or one the text names elsewhere, the mark may open a title ("P.S. I Love You, A, 2004"): the
line is left as it is.

A postscript talks about anything, another book too ("P.S. out next month: Title, Name, 2027"): its record is read
only where the text names its title outside that line (or, where both parts read as names, either of them or the
author's surname), as a review names the book it is about; otherwise the line is no record at all. A lead whose words
are as often capitalised as not is a title's ("P.S. from Paris: A Novel, Marc Levy"): the line is left as it is.
"""

from __future__ import annotations

import re

from .book import Context, is_name

# the mark, then up to 12 words of the writer's own before a colon (or nothing: "P.S. Name, Title, 1947.")
_MARK = re.compile(r"^\s*[*_]*(?:P\.?\s?P\.?\s?S|P\.?\s?S|P\.\s?D|N\.\s?B)\.?(?=[\s:,])[*_]*\s*[,:]?\s*")
_LEAD = re.compile(r"^(?:[^:：.!?]{1,80}?)\s*[:：]\s+")
_FIELDS = re.compile(r"\s*(?:[,;]|\.\s)\s*")


def postscript_record(line: str | None, context: Context | None) -> str | None:
    """`line` unchanged unless it is a postscript; a postscript's record without the mark and the writer's lead, or
    None where the text names neither of its first two parts elsewhere (or no text is known)."""
    if not line or not (mark := _MARK.match(line)):
        return line
    rest = line[mark.end():]
    lead = _LEAD.match(rest) if not line[:mark.end()].rstrip().endswith(":") else None
    if lead:  # (the writer's words, mostly lower case: "P.S. I Love You: …" is a title, as the text names it)
        head = line[:mark.end() + lead.end()].rstrip(": ")
        # (a title-cased title has as many capitalised words as lower-case ones, "P.S. from Paris: A Novel"; the
        # writer's words are mostly lower-case, "for readers who are not Mr Nabokov")
        words = lead.group(0).rstrip(": ：").split()
        lower = sum(1 for w in words if re.match(r"[^\W\d_A-ZÀ-Þ]", w))
        if len(words) > 12 or lower <= len(words) - lower or context is not None and context.mentions(head) >= 2:
            return line
        rest = rest[lead.end():]
    elif not line[:mark.end()].rstrip().endswith(":"):
        return line  # (no colon: "P.S. I Love You, A, 2004" may be a title)
    fields = [f.strip(" *_\"'“”‘’«»") for f in _FIELDS.split(rest)[:2]]
    if context is None or len(fields) < 2:
        return None
    # the author is the part whose surname the text names; the other, the title, must be named in full (the author's
    # next book, "P.S. her next one: Winter Bees, Elsa Orwin, 2027", is another book by the same surname)
    authors = [f for f in fields if len(f.split()) > 1 and is_name(f) and context.mentions(f.split()[-1]) >= 2]
    named = any(context.mentions(f) >= 2 for f in [f for f in fields if f and f not in authors] or fields)
    return rest if named else None
