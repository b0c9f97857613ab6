"""The readers' comments printed under a heading that names them, each comment a line opened by its writer's name in bold.

Old hand-made magazine pages and small engines print the readers' comments as plain paragraphs under a heading, no box
the comment rules know (``commentids`` reads a box named in the site's language; a transliterated class, "mantabya",
"yorumlar-alani", names nothing a list can hold): "<h3>Readers' comments</h3> <p><b>Ana Ruiz</b>, Toronto, 3 May: …</p>
<p><b>Tom</b>: …</p>". Their shape, whatever the language:

- a heading (h2-h6) of four words at most that is the word for comments, plural (en "Comments", de "Kommentare", hi
  "टिप्पणियाँ" …, ~45 languages), alone or with the word for readers ("Readers' comments", "Commentaires des lecteurs")
  and a count perhaps; a word that names the reviewer's own remarks or critique as much (bn "মন্তব্য", zh "評論", vi
  "bình luận", fa "نظرات", hi "प्रतिक्रिया") only with the readers' word ("পাঠকের মন্তব্য");
- it stands in the second half of the post's text (a section of the review comes earlier, with the review after it);
- everything after it is comments: at least one, every one a short line (80 words at most, no score) opened by a bold
  name of four words at most that is no label (nothing before it; it does not end in a colon, a stop or a question
  mark, "**Verdict:**" is a label), its place, date or words after it; and a comment's shape: a date, a time or a reply
  link beside the name, or a name (every word capitalised, a handle, a script without capitals; one word alone no word
  the post writes in lower case) set off by a comma, a colon or a dash. "**Pacing** slow in the middle …", "**Would I
  recommend it** yes …" under the reviewer's own "Comments" are the review's closing section.

A review's own section headed "Characters" with bold names opening its paragraphs names no comments; a heading
"Comments on the translation" is five words of the review's; a comments heading followed by one long paragraph, or
by lines that open otherwise, is the review's, and stays.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .commentids import COMMENT_WORDS
from .datelines import FULL_DATE
from .nodes import text_of
from .rating import has_score
from .words import count_words

RULE = "readers' comments"
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_ENTRY_TAGS = ("p", "div", "li", "dd")
_MAX_WORDS = 80
# the plural word for comments (or the readers' responses), per language: commentids.COMMENT_WORDS (the words an id
# carries too) and the words only a heading writes: en, de, hu, tr (its cases), ar, fa, ur, hi, mr/ne, bn, ta, te, kn,
# ml, gu, pa, ja, zh, ko, th, sw, tl, eo, cy, ga, eu, is, sq, az, uz, ka, hy
_HEADING_WORDS = (
    r"comments", "leserkommentare", "leserstimmen", "kommentek", r"yorumlar\w*", "التعليقات", "دیدگاه‌?ها", "تبصرے",
    "टिप्पणियां", "टिप्पण्या", "प्रतिक्रियाएँ", "प्रतिक्रियाएं", "মন্তব্যসমূহ", "கருத்துகள்", "கருத்துக்கள்", "వ్యాఖ్యలు",
    "ಪ್ರತಿಕ್ರಿಯೆಗಳು", "ಅಭಿಪ್ರಾಯಗಳು", "അഭിപ്രായങ്ങൾ", "കമന്റുകൾ", "ટિપ્પણીઓ", "પ્રતિભાવો", "ਟਿੱਪਣੀਆਂ", "コメント", "留言",
    "댓글", "ความคิดเห็น", "maoni", r"mga\s+komento", "komentoj", "sylwadau", "tráchtanna", "iruzkinak", "athugasemdir",
    "komente", "şərhlər", "izohlar", "კომენტარები", "մեկնաբանություններ",
)
# the words that name the reviewer's own remarks or critique as much (fa "نظرات", views; vi "bình luận", commentary; zh
# "評論/评论", a review; bn "মন্তব্য", a remark, no plural; hi "प्रतिक्रिया", one response): the readers' comments only
# with the readers' word beside them ("পাঠকের মন্তব্য", "Bình luận của độc giả", "نظرات خوانندگان")
_REMARK_WORDS = ("نظرات", r"bình\s+luận", "評論", "评论", "মন্তব্য", "प्रतिक्रिया")
_EDGES = (r"(?<![\w\u0900-\u0dff])(?:", r")(?![\w\u0900-\u0dff])")
_COMMENTS = re.compile(_EDGES[0] + "|".join(w for w in (*COMMENT_WORDS, *_HEADING_WORDS) if w not in _REMARK_WORDS) + _EDGES[1], re.I)
_REMARKS = re.compile(_EDGES[0] + "|".join(_REMARK_WORDS) + _EDGES[1], re.I)
# the readers (and "your"), beside the word for comments in a longer heading
_READERS = re.compile(
    r"(?<![\w\u0900-\u0dff])(?:readers?['’]?|your|lecteurs|lectores|leitores|lettori|lezers|läsar(?:e|nas)|læsere|"
    r"lesere|lukijoiden|lugejate|czytelników|čtenářů|čitateľov|čitatelja|čitalaca|bralcev|olvasói|okur|okuyucu|"
    r"αναγνωστών|читателей|читачів|читателите|skaitytojų|lasītāju|pembaca|độc\s+giả|הקוראים|القراء|خوانندگان|قارئین|"
    r"पाठकों|वाचकांच्या|পাঠকের|பாடகர்களின்|வாசகர்|పాఠకుల|ಓದುಗರ|വായനക്കാരുടെ|વાચકોના|ਪਾਠਕਾਂ|読者|读者|讀者|독자)", re.I)
# a count after the word ("(3)", ": 2")
_COUNT = re.compile(r"[\s:(（\[]*\d{1,4}[)）\]]?\s*$")


def comments_heading(text: str) -> bool:
    """A heading naming the readers' comments (module docstring)."""
    text = _COUNT.sub("", " ".join(text.split())).strip(" :·-–—")
    words = count_words(text)
    if not text or words > 4 or len(text) > 60:
        return False
    if _COMMENTS.search(text):
        return words <= 2 or bool(_READERS.search(text))
    return bool(_REMARKS.search(text) and _READERS.search(text))


