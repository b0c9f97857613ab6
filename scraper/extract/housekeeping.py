"""The poster's own housekeeping around a review: a newsletter's greeting, an end-of-post ask, the name row.

Writers on newsletters and social platforms frame a review with lines addressed to their readers, in every
language and wording. What marks them is where they stand and how they are set off from the review's own box:

- a newsletter's greeting opens the issue in a box of its own above the review's box, short, with a salutation
  ("Hi all! We passed two thousand readers this week ..."): the issue's housekeeping, not the review;
- an end-of-post ask comes after the review's last paragraph, set off from it (a rule between them, a box of its
  own outside the review's box, or typeset apart), short, names something to do on the platform (vote, upvote,
  resteem, reblog, subscribe, share, donate, support the author, 投币, 三连: ``platforms.ENGAGE_ACTION`` and the
  other action words) and turns to the reader (an exclamation, a pictograph, a hashtag, or the action is itself
  a link, a button written in the text);
- the name row at the top of a social post: the poster's display name beside their handle, each in an element of
  its own ("Ana Lima" + "@ana.lima");
- at the post's edges, a short line opening with a gesture on the phone's screen ("tap the blue name above to
  follow", "long-press to scan the code"): WeChat's and other apps' follow furniture;
- the engine's tally after the post's footer row (a meta row among the last blocks): a short line holding a number
  ("Liked by: 12 readers"), never a score.

``boilerplate.clean_body`` applies them with its other rules. What stays: the same words in the review's own
paragraphs (a novel about an election and its votes, thanks to a friend in the review's first lines), a closing
line in the review's own box, a handle written into a sentence.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .chrome import _ANY_ACTION, _PICTOGRAPH
from .notes import find_content_warnings, find_disclosure
from .platforms import ENGAGE_ACTION
from .promo import links_of, promo_box, set_apart, text_of
from .rating import has_score
from .words import count_words

HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_NOT_LINES = HEADING_TAGS | {"blockquote", "table", "pre", "ul", "ol", "dl", "figure"}
# a paragraph of the review: this many words or more
PROSE = 20
# a salutation: a few words and an exclamation mark open the paragraph ("Olá, gente!", "Hej allihop!", "Hi all!")
SALUTATION = re.compile(r"^\W{0,2}(?:[^\W\d_]+[\s,]+){0,3}[^\W\d_]+\s*[!！¡]")
# a member's handle, alone: "@ana.lima", "@ana@books.social"
HANDLE_ONLY = re.compile(r"^@[\w.]{2,30}(?:@[\w-]+(?:\.[\w-]+)+)?$")
_SENTENCE_END = re.compile(r"(?<=[.!?！。？])\s*")
_NUMBER = re.compile(r"\d")
# the imperative of a gesture on a phone's screen, opening a line: tap, long-press, scan (a code), in our languages
GESTURE = re.compile(
    r"^\W*(?:tap\s+(?:the|on|here|below|above)\b|long[- ]press|press\s+and\s+hold|scan\s+(?:the|this|our)\b|"
    r"点击(?![率量数])|點擊(?![率量數])|轻触|长按|長按|扫码|掃碼|扫描(?!仪)|掃描(?!儀)|识别|識別|"
    r"タップ|長押し|スキャン|길게\s*눌러|탭하|스캔하|toque\s+(?:en|no|na)\b|tippe\s+auf\b|appuyez\s+sur\b|"
    r"нажмите\b|натисніть\b|отсканируйте\b|kliknij\b|dotknij\b|แตะ|สแกน)", re.I)
_HASHTAG = re.compile(r"(?:^|\s)#[^\W\d_][\w-]+")


# every action word at once: the platform's (ENGAGE_ACTION) and the readers' imperatives (chrome's READER_ACTIONS)
_ACTION = re.compile(f"(?:{ENGAGE_ACTION.pattern})|(?:{_ANY_ACTION.pattern})", re.I)


def _action(text: str) -> bool:
    return bool(_ACTION.search(text))


def _a_note(text: str) -> bool:
    """The line is a note the review carries (a free-copy disclosure, a content warning): never housekeeping."""
    for sentence in _SENTENCE_END.split(text):  # (a greeting first, "Hi all! CW: ...", hides a label from notes)
        line = [("text", sentence)]
        if sentence and (find_disclosure(line) or find_content_warnings(line, sentence)):
            return True
    return False


def _review_box(block: HtmlElement) -> HtmlElement | None:
    """The box a paragraph of the review sits in, when it is a box holding several of the review's blocks."""
    box = block.getparent()
    if box is None or len([c for c in box if isinstance(c.tag, str) and text_of(c)]) < 2:
        return None
    return box


def _outside(block: HtmlElement, box: HtmlElement | None) -> bool:
    return box is not None and block is not box and box not in block.iterancestors()


