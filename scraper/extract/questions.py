"""Whether a line asks: its question mark, in the scripts that have their own.

Latin "?", Arabic and Persian "؟", full-width "？", Ethiopic "፧" end a question; Armenian sets its "՞" inside the line,
over the word asked about; Greek ends one with its erotimatiko ";" (U+037E,
which text mostly carries as the ASCII semicolon it decomposes to). A semicolon closes a question only after Greek
letters (and the closing quote or bracket of a title: «…»;, or a number closing the question: "… του '70;"), never in a Latin, Cyrillic or other line, where it
joins clauses. Thai and Lao mostly write no mark at all: a question is told by its words, a yes/no particle or a
question word closing the line (Thai "…ไหม", "…อะไร", "…อย่างไร", Lao "…ບໍ່", "…ແນວໃດ", a polite particle after it),
"why" anywhere (Thai "ทำไม", Lao "ເປັນຫຍັງ"), Thai "which" after a noun ("เล่มไหน"); a question word closing a clause
that says "not" is an indefinite ("ไม่เหมือนใคร", like no one), not a question.

INTERVIEW_TITLE: the word for an interview in a post's title, each language and script (classify.py).
"""

from __future__ import annotations

import re

QUESTION_END = ("?", "؟", "？", "፧")  # (and Ethiopic's "፧")
_ARMENIAN_STOP = re.compile(r"[։:.!?]\s+")  # (Armenian's full stop "։", often typed as a colon)
# (a number may close the Greek question, after its last word: "… τη δεκαετία του '80;", "… το 1922;")
_GREEK_ASKS = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff][\s»”\"'’΄)\]]*(?:\d[\d.,/–-]*[\s»”\"'’)\]]*)?[;\u037e]$")

# (the yes/no particles and question words that close a Thai or Lao question, a polite particle or two after them; a
# question word, not a particle, after a "not" of its clause is an indefinite: "ไม่เหมือนใคร", "ບໍ່ມີຫຍັງ")
_END = r"[^\w\u0e30-\u0e4e\u0eb0-\u0ecd]*$"  # (marks and spaces to the end; no vowel or tone sign: "ใคร่", "ไหม้" are other words)
_THAI_POLITE = r"(?:\s*(?:ครับ|คับ|ค่ะ|คะ|จ้ะ|จ๊ะ|จ๋า|นะ|เนี่ย|เหรอ|หรอ|เจ้า|ແດ່|ນໍ|ເດ|ເຈົ້າ))*"
_YES_NO = re.compile(r"(?:ไหม|มั้ย|มั๊ย|หรือไม่|หรือเปล่า|รึเปล่า|หรือยัง|รึยัง|ใช่ไหม|เหรอ|หรอ|ບໍ່|ບໍ|ແມ່ນບໍ)" + _THAI_POLITE + _END)
_ASKING_WORD = re.compile(r"(?P<word>อะไร|อย่างไร|ยังไง|ที่ไหน|ตรงไหน|แค่ไหน|เมื่อไร|เมื่อไหร่|ใคร|เท่าไร|เท่าไหร่|ຫຍັງ|ແນວໃດ|ໃສ|ໃຜ|ເມື່ອໃດ)"
                          r"(?:บ้าง)?(?P<still>อยู่|ຢູ່)?"
                          + _THAI_POLITE + _END)  # ("… กำลังเขียนอะไรอยู่": the progressive's
# closing "อยู่" after the question word, "what are you writing"; not in a clause after "ว่า", "that": "ฉันรู้สึกว่า
# เรื่องนี้ยังขาดอะไรอยู่", "I feel it still lacks something", a statement whose question word is an indefinite)
_THAT = re.compile("ว่า(?![งย])|ວ່າ")  # (not "ว่าง", free, "ว่าย", swim)
_WHY = re.compile(r"ทำไม|ເປັນຫຍັງ|(?:เล่ม|เรื่อง|ตอน|คน|แบบ|อัน|ฉาก|ตัว|ช่วง)ไหน(?!ๆ)")
_NOT = re.compile(r"ไม่|ບໍ່")


def _asks_in_words(end: str) -> bool:
    """A Thai or Lao line that asks by its words (no mark): its closing particle or question word, or "why"."""
    if not any("\u0e00" <= c <= "\u0eff" for c in end):
        return False
    if _YES_NO.search(end) or (_WHY.search(end) and "ไม่ว่า" not in end):
        return True
    found = _ASKING_WORD.search(end)
    clause = end[:found.start()].split()[-1:] if found else []
    if found is not None and found.group("still") and _THAT.search(end, 0, found.start()):
        return False
    return found is not None and not (clause and _NOT.search(clause[0]))


def asks(line: str) -> bool:
    """The line (markdown bold marks aside) ends with a question mark of its script, or holds Armenian's (the
    harcakan nshan "՞", set over the stressed vowel of the word asked about, inside the line: "Ինչո՞ւ եք գրում")."""
    end = line.rstrip().rstrip("*_").rstrip()
    return end.endswith(QUESTION_END) or (end.endswith((";", "\u037e")) and _GREEK_ASKS.search(end) is not None) \
        or "\u055e" in _ARMENIAN_STOP.split(end.rstrip("։:. "))[-1] \
        or _asks_in_words(end)  # (its last sentence asks: an answer may ask too; Thai and Lao by their words)


# The word for an interview in a post's title (classify.py): an interview, a Q&A, a conversation with someone, in the
# languages written with spaces (word-bounded), then in the scripts written without them (Thai, Lao, Japanese, Chinese,
# Korean: the word alone, glued to its neighbours). (Chinese 访谈 is left out: "…访谈录" names a book of interviews.)
INTERVIEW_TITLE = re.compile(
    r"\b(?:interviews?|q\s*&\s*a|(?:in )?conversation with|in conversation|questions (?:for|with)|entrevista|entretien|"
    r"intervista|interview(?:t|é)|gespräch mit|im gespräch|en conversation avec|wywiad|rozmowa z|rozhovor|interjú|"
    r"interviu|intervju|intervjuu|intervija|pokalbis su|haastattelu|röportaj|söyleşi|phỏng vấn|wawancara|temu bual|"
    r"elkarrizketa|συνέντευξη|интервью|інтерв['’ʼ]ю|интервю|ინტერვიუ|հարցազրույց|[הבל]?ראיון|(?:ال)?مقابلة|حوار مع|"
    r"مصاحبه|گفتگو با|साक्षात्कार|इंटरव्यू|সাক্ষাৎকার|நேர்காணல்)\b|"
    r"สัมภาษณ์|ສໍາພາດ|ສຳພາດ|インタビュー|专访|專訪|采访|採訪|인터뷰",
    re.I,
)
