"""A figure's caption that says whose book the picture shows without naming it, in a language that marks the owner with a
postposition before a book noun (Hindi "भगवती शर्मा का उपन्यास, मेरी पुरानी प्रति", the novel of …; Marathi "… यांची
कादंबरी"): the owner is the book's author, and the book is the one title the post's opening quotes. Read by ``bookbody``.
"""

from __future__ import annotations

import re

from .book import Context, clean_title
from .bookcaptionfile import caption_file_book
from .bookcoverowner import cover_owner

_DEVANAGARI_WORD = r"[\u0900-\u097f]+"
# the owner (two or three words), a possessive postposition (Hindi का/की/के, Marathi चा/ची/चे, after यांच्या/यांची …), a book noun
_OWNER = re.compile(
    rf"^(?P<name>{_DEVANAGARI_WORD}(?:\s{_DEVANAGARI_WORD}){{1,2}}?)\s+(?:यांच(?:ी|ा|े|्या)\s+|(?:का|की|के|चा|ची|चे)\s+)"
    r"(?:(?:पहला|पहली|मशहूर|प्रसिद्ध|पहिली|गाजलेली)\s+)?(?P<noun>उपन्यास|कादंबरी|किताब|पुस्तक|कहानी-संग्रह|कथासंग्रह|नाटक|आत्मकथा)(?![\u0900-\u097f])"
)
# words that stand where a name would: pronouns, "writer", "this", "my", "old"
_NOT_NAME = set("इस उस यह वह मेरे मेरी मेरा हमारे हमारी लेखक लेखिका एक पुराना पुरानी माझी माझे माझा हा ही हे लेखकाची".split())
_QUOTED = re.compile(r"(?:(?<![\w])'([^'\n]{2,60})'(?!\w)|‘([^’\n]{2,60})’|\"([^\"\n]{2,60})\"|“([^”\n]{2,60})”)")


def caption_owner(captioned: list[tuple[str, str]], lines: list[str], context: Context) -> tuple[str, str] | None:
    """(title, author): a caption opening with "<name> का उपन्यास" whose family name the text names, and the one title
    the opening (its first two paragraphs) quotes; two quoted titles there, or none, and no telling which."""
    for caption, _alts in captioned:
        match = _OWNER.match(caption.strip())
        if not match:
            continue
        words = match.group("name").split()
        if set(words) & _NOT_NAME or any(n and match.group("name") == n for n in context.not_authors):
            continue
        if context.text.count(words[-1]) < 1:  # the text calls the author by family name ("वर्मा जी")
            continue
        opening = [line for line in lines[:4] if len(line) >= 40][:2]
        quoted = {clean_title(next(g for g in m.groups() if g)) for line in opening for m in _QUOTED.finditer(line)}
        quoted = {q for q in quoted if q and len(q.split()) <= 6 and q not in match.group("name")}
        if len(quoted) == 1:
            return quoted.pop(), match.group("name")
    # a caption that names the title, its picture's file spelling it; or a cover's, and the owner of "this novel"
    return caption_file_book(captioned, lines, context) or cover_owner(captioned, lines, context)  # (bookcoverowner)
