"""Lines a site splices into a post body, told by their shape and place rather than their wording:

- a related post's link between two paragraphs of the review (or before a subheading over the next): a line that is
  a short lead set apart (in bold, or ending in a colon, a dash or a chevron) and one link to the site's own pages,
  whose text is most of the line and names another post ("**Read also** <a>Five village novels</a>", "Next:
  <a>Episode 28 — …</a>"), in any language; or the link alone, a headline of four words or more to a dated or
  numbered article's address on the site ("<a href=/culture/2026-10-02/x.html>The poet who came back</a>"); or a
  short line the theme classes as one ("also-read", "inline-link", "related-story"), its link or not;
- a shop's discount offer after the review: a short line with a discount code and a percentage or a price
  (couponline.py);
- a newspaper's press-standards line after the review ("Adheres to The Trust Project's criteria": pressline.py);
- a contact line in the second half of the post that ends on an e-mail address ("Send us your writing at
  this address: desk@paper.example"), short; never a note the review carries (a free-copy disclosure);
- the readers' average over the review: a short row holding a score and right after it the count of ratings in
  brackets ("4,2 of 5 (118 ratings)", "4.8/5 (132 reviews)"): the site's, not the reviewer's;
- the member's row over the review: an avatar (an image with no alt text, or the member's name as its alt), the
  member's name as a link and a badge of counts beside it, in one short row ("<img> Whale · 📚 812 rated");
- breadcrumbs over the review: a line of short steps set apart by ›, > or », or by slashes between links
  ("Fiction › Japanese fiction", "Forum / Books / Reviews / <the topic>");
- a section heading over the review's own box: a short heading whose next sibling is a box that opens with its own
  heading (a review list's item: byline, title, then the text), or a list of reviews marked up as schema.org's
  Review items (the heading a line in bold too), so the heading labels the list ("Librarian's review", "Customer
  reviews"), not the review; the review's own title and subheads stay;
- the post's source signature in its second half: a labelled address of the blog itself alone on its line ("Source:
  https://<this site>/…", "出处：…", "原文链接：…"), with the small box it closes (the author's name, the reprint
  note); an address on another site is a citation and stays;
- an ask after the review to press one of the page's own buttons: a short line turned to the reader that names a
  button's label as written, with words after it ("<Like> once and I'll write the next one 🙏");
- a shop's buy box over the review: a line that is only a price, and the short lines after it in its box (shipping,
  "ask the seller", stock), headings kept;
- a row of actions and counts after the review: two or more tiny elements side by side in one box ("Like 326",
  "Comments 41", "Share"; "Reviewed 2 months ago", "Used for 1 week"), each a few words, at least two holding a
  number, no label's colon, no sentence, no score, and no paragraph after it.
- an episode's music credit after the last paragraph of its notes ("BGM: A - Piece", "片尾曲：…": musiccredit.py).

``boilerplate.clean_body`` applies them with its other rules.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from . import shopcard
from .closingask import PICTOGRAPH
from .couponline import coupon_line
from .pressline import appeared_in_line, edition_line, press_standards_line
from .reprintnote import reprint_notice
from .controls import LABEL
from .housekeeping import a_note
from .musiccredit import music_credit
from .nodes import HEADING_TAGS, hrefs_in, text_of
from .promo import PRICE, is_support_link, same_site
from .rating import has_score, parse_rating
from .words import count_words

PROSE = 20  # words of a paragraph of the review
_LEAD_END = re.compile(r"[:：\-–—»›|→]\s*$")
_EMAIL_END = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+[\s.。।!)]*$")
_DIGIT = re.compile(r"\d")
_UNSPACED = re.compile(r"^[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]{2,}$")  # (a label in kana or han)
_SENTENCE = re.compile(r"[.!?。！？]\s+(?!\d)\S")  # (a count after a button's "!" is no sentence: "Nice! 38")
# a theme's class for a related story's line set into an article ("also-read", "inline-link", "related-story", "read-more")
_RELATED_CLASS = re.compile(r"(?:inline|related|also|more|next)[-_]?(?:links?|reads?|posts?|stor(?:y|ies)|articles?)(?![a-z])")
# the marks a breadcrumb trail sets between its steps ("Fiction › Japanese fiction", "Forum / Books / Reviews / <topic>")
_CRUMB = re.compile(r"\s+[›>»/]\s+")
# the count of ratings right after the readers' average: "(118 ratings)", "(1 982 đánh giá)", "(2,345)"
_VOTES = re.compile(r"\s*[(\[（]\s*(?:\d{1,3}(?:[\s.,\u00a0]\d{3})+|\d{2,})\s*(?:[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*)?[)\]）]|"
                    r"\s*[(\[（]\s*\d{2,}\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*[)\]）]|"
                    # (or after a short preposition, the row's end: "4,4 von 5 aus 7 Bewertungen", "4.2 of 5 from 118 ratings")
                    r"\s+[^\W\d_]{1,4}\s+\d[\d.,\u00a0]*\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*$")
# a labelled web address alone on its line ("出处：https://…", "原文链接：https://…", "Source: https://…")
_SOURCE_LINE = re.compile(r"^[^\W\d_]{1,15}\s*[:：]\s*(https?://\S+)\s*$")
_BUTTON_COUNT = re.compile(r"[\s(（]*\d[\d.,]*\s*[kKmM万千]?[)）]?")
# a member's profile page on review sites and forums ("/user/12", "/users/ana", "/member/ana", "/profile/…", "/u/ana")
_PROFILE_PATH = re.compile(r"/(?:users?|members?|profiles?|u|people|reviewers?|mypage)/[^/?#]+/?(?:[?#]|$)", re.I)
_INLINE = ("span", "a", "small", "em", "b", "strong", "i", "time", "button", "label")


def mark(items: list[HtmlElement], body: HtmlElement, host: str, lengths: list[int], drop: dict[int, str],
         boxes: dict[int, HtmlElement]) -> None:
    """Mark the spliced lines among a post body's blocks (``drop`` and ``boxes`` are the cleaning's, filled in place)."""
    left = [i for i, block in enumerate(items) if i not in drop and text_of(block)]
    prose = {i for i in left if items[i].tag not in HEADING_TAGS and count_words(text_of(items[i])) >= PROSE}
    total = sum(lengths) or 1
    before = 0
    seen = {}
    for i, length in enumerate(lengths):
        seen[i] = before
        before += length
    last_prose = max(prose) if prose else -1
    labels: list[str] | None = None  # (the page's button labels, read when a line after the review is asked about)
    for n, i in enumerate(left):
        block = items[i]
        if 0 < n < len(left) - 1 and left[n - 1] in prose and _prose_follows(items, left, n, prose) and related_link(block, host):
            drop[i], boxes[i] = "related link between paragraphs", block
        elif seen[i] >= 0.5 * total and contact_line(block):
            drop[i], boxes[i] = "contact line", block
        elif seen[i] >= 0.5 * total and not any(k in prose for k in left[n + 1:]) and coupon_line(block):
            drop[i], boxes[i] = "discount offer", block  # a shop's code for the book closing the review (couponline)
        elif i > last_prose and (press_standards_line(text_of(block)) or edition_line(text_of(block)) or appeared_in_line(text_of(block))):
            drop[i], boxes[i] = "press standards line", block  # the paper's press code or trust programme (pressline)
        elif seen[i] >= 0.5 * total and not any(k in prose for k in left[n + 1:]) and len(text_of(block)) < 200 \
                and reprint_notice(text_of(block)):
            drop[i], boxes[i] = "copyright", block  # the post's terms of reuse closing it, chrome after it (reprintnote)
        elif seen[i] >= 0.5 * total and (box := own_source(block, body, host)) is not None:
            drop[i], boxes[i] = "source signature", box
        elif i > last_prose and (row := tally_row(block)) is not None:
            drop[i], boxes[i] = "tally row", row
        elif i > last_prose and music_credit(text_of(block)):
            drop[i], boxes[i] = "music credit", block  # an episode's notes closing on their music's credit (musiccredit)
        elif i > last_prose and button_ask(block, labels := button_labels(body) if labels is None else labels):
            drop[i], boxes[i] = "ask naming the page's button", block
        elif i > last_prose and last_prose >= 0 and button_plea(block, items[last_prose]):
            drop[i], boxes[i] = "call to action", block.getparent()
    first = next((i for i in left if i in prose), None)
    headed = False
    buy_box: HtmlElement | None = None
    for i in left:
        if first is None or i >= first:
            break
        if buy_box is None and price_line(text_of(items[i])) and (buy_box := items[i].getparent()) is not None:
            drop[i], boxes[i] = "buy box", items[i]  # a shop's price over the review; the short lines after it in its box go too
        elif buy_box is not None and items[i].tag not in HEADING_TAGS and count_words(text_of(items[i])) <= 8 \
                and any(a is buy_box for a in items[i].iterancestors()) and not has_score(text_of(items[i])):
            drop[i], boxes[i] = "buy box", items[i]  # (shipping, "ask the seller", stock: the buy box's lines)
        elif breadcrumbs(items[i]):
            drop[i], boxes[i] = "breadcrumbs", items[i]
        elif (row := readers_average(items[i])) is not None:
            drop[i], boxes[i] = "readers' average", row
        elif (row := member_row(items[i])) is not None:
            drop[i], boxes[i] = "member row", row
        elif (row := tally_row(items[i])) is not None:  # (over the review too: a shop's "4,8 · 1.246 ratings · 83 answers")
            drop[i], boxes[i] = "tally row", row
        elif not headed and section_heading(items[i]):
            drop[i], boxes[i], headed = "section heading", items[i], True
    shopcard.mark(items, body, drop, boxes)  # a shop's product card (price, terms, button) anywhere in the post (shopcard)


def related_link(block: HtmlElement, host: str) -> bool:
    """A short lead set apart and one link to the site's own pages that is most of the line, or a short line the theme
    classes as a related story's link (see module docstring)."""
    if block.tag in HEADING_TAGS or block.tag in ("ul", "ol", "table", "blockquote", "figure", "pre"):
        return False
    text = text_of(block)
    if _RELATED_CLASS.search((block.get("class") or "").lower()) and count_words(text) <= 20 and not has_score(text):
        return True
    links = hrefs_in(block)
    if len(links) != 1 or count_words(text) > 30 or has_score(text):
        return False
    link = links[0]
    linked = text_of(link)
    if linked == text and bare_headline_link(link, host):
        return True
    at = text.find(linked) if linked else -1
    if at <= 0 or len(linked) < 12 or text[at + len(linked):].strip(" .…»›→)"):
        return False
    lead = text[:at].strip()
    # (a lead ending in a colon may be a short clause, "You may also like this one:", and the link half the line)
    colon = lead.endswith((":", "："))
    if not lead or count_words(lead) > (6 if colon else 4) or len(linked) < (0.45 if colon else 0.6) * len(text) \
            or not (same_site(link.get("href", ""), host) or sister_host(link.get("href", ""), host)):
        return False
    # the lead set apart: ending in a colon, dash or chevron, or typeset in bold
    bold = any(text_of(b) == lead or text_of(b).rstrip(" :：") == lead.rstrip(" :：") for b in block.xpath(".//b | .//strong"))
    return bool(_LEAD_END.search(lead)) or bold