# a name closed by an initial and its stop ("Jutta K.")
_INITIAL = re.compile(r"(?<!\w)\w\.\s*$")


# a comment's stamp beside its writer's name: a whole date or a clock time anywhere in the 50 characters after it
# ("4. Mai 2026", "02.12.2026 18:44", "২ মে ২০২৬", datelines.FULL_DATE), a time ago ("2 days ago", "vor 3 Stunden"), or a
# day and its month or a year right beside the name, nothing but a set-off mark between ("**Rita** 3 May: …", "**Ann**,
# 2026"): a bare figure further on is the comment's own ("slow for the first 80 pages", "my favourite of 2024")
_STAMP = re.compile(r"(?<!\d)(?:\d{1,2}\s?[./-]\s?\d{1,2}\s?[./-]\s?\d{2,4}|\d{1,2}:\d{2})(?!\d)|"
                    r"(?<!\d)\d{1,2}\s+(?:min\w*|hours?|days?|weeks?|months?|years?|Minuten?|Stunden?|Tagen?|Wochen?|Monaten?|"
                    r"jours?|heures?|días?|horas?|dias?|giorni|ore|dagen|uur|dagar|timmar|dager|timer|dni|godzin\w*|"
                    r"дн\w*|час\w*|минут\w*)\s+(?:ago|sitten|siden|sedan|geleden|temu|назад|тому)|"
                    r"(?:vor|il\s+y\s+a|hace|há|fa)\s+\d{1,2}\s+[^\W\d_]{3,}", re.I)
