"""A foreign author's name in a Chinese or Japanese headline, transcribed in Han or katakana with the name dot
between its parts ("理查德·道金斯", "玛格丽特・阿特伍德", "カズオ・イシグロ"), beside the headline's one bracketed title
but not in the shape ``booktitles.cjk_title`` reads (after the title's colon, as the sentence's subject:
"重读《T》：A把…讲明白了吗", "《T》里，A想说什么").

The dot says "a foreign person's name"; it does not say "the author": a novel's characters are foreign persons too
("《T》：杰伊·某某的梦"). So the name is read as the author only when it is no part of the title and the text speaks of
that person as the one who writes: a part of the name (the family name, as a review calls an author) before a word
of writing or of the author's prose ("道金斯的写作", "阿特伍德写道", "阿特伍德笔下", "イシグロの筆致", "作者道金斯").
Thinking, saying or narrating is anyone's ("B认为…", "B的叙述" of a character) and is not read. A text that calls
someone else the author ("作者王某", "王某著", a name it says again) has named the writer: the dotted name is not read.
A verb of reading may run into the name with no space ("重读A·B"): the name is the part the text writes before the dot.
"""

from __future__ import annotations

import re

from .bookcjkimprint import unread

_DOTS = "·・‧•"
_DOTTED = re.compile(
    r"(?<![\u4e00-\u9fff\u30a0-\u30ff])((?:[\u4e00-\u9fff\u30a0-\u30ff]{1,8}[·・‧•])+[\u4e00-\u9fff\u30a0-\u30ff]{1,8})")
_DOT_SPLIT = re.compile(r"[·・‧•]")
_JOINED = re.compile(r"[与和及與跟]")  # ("A·B与C·D": two names)
# after the name's part: its writing, prose, pen, the "writes / argues / in the book" of an author (zh both forms, ja)
_WRITES = re.compile(r"(?:的|の)?(?:写作|寫作|文字|文笔|文筆|笔下|筆下|笔触|筆觸|文体|文體|论证|論證|写道|寫道|写到|寫到|"
                     r"在书中|在書中|在书里|在書裡|筆致|文章|語り口|は書く|が書く|は述べ)")
_AUTHOR_WORD = ("作者", "作家")
# another writer the text names: a run of two or three Han right after "作者"/"作家" ("作者王某写…"), or after it and a
# colon or a space ("作者：王某", a byline's as often as a book's) or before "著" ("王某著") when the text says it again,
# as a name is and "作者在书里" (the author, in the book) is not
_OTHER_WRITER = re.compile(
    r"(?:作者|作家|著者)(?P<sep>[：:\s]?)(?P<after>[\u4e00-\u9fff]{2,3})|(?P<before>[\u4e00-\u9fff]{2,3})\s?著(?![作名称稱])")
# (a function word's or a verb's character opens no name: "作者在书里", "作者并不急", "作者笔下")
_NOT_NAME_START = re.compile(r"[在是的了把被对對也还還又这這那本其用说說将將就已所而不没沒为為与與和给給让讓从從以很更最都却卻曾"
                             r"并並竟仍便则則只正才总總始终終似如可会會能要想自笔筆写寫描一两兩借通透显顯花讲講提指认認表坦承们們]")


def dotted_author(headline: str, title: str, text: str) -> str | None:
    """The dotted foreign name in `headline` (not in `title`) that `text` speaks of as the one who writes, or None.
    The headline runs on past the name with no space ("A把…"): its last part is the longest the text so speaks of."""
    if not any(dot in headline for dot in _DOTS):
        return None
    runs = {m.group(1) for m in _DOTTED.finditer(headline.replace(title, " "))}
    if len(runs) != 1:
        return None
    run = runs.pop()
    *given, last = _DOT_SPLIT.split(run)
    if any(_JOINED.search(g) for g in given[1:]):
        return None  # (two names joined, "A·B与C·D": which one wrote it is not said)
    for end in range(len(last), 1, -1):
        part = last[:end]
        if part in title or any(g in title for g in given if len(g) >= 2):
            return None
        if _writes(part, text):
            return None if other_writer(run, text) else _whole(run, len(last) - end, given[0], text)
    return None


def _writes(part: str, text: str) -> bool:
    """`text` names `part` after a word for the author or before a word of writing."""
    at = text.find(part)
    while at >= 0:
        if text[max(0, at - 2):at] in _AUTHOR_WORD or _WRITES.match(text, at + len(part)):
            return True
        at = text.find(part, at + 1)
    return False


def other_writer(run: str, text: str) -> bool:
    """The text calls someone other than `run` the author ("作者王某", "王某著"), a name it says again (also read by
    ``bookcjkslash.labelled_owner``: a headline's owner is no author when the text names another)."""
    if "作" not in text and "著" not in text:
        return False
    for match in _OTHER_WRITER.finditer(text):
        found = match.group("after") or match.group("before")
        for name in (found, found[:2]) if match.group("after") else (found, found[-2:]):
            if _NOT_NAME_START.match(name) or name in run or run in name:
                continue
            if match.group("after") and not match.group("sep") or text.count(name) >= 2:
                return True
    return False


def _whole(run: str, cut: int, first: str, text: str) -> str:
    """The dotted name of `run` with `cut` characters of the headline's run-on taken off its end, and a verb run into
    its first part taken off its start: the first part as the text writes it before a dot, or past a reading verb."""
    name = run[:len(run) - cut] if cut else run
    for start in range(1, len(first)):
        if any(first[start:] + dot in text for dot in _DOTS):
            return name[start:]
    return name[len(first) - len(unread(first)):]
