"""A count of progress under a challenge's, a goal's or a tracker's label, not a score: "Reading challenge: 6/10",
"Goodreads goal: 34/50", "Défi lecture : 6/10", "Lesefortschritt: 7 von 10", hy "Ընթերցանության մարտահրավեր՝ 10-ից 7"
(seven of ten read). The label is a line's own (set apart by its colon, or hy's "՝", the count right after it), in
the few words before the separator a word for a challenge, a goal, progress or a tracker ("my" before it or not), and
no word of a score's label ("Challenge rating: 8/10", "Note du défi : 8/10" are verdicts: ratingwords.SCORE_LABEL).
Read by ``ratingshapes.not_the_reviewers``.
"""

from __future__ import annotations

import re

from .ratingwords import SCORE_LABEL

# challenge, goal, target, progress, tracker, streak: en fr es pt it de nl sv/da/no pl cs/sk hu ru uk tr fi hy ka
_PROGRESS_WORDS = (
    r"challenges?|goals?|targets?|progress|tracker|streak|défis?|objectifs?|progression|retos?|desaf[ií]os?|metas?|"
    r"objetivos?|progresos?|progressos?|sfida|sfide|obiettivi|obiettivo|progressi|\w*challenge|\w*ziel|\w*fortschritt|"
    r"uitdaging|leesdoel|doel|voortgang|utmaning|läsmål|framsteg|udfordring|utfordring|wyzwani\w*|postęp\w*|výzva|"
    r"cíl|pokrok|kihívás|haladás|челлендж\w*|вызов\w*|цел[ьи]|прогресс\w*|виклик\w*|ціль|прогрес\w*|hedef\w*|"
    r"ilerleme|haaste\w*|tavoite\w*|մարտահրավեր\w*|նպատակ\w*|առաջընթաց\w*|გამოწვევა|მიზანი|პროგრესი")
# the label: at most 60 characters, one of the words in it as a whole word, then the separator and the count
_LABEL = re.compile(
    rf"^[\W_]{{0,4}}[^:：՝\n]{{0,30}}?(?<![^\W\d_])(?:{_PROGRESS_WORDS})(?![^\W\d_])[^:：՝\n]{{0,24}}"
    r"[:：՝]\s*[*_]*\d", re.IGNORECASE)


def progress_count(text: str) -> bool:
    """The line's number is a challenge's or a goal's progress under its label, not the reviewer's score."""
    # (most lines are long or hold no label's separator: the pattern is asked of few)
    if len(text) > 120 or not (":" in text or "：" in text or "՝" in text) or not (label := _LABEL.match(text)):
        return False
    return not SCORE_LABEL.search(label.group(0))
