"""The lines of a post that give a score, and which of them give the post's own verdict.

A score as reviewers write it (4/5, 8/10, ★★★★, "4 stars", "4 sur 5", "10 üzerinden 8"), in any script's digits
and full-width forms ("४/५", "٤/٥", "４／５": read as ASCII, casefold.plain_forms, as rating.py reads them); a score
said again in words is the first one's echo; the post's own verdict opens a sentence or follows a short label
("Hinne: 5/5"), and does not go to another medium ("Film: 3/5"). classify.body_signals counts them.

labelled_score: a line that is a score under a rating's own word ("Einkunn: ★★★★", "Baho: 4/5", "रेटिङ : ४/५", in
the languages ratingwords names): a post that speaks of its rating (reviewed.work_clues, whose own label words are
fewer; a score is asked beside the word, so "Note: …" and "Nota: …" lines of prose are none).
"""

from __future__ import annotations

import re

from . import medium
from .casefold import plain_forms
from .ratinglead import led_cased
from .ratingwords import LABEL_WORDS, OF_WORDS
from .words import count_words

# A score as reviewers write it: 4/5, 3.5/5, 8/10, ★★★★, 4 stars, 4 sur 5, 4 von 5.
# Also "N out of M" where the words say out of, in languages whose "of" is not also a plain preposition of counting:
# "4 out of 5", "4 von 5", "4 sur 5", "4 su 5", "4 uit 5", "4 z 5", "4 из 5", "4 kati ya 5", "10 üzerinden 8".
_SIGN_SCORE = r"\b\d(?:[.,]\d)?\s*/\s*(?:5|10)\b|[★⭐🌟]{2,}|\b\d(?:[.,]\d)?\s*(?:stars?|sterne?n?|estrellas?|[ée]toiles?|stelle)\b"
_WORDED_SCORE = re.compile(
    r"\b(\d(?:[.,]\d)?)\s+(?:out\s+of|von|sur|su|uit|z|ze|из|з|kati\s+ya|av)\s+(5|10)\b(?!\s*[.,]?\d)|\b(5|10)\s+üzerinden\s+(\d)", re.I)
_SCORE = re.compile(rf"{_SIGN_SCORE}|{_WORDED_SCORE.pattern}", re.I)
_SIGNED = re.compile(_SIGN_SCORE, re.I)
# what every score holds: a digit or a star (one character class: Python's re scans for it without trying the rest)
_SCORE_CHAR = re.compile(r"[\d★⭐🌟]")
# A school's letter grade closing a short labelled line, "Grade: B+", "Moje hodnocení: A−", ko "내 학점: B+": a
# verdict when the grade has its plus or minus, or the label is a rating's word ("Note : C"); "Typ: A", "Plan: B" are not
_GRADE_LINE = re.compile(r"^\W{0,3}(?P<label>[^\W\d][^:：\n]{0,30}?)\s*[:：]\s*\**\s*[A-DF](?P<mod>[+\-−]?)\s*\**\s*[.!]?\s*$")
_RATING_LABEL = re.compile(rf"(?<!\w)(?:{LABEL_WORDS})(?!\w)", re.I)


# A line that is a score and nothing else after a rating's own word and its label mark, told as "N of M" with the of
# of any language ratingwords knows ("امتیاز من: ۴ از ۵", "Ocena: 4 na 5", "Rating: 4 of 5"): the label makes the
# bare "of" a scale's, which _WORDED_SCORE reads only where "of" is no plain preposition of counting
_LABELLED_OF = re.compile(
    rf"^\W{{0,3}}(?:\S+\s+)?(?:{LABEL_WORDS})\s*\**\s*(?:[:：\u055d\u1365\u1366\u1804]|\s[—–])\s*\**\s*"
    rf"\d(?:[.,]\d)?\s+(?:{OF_WORDS})\s+(?:5|10)\s*\**\s*[.!]?\s*$", re.I)


def labelled_of(line: str) -> bool:
    """The line is a score under a rating's word, "N of M" in any language's of (_LABELLED_OF); `line` read plain."""
    return (":" in line or "：" in line or "\u055d" in line or "—" in line or "–" in line) \
        and _LABELLED_OF.match(line) is not None


