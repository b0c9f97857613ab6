"""Remove boilerplate from a post's DOM before the text is extracted.

trafilatura finds the main content well, but keeps what bloggers put *inside* the post body: donation pleas, subscribe
boxes, gig listings, share lines, related-post lists, author bios. Each rule here looks at structure, position or
platform knowledge, not at wording, so that it holds on blogs we have never seen:

- platform widgets and comment sections, by the class names engines emit;
- forms: a small box holding a form is a subscribe or comment box;
- link lists: a list whose items are nothing but links to the same site is a
  related-posts list; a block of share-intent links is a share bar;
- event listings: three or more consecutive short blocks that open with a date;
- the tail: once a call to action (a link to a donation or membership service,
  a subscribe form) appears in the second half of the body, the rest is sign-off;
- promotion spliced into the post (see ``promo``): asks, affiliate notes, follow-me lines, giveaways and
  membership boxes, by where their links go and how they are set apart; the platform's own lines (see
  ``chrome``): datelines, byline and count rows, ranking badges, asks to subscribe or like, readers' comments;
- interface (see ``controls``): a short box holding a button (collect, follow, like, "was this helpful?");
- other people's text (see ``others``): a forum signature, other readers' reviews under a counted heading; the
  poster's housekeeping (see ``housekeeping``): a newsletter's greeting, an ask set off after the review, a name row;
- contact bios: a short block near the end that holds an e-mail address;
- copyright lines, a BibTeX entry citing the post itself ("cite this post"); and
  the label line ("Related:", a heading) that introduced anything removed.

``figures.keep_figure_text`` then readies what stays for trafilatura.

Every removal is recorded with its rule, so `shelfmark extract` can show why.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field

from lxml import etree
from lxml.html import HtmlElement

from . import (
    aggregateline, cataloguefacts, chapterlist, cataloguehead, chrome, citedrecord, controls, counts, datelines,
    edges, housekeeping, linkblocks, nodes, others, pleas, promo, readerreview, receptionnote, reprintnote, sitelines,
    spliced, standfirst, tabpanes, tiplinks)
from . import adnotice, cardtitle, catalogsections, commentids, cookienote, eventagenda, eventlist, leadin, listheading, navbox, mastline
from . import meterline, profilerow, quotedplea, readalsoline, scoretail, sectionmap, seriesbox, stockbox, tipask, verdictlabel
from .bodyblocks import BLOCK_TAGS, CONTAINER_TAGS, blocks  # noqa: F401 - BLOCK_TAGS read from here too
from .bodyblocks import small_box as _small_box
from .casefold import fold, guarded, stems
from .nodes import HEADING_TAGS
from .platforms import BODY_SELECTORS, CAPTIONED_BUTTONS, COMMENT_TOKEN, UNBOXED_WIDGETS
from .rating import has_score
from .selectors import select_many
from .words import count_words

BOXES = {"div", "section", "aside", "article", "header", "footer", "main", "center", "li", "br"}
# trafilatura's threshold: under this much <p> text it reads <div> text too (its min_extracted_size × 3)
DIV_TEXT_LIMIT = 750
# Elements that never hold review text; removed wholesale.
DEAD_TAGS = ["script", "style", "noscript", "template", "iframe", "object", "embed", "video", "audio", "canvas", "svg", "button", "select", "textarea"]

INTERFACE = "interface (a box with a button)"
TEXT_ONLY = (standfirst.RULE, cataloguehead.RULE, "filing row", "member byline", cataloguefacts.RULE)  # kept in the tree for the book rules, out of the text (extract_page)
_NOT_UNDER_TITLE = ("name row", "newsletter greeting", "byline row", counts.ROW_RULE, stockbox.PRICE_RULE) + TEXT_ONLY  # under the post's title, not its label
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
COPYRIGHT = re.compile(r"^\s*(©|\(c\)|copyright\s*(©|\(c\)|\d{4}|by\b))", re.I)
# the post's rights reserved, in our languages ("All rights reserved", "Alle Rechte vorbehalten", "এই লেখার সর্বস্বত্ব
# লেখকের"), and a writing site's certificate of publication (Proza.ru, Stihi.ru): a line at the post's end
RIGHTS_RESERVED = re.compile(
    r"\ball\s+rights\s+reserved|alle\s+rechte\s+vorbehalten|tous\s+droits\s+réservés|todos\s+los\s+derechos\s+reservados|"
    r"todos\s+os\s+direitos\s+reservados|tutti\s+i\s+diritti\s+riservati|alle\s+rechten\s+voorbehouden|"
    r"wszelkie\s+prawa\s+zastrzeżone|všechna\s+práva\s+vyhrazena|все\s+права\s+защищены|усі\s+права\s+захищені|"
    r"tüm\s+hakları\s+saklıdır|свидетельство\s+о\s+публикации|版权所有|版權所有|著作権|무단\s*전재|저작권|"
    r"সর্বস্বত্ব|কপিরাইট|کلیه\s+حقوق|تمامی\s+حقوق|جميع\s+الحقوق\s+محفوظة|כל\s+הזכויות\s+שמורות|सर्वाधिकार\s+सुरक्षित",
    re.I)
RIGHTS_RESERVED = guarded(RIGHTS_RESERVED)  # (casefold.Guarded: its words looked for first)
BIBTEX = re.compile(r"^\s*@\w+\s*\{[^,{}\s]*,\s*\w+\s*=")  # a BibTeX entry ("@online{key, author = {…}"): a "cite this post" box naming the page's own site


@dataclass
class Removal:
    rule: str
    text: str


@dataclass
class CleanReport:
    removed: list[Removal] = field(default_factory=list)
    record_dropped: list = field(default_factory=list)  # (parent, index, element) of a record page's record (recordreview)

    def add(self, rule: str, element: HtmlElement) -> None:
        text = text_of(element)
        if text:
            self.removed.append(Removal(rule, text[:200]))


text_of = promo.text_of  # an element's visible text, whitespace collapsed


def _classes(element: HtmlElement) -> list[str]:
    return (element.get("class") or "").split() + ([element.get("id")] if element.get("id") else [])


def drop_element(element: HtmlElement) -> None:
    """Remove an element but keep its tail text in place."""
    if element.getparent() is not None:
        element.drop_tree()


def remove_selectors(root: HtmlElement, selectors: list[str], rule: str, report: CleanReport, boxed: bool = False,
                     body_matches: list | None = None) -> None:
    """Remove what the selectors match; `boxed`: with the box around it that holds only its heading or lead-in.
    `body_matches` (with `boxed`): filled with what each of BODY_SELECTORS matched before the removal, for find_body."""
    # all matched in one walk, the post bodies a widget's box must not climb into too (a bad per-source hint matches
    # nothing); each dropped in selector order
    body_selectors = list(BODY_SELECTORS) if boxed else []
    matches = select_many(root, list(selectors) + body_selectors)
    bodies = {element for selector, found in zip(body_selectors, matches[len(selectors):]) if selector not in ("article", "main")
              for element in found}
    if boxed and body_matches is not None:
        body_matches[:] = matches[len(selectors):]
    for selector, found in zip(selectors, matches):  # (a widget that is one line of a box, UNBOXED_WIDGETS: alone)
        for element in found:
            if element is not root and attached(element, root):
                if boxed and selector not in UNBOXED_WIDGETS:
                    element = _widget_box(element, bodies)
                    if selector in CAPTIONED_BUTTONS:
                        controls.mark_beside(element)  # (a caption between two of the buttons: tailasks)
                report.add(rule, element)
                drop_element(element)


def _widget_box(element: HtmlElement, bodies: set) -> HtmlElement:
    box = promo.promo_box(element, element.getroottree().getroot())
    # never climb into (or past) a post body (whether a body is inside the box asked of the body's few ancestors, not
    # of all the box's descendants; which child holds the element, of the element's ancestors)
    while box is not element and (box in bodies or any(box in b.iterancestors() for b in bodies)):
        inner = next((c for c in box if c is element or c in element.iterancestors()), element)
        box = inner
    return box


# a piece of text every comment token holds (casefold.stems): an element whose class and id hold none is passed over
_COMMENT_STEMS = stems(COMMENT_TOKEN.pattern)


@lru_cache(maxsize=8192)
def _may_name_comments(classes: str | None, ident: str | None) -> bool:
    """Whether the class and id hold a stem of a comment token (a theme's class strings repeat on every page)."""
    named = fold(f"{classes or ''} {ident or ''}")
    return any(map(named.__contains__, _COMMENT_STEMS))


def remove_comments(root: HtmlElement, report: CleanReport) -> None:
    elements = list(root.iter(etree.Element))  # in document order: what a box holds comes right after it
    at = 0
    while at < len(elements):
        element = elements[at]
        at += 1
        classes, ident = nodes.class_of(element), nodes.id_of(element)
        if not isinstance(element.tag, str) or not (classes or ident):
            continue
        if not _may_name_comments(classes, ident) or element.tag in ("body", "html"):  # (a page type: forum "Discussion")
            continue
        # the cheap test first: whether the element is still in the tree is asked only of a comment box
        if any(COMMENT_TOKEN.match(token) for token in _classes(element)) and attached(element, root) \
                and not commentids.opening_post(element):  # (a forum's opening post, named "Discussion": commentids)
            report.add("comments", element)
            at += sum(1 for _ in element.iterdescendants(etree.Element))  # gone with it: not read again
            drop_element(element)


def attached(element: HtmlElement, root: HtmlElement) -> bool:
    """Still inside `root`'s tree: a box removed earlier takes what is inside it along (lxml keeps a removed
    element's document, so its root alone does not tell)."""
    top = root.getroottree().getroot()
    return element is not top and any(ancestor is top for ancestor in element.iterancestors())


def remove_forms(root: HtmlElement, report: CleanReport) -> None:
    # (".//form | .//input[@type='email']", found by lxml's iteration rather than an XPath union)
    for form in [e for e in root.iterdescendants("form", "input") if e.tag == "form" or e.get("type") == "email"]:
        if not attached(form, root):
            continue
        if form.tag == "form" and len(text_of(form)) > 600:
            # a form that holds the page's prose (old Reddit's post in its edit form, ASP.NET's one form around the
            # whole page) is a wrapper: only its controls go
            for control in form.xpath(".//input | .//textarea | .//select | .//button"):
                control.drop_tree()
            continue
        box = _small_box(form)
        report.add("form", box)
        drop_element(box)


# a cell of the table's own holding paragraphs, headings or another table: layout, not data
def _is_label(block: HtmlElement) -> bool:
    """A short line that introduces what follows: a heading, or a few words ending in a colon."""
    text = text_of(block)
    if not text or count_words(text) > 16:
        return False
    labelled = block.tag in HEADING_TAGS or text.endswith((":", "：", "…:")) or bool(block.xpath("self::p[strong and not(text()[normalize-space()])]"))
    # (a line in bold with the review's score, "<p><b>Rating: 8/10</b></p>", or a label and a number, "Hodnocení: 80 %", is the verdict, not what introduces a box after it)
    return labelled and not has_score(text) and not (block.tag not in HEADING_TAGS and re.match(r"^\W*[^\W\d_][^:：]{0,30}[:：]\s*\d", text))


def clean_body(body: HtmlElement, host: str, report: CleanReport, names: tuple[str, ...] = ()) -> None:
    """Structural rules inside the post body (see the module docstring). `names`: the blog's and the blogger's names; a
    line at the edge of the post that names them is the blog talking about itself ("Thanks for reading The Long Shelf!").
    """
    items = blocks(body)
    if not items:
        return
    # nothing is removed until every rule has read the body: each element's text and links are read once
    with nodes.reading():
        drop, boxes = _decide(body, items, host, names)
    # (a facts row's line is its box's text, its fields each a block: cataloguefacts)
    for i in [i for i, rule in drop.items() if rule in TEXT_ONLY]:
        rule = drop.pop(i)
        report.removed.append(Removal(rule, text_of(boxes[i] if rule == cataloguefacts.RULE else items[i])))
    parents = []
    for i in sorted(drop, reverse=True):
        element = boxes.get(i, items[i])
        if not attached(element, body):
            continue
        parents.append(element.getparent())
        if drop[i] == INTERFACE:
            report.removed.append(Removal(INTERFACE, controls.report_text(element)[:200]))
        else:
            report.add(drop[i], element)
        drop_element(element)
    for block in items:
        if attached(block, body):
            for rule, line in chrome.trim_caption_tail(block) + scoretail.trim_score_tail(block):
                report.removed.append(Removal(rule, line[:200]))
    # a signature written after its delimiter at the end of the post's last block of lines
    last = next((block for block in reversed(items) if attached(block, body) and text_of(block)), None)
    signature = others.trim_signature(last) if last is not None else None
    if signature:
        report.removed.append(Removal("signature", signature[:200]))
    # a wrapper left holding only the label of what was removed ("Read also" over a removed list)
    for parent in parents:
        if parent is not None and parent is not body and attached(parent, body) and parent.tag in CONTAINER_TAGS \
                and chrome.count_words(text_of(parent)) <= 6 and not parent.xpath(".//img") and not tabpanes.is_pane(parent):
            report.add("label of a removed block", parent)
            drop_element(parent)
    for button in controls.bare_buttons(body):  # a link drawn as a button left standing bare between the blocks
        report.add(INTERFACE, button), drop_element(button)


def _decide(body: HtmlElement, items: list[HtmlElement], host: str, names: tuple[str, ...]) -> tuple[dict, dict]:
    """Which blocks go, by which rule, and the box each takes with it."""
    drop: dict[int, str] = {}
    boxes: dict[int, HtmlElement] = {}
    lengths = [len(text_of(b)) for b in items]
    total = sum(lengths) or 1

    for i, block in enumerate(items):
        text = text_of(block)
        if COPYRIGHT.match(text) and len(text) < 200 or len(text) < (200 if i >= len(items) - 3 else 120) and RIGHTS_RESERVED.search(text) or reprintnote.at_end(text, i, len(items)):
            drop[i] = "copyright"
        elif BIBTEX.match(text) and host and host.removeprefix("www.") in text:
            drop[i] = "citation of this post"
        elif linkblocks.is_share_block(block):
            drop[i] = "share links"
        elif block.tag in linkblocks.LABEL_TAGS_INLINE and (row := linkblocks.label_row(block)) is not None:
            drop[i], boxes[i] = "share links", row  # (the row's own label a block, its buttons inline: linkblocks)
        elif (box := linkblocks.link_list(block, host, i >= len(items) - 3 and all(
                chrome.count_words(text_of(b)) <= 12 for b in items[i + 1:]))) is not None:
            # (last: the body's last block, or only a short line or two after it, a sign-off)
            # (a related list, a link row, a headed box)
            drop[i], boxes[i] = "link list", box
        elif block.tag in ("ul", "ol") and chapterlist.chapter_list(block, items[i + 1:], items[i - 1] if i else None,
                                                                     body):
            drop[i] = chapterlist.RULE  # (an episode's chapter times under its notes)

    # event listings: a run of three or more date-led blocks (list items count too) with a programme's marks
    i = 0
    while i < len(items):
        j = i
        while j < len(items) and datelines.date_led(items[j]):
            j += 1
        listing = j - i >= 3 and eventagenda.programme_run(items[i:j])  # (a programme's marks: a chronology stays)
        for k in range(i, max(j, i + 1)):  # (a run read once: no shorter run of it is asked again)
            if listing:
                drop[k] = "event listing"
            elif eventagenda.event_list(items[k]) or eventagenda.headed_list(items[k], items, k):  # (its box too)
                for m in [k, *datelines.event_box_rest(items, k)]:
                    drop.setdefault(m, "event listing")
        i = max(j, i + 1)

    # promotion spliced into the post: classed as such, set apart and linking to a service, or an affiliate note
    for i, block in enumerate(items):
        if i in drop:
            continue
        rule = (promo.promotion(block, body, i, len(items), host) or promo.self_promotion(block, body, i, len(items), names)
                or datelines.dateline(block, body, i) or datelines.date_only(block, i, len(items)) or chrome.hashtags(block)
                or chrome.member_card(block))
        if rule:
            drop[i], boxes[i] = rule, datelines.card_row(promo.promo_box(block, body), rule)

    for i, rule in counts.count_runs(items).items():
        drop.setdefault(i, rule)

    # the platform's own lines: byline and count rows, ranking badges, asks to act on the platform, readers' comments
    chrome.mark_platform_lines(items, body, host, lengths, drop, boxes)
    # other people's text (a signature, other readers' reviews) and the poster's housekeeping (greeting, ask, name row)
    others.signatures(items, body, drop)
    others.readers_lists(items, body, drop, boxes)
    others.replies(items, body, drop, boxes)
    catalogsections.catalogue_sections(items, body, drop, boxes)
    housekeeping.mark(items, body, lengths, drop, boxes)
    tabpanes.pane_titles(items, body, drop, boxes)  # (a tab pane's own title over the review)
    tabpanes.mark(items, body, drop, boxes)  # a shop page's other tabs (a blurb, a table of properties) beside its reviews'
    sitelines.mark(items, body, drop, boxes, names); quotedplea.mark(items, body, drop, boxes)  # follow pleas (a blockquote's too), published-on lines, the writer's bio, push lines
    adnotice.mark(items, body, drop, boxes, host)  # at the top and bottom: 'this post contains affiliate links'
    edges.mark(items, drop, boxes)  # at the top and bottom: provenance, challenge, licence, channel signature lines
    readalsoline.mark(items, drop, boxes, host, names); mastline.mark(items, drop, boxes); meterline.mark(items, body, drop, boxes)  # an unlinked 'read also' line (or a teaser box); the sender's strapline; the paywall's meter
    spliced.mark(items, body, host, lengths, drop, boxes)  # a related post's link, a contact line, a section heading, a tally row
    pleas.mark(items, body, names, drop, boxes)  # a closing line asking the reader to act for the post or its site
    standfirst.mark(items, body, drop, housekeeping.a_note)  # the editor’s sentence under the headline
    cataloguehead.mark(items, body, drop, boxes)  # a shop's record rows, the heading over the review's section or its readers' cards
    aggregateline.mark(items, drop, boxes)  # a shop's average of its readers' ratings and their count
    cataloguefacts.mark(items, body, drop, boxes)  # the catalogue header's facts as one row ("Genre: … · Publisher: …")
    receptionnote.mark(items, drop, boxes); profilerow.mark(items, body, drop, boxes)  # the postscript thanking for likes; the member's row over the post
    navbox.mark(items, body, host, drop, boxes); sectionmap.mark(items, body, drop, boxes); cookienote.mark(items, body, drop, boxes)  # the site's own closing box; the post's map of its sections; the site's cookie notice
    seriesbox.mark(items, drop, boxes, host); eventlist.mark(items, drop, boxes); stockbox.mark(items, body, drop, boxes)  # its series index, own-posts box, price box; its events; the copy's availability box, a shop's info panels

    # the tail: a call to action in the second half of the text is the sign-off, and so is what
    # follows it, unless review prose follows (a plea spliced mid-post takes only itself)
    seen = 0
    for i, block in enumerate(items):
        seen_before = seen
        seen += lengths[i]
        # (an ask already removed as a box of its own, or with the button beside it, takes nothing with it)
        if seen_before < 0.5 * total or (i in drop and (promo.set_apart(block, body) or not drop[i].startswith(("call to action", tipask.RULE))
                                                        or promo.beside_only_links(boxes.get(i, block), block)
                                                        or housekeeping.boxed_alone(boxes.get(i, block), block))):
            continue
        if promo.call_kind(block) or tiplinks.tip_link(block) or drop.get(i) == "call to action" or next(block.iterdescendants("form", "input"), None) is not None:
            rest = [k for k in range(i + 1, len(items)) if k not in drop]
            # the review goes on right after the ask (a plea spliced in): only the ask goes.
            # A sign-off is short, or opens a section of its own under a label.
            # (a heading over paragraphs of prose is the review's next section, not a sign-off's label)
            prose_after = sum(count_words(text_of(items[k])) for k in rest if _prose(items[k], body))
            # (the review's own score after the ask says the review goes on too: "Rating: 8/10 - ...", or in words: verdictlabel)
            if rest and ((_prose(items[rest[0]], body) and not _is_label(items[rest[0]])) or prose_after >= 40
                         or any(has_score(text_of(items[k])) or verdictlabel.verdict_label_line(items[k]) for k in rest[:3])):
                drop.setdefault(i, "call to action")
                boxes.setdefault(i, promo.promo_box(block, body))
            else:
                for k in [i, *rest]:
                    drop.setdefault(k, "sign-off after a call to action")
            break

    # interface: a short box holding a button or another control (after the tail rule, which it must not pre-empt)
    for i, box in controls.interface_boxes(body, items).items():
        if i not in drop:
            drop[i], boxes[i] = INTERFACE, box
    readerreview.replies(items, drop, boxes); listheading.mark(items, drop, boxes)  # the answers under "was this helpful?"; a readers' list's heading (and a catalogue's blurb) under a shop's head now gone

    # the lead-in of a removed ask: a short line, typeset apart, right before it in the same box (a note that
    # closes the review's own box is not the lead-in of a plea set in a box after it)
    for i in sorted(drop):
        k = i - 1
        if drop[i].startswith(("call to action", "sign-off", "membership", "giveaway", "follow-me", "promotion")) and k >= 0 \
                and k not in drop and count_words(text_of(items[k])) <= 50 and promo.set_apart(items[k], body) \
                and _just_before(items[k], boxes.get(i, items[i]), body) \
                and not leadin.never_lead_in(items[k], items[:k], host, boxes.get(i, items[i])):  # (a record, a note in italics, a link card: the review's)
            drop[k] = f"lead-in of {drop[i]}"

    # contact bios: a short block among the last three that carries an e-mail address
    for i in range(max(0, len(items) - 3), len(items)):
        block = items[i]
        has_mail = block.xpath(".//a[starts-with(@href,'mailto:')] | .//span[starts-with(@id,'cloak')]") or ("@" in text_of(block) and EMAIL.search(text_of(block)))
        if has_mail and count_words(text_of(block)) <= 90:
            drop.setdefault(i, "contact bio")

    # a label line right before anything removed goes with it
    # (not the post's title over its byline or dateline, nor over the greeting or the poster's name row, nor a review card's title: cardtitle)
    for i in sorted(drop, reverse=True):
        k = i - 1
        while k >= 0 and k not in drop and not (drop[i] in ("meta row", "dateline") and i < 3 or drop[i] in _NOT_UNDER_TITLE) \
                and _is_label(items[k]) and not (drop[i] == INTERFACE and items[k].tag in HEADING_TAGS) and not citedrecord.record_line(text_of(items[k])) and not (drop[i] == "review badge row" and cardtitle.card_title(items[k], items[i])):
            drop[k] = f"label of {drop[i]}"
            k -= 1

    return drop, boxes


def _just_before(lead: HtmlElement, element: HtmlElement, body: HtmlElement) -> bool:
    """`lead` comes right before `element` (or before the wrapper that holds only it), on its own or inside a
    small box of its own; not inside the box of the review's text."""
    while element.getprevious() is None and element.getparent() is not None and element.getparent() is not body \
            and text_of(element.getparent()) == text_of(element):
        element = element.getparent()
    previous = element.getprevious()
    return previous is lead or (previous is not None and count_words(text_of(previous)) <= 60 and lead in previous.iterdescendants())


def _prose(block: HtmlElement, body: HtmlElement) -> bool:
    """A paragraph of the review's own: long enough to be prose, not typeset as an aside."""
    return count_words(text_of(block)) >= 20 and not promo.set_apart(block, body)
