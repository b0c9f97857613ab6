"""A Japanese author whose family name is written in kanji and given name in katakana ("朝井リョウ"-shaped: a family
name of one to three kanji, a given name of a few kana), as the owner rule finds it before の『T』.

``booktitles.cjk_owner`` reads a katakana run before の as a whole name, which it is for a foreign writer ("カミュの
『T』", "カズオ・イシグロの『T』"); for a Japanese writer with a katakana given name the kanji family name before it
belongs to the name too. It is taken where the kanji open a clause (the text's start, a space or a punctuation mark, or
hiragana, a particle, before them), are no longer than a family name, and do not end as a role or a kind of thing does
("作家カミュ", "the writer Camus"; "英国", "翻訳者": the writer's trade, nationality or a word, not a family name); after
such a word the kanji that follow it are the family name ("作家朝井リョウ").
A foreign name with its middle dot ("カズオ・イシグロ") is whole already.
"""

from __future__ import annotations

import re

# the kanji a role, a nationality or a thing ends in: writer 作家, translator 翻訳者, poet 詩人, teacher 教師, Mr 氏,
# director 監督, player 選手, doctor 博士, member 会員, country 米国, language 英語, work 作, book 書/本, edition 版, …
_NOT_FAMILY_END = "家者人師氏督手士員国語作書本版集編巻誌紙社局会部界"
_HAN_BEFORE = re.compile(r"(?:^|(?<=[\s、。，．！？「『（(：:【\u3041-\u309f]))([\u4e00-\u9fff\u3005]{1,8})[ \u3000]?$")


def kana_given(text: str, start: int, run: str) -> str:
    """`run`, a katakana name starting at `start` in `text`, with the kanji family name that stands right before it."""
    if "・" in run or not 2 <= len(run) <= 6:
        return run
    found = _HAN_BEFORE.search(text, max(0, start - 10), start)  # (the look-behind sees the text before the window)
    if not found:
        return run
    han = found.group(1)
    # a role before the name ("作家朝井…", the writer Asai …): the family name is what follows its last kanji
    cut = max(han.rfind(c) for c in _NOT_FAMILY_END)
    family = han[cut + 1:]
    return family + run if 1 <= len(family) <= 3 else run
