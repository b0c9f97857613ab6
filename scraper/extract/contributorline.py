"""A reader contributor's credit closing a newspaper's reader essay or letter (sitelines.mark asks, among the last blocks).

Japanese and Korean papers print a reader's piece (a reader's book essay, a letter to the editor) with the writer
credited on its last line by place, occupation, name and age, the whole line in brackets: ja "（大阪府堺市　主婦　山田花子
　61）", "（東京都　学生　佐藤一郎　19歳）"; ko "김하나(34·회사원·서울 마포구)", "(서울 마포구·회사원·김하나·34)". What marks it:
the line is short and wholly bracketed (or a name with the bracket after it, the Korean way), parted by spaces, middle
dots or commas into three parts or more, one of them the writer's age (a number from 8 to 110, "歳", "才", "세" after it
or not) standing alone as the last or the first part; no sentence's end. A bracketed record line ("（新潮文庫　2011年　
880円）") has no age part (a year, a price); a bracketed aside is a sentence.
"""

from __future__ import annotations

import re

_WHOLE = re.compile(r"^[（(]\s*(?P<inside>[^()（）]{4,60}?)\s*[)）]$")
# ko: the name, then the bracket: "김하나(34·회사원·서울 마포구)"
_NAMED = re.compile(r"^[\uac00-\ud7a3]{2,4}\s*[（(]\s*(?P<inside>[^()（）]{3,50}?)\s*[)）]$")
_PARTS = re.compile(r"[\s\u3000]*[・·,，、][\s\u3000]*|[\s\u3000]+")
_AGE = re.compile(r"^(?P<n>\d{1,3})(?:歳|才|세)?$")
_SENTENCE = re.compile(r"[。！？!?]|[.](?:\s|$)")


def _age(part: str) -> bool:
    match = _AGE.match(part)
    return bool(match) and 8 <= int(match.group("n")) <= 110


def contributor_line(text: str) -> bool:
    """Whether the line is a reader contributor's bracketed credit (module docstring)."""
    text = text.strip()
    if len(text) > 70 or not text.endswith((")", "）")) or _SENTENCE.search(text):
        return False
    whole = _WHOLE.match(text)
    named = None if whole else _NAMED.match(text)
    if not (whole or named):
        return False
    inside = (whole or named).group("inside")
    parts = [p for p in _PARTS.split(inside) if p]
    if len(parts) < (3 if whole else 2) or re.search(r"\d", "".join(parts[1:-1])):
        return False
    return _age(parts[-1]) or _age(parts[0])