def _prose_follows(items: list[HtmlElement], left: list[int], n: int, prose: set) -> bool:
    """The review goes on after the line: a paragraph of prose next, or a subheading and then one."""
    after = left[n + 1]
    return after in prose or items[after].tag in HEADING_TAGS and n + 2 < len(left) and left[n + 2] in prose


# an article's address on a news site or a blog: a date in its path ("/2026-10-02/", "/2026/10/02/") or a number of
# four digits or more standing as a segment of its own ("/news/917730/")
ARTICLE_PATH = re.compile(r"/(?:19|20)\d\d[-/]\d\d(?:[-/]\d\d)?(?:/|-|$)|/\d{4,}(?:/|$|\.html?)")


def bare_headline_link(link: HtmlElement, host: str) -> bool:
    """A line that is nothing but one link to another article of the site: a headline (four words or more, no
    sentence run on inside it) whose address is an article's (dated, or numbered), not a shop's or a tag's page."""
    text = text_of(link)
    href = link.get("href", "")
    return 4 <= count_words(text) <= 20 and not _SENTENCE.search(text) and same_site(href, host) \
        and bool(ARTICLE_PATH.search(urlsplit(href).path))


def sister_host(href: str, host: str) -> bool:
    """The link goes to the site one level up or down from the page's host: a newsletter's archive on "lists.example.by"
    linking to "example.by", a blog on "blog.example.com" linking to "www.example.com" (same_site is the host itself)."""
    target = (urlsplit(href).hostname or "").lower().removeprefix("www.")
    host = host.lower().removeprefix("www.")
    if not target or not host or target == host:
        return False
    short, long = sorted((target, host), key=len)
    return short.count(".") >= 1 and long.endswith("." + short) and "." not in long[: -len(short) - 1]


