"""The platform's own lines inside a post body: datelines, meta rows, tag rows, ranking badges, asks, comments.

Social and hosted platforms print their chrome in the same box as the writer's text: the byline row
("<name> · Follow", "<date> · Public", "posted by <name> at 21:34 | Comment(2) | <category>"), the reaction counts,
a blog-ranking badge, and a closing line that asks the reader to vote, like, follow or subscribe. What marks them
is shape, not wording:

- a meta row is a short line cut into short parts by separators (· | • /), one of which is a whole date, a count
  in brackets, two counts, or a link to a member's profile next to the platform's follow action;
- a ranking badge is a link to a blog-ranking portal (platform knowledge: the portals' hosts; ``rankingbadge``);
- a closing ask comes after the review's last paragraph, is short, and asks for a platform action with a
  pictograph, an exclamation or shouting (``closingask``);
- readers' comments and other readers' reviews after the review: rows led by a member's handle (and a score);
- rows of hashtags (a caption's last line among them); the engine's datelines and date-only lines are ``datelines``'.

``mark_platform_lines`` marks them for ``boilerplate.clean_body``, which applies them with its other rules; each
keeps a rating line, a heading, a quotation and the reviewer's own recommendation.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from .closingask import PICTOGRAPH, ask_box, ask_line, closing_ask
from .nodes import HEADING_TAGS, hrefs_in
from .promo import AFFILIATE_WORD, links_of, promo_box, same_site, text_of
from .rankingbadge import ranking_badge
from .rating import has_score
from .sitedomain import registrable
from .words import count_words  # (read here by boilerplate and the other cleaning rules)
from .casefold import fold
from .datelines import CLOCK, FULL_DATE, MONTH_WORD, NOT_WORD

# what a line never holds: a box with a heading among its children is a header, no line of text (a name and its date
# in a box, "<div><span>name</span> <p>2 weeks ago</p></div>", is one)
_LINE_BREAKERS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_HEADING_XPATH = "descendant-or-self::*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]"

# The separators platforms put between the parts of a meta row (a slash only with spaces around it: "and/or" is a word).
_SEPARATOR = re.compile(r"\s*[·•|｜]\s*|\s+[・･]\s+|\s+/\s+|\s+[-–—]\s+")
# A day, a month written out and a year, with the particles some languages put between them ("14 de mayo de 2026").
_SPELLED_DATE = re.compile(rf"\b\d{{1,2}}\.?\s+(?:de\s+|of\s+)?{MONTH_WORD}\.?,?\s+(?:de\s+)?\d{{4}}\b")
# A count in brackets after a word, as engines print comment and trackback counts ("Comment(2)", "コメント(0)").
_BRACKET_COUNT = re.compile(r"[^\W\d_]\s?[(（]\d+[)）]")
# A count in brackets inside a link's text, with its word ("(14 comments)", "(3 Kommentare)"); a year is not one.
_LINKED_COUNT = re.compile(r"[(（](?!(?:1[5-9]|20)\d\d[)）])\d[\d,.]*(?:\s+[^\W\d_]+)?[)）]\s*$")
# A count: a number and at most one word ("8 comments", "1,284 likes", "12"); a year alone is not one.
_COUNT = re.compile(r"^(?!(?:1[5-9]|20)\d\d$)\d[\d,.\s]*\d?(?:\s?[kKmM])?(?:\s+[^\W\d_]+)?$|^[^\W\d_]+:?\s+\d[\d,.]*$")
# The path of a member's page on a platform: "/ana", "/@ana", "/u/ana", "/users/show/88", "/profile/ana".
_PROFILE_PATH = re.compile(r"^/(?:@[\w.-]+|(?:u|user|users|profile|people|members?|author)/[\w./-]+|[\w.-]+)/?$", re.I)
# The follow action beside a member's name, as platforms label it (several languages and scripts).
_FOLLOW = re.compile(
    r"^(?:\+\s*)?(?:follow|following|folgen|suivre|s'abonner|seguir|segui|volgen|följ|følg|seuraa|obserwuj|sledovat|sledujte|"
    r"urmărește|takip\s+et|ακολουθήστε|ακολούθησε|подписаться|читать|стежити|עקוב|متابعة|تابع|फ़ॉलो|फॉलो|theo\s+dõi|ikuti|"
    r"フォロー(?:する)?|关注|關注|팔로우|구독)$",
    re.I,
)


def _whole_date(part: str) -> bool:
    """The part is a date (with its clock time perhaps) and at most one word more ("at", "um", "posted")."""
    if not (FULL_DATE.search(part) or _SPELLED_DATE.search(part)):
        return False
    rest = CLOCK.sub(" ", _SPELLED_DATE.sub(" ", FULL_DATE.sub(" ", part)))
    return len([w for w in NOT_WORD.split(rest) if w]) <= 1


def _profile_link(block: HtmlElement, part: str, host: str) -> bool:
    for a in hrefs_in(block):
        if text_of(a) == part and same_site(a.get("href", ""), host) and _PROFILE_PATH.match(urlsplit(a.get("href", "")).path or ""):
            return True
    return False


from .reldates import RELATIVE_DATE as _RELATIVE_DATE  # noqa: E402 (a relative date beside a member's name, each language)


def _name_and_when(block: HtmlElement) -> bool:
    """A member's name and a relative date, each in an element of its own ("<span>Dewi A.</span> <p>2 minggu lalu</p>")."""
    parts = [c for c in block if isinstance(c.tag, str) and text_of(c)]
    return len(parts) == 2 and count_words(text_of(parts[0])) <= 4 and bool(_RELATIVE_DATE.match(text_of(parts[1]).strip()))


