"""The reviewer's own reading note after the review: what challenge the book was read for, ticked off.

``edges`` drops a challenge's membership line at a post's edges ("Entry 4 of the winter readathon", "이 글은 … 챌린지의
다섯 번째 책입니다", a platform's badge linking to the challenge). After the review's last paragraph, the same words are
as often the reviewer's log of their own reading ("Read for the 2026 Harbour Challenge, book 6 of 12", "Reto de lectura
2026: «una novela de otro siglo» — cumplido"), which is the review's text. What tells them apart is who speaks:

- the post naming itself as the entry ("this post", "entry", "この記事は", "이 글은", "本文", de/fr/es/it/pl/ru "dieser
  Beitrag", "cet article", …: ``adnotice``'s and ``ifhelped``'s words for the post) is the event's voice, not the
  reader's; so is a line holding a link (the challenge's page, "join the challenge");
- a line that does neither, after the review, and speaks as the reader does, is the reader's note and stays: it
  opens on the participle of reading ("Read for", "Lu pour", "Gelesen für", "Leído para", "Прочитано в рамках") or
  closes by ticking the task off ("— done", "— hecho", "✓"). A line that only names the challenge and its task
  ("Winter reading challenge 2026 – book 7: a one-word title", "Задание 7: антиутопия") is the catalogue's field of a
  member's entry, and goes as before.

Both marks are bounded by the line's structure. The participle speaks of the challenge: the challenge's name
(``edges.MEMBERSHIP``) is its object, within a few words of it and in the same clause ("Read as part of the winter
readathon"), not a line that only opens on "Read in"/"Read as" and reaches the event later ("Read in full: the rules of
the … Reading Challenge", "Read as many books as you like for the winter readathon, sign-ups open Monday"), nor a
question to the readers. The tick is set off from the line as a log's field is (a dash, a colon, a comma, a bracket),
not the predicate of a sentence about the event ("The … Reading Challenge 2026 is now finished").

Above the review the membership line goes as before (the post's kicker or standfirst, not the reader's log).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .adnotice import _THIS_POST
from .ifhelped import _POST_JA, _POST_KO, _POST_ZH
from .nodes import links_of

# the post (or a forum's thread) naming itself at the line's start: en, and a post's "entry" or "contribution" in
# de nl fr es pt it pl cs sv da/nb (the other languages' "this post": adnotice._THIS_POST)
_POST_SELF = re.compile(
    r"^\W*(?:(?:this|my)\s+(?:post|review|entry|piece|thread|article)|(?:my\s+)?(?:entry|contribution|submission)|"
    r"beitrag|bijdrage|participation|contribution|entrada|contribución|contribuição|contributo|partecipazione|wpis|wątek|"
    r"příspěvek|bidrag|inlägg|innlegg|indlæg)(?!\w)|^\W*(?:" + _POST_JA + "|" + _POST_ZH + "|" + _POST_KO + ")", re.I)

# the reader's voice: the participle of reading at the line's start (en fr de es pt it nl pl cs ru uk sv da/nb tr), or
# the task ticked off at its end (the words for "done", a tick mark)
_READ = ("read", "lu", "lue", "gelesen", "leído", "leída", "lido", "lida", "letto", "letta", "gelezen", "przeczytana",
         "przeczytane", "přečteno", "přečtena", "прочитано", "прочитана", "läst", "læst", "lest", "okundu")
_FOR = ("for", "in", "as", "pour", "dans", "für", "im", "zum", "als", "para", "en", "per", "nel", "voor", "w", "do", "v",
        "в", "для", "för", "til", "till", "için")
_TICKED = ("done", "finished", "hecho", "hecha", "cumplido", "cumplida", "fait", "faite", "erledigt", "geschafft", "fatto",
           "fatta", "feito", "feita", "klaar", "gedaan", "zrobione", "splněno", "выполнено", "виконано", "klart", "færdig",
           "ferdig", "tamam")
_OBJECT_WORDS = 5  # (the words between "Read for" and the challenge's name: "the Lakeside Library")
_CLAUSE_END = re.compile(r"[:;.!?]")
_READ_FOR = re.compile(rf"^\W*(?:{'|'.join(_READ)})\s+(?:{'|'.join(_FOR)})(?!\w)", re.I)
_DONE = re.compile(rf"[-–—:,(]\s*(?:{'|'.join(_TICKED)})\W{{0,3}}$|[✓✔☑✅]\W{{0,3}}$", re.I)


def own_note(block: HtmlElement, text: str) -> bool:
    """After the review, a challenge line in the reader's voice: no link, not opening on the post naming itself, and
    opening on the reading (``_READ_FOR``) or closing on the task done (``_DONE``)."""
    return not links_of(block) and not _POST_SELF.search(text) and not _THIS_POST.search(text) \
        and (_read_for_it(text) or bool(_DONE.search(text)))


def _read_for_it(text: str) -> bool:
    """The line opens on the reading, and the challenge is what it was read for: its name within a few words, in the
    same clause, and the line no question."""
    from .edges import MEMBERSHIP  # (edges imports this module)
    read, challenge = _READ_FOR.search(text), MEMBERSHIP.search(text)
    if read is None or challenge is None or challenge.start() < read.end() or "?" in text or "？" in text:
        return False
    between = text[read.end():challenge.start()]
    return len(between.split()) <= _OBJECT_WORDS and not _CLAUSE_END.search(between)