def contact_line(block: HtmlElement) -> bool:
    """A short line that ends on an e-mail address, not a note the review carries."""
    text = text_of(block)
    return "@" in text and count_words(text) <= 25 and bool(_EMAIL_END.search(text)) and not a_note(text)


# a price in the currencies promo.PRICE does not write (tr, cs, pl, ro, hu, the Nordic crowns, South and Southeast Asia)
MORE_PRICE = re.compile(r"\d[\d.,\u00a0 ]*\s?(?:TL|₺|Kč|zł|lei|Ft|kr|RM|Rp|Rs\.?)(?!\w)|(?<!\w)(?:Rs\.?|RM|Rp)\s?\d")


def price_line(text: str) -> bool:
    """A line that is only a price (and its tax mark): a shop's buy box over the review."""
    found = PRICE.search(text) or MORE_PRICE.search(text)
    return bool(found) and count_words(text) <= 4 and not text.replace(found.group(0), "").strip(" *†‡¹()")[:1].isalpha()


def tally_row(block: HtmlElement) -> HtmlElement | None:
    """The box of a row of tiny elements side by side, at least two holding a number (see module docstring)."""
    row = block.getparent() if block.tag in _INLINE else block
    if row is None:
        return None
    parts = [c for c in row if isinstance(c.tag, str) and text_of(c)]
    if any(c.tag not in _INLINE for c in parts) and block.tag in _INLINE:
        # (counts after a line of their own in one box, "<p>Liked it?</p><span>Cheers 37</span> <span>Shares 5</span>": the
        # run of inline items round the block, spaces between them, is the row, each a label and a count; the block goes)
        parts, row = _inline_run(parts, block), block
        if len(parts) < 2 or not all(_DIGIT.search(text_of(c)) and count_words(text_of(c)) <= 3 for c in parts):
            return None
    elif len(parts) < 2 or any(c.tag not in _INLINE for c in parts) or (row.text or "").strip():
        return None
    texts = [text_of(c) for c in parts]
    if any(count_words(t) > 6 or ":" in t or "：" in t or _SENTENCE.search(t) or count_words(t) >= 3 and t.endswith((".", "!", "?", "。")) for t in texts):
        return None
    whole = " ".join(texts) if row is block and block.tag in _INLINE else text_of(row)
    if sum(bool(_DIGIT.search(t)) for t in texts) < 2 or has_score(whole):
        return None
    return row


