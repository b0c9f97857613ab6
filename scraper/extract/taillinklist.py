"""The blog's own labelled links after the review: a lead closing on a colon, then only links to the site's own pages.

Under a review's last paragraph, a blog sets a line that sends the reader on to its other posts, its label in the
blog's own words, whatever they are: "<b>Keep reading on the hill:</b> <a>…</a>", "From the journal's archive: <a>…</a>
· <a>…</a>", "On my bookshelf: <a>Cosy crimes</a>" (Micro.blog's reading-shelf line). ``tailpointer`` reads one link
to a dated or numbered article; this reads the same line where the links are one to four, to any page of the site, or
lead nowhere (no address: the link lives on a script's click handler, or was lost when the post was copied). Its shape:

- after the review's last paragraph (nothing of 20 words or more after it), not the post's first line, no score;
- not a heading, list, quotation or table;
- a lead of three to eight words closing on a colon, no link in it (not a record's "Series:" or "Translated by:", one
  or two words, nor a footnote's mark, nor a lead ending on "by", the record's credit), owning nothing in the third
  person ("Her other novels: <a>…</a>" is the reviewer on the author's books);
- then one to four links and nothing else but the marks between them (" · ", "|", ",");
- each link leads nowhere or to the site's own pages (a relative address, or the page's host); one to a shop, the
  publisher or the author's site is a citation and stays;
- not one of a run of field lines (the lines before and after it are not short "label: value" lines).

A line whose label stands over its link, the label a line of its own closed by a line break ("▼ The previous reading
log<br><a>…</a>", note.com's pointer to the writer's last post), is the same pointer: the lead is then the text
before the break, two to eight words, no sentence stop closing it, and the one link must go to the site's own article
(a dated or numbered address, or note.com's "/<user>/n/n<id>"). That shape, a paragraph of two lines, the second
wholly the link, is read between the review's paragraphs too, where the editor splices it.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from .alsolead import SEPARATORS as _SEPARATORS
from .book import BY
from .labelledpointer import is_field
from .nodes import HEADING_TAGS, NOT_LINES, hrefs_in, text_of
from .promo import same_site
from .rating import has_score
from .readeraside import THEIRS
from .spliced import PROSE, ARTICLE_PATH
from .words import count_words

RULE = "related link"
_BLOCKED = NOT_LINES | {"li", "dt", "dd"}
_THIRD_PERSON = re.compile(rf"(?<!\w)(?:{THEIRS.pattern})(?!\w)", re.I)
_CREDIT_END = re.compile(rf"(?<!\w){BY}\s*[:：]\s*$", re.I)
_NOTE_MARK = re.compile(r"^(?:[\[(]\d{1,3}[\])]|\d{1,3}[.)]\s|[*†‡§¹²³⁴⁵⁶⁷⁸⁹])")
_SENTENCE_END = re.compile(r"[.!?。！？][\"'”’»)\]」』]*\s*$")  # (a stop, then any closing quote or bracket)
# a sentence closed inside the lead: the line opens on the review's own sentence, then labels its link
_INNER_STOP = re.compile(r"\w\w[.!?][\"'”’»)]*\s+\S|[。！？]\S")
# a link's text that is a web address ("press.example.com/book") or an account ("@name"): it names where it goes
_ADDRESS = re.compile(r"^(?:https?://)?(?P<host>[\w-]+(?:\.[\w-]+)+)(?:/\S*)?$|^@\w", re.I)
_MAX_LINKS = 4


def _own(anchor: HtmlElement, host: str) -> bool:
    """The link leads nowhere (no address, not a place the page jumps to) or to the site's own pages."""
    href = (anchor.get("href") or "").strip()
    if not href:
        named = _ADDRESS.match(text_of(anchor).strip())  # (no address, but its text names another host or an account)
        if named and not (named.group("host") and same_site("//" + named.group("host"), host)):
            return False
        return anchor.get("name") is None and (anchor.get("id") is None or anchor.get("onclick") is not None)
    return bool(host) and same_site(href, host) and not href.startswith(("#", "mailto:", "javascript:"))


def _lead(block: HtmlElement, first: HtmlElement) -> tuple[str, bool]:
    """The text before the block's first link, and whether a line break closes it."""
    parts, broken = [block.text or ""], False
    for element in block.iterdescendants():
        if element is first:
            break
        if first in element.iterdescendants():
            parts.append(element.text or "")
            continue
        if element.tag == "br":
            broken = True
        elif element.tag == "a":
            return "", False  # (a link in the lead: a sentence of the review's, linked)
        parts.append(text_of(element) if element.tag != "br" else "")
        parts.append(element.tail or "")
        broken = broken and not (element.tail or "").strip()
    return " ".join(" ".join(parts).split()), broken


