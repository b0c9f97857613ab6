"""The one post's body, cleaned before trafilatura reads it: ``extract_page``'s chain of body rules, one a line.

Order matters: each rule reads the body as the rules before it left it. The widgets, subject lines and labelled lines
trafilatura would drop are shown first; then what is not the review goes (lead pictures, record items, quoted posts,
forum chrome, mail headers, header bylines, card buttons and slot lines) before the boilerplate cleaning, which would
otherwise read them as the text; the record around a record page's review, a line holding the page's own published date
(with the name over it) and a name byline a removed bio opened go after it (the header's rules read the dateline first);
then figures, record lines, spoilers and prose boxes are kept, a newsletter is cut after the review's
section and its layout tables unwrapped. The body is returned as a page of its own for trafilatura.

``strip_edges`` trims the body trafilatura gives back: trailing headings and dividers, a leading copy of the title.
"""

from __future__ import annotations

import re
from html import escape
from urllib.parse import urlsplit

from lxml import html as lxml_html

from . import boilerplate
from .bodyfind import keep_record_lines
from .cardbuy import drop_card_buttons
from .cardslot import drop_slot_line
from .bodyfields import lift_record_table
from .boardnotice import drop_board_notices
from .figures import keep_figure_text
from .forumchrome import drop_forum_chrome
from .headerbyline import drop_header_bylines
from .hiddentext import open_spoilers, show_prose_boxes, show_score_widgets, subject_line
from .inlinelinks import sentence_links_unwrapped
from .journalpage import drop_record_items
from .layout import unwrap_layout_tables
from .leadpicture import drop_lead_pictures
from .mailheaders import drop_mail_headers
from .issuesections import cut_issue_sections
from .mailsections import cut_after_review_section
from .memberquotes import drop_member_quotes
from .metadata import PageMeta
from .namedbyline import drop_name_bylines
from .outsidetext import drop_line_after_text_box
from .owndateline import drop_own_datelines
from .rating import parse_rating
from .ratingemojirun import closing_run
from .ratingglyphs import DOTS, dots_value
from .recordreview import drop_record_around
from .reviewscope import gather_labelled_lines


def clean_post(body, url: str, meta: PageMeta, report: boilerplate.CleanReport, names: tuple[str, ...],
               record_page: bool) -> str:
    """The post's body cleaned in place, as the HTML page trafilatura reads."""
    host = urlsplit(url).hostname or ""
    # the reviewer's stars and their screen-reader score, which trafilatura drops (hiddentext)
    show_score_widgets(body)
    subject_line(body)  # a fediverse post's subject or content warning, its <details>' summary (hiddentext)
    gather_labelled_lines(body)  # the review's pros and cons beside its reviewBody (reviewscope)
    # the article's lead picture and its caption, outside the text's box (leadpicture)
    drop_lead_pictures(body, report)
    drop_record_items(body, report)  # an OJS article's record items beside its abstract (journalpage)
    drop_member_quotes(body, report)  # another member's post quoted in a forum post (memberquotes)
    drop_forum_chrome(body, report)  # the guest bar, mini-profiles (forumchrome)
    drop_board_notices(body, report)  # the forum's notice closing a post (boardnotice)
    drop_mail_headers(body, report)  # a mail archive's From/To/Subject/Date lines over the message (mailheaders)
    names += drop_header_bylines(body, report)  # the writer and issue row in the headline's box, its by-word's name (headerbyline)
    drop_card_buttons(body, host, report)  # a book card's buy link (cardbuy)
    drop_slot_line(body, report)  # the engine's slot line opening a review card kept alone (cardslot)
    boilerplate.clean_body(body, host, report, names)
    # a book's record page: the record around its one review's box (recordreview)
    drop_record_around(body, meta.jsonld, report, record_page)
    # the page's own date over the text, the name over it, where the rules above left them (owndateline)
    drop_own_datelines(body, meta.published, report)
    # the writer's name alone over the text, which a removed bio opens with (namedbyline)
    drop_name_bylines(body, report)
    drop_line_after_text_box(body, report)  # the template's one sentence after the text's box (outsidetext)
    keep_figure_text(body, host)
    keep_record_lines(body)  # (a "book-meta" line of the book's record: bodyfind.py)
    lift_record_table(body)  # (the record's table after the text's box, into it: bodyfields)
    # (hiddentext.py: spoiler boxes; the text's boxes trafilatura drops for a class word)
    open_spoilers(body)
    show_prose_boxes(body)
    cut_after_review_section(body, report)  # a newsletter's sections after the review's own (mailsections)
    cut_issue_sections(body, report)  # a newsletter issue's greeting and other sections, headed by topic (issuesections)
    unwrap_layout_tables(body)  # a newsletter's page laid out in tables: its cells are boxes
    content = lxml_html.tostring(sentence_links_unwrapped(body), encoding="unicode")  # (inlinelinks)
    content = (f"<html><head><title>{escape(meta.title or '')}</title></head>"
               f"<body><article>{content}</article></body></html>")
    return content


# Inline markup: its text is part of the block that holds it.
def strip_edges(body_xml, title: str | None) -> bool:
    """Trailing headings and dividers introduce nothing; a leading copy of the post title repeats it.
    Whether anything was removed. (A body trafilatura left in one wrapper is read inside it.)"""
    children = [c for c in body_xml if isinstance(c.tag, str)]
    while len(children) == 1 and children[0].tag == "div" and not (children[0].text or "").strip():
        body_xml = children[0]
        children = [c for c in body_xml if isinstance(c.tag, str)]
    count = len(children)
    while children and (children[-1].tag == "head" or not re.search(r"\w", "".join(children[-1].itertext()))):
        last = "".join(children[-1].itertext())
        if parse_rating(last):  # "⭐⭐⭐⭐", "## Verdict: 4/5" close a review
            break
        # (a row of 5 or 10 dots or moons alone, "●●●●○", "🌕🌕🌕🌕🌑", is a drawn score too: rating reads it as a line's)
        if (row := DOTS.fullmatch(last.strip())) and dots_value(row.group(0)) is not None:
            break
        # (a row of one pictograph right after the review's prose, "🥄🥄🥄🥄", is its drawn score: ratingemojirun)
        if len(children) > 1 and closing_run(["".join(children[-2].itertext()), last]):
            break
        body_xml.remove(children.pop())
    # (past empty lines trafilatura left before it)
    lead = next((c for c in children if re.search(r"\w", "".join(c.itertext()))), None)
    if lead is not None and title:
        first = re.sub(r"\s+", " ", "".join(lead.itertext())).strip()
        if first == title:
            lead.getparent().remove(lead)
            return True
    return len(children) < count