def _inline_run(parts: list[HtmlElement], block: HtmlElement) -> list[HtmlElement]:
    """The run of inline items among a box's parts that holds the block, no text but spaces between them."""
    at = next((n for n, c in enumerate(parts) if c is block), None)
    if at is None:
        return []
    start, end = at, at
    while start > 0 and parts[start - 1].tag in _INLINE and parts[start - 1].getnext() is parts[start] and not (parts[start - 1].tail or "").strip():
        start -= 1
    while end + 1 < len(parts) and parts[end + 1].tag in _INLINE and parts[end].getnext() is parts[end + 1] and not (parts[end].tail or "").strip():
        end += 1
    return parts[start:end + 1]


def section_heading(block: HtmlElement) -> bool:
    """A short heading whose next sibling is a box that opens with a heading of its own, or a list of reviews marked
    up as such (schema.org's Review items) (see module docstring)."""
    text = text_of(block)
    bold = block.tag in ("div", "p") and any(text_of(b) == text for b in block.xpath("./strong | ./b"))
    if block.tag not in HEADING_TAGS and not bold or count_words(text) > 6 or has_score(text):
        return False
    box = block.getnext()
    if box is None or box.tag not in ("div", "section", "article", "li", "ul", "ol"):
        return False
    if box.xpath("descendant-or-self::*[@itemprop='review' or contains(@itemtype, 'schema.org/Review')][1]"):
        return True
    if bold:
        return False
    rank, opened = int(block.tag[1]), False
    for element in box.iter():
        if not isinstance(element.tag, str) or not (element.text or "").strip():
            continue
        if element.tag in HEADING_TAGS:
            # the item's own heading under its opening line (a byline row); a box that opens with a heading is the
            # review's own text under its sections' heads
            return opened and int(element.tag[1]) > rank
        if count_words(text_of(element)) >= PROSE or opened and element.tag == "p":
            return False  # prose before any heading: the heading is over the review's text
        opened = True
    return False


