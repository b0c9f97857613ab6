"""Other people's text printed around the one post: a forum member's signature, other readers' reviews, replies.

A forum prints each member's signature under their post, and a catalogue's review page lists other readers' reviews
after the one it shows. Neither is the review, and neither is worded alike from one site to the next; what marks
them is structure:

- a signature sits in a box the forum engine names for it (platform knowledge: the stock classes are in
  ``platforms.WIDGET_SELECTORS``, removed with the other widgets; here any class or id token that says "sig"),
  or, in a post written as plain text, it follows the signature delimiter: a line that is only ``--`` or a rule
  of underscores, then a few short lines to the end of the post;
- other readers' reviews come after the review's text under a heading that ends with their count in brackets
  ("Reviews (1 204)", "Comments (3)"), or under any heading as two entries or more of one shape, each led by its
  writer's name in an element of its own (after the entry's number, as news sites number their readers' comments;
  the list's "add yours" link may close the section, under a count after one entry alone; one entry alone is the
  readers' only under a heading naming their comments or reviews, ``_THEIRS``, or with its date: "From the
  translator's afterword [1]" over a quoted name and paragraph is the review's), or each a short text
  signed after a dash by its writer's linked name (a topic's teasers of its other entries: '"Loved it." —
  <a>ana_reads</a>');
- a catalogue's sections after the review named by their heading (a small per-language table): the book's other
  reviews, its popular quotes, each in a short box of its own headed by that heading;
- other readers' reviews after the one a shop shows: the review sits in an entry box (name and date in a line of their
  own, then the text), followed only by dated boxes of its kind, short headings and lone links (``readers_after``);
- replies under a post, listed with no heading: after the review, two boxes or more of one shape that close their
  box, each a short post led by its writer's name (a row of the book's facts, "Publisher" + "Faber", says nothing).

``boilerplate.clean_body`` applies them with its other rules. What stays: a quotation signed by its author
("— Dürrenmatt" on the quotation's own line), a section of the review headed with a count ("Characters (3)")
whose entries are the review's own paragraphs.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from . import commenthead
from .commentids import COMMENT_WORDS
from .nodes import HEADING_TAGS
from .promo import text_of
from .rating import has_score
from .words import count_words

# A class or id token naming a signature: "signature", "sig204117", "usersig", "post-signature", "sig-block"
SIG_TOKEN = re.compile(r"^(?:[a-z]+[-_])*(?:sig\d*|signature\w*|usersig|postsig)(?:[-_][a-z]+)*$", re.I)
# The signature delimiter: "--" (the mail convention's "-- "), or a forum's rule of underscores; not a rule of dashes
# or stars, which writers type between sections ("-----", "* * *")
DELIMITER = re.compile(r"^(?:--|_{5,})$")
# A heading ending in a count in brackets ("Pozostałe opinie (1 204)"); a year is not a count ("Tamas (1974)")
# the heading's word for the readers' comments, reviews, replies or opinions (en de fr es pt it nl sv da nb pl cs sk hu
# ro el ru uk tr id vi he ar hi ja zh ko; commentids.COMMENT_WORDS beside them)
_THEIRS = re.compile(
    r"(?<!\w)(?:comments?|reviews?|replies|responses|opinions|kommentar\w*|rezension\w*|bewertung\w*|commentaires?|"
    r"avis|critiques|comentarios?|reseñas?|opiniones|valoraciones|comentários?|resenhas?|avaliações|opiniões|commenti|"
    r"recensioni|opinioni|reacties|recensies|beoordelingen|recensioner|omdömen|anmeldelser|anmeldelse|komentarze|"
    r"recenzje|opinie|komentáře|recenze|hozzászólások|vélemények|comentarii|recenzii|σχόλια|κριτικές|комментари\w*|"
    r"отзыв\w*|рецензи\w*|коментар\w*|відгук\w*|yorum\w*|ulasan|komentar|bình\s+luận|đánh\s+giá|תגובות|ביקורות|"
    r"تعليقات|مراجعات|टिप्पणियाँ|टिप्पणियां|समीक्षाएँ|"
    + "|".join(COMMENT_WORDS) + r")(?!\w)|コメント|レビュー|感想|评论|評論|书评|書評|留言|댓글|리뷰", re.I)
COUNTED = re.compile(r"[(（\[](?!(?:1[5-9]|20)\d\d\s*[)）\]])\d{1,3}(?:[\s.,\u00a0\u202f]?\d{3})*[)）\]]\s*$")
# the elements a writer's name is printed in, at the head of an entry
_NAME_TAGS = {"span", "a", "strong", "b", "cite", "div", "p", "header", "h4", "h5", "h6", "address", "time"}
BOX_TAGS = {"div", "li", "article", "section", "aside", "dd"}
# what a signature's lines hold besides their text: breaks and inline markup
_LINE_TAGS = {"br", "a", "span", "em", "i", "b", "strong", "small"}
# the most words a signature's lines hold in all
SIGNATURE_WORDS = 40


def _tokens(element: HtmlElement) -> list[str]:
    return (element.get("class") or "").split() + ([element.get("id")] if element.get("id") else [])


def signatures(items: list[HtmlElement], body: HtmlElement, drop: dict[int, str]) -> None:
    """Mark a member's signature among the post body's blocks (``drop`` is the cleaning's, filled in place)."""
    named: dict = {}  # element → whether it is a short box classed as a signature (each asked once)

    def in_signature(element: HtmlElement) -> bool:
        while element is not None and element is not body:
            found = named.get(element)
            if found is None:
                tokens = _tokens(element)
                found = named[element] = bool(tokens) and "sig" in " ".join(tokens).lower() \
                    and any(SIG_TOKEN.match(token) for token in tokens) and count_words(text_of(element)) <= 60
            if found:
                return True
            element = element.getparent()
        return False

    for i, block in enumerate(items):
        if i in drop:
            continue
        if in_signature(block):
            drop[i] = "signature"
            continue
        text = text_of(block)
        if text[:1] not in ("-", "_", "—"):
            continue
        head = next((line.strip() for line in block.itertext() if line.strip()), "")
        # a block that is the delimiter, or opens with it on a line of its own, and only short lines to the end
        if DELIMITER.match(head):
            rest = [k for k in range(i + 1, len(items)) if k not in drop]
            after = sum(count_words(text_of(items[k])) for k in rest)
            own = count_words(text) - 1
            # (a few short lines, no heading, no score: the review's verdict after a scene break is the review's)
            if own + after <= SIGNATURE_WORDS and len(rest) <= 4 and not has_score(text) \
                    and all(count_words(text_of(items[k])) <= 25 and items[k].tag not in HEADING_TAGS
                            and not has_score(text_of(items[k])) for k in rest):
                for k in [i, *rest]:
                    drop[k] = "signature"
                return


def trim_signature(block: HtmlElement) -> str | None:
    """The post's last block written as lines (<br>), from a line that is only the signature delimiter to its end,
    when a few short lines follow it: removed in place. Returns the text removed, or None."""
    for br in list(block.iter("br"))[-6:]:  # (a signature is a few lines: only the last breaks are asked)
        if br.getparent() is not block or not DELIMITER.match((br.tail or "").strip()):
            continue
        after = list(br.itersiblings())
        if after and after[0].tag != "br" or any(e.tag not in _LINE_TAGS for e in after):
            continue
        lines = " ".join(text_of(e) + " " + (e.tail or "") for e in after).split()
        before = (block.text or "") + "".join(text_of(e) + (e.tail or "") for e in br.itersiblings(preceding=True))
        if not lines or count_words(" ".join(lines)) > SIGNATURE_WORDS or sum(e.tag == "br" for e in after) > 5 \
                or count_words(before) < 15:
            continue
        removed = " ".join([(br.tail or "").strip(), *lines])
        for element in after:
            block.remove(element)
        br.tail = None
        while br is not None and br.tag == "br" and not (br.tail or "").strip():  # the breaks left dangling
            previous = br.getprevious()
            block.remove(br)
            br = previous
        return removed
    return None


def _entry(box: HtmlElement) -> bool:
    """An entry of a list of other people's posts: a box led by a short name in an element of its own, then
    their text in another element."""
    children = [c for c in box if isinstance(c.tag, str) and text_of(c)]
    if len(children) >= 3 and _ORDINAL.match(text_of(children[0])):
        children = children[1:]  # (a news site numbers its readers' comments: "1." + the name + the text)
    if box.tag not in BOX_TAGS or len(children) < 2 or (box.text or "").strip():
        return False
    name = children[0]
    words = text_of(name)
    return name.tag in _NAME_TAGS and count_words(words) <= 4 and not words.rstrip().endswith((".", "?", "!", ":", "。"))


# an entry's number before its writer's name: "1.", "#12", "3)"
_ORDINAL = re.compile(r"^#?\d{1,4}[.)]?$")


def _add_link(element: HtmlElement) -> bool:
    """A short link alone (or alone in its box) after a list of entries: the list's "add yours" link."""
    links = [element] if element.tag == "a" else list(element.iter("a"))
    return len(links) == 1 and text_of(links[0]) == text_of(element) and 1 <= count_words(text_of(element)) <= 5


def _add_line(element: HtmlElement) -> bool:
    """A short line of its own after a list of entries, holding one or two links and no entry's shape: the list's
    "to add yours, <log in> or <join>" line."""
    links = list(element.iter("a"))
    return element.tag in ("p", "div") and 1 <= len(links) <= 2 and count_words(text_of(element)) <= 20 \
        and not _entry(element) and not _signed_entry(element)


def _signed_entry(box: HtmlElement) -> bool:
    """An entry of a list of other people's posts as a teaser: a short text signed after a dash by its writer's linked
    name, the box's last thing ('"Loved it." — <a>ana_reads</a>')."""
    children = [c for c in box if isinstance(c.tag, str)]
    if box.tag not in BOX_TAGS or not children or children[-1].tag != "a" or (children[-1].tail or "").strip():
        return False
    before = ((box.text or "") + "".join(c.text_content() + (c.tail or "") for c in children[:-1])).rstrip()
    name = text_of(children[-1])
    return before.endswith(("—", "–", "-")) and 1 <= count_words(name) <= 3 and 3 <= count_words(before) <= 60


def readers_lists(items: list[HtmlElement], body: HtmlElement, drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark other readers' reviews listed after the review: a heading with their count (or two entries or more of
    one shape), then entries each led by its writer's name (see the module docstring). The heading's section goes
    whole."""
    review = False  # a paragraph of the review's own came before
    for i, block in enumerate(items):
        if not review:
            review = block.tag not in HEADING_TAGS and count_words(text_of(block)) >= 15
            continue
        if i in drop or block.tag not in HEADING_TAGS:
            continue
        text = text_of(block)
        if count_words(text) > 8:
            continue
        entries = [e for e in block.itersiblings() if isinstance(e.tag, str)]
        # (the list's "add yours" link after the entries goes with the section; after one entry, only under a count)
        if (len(entries) >= 3 or len(entries) == 2 and COUNTED.search(text)) \
                and (_add_link(entries[-1]) or _add_line(entries[-1])):
            entries.pop()
        if not entries or not all(_entry(e) or _signed_entry(e) for e in entries):
            continue
        if len(entries) == 1 and not (_THEIRS.search(text) or _dated_entry(entries[0])):
            continue  # (one entry alone: the readers' only under their word, or dated)
        # under a heading with no count, two entries or more, alike (one box shape), each short: a list of them
        if not COUNTED.search(text) and (len(entries) < 2 or len({(e.tag, e.get("class")) for e in entries}) > 1
                                         or any(count_words(text_of(e)) > 120 for e in entries)):
            continue
        section = block.getparent()
        whole = section is not None and section is not body and block.getprevious() is None
        for k in range(i, len(items)):
            element = items[k]
            if k == i or any(element is e or e in element.iterancestors() for e in entries):
                drop.setdefault(k, "other readers' reviews")
                if whole:
                    boxes[k] = section
            # (the "add yours" line set right after the section, the last of its box, goes with it)
            elif whole and element is section.getnext() and element.getnext() is None and _add_line(element):
                drop.setdefault(k, "other readers' reviews")
    readers_after(items, body, drop, boxes)
    readers_beside(items, body, drop, boxes)
    commenthead.mark(items, None, drop)  # the readers' comments under a heading naming them, each opened by a bold name


_DATE_TOKEN = re.compile(r"(?:^|[-_])(?:date|time|timestamp|ago)(?:[-_]|$)", re.I)


def _dated_entry(box: HtmlElement) -> bool:
    """An entry whose name line also holds its date: a <time>, or an element classed as a date or a time."""
    children = [c for c in box if isinstance(c.tag, str) and text_of(c)]
    if box.tag not in BOX_TAGS or len(children) < 2 or (box.text or "").strip():
        return False
    head = children[0]  # (the name, the date, a badge: a line of eighty characters at most, no sentence)
    if head.tag not in _NAME_TAGS or len(text_of(head)) > 80 or re.search(r"[.!?:。]\s*$", text_of(head)):
        return False
    return any(e.tag == "time" or any(_DATE_TOKEN.search(t) for t in (e.get("class") or "").split())
               for e in head.iter() if isinstance(e.tag, str))


def _first_class(box: HtmlElement) -> tuple:
    return box.tag, ((box.get("class") or "").split() or [""])[0]


def readers_after(items: list[HtmlElement], body: HtmlElement, drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark the other readers' reviews after the one the page shows: the review sits in an entry box (its writer's name
    and date in a line of their own, then the text) and is followed, in its parent, only by boxes of its kind (the
    same tag and first class, dated entries too), short headings and lone links ("Other reviews of this book", "See
    all 126"). A review's sections (a heading, then text) have no date in their heading."""
    entry: dict = {}  # (each ancestor's answer, asked again for every block inside it; nothing changes meanwhile)
    for i, block in enumerate(items):
        box = next((a for a in block.iterancestors() if (entry[a] if a in entry else entry.setdefault(
                    a, a is not body and body in a.iterancestors() and _dated_entry(a)))), None)
        if box is None or count_words(text_of(box)) < 80:
            continue
        rest = [e for e in box.itersiblings() if isinstance(e.tag, str) and text_of(e)]
        kind = _first_class(box)
        same = [e for e in rest if _first_class(e) == kind and _dated_entry(e)]
        if not same or any(e not in same and not (e.tag in HEADING_TAGS and len(text_of(e)) <= 60)
                           and not (e.tag == "a" or text_of(e) == " ".join(text_of(a) for a in e.iter("a"))) for e in rest):
            return
        for k in range(i + 1, len(items)):
            if any(items[k] is e or e in items[k].iterancestors() for e in rest):
                drop.setdefault(k, "other readers' reviews")
        return


_ENTRY_DATE = re.compile(r"(?<!\d)\d{1,4}[./-]\s?\d{1,2}[./-]\s?\d{1,4}(?!\d)|\d{4}\s*[년年]")


# an entry's meta as its markup names it: its stars or rating, its writer, its date
_META_TOKEN = re.compile(r"(?:^|[-_])(?:ratings?|stars?|score|author|reviewer|byline|date|time)(?:[-_]|$)", re.I)


def _lines(box: HtmlElement) -> list[HtmlElement]:
    """A box's lines: its children with text (a table's rows)."""
    if box.tag == "table":
        return [r for r in box.iter("tr") if text_of(r)]
    return [c for c in box if isinstance(c.tag, str) and text_of(c)]


def _meta_entry(box: HtmlElement) -> bool:
    """A short entry of someone else's beside the review: led by a short line (a name, a title: no sentence), with
    a line of its meta before its last (a date, or a score: "By ana · Rating: 5 of 5", "Gagik | 02.10.2026", or
    an element its markup classes as one: stars, rating, author, date), and
    sixty words at most."""
    lines = _lines(box)
    if len(lines) < 2 or count_words(text_of(box)) > 60 or count_words(text_of(lines[0])) > 6 \
            or re.search(r"[.!?。]\s*$", text_of(lines[0])):
        return False
    return any(count_words(text_of(line)) <= 12 and (_ENTRY_DATE.search(text_of(line)) or has_score(text_of(line))
                                                   or any(_META_TOKEN.search(t) for e in line.iter() if isinstance(e.tag, str)
                                                          for t in (e.get("class") or "").split()))
               for line in lines[:-1])


def _trailer(element: HtmlElement) -> bool:
    """What may follow a list of entries: a short heading, a lone link, a pager (links and numbers)."""
    text = text_of(element)
    links = " ".join(text_of(a) for a in element.iter("a"))
    return element.tag in HEADING_TAGS and len(text) <= 60 or text == links \
        or (len(text) <= 40 and not re.search(r"[^\W\d_]", re.sub(re.escape(links), "", text) if links else text))


def readers_beside(items: list[HtmlElement], body: HtmlElement, drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark other readers' short entries after the review kept from a list of reviews (a catalogue's patron review under
    its staff review, a shop's buyers' boxes, cards or table rows): the review's box, of eighty words or more, is
    followed in its parent only by boxes of its kind (the same tag and first class), each a short entry (half its length at most) with its own
    meta line (``_meta_entry``), and a trailer (a short heading, a lone link, a pager). A review's own sections (a
    heading, then text) carry no date or score in a line before their last."""
    followed: dict = {}  # (each ancestor's answer, asked again for every block inside it; nothing changes meanwhile)
    for i, block in enumerate(items):
        if i in drop:
            continue
        # (the nearest box of a class that a box of its kind follows)
        box = next((a for a in block.iterancestors() if (followed[a] if a in followed else followed.setdefault(
                    a, a is not body and body in a.iterancestors() and a.get("class")
                    and any(_first_class(e) == _first_class(a) for e in a.itersiblings())))), None)
        size = count_words(text_of(box)) if box is not None else 0
        if size < 80:
            continue
        kind = _first_class(box)
        rest = [e for e in box.itersiblings() if isinstance(e.tag, str) and text_of(e)]
        same = [e for e in rest if _first_class(e) == kind]
        if not same or any(not _meta_entry(e) or 2 * count_words(text_of(e)) > size for e in same) or any(e not in same and not _trailer(e) for e in rest):
            return
        for k in range(i + 1, len(items)):
            entry = next((e for e in same if items[k] is e or e in items[k].iterancestors()), None)
            if entry is not None:
                drop[k], boxes[k] = "other readers' reviews", entry
        return


def _shape(box: HtmlElement) -> tuple:
    first = next((c for c in box if isinstance(c.tag, str) and text_of(c)), None)
    return box.tag, box.get("class"), first.tag if first is not None else None, first.get("class") if first is not None else None


def _reply(box: HtmlElement) -> bool:
    """A short post by someone else: an entry (a name, then the text) whose text says something (three words or
    more: a row of facts, "Publisher" + "Faber", is not one) and is short."""
    if not _entry(box):
        return False
    name = next(c for c in box if isinstance(c.tag, str) and text_of(c))
    said = count_words(text_of(box)) - count_words(text_of(name))
    return 3 <= said <= 60


def replies(items: list[HtmlElement], body: HtmlElement, drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark the replies under a post, listed with no heading: after the review's text, two boxes or more of one
    shape that close their parent, each a short post led by its writer's name ("Tom Ashby" + what he said)."""
    words = 0  # the review's words before: the replies come after a review of eighty words or more
    for i, block in enumerate(items):
        if words < 80:
            words += count_words(text_of(block)) if block.tag not in HEADING_TAGS else 0
            continue
        box = block.getparent()
        if i in drop or box is None or box is body or not _reply(box):
            continue
        shape = _shape(box)
        previous = box.getprevious()
        if previous is not None and _shape(previous) == shape and _reply(previous):
            continue  # (a run is read from its first reply)
        run = [box, *(e for e in box.itersiblings() if isinstance(e.tag, str))]
        if len(run) < 2 or any(_shape(e) != shape or not _reply(e) for e in run):
            continue
        for k in range(i, len(items)):
            if any(items[k] is e or e in items[k].iterancestors() for e in run):
                drop.setdefault(k, "replies to the post")
                boxes.setdefault(k, items[k].getparent() if items[k].getparent() in run else items[k])
        return