def meta_row(block: HtmlElement, host: str = "") -> str | None:
    """The platform's row of facts about the post: who, when, for whom, how many reactions (see module docstring)."""
    if block.tag in HEADING_TAGS or block.tag in ("ul", "ol", "blockquote", "table", "pre"):
        return None
    text = text_of(block)
    if not text or count_words(text) > 14:
        return None
    # a link to the post's comments or likes with their count ("Join the discussion (14 posts)")
    if any(_LINKED_COUNT.search(text_of(a)) for a in links_of(block)) and not has_score(text):
        return "meta row"
    if _name_and_when(block):
        return "meta row"
    parts = [p.strip() for p in _SEPARATOR.split(text) if p.strip()]
    bracketed = bool(_BRACKET_COUNT.search(text))
    # (a count's label in an unspaced script is one run of words: "このレビューが参考になった 128" is a count)
    if (len(parts) < 2 and not bracketed) or any(count_words(p) > 5 and not _COUNT.match(p) for p in parts) \
            or has_score(text):
        return None
    # a label opening the line ("Pages: 320 · Published 2019") is a line of the review's facts, not the platform's
    if re.match(r"^\W*[^\W\d_][^:：]{0,30}[:：]\s", CLOCK.sub(" ", text)) and not bracketed:
        return None
    counts = [p for p in parts if _COUNT.match(p)]
    # (counts as a platform prints them: in a box or each in an element of its own; "320 pages · 4 evenings" written
    # in a paragraph is the reviewer's)
    counted = len(counts) >= 2 and (block.tag != "p" or len(block.xpath("./*[normalize-space()]")) >= 2)
    if bracketed or counted or any(_whole_date(p) for p in parts):
        return "meta row"
    # a member's name linked to their page, beside the platform's follow button
    if any(_FOLLOW.match(p) for p in parts) and any(_profile_link(block, p, host) for p in parts):
        return "meta row"
    return None


# A member's handle on a federated network: "@ana@books.social", "@ana.bsky.social"
_NETWORK_HANDLE = re.compile(r"@[\w.]{2,30}@[\w-]+(?:\.[\w-]+)+|@[\w-]{2,30}\.bsky\.social\b")
# A member's handle as platforms print it: one token, no capitals ("niamh.reads", "tom_k", "@ana", "lotta.läser")
_HANDLE = re.compile(r"^@?(?=[^A-Z]*$)[^\W_][\w.]{2,29}$")