def button_labels(body: HtmlElement) -> list[str]:
    """The labels of the page's buttons, their counts dropped ("Like 48" -> "Like"), as the cleaning noted them
    (controls.LABEL) before the buttons went."""
    labels = set()
    for holder in body.getroottree().getroot().iter():
        if isinstance(holder.tag, str) and (said := holder.get(LABEL)):
            labels.update(label for part in said.split(" | ") if len(label := _BUTTON_COUNT.sub(" ", part).strip()) >= 2)
    return sorted(labels)


def button_ask(block: HtmlElement, labels: list[str]) -> bool:
    """A short line turned to the reader (closing on a pictograph or an exclamation) that names one of the page's
    buttons, as written, with words after it ("<Like> once, please 🙏", "klik <Membantu> ya 🙏"): an ask to press it;
    not a line ending on the word ("it was really <good> 😊", a button's word used as the predicate), not a score."""
    text = text_of(block)
    if not labels or block.tag in HEADING_TAGS or count_words(text) > 20 or has_score(text):
        return False
    core = text.rstrip(" .!！~")
    if not (PICTOGRAPH.search(core[-2:]) or text.rstrip().endswith(("!", "！"))):
        return False
    core = PICTOGRAPH.sub(" ", core).rstrip(" .!！~\ufe0f")
    for label in labels:
        # (a label in a script written without spaces stands among the sentence's letters: "请为我铸造这篇")
        bounded = rf"{re.escape(label)}" if _UNSPACED.match(label) else rf"(?<!\w){re.escape(label)}(?!\w)"
        for found in re.finditer(bounded, core):
            if core[found.end():].strip(" .,!?~"):
                return True
    return False


def breadcrumbs(block: HtmlElement) -> bool:
    """A line over the review that is a trail of short steps: two or more set apart by ›, > or », or three or more
    by a slash, each step but the last a link (a slash joins "and/or" in a sentence); the last step may be the page's
    own title and its count of views. Not a sentence, not a score ("4 / 5")."""
    if block.tag in ("ul", "ol", "table", "blockquote", "pre", "figure"):
        return False
    text = text_of(block)
    steps = _CRUMB.split(text)
    if len(steps) < 2 or count_words(text) > 20 or has_score(text) or _SENTENCE.search(text):
        return False
    if any(count_words(step) > 4 or not step.strip() for step in steps[:-1]) or count_words(steps[-1]) > 12:
        return False
    linked = {text_of(a) for a in hrefs_in(block)}
    marks = {mark.strip() for mark in _CRUMB.findall(text)}
    if marks == {"/"}:
        return len(steps) >= 3 and all(step.strip() in linked for step in steps[:-1])
    return "/" not in marks and len(marks) == 1


def readers_average(block: HtmlElement) -> HtmlElement | None:
    """The row of a score with the count of its ratings right after it, in brackets (see module docstring)."""
    row = block.getparent() if block.tag in _INLINE and block.getparent() is not None else block
    text = text_of(row)
    if count_words(text) > 10 or row.tag in HEADING_TAGS or not has_score(text):
        return None
    score = parse_rating(text)
    at = text.find(score.raw) if score else -1
    # (or an average with a decimal and the count right after it, bare: "4,3 z 5 12 hodnocení")
    return row if at >= 0 and (_VOTES.match(text, at + len(score.raw)) or re.search(r"\d[.,]\d", score.raw)
                               and _BARE_COUNT.match(text, at + len(score.raw))) else None


