"""A paper's or a site's call for readers' contributions closing a reader's piece (sitelines.mark asks, among the last
blocks): "We welcome your essays on a book you love: send them to …", ja "ビブリオエッセーの投稿を募集しています。…お寄せください",
de "Schicken Sie uns Ihre Leserbriefe", ko "독자 투고를 기다립니다".

The signal is lexical (the invitation to send in a piece), read only in a short block (80 words at most) among the
last three of the post and without a score: the piece's own words about writing ("I sent my essay to the paper")
name no invitation.
"""

from __future__ import annotations

import re

from .rating import has_score
from .words import count_words

_CALL = re.compile(
    # ja, zh, ko: contributions or manuscripts, then wanted, awaited or to be sent in
    r"(?:投稿|原稿|エッセー|エッセイ|作品|お便り)[^。]{0,20}?(?:募集して|募集中|をお寄せ|お待ちして)|お寄せください|"
    r"征稿|欢迎投稿|歡迎投稿|欢迎来稿|歡迎來稿|(?:투고|원고|독자\s*서평)[^.]{0,20}?(?:모집|기다립니다|보내\s*주세요)|"
    r"(?<!\w)(?:we\s+(?:welcome|invite|accept|are\s+looking\s+for)|send\s+us)\s+(?:your\s+)?(?:own\s+)?"
    r"(?:submissions|essays|letters|reviews|contributions|pieces|stories)(?!\w)|(?<!\w)submissions\s+(?:are\s+)?(?:now\s+)?(?:open|welcome)(?!\w)|"
    r"(?<!\w)(?:schicken|senden)\s+sie\s+uns\s+ihre|(?:einsendungen|leserbriefe|zuschriften)\s+(?:sind\s+)?(?:willkommen|erwünscht)|"
    r"(?<!\w)envoyez[-\s]nous\s+vos|(?<!\w)env[ií]a(?:nos|enos)\s+(?:tu|su|sus|tus)\s|"
    r"(?<!\w)(?:присылайте|присылайте\s+нам)\s+(?:ваши\s+|свои\s+)?(?:тексты|рецензии|эссе|письма|отзывы)", re.I)


def submission_call(text: str) -> bool:
    """Whether a short closing block invites the readers to send in a piece (module docstring)."""
    return count_words(text) <= 80 and not has_score(text) and bool(_CALL.search(text))
