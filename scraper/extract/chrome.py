"""The platform's own lines inside a post body: meta rows, ranking badges and closing asks.

Social and hosted platforms print their chrome in the same box as the writer's text: the byline row
("<name> · Follow", "<date> · Public", "posted by <name> at 21:34 | Comment(2) | <category>"), the reaction counts,
a blog-ranking badge, and a closing line that asks the reader to vote, like, follow or subscribe. What marks them
is shape, not wording:

- a meta row is a short line cut into short parts by separators (· | • /), one of which is a whole date, a count
  in brackets, two counts, or a link to a member's profile next to the platform's follow action;
- a ranking badge is a link to a blog-ranking portal (platform knowledge: the portals' hosts);
- a closing ask comes after the review's last paragraph, is short, and asks for a platform action with a
  pictograph, an exclamation or shouting (``closing_ask``).

``boilerplate.clean_body`` applies them with its other rules; each keeps a rating line, a heading, a quotation
and the reviewer's own recommendation.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from .platforms import RANKING_HOST, READER_ACTIONS, SOCIAL_NAME
from .promo import PICTOGRAPH_LEAD, CLOCK, FULL_DATE, links_of, same_site, text_of
from .rating import has_score

_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f\uac00-\ud7af]")

# The separators platforms put between the parts of a meta row (a slash only with spaces around it: "and/or" is a word).
_SEPARATOR = re.compile(r"\s*[·•|｜]\s*|\s+/\s+|\s+[-–—]\s+")
# A day, a month written out and a year, with the particles some languages put between them ("14 de mayo de 2026").
_SPELLED_DATE = re.compile(r"\b\d{1,2}\.?\s+(?:de\s+|of\s+)?[^\W\d_]{3,}\.?,?\s+(?:de\s+)?\d{4}\b")
# A count in brackets after a word, as engines print comment and trackback counts ("Comment(2)", "コメント(0)").
_BRACKET_COUNT = re.compile(r"[^\W\d_]\s?[(（]\d+[)）]")
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


def _words(text: str) -> int:
    unspaced = len(_UNSPACED.findall(text))
    return len(_UNSPACED.sub(" ", text).split()) + unspaced // 2


def _whole_date(part: str) -> bool:
    """The part is a date (with its clock time perhaps) and at most one word more ("at", "um", "posted")."""
    if not (FULL_DATE.search(part) or _SPELLED_DATE.search(part)):
        return False
    rest = CLOCK.sub(" ", _SPELLED_DATE.sub(" ", FULL_DATE.sub(" ", part)))
    return len([w for w in re.split(r"[\W\d_]+", rest) if w]) <= 1


def _profile_link(block: HtmlElement, part: str, host: str) -> bool:
    for a in block.xpath(".//a[@href]"):
        if text_of(a) == part and same_site(a.get("href", ""), host) and _PROFILE_PATH.match(urlsplit(a.get("href", "")).path or ""):
            return True
    return False


def meta_row(block: HtmlElement, host: str = "") -> str | None:
    """The platform's row of facts about the post: who, when, for whom, how many reactions (see module docstring)."""
    if block.tag in _HEADINGS or block.tag in ("ul", "ol", "blockquote", "table", "pre"):
        return None
    text = text_of(block)
    if not text or _words(text) > 14:
        return None
    parts = [p.strip() for p in _SEPARATOR.split(text) if p.strip()]
    bracketed = bool(_BRACKET_COUNT.search(text))
    if (len(parts) < 2 and not bracketed) or any(_words(p) > 5 for p in parts) or has_score(text):
        return None
    # a label opening the line ("Pages: 320 · Published 2019") is a line of the review's facts, not the platform's
    if re.match(r"^\W*[^\W\d_][^:：]{0,30}[:：]\s", CLOCK.sub(" ", text)) and not bracketed:
        return None
    counts = [p for p in parts if _COUNT.match(p)]
    if bracketed or len(counts) >= 2 or any(_whole_date(p) for p in parts):
        return "meta row"
    # a member's name linked to their page, beside the platform's follow button
    if any(_FOLLOW.match(p) for p in parts) and any(_profile_link(block, p, host) for p in parts):
        return "meta row"
    return None


def ranking_badge(block: HtmlElement) -> str | None:
    """A short block linking to a blog-ranking portal ("click the banner to vote for this blog")."""
    links = links_of(block)
    if not links or block.tag in _HEADINGS or _words(text_of(block)) > 60:
        return None
    hosts = (urlsplit(a.get("href", "")).hostname or "" for a in links)
    return "ranking badge" if any(RANKING_HOST.search(h) for h in hosts) else None


# every kind at once, to pass over the many lines that ask nothing in one search
_ANY_ACTION = re.compile("|".join(f"(?:{pattern.pattern})" for pattern in READER_ACTIONS.values()), re.I)
_PICTOGRAPH = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]")
_SHOUT = re.compile(r"\b[^\W\d_a-z]{3,}\s+[^\W\d_a-z]{2,}\b")  # two words in capitals: "VOTE AND COMMENT"


def closing_ask(block: HtmlElement, at_end: bool) -> str | None:
    """A short line asking the reader to act on the platform: subscribe, follow, like, vote, comment, share.

    Two kinds of action in one line ("subscribe and put a like") is an ask wherever it stands; one kind is, after the
    review's last paragraph, when the line turns to the reader (a pictograph, an exclamation, shouting), or anywhere
    when a pictograph leads it and it names a network or messenger ("📣 Follow our channel on <messenger>").
    A rating line, a heading or a quotation is never one."""
    if block.tag in _HEADINGS or block.tag in ("blockquote", "table", "pre", "ul", "ol"):
        return None
    text = text_of(block)
    if not text or _words(text) > 35 or not _ANY_ACTION.search(text):
        return None
    kinds = [kind for kind, pattern in READER_ACTIONS.items() if pattern.search(text)]
    if not kinds or has_score(text):
        return None
    if len(kinds) >= 2 or (PICTOGRAPH_LEAD.match(text) and SOCIAL_NAME.search(text)):
        return "platform ask"
    if at_end and (_PICTOGRAPH.search(text) or "!" in text or "！" in text or _SHOUT.search(text)):
        return "platform ask"
    return None


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
    return bool(rest) and _words(rest) <= 60


def reader_score_row(block: HtmlElement) -> bool:
    """A row of a catalogue's list of other readers' reviews: a handle and the score they gave ("tomasz_b · ★4.5")."""
    if block.tag in _HEADINGS or block.tag in ("blockquote", "ul", "ol", "table"):
        return False
    text = text_of(block)
    if not text or len(text.split()) > 8:
        return False
    parts = [p.strip() for p in _SEPARATOR.split(text) if p.strip()]
    if len(parts) != 2:
        return False
    name, score = parts if has_score(parts[1]) else parts[::-1]
    return bool(_HANDLE.match(name)) and has_score(score) and len(score.split()) <= 3 and not has_score(name)