def comment_row(block: HtmlElement, host: str = "") -> bool:
    """A reader's comment as social platforms lay it out: a handle linked to the member's page, then the comment
    ("<a href='/niamh.reads/'>niamh.reads</a> <span>so true!!</span>"). Read with its line when the block is an
    inline box; a title linked to a post ("<a>Tidewater</a> is another sea story") is not a handle."""
    line = block.getparent() if block.tag in ("span", "font") and block.getparent() is not None else block
    first = next((child for child in line if isinstance(child.tag, str)), None)
    if first is None or first.tag != "a" or (line.text or "").strip():
        return False
    href = first.get("href", "")
    handle = text_of(first)
    if not (_HANDLE.match(handle) and same_site(href, host) and _PROFILE_PATH.match(urlsplit(href).path or "")):
        return False
    rest = text_of(line)[len(handle):].strip()
    return bool(rest) and count_words(rest) <= 60


def reader_score_row(block: HtmlElement) -> bool:
    """A row of a catalogue's list of other readers' reviews: a handle and the score they gave ("tomasz_b · ★4.5")."""
    if block.tag in HEADING_TAGS or block.tag in ("blockquote", "ul", "ol", "table"):
        return False
    text = text_of(block)
    if not text or count_words(text) > 8:
        return False
    parts = [p.strip() for p in _SEPARATOR.split(text) if p.strip()]
    if len(parts) != 2:
        return False
    name, score = parts if has_score(parts[1]) else parts[::-1]
    return bool(_HANDLE.match(name)) and has_score(score) and len(score.split()) <= 3 and not has_score(name)


# a shop's or a catalogue's record row: facts split by separators, one a bare year ("Gallimard · 2016 · 240 pages",
# "白水社 ／ 2020年 ／ 3,080円")
_RECORD_SEPARATOR = re.compile(r"\s*[·•|｜／]\s*|\s+/\s+")
_BARE_YEAR = re.compile(r"^(?:1[5-9]|20)\d\d\s*(?:年|r\.|г\.?|m\.)?$")


def record_row(block: HtmlElement) -> str | None:
    """A record's row of facts as a shop or a catalogue prints it: a block of three parts or more split by separators,
    each of four words at most, one a bare year, with no label, no score and no sentence ("Wydawnictwo Czarne · 2023 ·
    352 str."). A reviewer writes such facts with labels ("Pages: 352") or in a sentence."""
    if block.tag in HEADING_TAGS or block.tag in ("ul", "ol", "blockquote", "table", "pre"):
        return None
    text = text_of(block)
    if not text or count_words(text) > 14 or has_score(text) or re.search(r"[:：]\s|[.!?。！？]\s+\S", text):
        return None
    parts = [p.strip() for p in _RECORD_SEPARATOR.split(text) if p.strip()]
    if len(parts) >= 3 and all(count_words(p) <= 4 for p in parts) and any(_BARE_YEAR.match(p) for p in parts):
        return "record row"
    return None


