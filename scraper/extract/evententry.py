"""A platform's entry line: "this post takes part in <the site's> writing event", set anywhere in the post.

Writing platforms enrol a post in their campaigns and print a line saying so, at its top, its bottom or between its
sections: zh "本文参与了「某站」年度读书征文活动，欢迎…", "本文正在参加「金石计划」", "本文已参与「新人创作礼」活动", ja "この記事は
#読書の秋 企画に参加しています", ko "이 글은 ○○ 독서 챌린지 참여 글입니다", en "This post is an entry in the Autumn Essay
Contest". Its shape, whatever the language: a short line (45 words at most, no score, no note the review carries) that
*opens* on the post naming itself ("this post", "本文", "この記事は", "이 글은") and says it takes part in or is an entry
of something, and names a campaign (an event, a contest, a call for essays, a challenge, a programme). A review's
sentence about a character who enters a contest opens on its subject, not on the post; a line about the post that names
no campaign ("this post contains spoilers") stays for the notes.
"""

from __future__ import annotations

import re

from .housekeeping import a_note
from .nodes import text_of
from .rating import has_score
from .words import count_words

_MAX_WORDS = 45
# the post naming itself and taking part, at the line's start
_OPENS = re.compile(
    r"^\W{0,3}(?:"
    r"本文|本篇|这篇文章|這篇文章|此文)\s*(?:已|正在|也)?\s*(?:参与|參與|参加|參加|报名|報名)|"
    r"^\W{0,3}(?:この(?:記事|投稿|エントリー?|ノート|ブログ)は).{0,40}?(?:参加して|参加中|応募して|応募作)|"
    r"^\W{0,3}(?:이\s*(?:글은|포스팅은|게시글은|리뷰는)).{0,40}?(?:참여|참가|응모)|"
    r"^\W{0,3}(?:this\s+(?:post|review|piece|essay|article)\s+(?:is|was)\s+(?:(?:my|an|our)\s+entry\s+(?:in|for|to)|"
    r"part\s+of|(?:written|submitted)\s+for)|"
    r"ce\s+(?:billet|texte|article)\s+(?:participe|est\s+ma\s+participation)|"
    r"dieser\s+(?:beitrag|text|artikel)\s+(?:ist\s+(?:mein\s+)?beitrag\s+zu|nimmt\s+(?:an|teil))|"
    r"este\s+(?:post|texto|artículo|artigo)\s+(?:participa|forma\s+parte|faz\s+parte))", re.I)
# the campaign: an event, a contest, a call for essays, a challenge, a programme
_CAMPAIGN = re.compile(
    r"活动|活動|征文|徵文|比赛|比賽|大赛|大賽|挑战|挑戰|计划|計劃|企画|企劃|キャンペーン|コンテスト|チャレンジ|"
    r"イベント|お題|챌린지|이벤트|공모전|캠페인|"
    r"event|contest|competition|challenge|campaign|programme|program|blog\s*hop|carnival|"
    r"concours|défi|wettbewerb|aktion|blogparade|concurso|desaf[ií]o|reto", re.I)


def entry_line(text: str) -> bool:
    """A short line opening on the post taking part in a platform's campaign (module docstring)."""
    if not text or count_words(text) > _MAX_WORDS or not _OPENS.search(text):
        return False
    return bool(_CAMPAIGN.search(text)) and not (has_score(text) or a_note(text))


def mark(items: list, drop: dict[int, str], boxes: dict) -> None:
    """Mark each entry line among the post's blocks (anywhere: a platform sets it between sections too)."""
    for i, block in enumerate(items):
        if i not in drop and block.tag not in ("h1", "h2", "h3", "h4", "blockquote", "pre", "table", "ul", "ol") \
                and entry_line(text_of(block)):
            drop[i], boxes[i] = "event entry line", block