def labelled_links(block: HtmlElement, host: str) -> str | None:
    """The block is a lead and one to four of the site's own links (module docstring): "colon" (a lead closed by a
    colon), "break" (a label over its link), or None."""
    if block.tag in _BLOCKED or block.tag in HEADING_TAGS:
        return None
    links = [a for a in block.iterdescendants("a") if text_of(a)]
    text = text_of(block)
    if not 1 <= len(links) <= _MAX_LINKS or has_score(text) or count_words(text) > 40:
        return None
    lead, broken = _lead(block, links[0])
    tail = text[text.find(lead) + len(lead):] if lead else ""
    linked = " ".join(text_of(a) for a in links)
    if not lead or [w for w in tail.split() if not _SEPARATORS.match(w)] != [w for w in linked.split() if not _SEPARATORS.match(w)]:
        return None
    if _NOTE_MARK.match(lead) or _THIRD_PERSON.search(lead) or not all(_own(a, host) for a in links):
        return None
    if lead.endswith((":", "：")):
        if _INNER_STOP.search(lead):
            return None  # (a sentence of the review's before the label: the line is the review's)
        words = count_words(lead.rstrip(" :："))  # (French sets a space before its colon)
        return "colon" if 3 <= words <= 8 and not _CREDIT_END.search(lead) else None
    # (a label over its one link, closed by a line break: the link to the site's own article)
    path = urlsplit(links[0].get("href") or "").path
    return "break" if broken and len(links) == 1 and 2 <= count_words(lead) <= 8 and not _SENTENCE_END.search(lead) \
        and links[0].get("href") and (ARTICLE_PATH.search(path) or _NOTE_PATH.search(path)) else None


# note.com's article address: "/<user>/n/n<hex>"
_NOTE_PATH = re.compile(r"^/[\w-]+/n/n[0-9a-f]{6,}/?$")


def mark(items: list[HtmlElement], drop: dict[int, str], boxes: dict[int, HtmlElement], host: str) -> None:
    """Mark each labelled line of the site's own links after the review's last paragraph."""
    left = [i for i, block in enumerate(items) if i not in drop and text_of(block)]
    prose = [i for i in left if items[i].tag not in HEADING_TAGS and count_words(text_of(items[i])) >= PROSE]
    if not prose:
        return
    for n, i in enumerate(left):
        shape = labelled_links(items[i], host) if n else None
        if shape is None or shape == "colon" and i <= prose[-1]:
            continue
        near = [left[k] for k in (n - 1, n + 1) if 0 <= k < len(left)]
        if not any(is_field(text_of(items[k])) and not labelled_links(items[k], host) for k in near):
            drop[i], boxes[i] = RULE, items[i]


# a bookmark card's title that opens on the blog's label, closed by a colon: "Read this too: <title>"
_CARD_LABEL = re.compile(r"^\W*[^\W\d_][^:：]{0,40}[:：]\s*\S")


def own_card(card: HtmlElement, host: str) -> bool:
    """A Ghost bookmark card for another post of the blog: its link to the site's own pages, or, its address lost
    (no href in the card: a card for another site names it, by its address and its metadata), a title opening on a
    label of one to five words closed by a colon ("Also worth reading: <title>"), the blog's pointer; a card for a
    publisher's or a shop's page stays the writer's citation."""
    links = hrefs_in(card)
    if links:
        return same_site(links[0].get("href", ""), host)
    if _published_here(card, host):
        return True
    titles = [text_of(t) for t in card.iterdescendants() if "kg-bookmark-title" in (t.get("class") or "").split()]
    label = _CARD_LABEL.match(titles[0]) if titles else None
    return bool(label) and 1 <= count_words(re.split(r"[:：]", titles[0], maxsplit=1)[0]) <= 5 \
        and not card.xpath(".//*[contains(@class, 'kg-bookmark-publisher') or contains(@class, 'kg-bookmark-author')]")


_CARD_SOURCE = "kg-bookmark-publisher"


def _published_here(card: HtmlElement, host: str) -> bool:
    """The card's publisher line (Ghost fills it from the linked page's site name) is this site's own name: the text of
    the page's first link to its own front page (the masthead's logo, "<a href='/'>Name</a>"), or its declared
    og:site_name. A card for another site's page names that site; a name of one or two letters names nothing."""
    source = [" ".join(text_of(e).split()) for e in card.iterdescendants() if _CARD_SOURCE in (e.get("class") or "").split()]
    if not source or len(source[0]) < 3:
        return False
    root = card.getroottree().getroot()
    names = [m.get("content", "") for m in root.iter("meta") if m.get("property") == "og:site_name"]
    for count, a in enumerate(root.iter("a")):
        href = (a.get("href") or "").strip()
        if count >= 40 or card in a.iterancestors():
            break
        parts = urlsplit(href)
        if href and parts.path in ("", "/") and not parts.query and not parts.fragment \
                and (not parts.netloc or bool(host) and same_site(href, host)):
            names.append(" ".join(text_of(a).split()))
            break  # (only the first link home: the masthead's)
    return any(n.casefold() == source[0].casefold() for n in names if n)