def mark_platform_lines(items: list[HtmlElement], body: HtmlElement, host: str, lengths: list[int],
                        drop: dict[int, str], boxes: dict[int, HtmlElement]) -> None:
    """Mark the platform's own lines among a post body's blocks (``boilerplate.clean_body`` removes them): rows at
    the top of the post and after its text (byline, audience, counts, follow button), ranking badges, asks to
    subscribe, follow, like, vote, comment or share, readers' comments and other readers' reviews after the review.
    `lengths`: each block's text length; `drop` and `boxes` are the cleaning's, filled in place."""
    total = sum(lengths) or 1
    seen = 0
    # (after the review's last paragraph: nothing of 30 words or more follows)
    longest_after = [0] * len(items)
    for i in range(len(items) - 2, -1, -1):
        longest_after[i] = max(longest_after[i + 1], count_words(text_of(items[i + 1])))
    # readers' comments after the review, two or more in a row, each a linked handle and what they said
    rows = [i for i in range(len(items)) if longest_after[i] < 60 and comment_row(items[i], host)]
    for i in rows:
        if i - 1 in rows or i + 1 in rows:
            drop[i], boxes[i] = "comment rows", promo_box(items[i], body)
    # replies under a social post: the post opens with its author's network handle ("Ana @ana@books.social"); after
    # its text, another member's name line with a handle, or a reply addressed to a handle ("@ana so true"), opens
    # the replies, and nothing long follows
    author = next((i for i in range(min(3, len(items))) if _NETWORK_HANDLE.search(text_of(items[i]))), None)
    if author is not None:
        for j in range(author + 2, len(items)):
            text = text_of(items[j])
            if j not in drop and longest_after[j] < 60 and count_words(text) <= 40 and (
                    _NETWORK_HANDLE.search(text) and count_words(text) <= 5 or re.match(r"^@[\w.]{2,30}(?:@[\w.-]+)?\s", text)):
                for k in range(j, len(items)):
                    drop.setdefault(k, "replies to the post")
                break
    # other readers' reviews listed after the review (a catalogue's "popular reviews"): a handle and a score, then
    # what they wrote, and again; a breakdown of the reviewer's own scores is rows one after another, with no text between
    pairs = {i for i in range(len(items) - 1) if longest_after[i] < 30 and reader_score_row(items[i])
             and not reader_score_row(items[i + 1])}
    for i in pairs:
        if i + 2 in pairs or i - 2 in pairs:
            for k in (i, i + 1):
                drop.setdefault(k, "other readers' reviews")
    # (names and relative dates above two posts or more are a thread's: what tells the posts apart, left to classify)
    # (each element read once: most blocks share their parent, the post body, whose every child _name_and_when reads)
    when_rows = [row for row in dict.fromkeys(row for b in items for row in (b, b.getparent()) if row is not None) if _name_and_when(row)]
    for i, block in enumerate(items):
        seen += lengths[i]
        if i not in drop:
            end = longest_after[i] < 30
            rule = ranking_badge(block, end) or record_row(block) or closing_ask(block, end) \
                or (end and i >= 3 and names_the_site(block, host))
            if rule:
                drop[i], boxes[i] = rule, ask_box(block, body) if rule == "platform ask" else promo_box(block, body)
                continue
        # (an inline box is read with its line: "<a>name</a> <span>· Follow</span>"; a header box holding the title's
        # heading is no line: "<div><h1>…</h1><p>subtitle</p><span>by … · date</span></div>")
        line = block.getparent() if block.tag in ("span", "font") and block.getparent() is not body \
            and not any(c.tag in _LINE_BREAKERS for c in block.getparent()) else block
        if i not in drop and (i < 3 or seen - lengths[i] >= 0.6 * total) and meta_row(line, host) \
                and not (_name_and_when(line) and len(when_rows) >= 2):
            box = promo_box(block, body)
            # (a name and when row goes alone: the short post under it is the member's text)
            drop[i], boxes[i] = "meta row", line if _name_and_when(line) else block if box.xpath(_HEADING_XPATH) else box


def names_the_site(block: HtmlElement, host: str) -> str | None:
    """A short line after the review that writes out the site's own domain ("Opinions here are the author's, not
    the editors' of paper.example"; "More reviews at tidalpages.example!"): the platform's or the blog's, not the
    review's. (An e-mail address at the domain is left to the contact-bio rule.)"""
    # the registrable name: "idnes.cz" of "blog.idnes.cz", "paper.co.uk" of "books.paper.co.uk", the platform's of a blog on it
    domain = registrable(host, own=False)
    if len(domain) < 6 or block.tag in HEADING_TAGS:
        return None
    text = text_of(block)
    if count_words(text) > 30 or fold(domain) not in fold(text) \
            or not re.search(rf"(?<![\w.@-]){re.escape(domain)}(?![\w-])", text, re.I):  # (a pattern per site: only where it may match)
        return None
    return "the site about itself"


