"""The standfirst: the editor's sentence under a post's headline, before the review begins.

News sites, magazines and shops' blogs print one or two sentences between the headline and the article ("Forty years
on, the novel still asks …"), the summary a list page shows beside the headline. It says what the article is about;
it is not the review's text. What marks it is where it stands and how it is set, in every language:

- it comes right after the post's title (an h1 inside the body, with only the byline, the dateline or a kicker the
  cleaning has removed between them), or it is the body's first block; in a box the theme names for it, it may come
  after the book's card under the title (short lines: author, title, publisher);
- and it is set apart from the review: a heading of a whole sentence (an h2 of 8 words or more under the h1: the
  subtitle, with a byline or another short line, the picture or the article's box after it; a section's heading is
  shorter, and its section's prose follows it), a box the
  theme names for it (standfirst, dek, sapo, perex, chapeau, summary, lead …: the words the publishing systems use),
  or a box of its own with the whole review in the box after it (the article's body box), or the title's own box,
  which holds only the title and the line, the review outside it (a header's subtitle or a newsletter's tagline);
- it is short (60 words at most), holds no score, no label ("Warning: …", "Rating: …") and no note the review
  carries (a free-copy disclosure, a content warning); the review after it has 80 words or more;
- a heading that names the book, "Author — Title" (a name the review names again, at a dash), is the book's head.

``mark`` marks it for ``boilerplate.clean_body``, which leaves it in the tree (it often names the book's author, which
the book rules read) and reports it; ``extract_page`` leaves its line out of the body's text. A blogger's first paragraph stays: it stands in the same box as the
paragraphs after it, set like them; so does a paragraph classed as a lead ("chapeau") but set in bold by hand that opens the box of
the review's own paragraphs, two of prose after it beside it: the writer's opening typed into the text.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .nodes import any_token, text_of
from .rating import has_score
from .words import count_words
from .worddates import LABELLED

RULE = "standfirst"
_HEADINGS = ("h2", "h3", "h4")
# the names publishing systems give the standfirst's box (as a whole part of a class name: "c-entry-summary", "p-dek",
# "styles_sapo__x1", "article-detail__lead", "news-sub-heading", "story-subheadline", "perex", "chapeau")
_LEAD_CLASS = re.compile(
    r"(?:^|[-_])(?:standfirst|stand-first|sapo|dek|lede?|summary|excerpt|sub-?head(?:ing|line)?|sub-?title|teaser|perex|"
    r"chap[eô]au|chapo|entradilla|sommario|opener|hometext|deck)(?:$|[-_])", re.I)
# names a theme also gives the writer's own first paragraph, set larger (Bootstrap's "lead", a "lede" or "intro" drop
# cap, an "excerpt" the post opens with): a standfirst by these only when it is not a paragraph among the review's
# own paragraphs, in their box
_OWN_FIRST = re.compile(r"(?:^|[-_])(?:lede?|intro|excerpt|summary|teaser|opener)(?:$|[-_])", re.I)


def _classed(block: HtmlElement, body: HtmlElement) -> bool:
    """The block, or a box around it that holds nothing else, carries a standfirst's class name."""
    element, size = block, len(text_of(block))
    while element is not None and element is not body:
        if len(text_of(element)) > size + 20:
            return False
        if any_token(_LEAD_CLASS, element.get("class")):
            return True
        element = element.getparent()
    return False


def _among_paragraphs(block: HtmlElement, rest: list[HtmlElement]) -> bool:
    """The block is a paragraph whose own class names are only ones a writer's first paragraph carries too ("lead",
    not "dek", "standfirst" or a header's "heading__lede"), with the review's next paragraph beside it in the same box: the review's opening, set
    larger, not an editor's line."""
    named = [t for t in (block.get("class") or "").split() if _LEAD_CLASS.search(t)]
    if block.tag == "p" and bool(named) and all(_OWN_FIRST.search(t) and "head" not in t.lower() for t in named) \
            and bool(rest) and rest[0].tag == "p" and rest[0].getparent() is block.getparent():
        return True
    return _opens_text_box(block)


