"""A word for the kind of work where a CJK headline sets the author's name before the bracketed title: "芥川賞作『T』"
(the Akutagawa Prize work), "直木賞受賞作『T』", "本屋大賞受賞作品『T』", "茅盾文学奖获奖作品《T》", "話題作『T』",
"最新作『T』", "代表作《T》".

"A作『T』" is how Japanese credits a work to its author ("村上一郎作『T』"), so a run ending in 作 reads as a name. It is
none when a prize stands before the work word (a prize's name ends in 賞/奖/獎, which ends no person's name), or when
the run is no more than a word that grades or dates the work (a name such as "佐藤大作" is longer than "大作").
"""

from __future__ import annotations

import re

# the prize's word, then the award's verb ("受賞", "获奖"), a nomination or a selection, then the work word
_PRIZED = re.compile(r"[賞奖獎](?:受賞|受奖|獲獎|获奖|得獎|得奖|候補|候补|入選|入选|ノミネート)?(?:作品?|小説|小说)$")
# the whole run one word for the work: which one (newest, debut, best-known, talked-about, prize-winning …)
_WORK_WORD = re.compile(
    r"(?:受賞|受奖|獲獎|获奖|得獎|得奖|候補|候补|入選|入选|話題|话题|問題|问题|最新|新|代表|傑|杰|名|大|力|遺|遗|処女|处女|"
    r"出世|原|前|本|同|佳|秀|注目|人気|人气|衝撃|冲击|デビュー|ベストセラー|畅销|暢銷)作品?$")


def work_word(run: str) -> bool:
    """The run before a bracketed title names the work's kind or its prize, not its author."""
    run = run.strip("・· ")
    return bool(_PRIZED.search(run) or _WORK_WORD.fullmatch(run))
