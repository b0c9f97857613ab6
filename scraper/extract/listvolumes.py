"""A headline that opens on one work's title in book-title marks and then counts volumes is about that work's volumes,
not a list of books: "《T》：讀完四冊之後" (after finishing its four volumes), "『T』全三冊を読み終えて". classify's list
headline (LIST_TITLE) counts books in the scripts without spaces by their counters (冊, 本…书, 책 …권), which a
many-volume work's headline counts too. Not when the headline sets off a second title or says "and others" beside the
count ("『T』など今年の10冊", "《T》等五本書": a list led by one of its books), nor a count written before the title.
The count follows the title's head as its own clause's ("《T》：讀完三冊之後"): not a count of a noun phrase the headline
builds after it with a possessive or a relative's 的/の ("《T》：我的年度十冊", "《T》讀完，接著讀的十冊科幻"), nor in a
second clause after a comma, nor a count that names books ("책 5권", "다섯 권의 책": books, not a work's volumes).
"""

from __future__ import annotations

import re

# the headline's head: one title in book-title marks (after a label's bracket, perhaps)
_ONE_WORK_HEAD = re.compile(r"^\s*(?:[\[【［〔][^\]】］〕]{1,8}[\]】］〕]\s*)?[《『〈]([^《》『』〈〉]{1,40})[》』〉]")
_MARKED = re.compile(r"[《『〈][^《》『』〈〉]{1,40}[》』〉]")
# "and others", "among", "with": the count takes in other books (zh, ja, ko)
# between the head and the count: a possessive or a relative (的, の, 之) or a clause's comma sets the count apart
_APART = re.compile(r"[的の之，,、；;]")
_OTHERS = re.compile(r"等|など|ほか|他の|以外|之外|及|和|與|与|외|등|까지|から")


def one_work_volumes(title: str, found: re.Match | None) -> bool:
    """The list headline's count (`found`, LIST_TITLE's match) counts the volumes of the one work the headline opens on."""
    if not found or not re.search(r"[冊册卷巻권]", found.group(0)) or "책" in found.group(0):
        return False
    head = _ONE_WORK_HEAD.match(title)
    return bool(head) and head.end() <= found.start() and len(_MARKED.findall(title)) == 1 \
        and not _OTHERS.search(title[head.end():]) and not _APART.search(title[head.end():found.start()])