def mark(items: list[HtmlElement], body: HtmlElement, lengths: list[int], drop: dict[int, str],
         boxes: dict[int, HtmlElement]) -> None:
    """Mark the housekeeping lines among a post body's blocks (``drop`` and ``boxes`` are the cleaning's)."""
    def prose(i: int) -> bool:  # (PROSE words take at least twice as many characters, in any script)
        return lengths[i] >= 2 * PROSE - 1 and items[i].tag not in _NOT_LINES and count_words(text_of(items[i])) >= PROSE

    # after the post's footer row (its tags, comment and quote links: a meta row among the last three blocks, past
    # the first), a short line holding a number is the engine's tally of the post ('Liked by: 12 readers'), not a score
    footer = next((k for k in range(len(items) - 1, max(0, len(items) - 4), -1) if drop.get(k) == "meta row"), len(items))
    for i in range(footer + 1, len(items)):
        text = text_of(items[i])
        if i not in drop and count_words(text) <= 6 and _NUMBER.search(text) and not has_score(text):
            drop[i], boxes[i] = "count row", items[i]
    # at the post's edges (its first two blocks, its last three), a short line that opens with a gesture on the
    # phone's screen (tap, long-press, scan: GESTURE) tells the reader how to follow the account or read its code
    for i in [*range(min(2, len(items))), *range(max(2, len(items) - 3), len(items))]:
        text = text_of(items[i])
        if i not in drop and items[i].tag not in _NOT_LINES and GESTURE.match(text) and count_words(text) <= 25 \
                and not has_score(text):
            drop[i], boxes[i] = "platform ask", promo_box(items[i], body)
    # the review's first and last paragraphs, sought from either end
    first = next((i for i in range(len(items)) if prose(i)), None)
    if first is None:
        return
    last = next(i for i in range(len(items) - 1, first - 1, -1) if prose(i))
    # the name row: the display name and the handle, at the top
    for i in range(min(3, first + 1)):
        row = name_row(items[i], body)
        if row is not None and i not in drop:
            drop[i], boxes[i] = "name row", row
    # the greeting: before the review's first paragraph, in a box of its own above the review's box
    for i in range(first):
        if i not in drop and greeting(items[i], items[first]):
            drop[i], boxes[i] = "newsletter greeting", promo_box(items[i], body)
    # the ask: after the review's last paragraph, set off from it
    for i in range(last + 1, len(items)):
        if i in drop:
            continue
        ruled = any(items[k].tag == "hr" for k in range(last + 1, i))
        if end_ask(items[i], items[last], body, ruled):
            drop[i], boxes[i] = "call to action", promo_box(items[i], body)


def greeting(block: HtmlElement, review: HtmlElement) -> bool:
    """A newsletter's opening greeting to its readers (see the module docstring); `review`: the review's first
    paragraph."""
    if block.tag in _NOT_LINES:
        return False
    text = text_of(block)
    if not text or count_words(text) > 40 or not SALUTATION.match(text) or text.rstrip().endswith((":", "：")):
        return False
    return _outside(block, _review_box(review)) and not _a_note(text)


def end_ask(block: HtmlElement, review: HtmlElement, body: HtmlElement, ruled: bool) -> bool:
    """An ask to act on the platform after the review (see the module docstring); `review`: its last paragraph,
    `ruled`: a rule stands between them."""
    if block.tag in _NOT_LINES:
        return False
    text = text_of(block)
    if not text or count_words(text) > 40 or not (ruled or _outside(block, _review_box(review)) or set_apart(block, body)):
        return False
    # it turns to the reader: an exclamation, a pictograph, a hashtag, or the action is a link of its own
    # (the action words are read last: many patterns, and most lines have no link and no exclamation)
    turned = "!" in text or "！" in text or bool(_PICTOGRAPH.search(text)) or bool(_HASHTAG.search(text))
    links = links_of(block)
    if not (turned or links) or not _action(text) or has_score(text):
        return False
    return (turned or any(_action(text_of(a)) for a in links)) and not _a_note(text)


def name_row(block: HtmlElement, body: HtmlElement) -> HtmlElement | None:
    """The poster's display name beside their handle, each in an element of its own; the row, or None."""
    line = block
    # the handle in an element of its own: read the row that holds the name too
    if HANDLE_ONLY.match(text_of(block)) and block.getparent() is not None and block.getparent() is not body:
        line = block.getparent()
    if count_words(text_of(line)) > 8 or (line.text or "").strip():
        return None
    parts = [text_of(c) for c in line if isinstance(c.tag, str) and text_of(c)]
    handles = [p for p in parts if HANDLE_ONLY.match(p)]
    names = [p for p in parts if not HANDLE_ONLY.match(p)]
    if len(handles) != 1 or not names or count_words(" ".join(names)) > 4 \
            or any(n.rstrip().endswith((".", "?", "!", ":", ",")) for n in names):
        return None
    return line


def boxed_alone(box: HtmlElement, block: HtmlElement) -> bool:
    """The ask sits in a box of its own, which holds nothing else (``box``: where the cleaning took it from): set
    off from what follows, so the lines after it (the writer's own sign-off, a next-read section) are not its tail."""
    return box is not block and block in box.iterdescendants() and text_of(box) == text_of(block)