def _graded(line: str) -> bool:
    found = _GRADE_LINE.match(line) if ":" in line or "：" in line else None
    return bool(found) and bool(found.group("mod") or _RATING_LABEL.search(found.group("label")))


def scored(lines: list[str]) -> list[str]:
    """The lines that give a score; a score said again in words ("4/5" … "a solid 4 out of 5 from me") is its echo.
    (The lines as written are returned; they are read with other scripts' digits as ASCII.)"""
    written, lines = lines, [plain_forms(line) for line in lines]
    given = {tuple(re.findall(r"\d+", found.replace(",", "."))) for line in lines if "/" in line
             for found in re.findall(r"\d(?:[.,]\d)?\s*/\s*(?:5|10)\b", line)}
    out = []
    for line, as_written in zip(lines, written):
        if _graded(line) or labelled_of(line) or led_cased(line):  # (a lead, then the scale cased: "Баам: 10дон 9.")
            out.append(as_written)
            continue
        if not _SCORE_CHAR.search(line) or not _SCORE.search(line):
            continue
        worded = [m for m in _WORDED_SCORE.finditer(line)]
        if worded and not _SIGNED.search(line) and all(
                tuple(re.findall(r"\d+", (m.group(1) or m.group(4)).replace(",", ".")) + [m.group(2) or m.group(3)]) in given
                for m in worded):
            continue
        out.append(as_written)
    return out


# The post's own verdict: a score opening a sentence or following a short label ("Hinne: 5/5", "Ma note : 4 sur 5",
# "… . 10 üzerinden 8 veririm"), not one inside a sentence about someone else's scores or a table of them.
# A label's colon and a sentence's stop as each script writes them: the full-width colon, Armenian "՝" (its label
# mark: "Գնահատական՝ 9/10"), Ethiopic "፥" "፦", Mongolian "᠄", a spaced dash ("Rating — 4/5"); the stops of Armenian
# "։", Devanagari "।", Urdu "۔", Ethiopic "።", Chinese and Japanese "。！？", Arabic "؟".
_LABEL_MARK = r"[:：\u055d\u1365\u1366\u1804]|\s[—–]"
_STOP = r"[.!?\u0589\u0964\u06d4\u1362؟]\s+|[。！？]\s*"  # (a Latin stop before a space: "3.5/5" holds none)
_VERDICT = re.compile(
    rf"(?:^|{_STOP})\W{{0,3}}(?:[^\W\d][^\s:：|\u055d\u1365\u1366\u1804]*(?:\s+[^\s:：|\u055d\u1365\u1366\u1804—–]+){{0,3}}\s*(?:{_LABEL_MARK})\s*(?:[^\W\d]+\s+){{0,2}})?(?:{_SCORE.pattern})",
    re.I)


def own_verdict(line: str) -> bool:
    """The line gives the post's verdict, and not to another medium ("Film: 3/5"); a line of a paragraph's length
    at most (a table or a listing flattened into one line holds several people's or books' scores)."""
    line = plain_forms(line)  # (one character for one: "३.५/५" read as "3.5/5")
    found = _VERDICT.search(line) if count_words(line) <= 40 else None
    said = found.group(0).lstrip(" .!?\u0589\u0964\u06d4\u1362。！？؟") if found \
        else line if _graded(line) or labelled_of(line) or led_cased(line) else None
    return bool(said) and not medium.verdict_for_other([said])


# a rating's word opening the line (after a word at most: "My rating", "Моя оценка"), its label mark, then the score
_LABELLED = re.compile(
    rf"^\W{{0,3}}(?:\S+\s+)?(?:{LABEL_WORDS})\s*\**\s*(?:{_LABEL_MARK})\s*\**\s*(?:{_SCORE.pattern})", re.I)


def labelled_score(line: str) -> bool:
    """The line gives a score straight after a rating's word and its label mark ("Einkunn: ★★★★", "Baho: 4/5")."""
    return (":" in line or "：" in line or "\u055d" in line) and bool(_LABELLED.match(plain_forms(line))
                                                                 or labelled_of(plain_forms(line)))