_STAMP_BESIDE = re.compile(r"^\s*[,:;|(·—–-]?\s*(?:\d{1,2}\.?\s+[^\W\d_]{2,}|\d{4}(?!\d))")
# ... or the engine's: a time element, a date's or a reply's class, a reply link
_STAMP_CLASS = re.compile(r"date|time|reply|antwort|respon|rispond|yanitla|cevap", re.I)
_REPLY = re.compile(r"^\W*(?:reply|antworten|répondre|responder|responda|rispondi|beantwoorden|svara|svar|vastaa|odpowiedz|"
                    r"odpovědět|odgovori|válasz|yanıtla|cevapla|απάντηση|ответить|відповісти|отговор|balas|trả\s+lời|השב|"
                    r"رد|پاسخ|जवाब\s+दें|उत्तर|উত্তর|返信|回复|回覆|답글|ตอบกลับ)\W*$", re.I)
# the writer's name set off from the comment: a comma (the place, the date), a colon, a dash, a bar or a bracket
_SET_OFF = re.compile(r"^\s*[,:;|(·—–-]")


def _stamped(block: HtmlElement, after: str) -> bool:
    """A date or a time beside the writer's name, or the engine's time element, date class or reply link."""
    if _STAMP.search(after[:50]) or FULL_DATE.search(after[:50]) or _STAMP_BESIDE.match(after):
        return True
    return any(el.tag == "time" or _STAMP_CLASS.search(el.get("class") or "") or el.tag == "a" and _REPLY.match(text_of(el))
               for el in block.iter() if isinstance(el.tag, str) and el is not block)


def _name_like(name: str, post: str) -> bool:
    """A writer's name or handle: a handle ("dan_reads", "reader42"), a script without capitals, or every word capitalised
    (an initial's stop allowed) and, one word alone, no word the post writes in lower case ("Pacing", the review's pacing)."""
    if re.search(r"[_@\d]", name) or name == name.lower() == name.upper():
        return True
    words = name.split()
    if not all(w[:1].isupper() for w in words):
        return False
    return len(words) > 1 or not re.search(rf"(?<!\w){re.escape(name.lower())}(?!\w)", post)


def _named_entry(block: HtmlElement, post: str = "") -> bool:
    """A short line opened by a bold name: nothing before the bold, four words at most, no label's colon or stop (an initial's
    stop is a name's: "Jutta K."); a comment's shape: a date, a time or a reply link beside the name, or a name (or handle)
    set off from the words after it ("**Rita Okafor**, Leeds: …"): "**Would I recommend it** yes …" is the review's."""
    if block.tag not in _ENTRY_TAGS or (block.text or "").strip():
        return False
    first = next((c for c in block if isinstance(c.tag, str)), None)
    if first is None or first.tag not in ("b", "strong"):
        return False
    name, text = text_of(first), text_of(block)
    if not name or count_words(name) > 4 or name == text or name.rstrip().endswith((":", "?", "!", "：", "。")) \
            or name.rstrip().endswith(".") and not _INITIAL.search(name):
        return False
    if count_words(text) > _MAX_WORDS or has_score(text):
        return False
    after = text[text.find(name) + len(name):] if name in text else text
    return _stamped(block, after) or bool(_SET_OFF.match(after)) and _name_like(name.strip(), post)


def mark(items: list[HtmlElement], lengths: list[int] | None, drop: dict[int, str]) -> None:
    """Mark a comments heading in the post's second half and the named comments after it (module docstring)."""
    heads = [i for i, b in enumerate(items) if b.tag in _HEADINGS and i not in drop and i + 1 < len(items)]
    heads = [i for i in heads if comments_heading(text_of(items[i]))]
    if not heads:
        return
    lengths = lengths or [len(text_of(b)) for b in items]
    total = sum(lengths) or 1
    for i in heads:
        if sum(lengths[:i]) < 0.5 * total:
            continue
        rest = [k for k in range(i + 1, len(items)) if k not in drop and text_of(items[k])]
        post = " ".join(text_of(items[k]) for k in range(i))
        if rest and all(_named_entry(items[k], post) for k in rest):
            for k in [i, *rest]:
                drop[k] = RULE
            return
