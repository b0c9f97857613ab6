"""The book as Japanese, Chinese and Korean bloggers cite it inside a sentence: the bracketed title, then in round
brackets its author first and the details after a separator ("『T』（A、1965年）を再読した", "《T》（A，出版社）讀後",
"『T』(A 지음, 출판사, 2019)을 읽었다"). The name stands first in the brackets (a role word after it or none; a
translator's, "A訳", names no author), a year or a publisher's word after it; the text names the author again (the
whole name, or a Han or kana name's first two characters, its surname: "庄野の文章"), outside the citation itself.
"""

from __future__ import annotations

import re

from .book import Context
from .bookcjkline import DETAILS, NOT_NAME
from .bookinfo import is_remark
from .booktitles import counted

_NAME = r"(?:[\uac00-\ud7a3]{2,4}|[\uac00-\ud7a3]{1,3}\s[\uac00-\ud7a3]{1,3}|[\u4e00-\u9fff\u3005\u3040-\u30ff・ー]{2,12}?)"
_ROLE = r"(?:著|作|編著|编著|지음|저|글|訳|译|譯|옮김|역)"
_TRANSLATOR = ("訳", "译", "譯", "옮김", "역")  # (a translator's credit names no author)
_CITED = re.compile(
    rf"[『《〈「](?P<title>[^』》〉」\n]{{1,60}})[』》〉」]\s*[（(]\s*(?P<name>{_NAME})\s*(?P<role>{_ROLE})?\s*[、，,／/・;；]\s*"
    r"(?P<details>[^）()\n]{2,60})[）)]")


def _vouched(name: str, rest: str) -> bool:
    if name in rest:
        return True
    han = re.fullmatch(r"[\u4e00-\u9fff\u3005\u3040-\u30ff・ー]+", name)
    return bool(han) and len(name) >= 3 and name[:2] in rest


def paren_cited(text: str, context: Context) -> tuple[str, str] | None:
    """(title, author) of the one book `text` cites as "『T』（A、details）", or None (none, or two different books)."""
    found = set()
    for match in _CITED.finditer(text or ""):
        name = match.group("name").strip()
        if not DETAILS.search(match.group("details")) or DETAILS.search(name) or NOT_NAME.search(name) \
                or is_remark(name) or counted(name) or match.group("role") in _TRANSLATOR:
            continue  # ("『T』（新潮文庫、2019年）", "『T』（上下巻、…）": an edition, not a person)
        rest = context.text.replace(match.group(0), " ")
        if _vouched(name, rest):
            found.add((match.group("title").strip(), name))
    return found.pop() if len(found) == 1 else None