# a bare count and its word ending the row ("12 hodnocení", "37 Bewertungen")
_BARE_COUNT = re.compile(r"\s*[·•|–—,]?\s*\d[\d.,\u00a0]*\s+[^\W\d_]+\s*$")


def member_row(block: HtmlElement) -> HtmlElement | None:
    """An avatar, a linked name and a count in one short row (see module docstring); not a cover (its alt text a title)."""
    row = block.getparent() if block.tag in _INLINE and block.getparent() is not None else block
    children = [c for c in row if isinstance(c.tag, str)]
    text = text_of(row)
    # (a rank badge for a count, "<img> <a href=/user/12>Ana</a> <span>Top reviewer</span>": the name links a member's profile)
    badge = [c for c in children if c.tag in _INLINE and c.tag != "a" and 0 < len(text_of(c)) <= 24]
    profiled = bool(badge) and any(_PROFILE_PATH.search(a.get("href") or "") for a in children if a.tag == "a")
    if len(children) > 5 or count_words(text) > 10 or ":" in text or has_score(text) or not (_DIGIT.search(text) or profiled):
        return None
    names = [text_of(a) for a in children if a.tag == "a" and text_of(a) and count_words(text_of(a)) <= 3]
    avatar = [img for img in row.iter("img") if (img.get("alt") or "").strip() in ("", *names)]
    # (a count: not a year alone, "1987" beside a cover and its title's link is a book's line)
    counted = [c for c in children if c.tag in _INLINE and c.tag != "a" and _DIGIT.search(text_of(c))
               and not re.fullmatch(r"\W*(?:1[5-9]|20)\d\d\W*", text_of(c))]
    return row if names and avatar and (counted or profiled) and re.search(r"[^\W\d_]", names[0]) else None


def own_source(block: HtmlElement, body: HtmlElement, host: str) -> HtmlElement | None:
    """A labelled address on the page's own site alone on its line, and the small box holding it (see module
    docstring)."""
    found = _SOURCE_LINE.match(text_of(block)) if host and block.tag not in HEADING_TAGS else None
    if found is None or not same_site(found.group(1), host):
        return None
    box = block.getparent()
    lines = [c for c in box if isinstance(c.tag, str)] if box is not None and box is not body else []
    small = 2 <= len(lines) <= 4 and all(c.tag in ("p", "div", "span", "br") for c in lines) and count_words(text_of(box)) <= 80
    return box if small else block


_BUTTON_HREF = re.compile(r"^\s*(?:#\s*$|javascript:)", re.I)


def button_plea(block: HtmlElement, prose: HtmlElement) -> bool:
    """An ask in a box of its own after the review, closed by its button: a short block (forty words at most, no
    score), alone in a wrapper that is not the review's (the last paragraph's parent), whose last thing is a link of
    three words at most, in words, that goes nowhere (a script's button: a bare "#", "javascript:"; a footnote's "↩" to
    its anchor is no button) or to a support page or
    service (promo.is_support_link), after a sentence ("Support us: every small gift buys the club a book. <Donate
    now>"). A link to a page (the author's, the sequel's review) is the review's own."""
    parent = block.getparent()
    text = text_of(block)
    if parent is None or parent is prose.getparent() or text_of(parent) != text or count_words(text) > 40 or has_score(text):
        return False
    children = [c for c in block if isinstance(c.tag, str)]
    link = children[-1] if children else None
    if link is None or link.tag != "a" or (link.tail or "").strip() or count_words(text_of(link)) > 3 \
            or not re.search(r"[^\W\d_]", text_of(link)):
        return False
    href = link.get("href") or ""
    before = text[: len(text) - len(text_of(link))].rstrip()
    return (bool(_BUTTON_HREF.match(href)) or is_support_link(href)) and before.endswith((".", "!", "。", "։", "।", "።"))