def _opens_text_box(block: HtmlElement) -> bool:
    """The block is a paragraph, whatever its class, set in bold by hand (its whole text inside a <strong> or <b>) that
    opens the box of the review's own paragraphs: the first element of its parent, two paragraphs of prose (20 words or
    more) after it beside it. The writer's opening typed into the text with the editor's bold (a first paragraph classed
    "chapeau"), not the publishing system's standfirst, which its class alone sets apart, or which stands in a box of its
    own (the header's, the lead's) before the body's box."""
    parent = block.getparent()
    if block.tag != "p" or parent is None or next((c for c in parent if isinstance(c.tag, str)), None) is not block:
        return False
    bold = max((len(text_of(e)) for e in block.iterdescendants("strong", "b")), default=0)
    if bold < 0.9 * len(text_of(block)):
        return False
    prose = sum(1 for c in block.itersiblings() if c.tag == "p" and count_words(text_of(c)) >= 20)
    return prose >= 2


def _box(block: HtmlElement, body: HtmlElement) -> HtmlElement:
    """The largest box around the block that holds nothing else."""
    box, size = block, len(text_of(block))
    while box.getparent() is not None and box.getparent() is not body and len(text_of(box.getparent())) <= size + 20:
        box = box.getparent()
    return box


def _body_box_after(box: HtmlElement, rest: list[HtmlElement], words: int) -> bool:
    """A box after `box`, beside it, holds the review after it (nine words in ten of it): the article's body box."""
    first = next((b for b in rest if count_words(text_of(b)) >= 20), None)
    parent = box.getparent()
    if first is None or parent is None:
        return False
    inner = first  # (the review's first paragraph, up to the box beside `box` that holds it)
    while inner.getparent() is not None and inner.getparent() is not parent:
        inner = inner.getparent()
    if inner is first or inner.getparent() is not parent:
        return False  # (loose paragraphs beside the line, or elsewhere: no body box)
    return sum(count_words(text_of(b)) for b in rest if inner in b.iterancestors()) >= 0.9 * words


def _paragraph_wrapper(block: HtmlElement, box: HtmlElement, rest: list[HtmlElement]) -> bool:
    """The box of its own is the wrapper the engine puts round every paragraph: an element between the line and its
    box (the box included) whose tag and class also wrap two of the review's paragraphs after it (Asciidoctor's
    "<div class=paragraph><p>", under a "sectionbody"; a page builder's text block). The line is set like the review's
    paragraphs, its writer's opening, not a standfirst set in a box of its own."""
    shapes, element = set(), block
    while True:
        if (element.get("class") or "").strip():
            shapes.add(_shape(element))
        if element is box or element.getparent() is None:
            break
        element = element.getparent()
    if not shapes:
        return False
    wrapped = 0
    for paragraph in rest:
        if count_words(text_of(paragraph)) < 20:
            continue
        chain = [paragraph, *paragraph.iterancestors()]
        if any(_shape(e) in shapes for e in chain[:4]):
            wrapped += 1
            if wrapped >= 2:
                return True
    return False


def _shape(element: HtmlElement) -> tuple[str, str]:
    return element.tag, " ".join(sorted((element.get("class") or "").split()))


def _captions_picture(box: HtmlElement) -> bool:
    """The box is a picture's caption: a figure's, or beside a picture in a box that holds only the two (a portfolio
    builder's media item and its caption line, "<div><img><div class=caption>…</div></div>"). The reviewer's line
    under their own picture, not an editor's standfirst."""
    if box.tag in ("figcaption", "figure") or any(a.tag == "figure" for a in box.iterancestors()) \
            or next(box.iter("img", "picture"), None) is not None:
        return True  # (the largest box that holds only the line holds the picture too)
    parent = box.getparent()
    if parent is None or len(text_of(parent)) > len(text_of(box)) + 20:
        return False
    return any(isinstance(s.tag, str) and (s.tag in ("img", "picture") or next(s.iter("img", "picture"), None) is not None)
               for s in parent if s is not box)


