"""The writer's postscript on the post's reception: "Edit: thanks for the bookmarks", appended after the review.

An anonymous diary's or a forum's post that drew attention gets a postscript at its end, written hours later: the
writer thanks the readers for their bookmarks, stars, upvotes or comments, and often adds a line for them (a link to
the publisher's page, an answer to a commenter). It is about the post, not the book. The signal is lexical by nature,
so it is read in the languages' own words, with the shape around it:

- among the last two blocks left in the body, short (60 words, or 160 letters in the scripts written without spaces);
- opening on a postscript's label (ja 追記/追伸, zh 更新/补充/補充/编辑/編輯, ko 추가/수정/덧붙임, en Edit/Update/UPD/ETA/P.S.,
  ru/uk UPD/Апд/Дополнение/Доповнення, de Nachtrag/Edit, fr Édit/MàJ, es/pt Edit/Actualización/Atualização, P.S.);
- and thanking, in its first sentence, for the readers' reactions on the platform: bookmarks, stars, likes, upvotes,
  comments, replies, shares ("ブクマありがとう", "谢谢大家的点赞", "thanks for the upvotes", "спасибо за лайки").

A follow-up of the review itself ("Edit: a month later I reread the ending and …") thanks no one and stays; so does a
thanks for the book ("P.S. Thanks to the publisher for the copy": a disclosure, which the notes read).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .nodes import text_of
from .words import count_words

RULE = "postscript on the post's reception"
_MAX_WORDS = 60
_MAX_UNSPACED = 160
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")

_LABEL = re.compile(
    r"^\W{0,3}(?:追記|追伸|更新|补充|補充|编辑|編輯|추가|수정|덧붙임|edit(?:ed)?|update[ds]?|upd|eta|p\.\s?s|ps|апд|дополнение|"
    r"доповнення|nachtrag|[ée]dit|màj|maj|actualizaci[óo]n|atualiza[çc][ãa]o|aggiornamento)(?![A-Za-z])\s*(?:\d{1,2}[:.]\d{2}\s*)?[:：.)\]】）]?",
    re.I)
# thanks for the readers' reactions, the reaction within a few words of the thanks (either way round)
_REACTION = (r"(?:ブクマ|ブックマーク|スター|はてなスター|トラバ|トラックバック|コメント|反応|いいね|"
             r"点赞|點讚|点讚|讚|赞|收藏|留言|评论|評論|回复|回覆|转发|轉發|추천|공감|댓글|좋아요|"
             r"upvotes?|votes?|likes?|hearts?|stars?|kudos|bookmarks?|comments?|replies|shares?|retweets?|reblogs?|awards?|gold|"
             r"лайк\w*|плюс\w*|коммент\w*|репост\w*|вподобайк\w*|коментар\w*|"
             r"kommentar\w*|herzen?|sternchen|j'aime|commentaires?|partages?|comentarios?|coment[áa]rios?|curtidas?|me\s+gusta)")
_THANKS = re.compile(
    rf"(?:ありがとう|ありがと|感謝|サンクス|谢谢|謝謝|多谢|多謝|感谢|감사|고마워|고맙)[^。！!\n]{{0,12}}?{_REACTION}|"
    rf"{_REACTION}[^。！!\n]{{0,12}}?(?:ありがとう|ありがと|感謝|サンクス|谢谢|謝謝|多谢|多謝|感谢|감사|고마워|고맙)|"
    rf"\b(?:thanks?|thank\s+you|спасибо|дякую|danke|merci|gracias|obrigad[oa]|grazie)\b(?:\W+\w+){{0,4}}?\W+{_REACTION}\b",
    re.I)


def reception_note(text: str) -> bool:
    """A short postscript thanking the readers for their reactions to the post (module docstring)."""
    text = text.strip()
    if not text or not _LABEL.match(text):
        return False
    unspaced = len(_UNSPACED.findall(text)) > len(text) / 3
    if len(text) > _MAX_UNSPACED if unspaced else count_words(text) > _MAX_WORDS:
        return False
    label = _LABEL.match(text)
    return bool(_THANKS.search(text, label.end(), min(len(text), label.end() + 60)))


def mark(items: list[HtmlElement], drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark the postscript among the body's last two blocks left (``drop`` and ``boxes`` are the cleaning's)."""
    live = [i for i in range(len(items)) if i not in drop and text_of(items[i])]
    for i in live[-2:]:
        if items[i].tag not in ("blockquote", "pre", "table", "ul", "ol") and reception_note(text_of(items[i])):
            drop[i], boxes[i] = RULE, items[i]
