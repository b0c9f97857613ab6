"""The readers' comments printed under a heading that names them, each comment a line opened by its writer's name in bold.

Old hand-made magazine pages and small engines print the readers' comments as plain paragraphs under a heading, no box
the comment rules know (``commentids`` reads a box named in the site's language; a transliterated class, "mantabya",
"yorumlar-alani", names nothing a list can hold): "<h3>Readers' comments</h3> <p><b>Ana Ruiz</b>, Toronto, 3 May: …</p>
<p><b>Tom</b>: …</p>". Their shape, whatever the language:

- a heading (h2-h6) of four words at most that is the word for comments, plural (en "Comments", de "Kommentare", bn
  "মন্তব্য", hi "टिप्पणियाँ" …, ~45 languages), alone or with the word for readers ("Readers' comments", "পাঠকের মন্তব্য",
  "Commentaires des lecteurs") and a count perhaps;
- it stands in the second half of the post's text (a section of the review comes earlier, with the review after it);
- everything after it is comments: at least one, every one a short line (80 words at most, no score) opened by a bold
  name of four words at most that is no label (nothing before it; it does not end in a colon, a stop or a question
  mark, "**Verdict:**" is a label), its place, date or words after it.

A review's own section headed "Characters" with bold names opening its paragraphs names no comments; a heading
"Comments on the translation" is five words of the review's; a comments heading followed by one long paragraph, or
by lines that open otherwise, is the review's, and stays.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .nodes import text_of
from .rating import has_score
from .words import count_words

RULE = "readers' comments"
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_ENTRY_TAGS = ("p", "div", "li", "dd")
_MAX_WORDS = 80
# the plural word for comments (or the readers' responses), per language: en, de, fr, es, pt, it, ca, ro, nl, sv, da/nb,
# fi, et, pl, cs, sk, hr/sr/bs, sl, hu, tr, el, ru, uk, bg/mk/sr, lt, lv, id/ms, vi, he, ar, fa, ur, hi, mr/ne, bn, ta,
# te, kn, ml, gu, pa, ja, zh, ko, th, sw, tl, eo, cy, ga, eu, is, sq, az, uz, ka, hy
_COMMENTS = re.compile(
    r"(?<![\w\u0900-\u0dff])(?:comments|kommentare|leserkommentare|leserstimmen|commentaires|comentarios|comentários|commenti|"
    r"comentaris|comentarii|reacties|kommentarer|kommentit|kommentaarid|komentarze|komentáře|komentáre|komentari|"
    r"komentarji|hozzászólások|kommentek|yorumlar\w*|σχόλια|комментарии|коментарі|коментари|komentarai|komentāri|"
    r"komentar|bình\s+luận|תגובות|التعليقات|تعليقات|نظرات|دیدگاه‌?ها|تبصرے|टिप्पणियाँ|टिप्पणियां|टिप्पण्या|प्रतिक्रियाएँ|"
    r"प्रतिक्रियाएं|प्रतिक्रिया|মন্তব্য(?:সমূহ)?|கருத்துகள்|கருத்துக்கள்|వ్యాఖ్యలు|ಪ್ರತಿಕ್ರಿಯೆಗಳು|ಅಭಿಪ್ರಾಯಗಳು|"
    r"അഭിപ്രായങ്ങൾ|കമന്റുകൾ|ટિપ્પણીઓ|પ્રતિભાવો|ਟਿੱਪਣੀਆਂ|コメント|评论|評論|留言|댓글|ความคิดเห็น|maoni|mga\s+komento|"
    r"komentoj|sylwadau|tráchtanna|iruzkinak|athugasemdir|komente|şərhlər|izohlar|კომენტარები|մեկնաբանություններ)"
    r"(?![\w\u0900-\u0dff])", re.I)
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
    if not text or words > 4 or len(text) > 60 or not _COMMENTS.search(text):
        return False
    return words <= 2 or bool(_READERS.search(text))


# a name closed by an initial and its stop ("Jutta K.")
_INITIAL = re.compile(r"(?<!\w)\w\.\s*$")


def _named_entry(block: HtmlElement) -> bool:
    """A short line opened by a bold name: nothing before the bold, four words at most, no label's colon or stop (an initial's
    stop is a name's: "Jutta K.")."""
    if block.tag not in _ENTRY_TAGS or (block.text or "").strip():
        return False
    first = next((c for c in block if isinstance(c.tag, str)), None)
    if first is None or first.tag not in ("b", "strong"):
        return False
    name, text = text_of(first), text_of(block)
    if not name or count_words(name) > 4 or name == text or name.rstrip().endswith((":", "?", "!", "：", "。")) \
            or name.rstrip().endswith(".") and not _INITIAL.search(name):
        return False
    return count_words(text) <= _MAX_WORDS and not has_score(text)


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
        if rest and all(_named_entry(items[k]) for k in rest):
            for k in [i, *rest]:
                drop[k] = RULE
            return
