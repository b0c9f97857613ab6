"""A foreign author's name in a Chinese or Japanese headline, transcribed in Han or katakana with the name dot between
its parts ("理查德·道金斯", "玛格丽特・阿特伍德", "カズオ・イシグロ"), beside the headline's one bracketed title but not
in the shape ``booktitles.cjk_title`` reads (after the title's colon, as the sentence's subject: "重读《T》：A把…讲明白了吗",
"《T》里，A想说什么").

The dot says "a foreign person's name"; it does not say "the author": a novel's characters are foreign persons too
("《T》：杰伊·某某的梦"). So the name is read as the author only when it is no part of the title and the text speaks of
that person as the one who writes: a part of the name (the family name, as a review calls an author) before a word
of writing or of the author's voice ("道金斯的写作", "阿特伍德写道", "阿特伍德笔下", "イシグロの筆致", "作者道金斯").
"""

from __future__ import annotations

import re

_DOTTED = re.compile(r"(?<![\u4e00-\u9fff\u30a0-\u30ff])((?:[\u4e00-\u9fff\u30a0-\u30ff]{1,8}[·・‧•])+[\u4e00-\u9fff\u30a0-\u30ff]{1,8})")
# after the name's part: its writing, prose, pen, the "writes / says / argues" of an author (zh in both forms, ja)
_WRITES = (r"(?:的|の)?(?:写作|寫作|文字|文笔|文筆|笔下|筆下|笔触|筆觸|文体|文體|叙述|敘述|论证|論證|写道|寫道|写到|寫到|"
           r"指出|认为|認為|在书中|在書中|在书里|在書裡|筆致|文章|語り口|は書く|が書く|は述べ)")


def dotted_author(headline: str, title: str, text: str) -> str | None:
    """The dotted foreign name in `headline` (not in `title`) that `text` speaks of as the one who writes, or None.
    The headline runs on past the name with no space ("A把…"): its last part is the longest the text so speaks of."""
    if "·" not in headline and "・" not in headline and "‧" not in headline and "•" not in headline:
        return None
    runs = {m.group(1) for m in _DOTTED.finditer(headline.replace(title, " "))}
    if len(runs) != 1:
        return None
    *given, last = re.split(r"[·・‧•]", runs.pop())
    if any(re.search(r"[与和及與跟]", g) for g in given[1:]):
        return None  # (two names joined, "A·B与C·D": which one wrote it is not said)
    for end in range(len(last), 1, -1):
        part = last[:end]
        if part in title or any(g in title for g in given if len(g) >= 2):
            return None
        if re.search(rf"(?:作者|作家){re.escape(part)}|{re.escape(part)}{_WRITES}", text):
            return runs_name(headline, part)
    return None


def runs_name(headline: str, last: str) -> str:
    """The whole dotted name in `headline` that ends in `last`."""
    match = re.search(rf"(?:[\u4e00-\u9fff\u30a0-\u30ff]{{1,8}}[·・‧•])+{re.escape(last)}", headline)
    return match.group(0) if match else last