def _in_title_box(block: HtmlElement, title: HtmlElement, rest: list[HtmlElement]) -> bool:
    """The line shares a box with the post's title and nothing else (a header: "<td><h1>T</h1><p>line</p></td>"), and the
    review's blocks stand outside that box: the title's subtitle or tagline."""
    box = block.getparent()
    if box is None or title.getparent() is not box or not rest:
        return False
    own = len(text_of(title)) + len(text_of(block))
    return len(text_of(box)) <= own + 20 and not any(box in b.iterancestors() for b in rest)


def mark(items: list[HtmlElement], body: HtmlElement, drop: dict[int, str], notes) -> None:
    """Mark the standfirst among the body's first blocks (``drop`` is the cleaning's, filled in place). `notes`:
    whether a line is a note the review carries (housekeeping.a_note)."""
    # (cheap first: the blocks before the review's first paragraph; a title h1 among the first four)
    title = next((i for i in range(min(4, len(items))) if items[i].tag == "h1"), None)
    start = 0 if title is None else title + 1
    j = next((k for k in range(start, min(start + 4, len(items))) if k not in drop and text_of(items[k])), None)
    if j is not None and not _classed(items[j], body) and count_words(text_of(items[j])) <= 8:
        # (under the headline, the book's card of short lines, then the box the theme names for the standfirst)
        j = next((k for k in range(j + 1, min(start + 7, len(items))) if k not in drop and text_of(items[k])
                  and (count_words(text_of(items[k])) > 8 or _classed(items[k], body))), j)
        j = j if _classed(items[j], body) else next(k for k in range(start, len(items)) if k not in drop and text_of(items[k]))
    if j is None or items[j].tag in ("ul", "ol", "dl", "table", "blockquote", "pre", "figure", "h1") \
            or next(items[j].iterdescendants("li", "dt", "tr", "br"), None) is not None:
        return  # (a list, a record of the book's facts, lines: not one or two sentences)
    # (before it: only what the cleaning removed, the title, a short kicker or a picture)
    if any(k not in drop and k != title and count_words(text_of(items[k])) > 8 for k in range(j)):
        return
    block = items[j]
    text = text_of(block)
    words = count_words(text)
    heading = block.tag in _HEADINGS
    if not (5 <= words <= 60) or text.rstrip().endswith((":", "：")) or LABELLED.match(text):
        return
    rest = [items[k] for k in range(j + 1, len(items)) if k not in drop]
    after = sum(count_words(text_of(b)) for b in rest)
    if after < 80:
        return
    # set apart: by the theme's name for it; as a sentence set as a heading under the headline (a section's heading
    # under the title is a few words, "What the novel is about", and its prose follows it: the subtitle has the byline,
    # a short line, the picture or the article's body box after it); or in a box of its own before the body box
    if not (_classed(block, body) and not _among_paragraphs(block, rest)
            or heading and words >= 8 and title is not None and all(k in drop for k in range(title + 1, j))
            and (j + 1 in drop or j + 1 < len(items) and (items[j + 1].tag == "figure" or count_words(text_of(items[j + 1])) < 15)
                 or _body_box_after(_box(block, body), rest, after))
            or title is not None and not heading and _body_box_after(box := _box(block, body), rest, after)
            and not _captions_picture(box) and not _paragraph_wrapper(block, box, rest)
            or title is not None and not heading and _in_title_box(block, items[title], rest)):
        return
    if has_score(text) or notes(text) or heading and _book_head(text, rest):  # (the costly tests last: a score, a content warning, a free-copy note)
        return
    drop[j] = RULE


_DASH = re.compile(r"\s+[—–]\s+")


def _book_head(text: str, rest: list[HtmlElement]) -> bool:
    """A heading that names the book, "Author — Title" or "Title — Author": two parts at a dash, one a name of two to
    four capitalised words whose last the review names again (a subtitle's sentence has no such part)."""
    parts = _DASH.split(text.strip())
    if len(parts) != 2 or not all(parts):
        return False
    after = " ".join(text_of(b) for b in rest[:12])
    return any(2 <= len(words := part.split()) <= 4 and all(w[:1].isupper() for w in words)
               and re.search(rf"(?<!\w){re.escape(words[-1])}", after) for part in parts)