def trim_caption_tail(block: HtmlElement) -> list[tuple[str, str]]:
    """A caption written as lines (<br>), as social platforms print a post: its last lines when they are the post's
    tags (a row of hashtags), an ask to act on the platform, or an affiliate line framed by pictographs ("✨ my
    affiliate link is in bio ✨"). They go, last first, with the line breaks left dangling; the caption stays.
    Returns (rule, line) for each line removed."""
    removed: list[tuple[str, str]] = []
    while len(removed) < 3:
        breaks = list(block.iter("br"))
        if not breaks:
            break
        last = breaks[-1]
        after = [n for n in last.itersiblings() if isinstance(n.tag, str)]
        line = " ".join(" ".join([last.tail or ""] + [text_of(n) + " " + (n.tail or "") for n in after]).split())
        rule = _caption_line(line)
        if not rule:
            break
        removed.append((rule, line))
        for n in after:
            n.drop_tree()
        last.tail = None
        while last is not None and last.getnext() is None and not (last.tail or "").strip():
            previous = last.getprevious()
            last.drop_tree()
            last = previous if previous is not None and previous.tag == "br" else None
    return removed


def _caption_line(line: str) -> str | None:
    words = line.split()
    if line.startswith("#") and line.count("#") >= 3 and len(words) <= 15 and all(w.startswith("#") for w in words):
        return "tags"
    if ask_line(line, True, True):  # (the new "opens on the bidding" reading is for a line of its own, not a caption's)
        return "platform ask"
    if count_words(line) <= 40 and AFFILIATE_WORD.search(line) and PICTOGRAPH.search(line[:3]) and PICTOGRAPH.search(line[-3:]):
        return "affiliate note"
    return None


def hashtags(block: HtmlElement) -> str | None:
    """A line of hashtags ("#reread #classics #1940s"): the post's tags, as some engines print them in the body."""
    text = text_of(block).strip()
    if text.startswith("#") and text.count("#") == 1 and block.getparent() is not None:
        text = text_of(block.getparent()).strip()  # one tag of a row of them, each in its own element
    # (a row of tags in an unspaced script is three or more tokens, each a tag; a text of more than 15 has no need of them all)
    return "tags" if text.startswith("#") and text.count("#") >= 3 and (count_words(text) <= 15 or (
        len(tokens := text.split(None, 15)) <= 15 and all(t.startswith("#") for t in tokens))) else None


# A member card's rows, as review sites and forums print them beside a reviewer's name: "Member since 2019",
# "Mitglied seit März 2018", "Reviewer · Approved Member"; and a trackback address ("Trackback URL: https://…").
_MEMBER_SINCE = re.compile(
    r"^\W*(?:member|mitglied|membre|miembro|membro|lid|medlem|jäsen|członek|člen|участник|учасник|на\s+сайте)\s+"
    r"(?:since|seit|depuis|desde|dal|da|sinds|sedan|siden|alkaen|od|с|з)\s+(?:[^\W\d_]+\.?\s+)?\d{4}\W*$", re.I)
_ROLE = re.compile(r"^(?:(?:top|approved|verified|trusted|senior|gold|silver|vip|new|pro)\s+)?(?:reviewer|member|librarian|"
                   r"bookseller|educator|blogger|media|reader|contributor|moderator|admin|rezensent\w*|mitglied|membre|"
                   r"miembro|lid|recensent)$", re.I)
_TRACKBACK = re.compile(r"trackback|track-back|트랙백|トラックバック|引用通告|引用地址", re.I)


def member_card(block: HtmlElement) -> str | None:
    """A reviewer card's row ("Member since 2019", "Reviewer · Approved Member") or a post's trackback address:
    the site's, not the review's."""
    text = text_of(block).strip()
    if count_words(text) > 12:
        return None
    if _MEMBER_SINCE.match(text):
        return "member card"
    parts = [part.strip() for part in _SEPARATOR.split(text) if part.strip()]
    if len(parts) >= 2 and all(_ROLE.match(part) for part in parts):
        return "member card"
    if _TRACKBACK.search(text) and re.search(r"https?://\S+", text):
        return "trackback address"
    return None

