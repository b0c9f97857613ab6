"""A news desk's credit block at the edge of the article: the reporter, and the editor beside them, one to a line.

A news site sets the people behind the article in a small box of their own after the text (or under the headline),
one credit a line, each a role, a colon and a name: "Reporter: Ann Lee<br>Editor: Jan Ruh", id "Wartawan: … /
Redaktur: …", "Pewarta: …", es "Reportero: …", pt "Repórter: …", tr "Muhabir: …", vi "Phóng viên: …", ru
"Корреспондент: …", zh/ja "記者：…" (or without the colon, the desk's noun before the name: "文化部記者　<name>", ko
"<name> 기자": ``_CJK_LINE``). It is the desk's, not the review's.

The shape: every line of the block (split at its breaks, or its child lines) is a role, a colon and a short name (one
to five words, no figures, no comma), one to four lines; and at least one role is a reporter's
(a correspondent, a journalist, a photographer), which a book's record never holds: "Editor: Ann Lee" alone may be the
editor of the anthology reviewed, and stays. ``sitelines.mark`` asks it only of a block at the body's edge (the first
or last three rows) or in the article's head.

A lone desk credit ("Editor: Jan Ruh", id "Editor : …", "Redaktur: …") is the desk's too where it closes the body
under the site's own lines (a follow line, a bidding to read the site on a news reader: ``lone_desk_line``, asked by
``sitelines.mark`` with the line before it); under the book's record or the review's prose it may be the anthology's
editor, and stays, and so does a name the page's title or heading gives ("<Title>, edited by <name>").
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .rating import has_score
from .words import count_words

# a reporter's role, which no book's record holds
_REPORTER = (r"reporter\w*|reported\s+by|correspondent|reportero|reportera|repórter|reportagem|corresponsal|journaliste|"
             r"giornalista|inviat[oa]|verslaggever|dziennikarz|dziennikarka|muhabir|wartawan|pewarta|jurnalis|koresponden|"
             r"fotografer|fotógrafo|photographer|photo\s+by|phóng\s+viên|корреспондент|кореспондент|журналист|журналіст|"
             r"ผู้สื่อข่าว|記者|기자")
# the desk's other roles beside it (an editor, a copy editor, the writer)
_DESK = (r"editor\w*|edited\s+by|redaktur\w*|redaktor\w*|redakcja|redaktion|rédaction|redacción|redazione|redactie|"
         r"penyunting|penulis|editör|biên\s+tập(?:\s+viên)?|редактор|บรรณาธิการ|編集|编辑|編輯|편집")
_LINE = re.compile(rf"^\W*(?:(?P<reporter>{_REPORTER})|{_DESK})\s*[:：]\s*(?P<name>[^:：,，\d]+?)\s*$", re.I)
_BREAKS = ("br",)
_DESK_LINE = re.compile(rf"^\W*(?:{_DESK})\s*[:：]\s*(?P<name>[^:：,，\d]+?)\s*$", re.I)
# The CJK papers set the credit without a colon: the desk and the reporter's noun, a space, the name, perhaps a bracketed
# beat after it (ja "文化部記者　<name>（…担当）", zh "本报记者 <name>", "新华社记者 <name>"), or in Korean the name, then the
# noun, perhaps the mail address ("<name> 기자 name@paper.kr"). The name is two to six kanji or katakana (a review's words
# about a reporter in the story, "新聞記者の物語", run on in kana without the space), the Korean one two to four syllables.
_CJK_LINE = re.compile(r"^[\u4e00-\u9fff々]{0,8}[記记]者[ \u3000]+[\u4e00-\u9fff々\u30a0-\u30ff]{2,6}(?:[ \u3000]?[（(][^（）()]{1,20}[）)])?$|"
                       r"^[가-힣]{2,4} 기자(?: [\w.+-]+@[\w.-]+)?$")


def _lines(block: HtmlElement) -> list[str]:
    """The block's lines: its text split at its breaks, or, with none, its child elements' texts."""
    parts: list[str] = [block.text or ""]
    for child in block:
        if child.tag in _BREAKS:
            parts.append(child.tail or "")
        else:
            parts[-1] += child.text_content() + (child.tail or "")
    lines = [" ".join(p.split()) for p in parts]
    return [line for line in lines if line]


def desk_credits(block: HtmlElement) -> bool:
    """A block of one to four desk credits, one a reporter's (module docstring), no score."""
    lines = _lines(block)
    if not 1 <= len(lines) <= 4:
        return False
    if len(lines) == 1 and len(lines[0]) <= 40 and ("者" in lines[0] or "기자" in lines[0]) and _CJK_LINE.match(lines[0]):
        return True  # (the CJK credit without its colon: above)
    matches = [_LINE.match(line) for line in lines]
    if not all(m and 1 <= count_words(m.group("name")) <= 5 for m in matches):
        return False
    # (the score last: every line a credit's shape is rare, the score's scan costs ~0.05 ms a line)
    return not any(has_score(line) for line in lines) and any(m.group("reporter") for m in matches)


def lone_desk_line(text: str, body: HtmlElement | None = None) -> bool:
    """One desk credit alone on its line (an editor's role, a colon, a name of one to four words): the caller asks
    where it stands (module docstring). A name the page's title or first heading gives is the book's editor (the
    anthology reviewed: "<Title>, edited by <name>"), not the desk's, whatever line stands over it."""
    found = _DESK_LINE.match(text) if len(text) <= 60 else None
    if found is None or not 1 <= count_words(found.group("name")) <= 4 or has_score(text):
        return False
    return body is None or not _in_head(found.group("name"), body)


def _in_head(name: str, body: HtmlElement) -> bool:
    """The name in the page's title or its first h1 (the page's subject, the book and its people)."""
    root = body.getroottree().getroot()
    heads = [e.text_content() for e in (root.find(".//title"), next(root.iter("h1"), None)) if e is not None]
    return name.casefold() in " ".join(" ".join(heads).split()).casefold()
