"""What the page as it came (before cleaning) says of its subject, when that is not one reviewer's book review.

Read before cleaning, because cleaning removes what tells: the info box beside a post, the embedded trailer, the
bylines and avatars of a thread's posts.

- JSON-LD that declares the page's subject (a top-level item, or a Review's ``itemReviewed``, or an item's
  ``about``/``mainEntity``) as a film, a series, a season, an episode, a game, a stage production, an event, an album
  or a podcast — and nowhere a book;
- an info box with two kinds of another medium's labels (director, cast, runtime, episodes, platform …, medium.py),
  an embedded trailer counting as one, and no book's label (author, publisher, pages …);
- a thread: three or more posts side by side, each under its own byline, by two or more people, none of them in a
  comment area, where the first post is not most of the text (a first post that is a long review, with replies
  under it, stays a review: its replies are comments; so does one that follows only short cards, as on a catalogue
  page whose book header carries the book's author as a byline).

``page_medium(tree, jsonld)`` gives a reason a person can check, or None. Pure: the tree is only read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lxml.html import HtmlElement

from .medium import _BOOK_IN_LINE, EPISODES, LABEL_START, info_box_medium
from .threads import asks
from .holdingsrecord import holdings_record
from .podcastpage import podcast_page
from .wikiarticle import wiki_article
from .nodes import class_of, id_of, raw_text
from .words import count_words

# schema.org types of other media and events; CreativeWorkSeries is left out (a book series is one)
_OTHER_TYPES = {
    "Movie", "MovieSeries", "TVSeries", "TVSeason", "TVEpisode", "CreativeWorkSeason", "Episode", "VideoGame",
    "VideoGameSeries", "TheaterEvent", "ScreeningEvent", "Event", "MusicEvent", "MusicAlbum", "MusicRecording",
    "PodcastSeries", "PodcastEpisode", "PodcastSeason", "RadioSeries", "RadioEpisode", "BroadcastEvent",
}
_BOOK_TYPES = {"Book", "Audiobook", "BookSeries", "Chapter"}
_SUBJECT_KEYS = ("itemReviewed", "about", "mainEntity", "mainEntityOfPage")


def _types(item) -> set[str]:
    if not isinstance(item, dict):
        return set()
    t = item.get("@type")
    values = t if isinstance(t, list) else [t]
    return {re.sub(r"^.*[/:#]", "", str(v)) for v in values if v}


def _subjects(items: list[dict]):
    """The top-level items and the items they name as their subject."""
    for item in items:
        yield item
        for key in _SUBJECT_KEYS:
            value = item.get(key) if isinstance(item, dict) else None
            for sub in value if isinstance(value, list) else [value]:
                if isinstance(sub, dict):
                    yield sub


def jsonld_medium(items: list[dict]) -> str | None:
    """The schema.org type of another medium that the page declares as its subject, when it declares no book."""
    found = []
    for item in _subjects(items or []):
        types = _types(item)
        if types & _BOOK_TYPES:
            return None
        found += sorted(types & _OTHER_TYPES)
    return f"its JSON-LD declares a {found[0]} as its subject, not a book" if found else None


# An embedded video whose title or caption says it is a trailer (a book's own trailer is a book's)
_VIDEO_HOST = re.compile(r"youtube|youtu\.be|vimeo|dailymotion|bilibili|youku|nicovideo|tv\.naver|kakao", re.I)
_TRAILER = re.compile(r"trailer|tr[áa]iler|bande[\s-]annonce|трейлер|预告|預告|予告|예고편|fragman|zwiastun", re.I)
_BOOK_TRAILER = re.compile(r"book[\s-]?trailer|buchtrailer|booktrailer", re.I)


def _trailer(tree: HtmlElement) -> bool:
    for frame in tree.iter("iframe", "video"):
        src = frame.get("src") or frame.get("data-src") or ""
        if frame.tag == "iframe" and not _VIDEO_HOST.search(src):
            continue
        parent = frame.getparent()
        around = " ".join(filter(None, [frame.get("title"), frame.get("aria-label"),
                                        parent.text_content() if parent is not None else ""]))[:300]
        if _TRAILER.search(around) and not _BOOK_TRAILER.search(around):
            return True
    return False


_LABEL_TAGS = ("li", "p", "tr", "dt", "th", "div", "span")


@lru_cache(maxsize=8192)  # (a theme's menus and widgets open with the same words on every page)
def _label_start(head: str) -> bool:
    return LABEL_START.match(head) is not None


def _label_lines(tree: HtmlElement) -> list[str]:
    """Short lines that may open with a label: list items, table rows, definition terms with their value."""
    lines = []
    for el in tree.iter(*_LABEL_TAGS):
        if el.tag == "div" and len(el) > 4:  # a box of boxes: its children are read on their own
            continue
        # its first words (its own text, or its first child's when it has none) must open with a label
        head = (el.text or "").strip()
        if not head and len(el) and isinstance(el[0].tag, str):
            head = (el[0].text or "").strip()
        if not head or not _label_start(head):
            continue
        text = " ".join(raw_text(el).split())  # whitespace collapsed
        if not text or len(text) > 160:
            continue
        if el.tag in ("dt", "th") and not re.search(r"[:：]\s*$", text):
            text += ":"  # <dt>Director</dt><dd>…</dd>, <th>Runtime</th><td>…</td>
        lines.append(text)
    return lines


def info_box(tree: HtmlElement) -> str | None:
    """Another medium's info box on the page (a trailer counts as one of its kinds), and no book's."""
    return info_box_medium(_label_lines(tree), {"trailer"} if _trailer(tree) else set())


# --- threads of several voices -----------------------------------------------------------------------------------

# a link to a member's page, on forum engines and social sites: a path naming a member, or a member's number; in
# three patterns, each asked only where it can match (the paths open with a "/", which re scans for; a number with "=")
_MEMBER_PATH = re.compile(
    r"/(?:u|user|users|member|members|profile|profiles|people|usuario|benutzer|utilisateur|uzytkownik)/[^/?#]+/?$|/@[\w.-]+/?$", re.I)
_MEMBER_ROOT = re.compile(r"/u/[^/]+", re.I)  # at the start of the address
_MEMBER_NUMBER = re.compile(r"memberlist\.php\?.*\bu=\d+|member\.php\?.*\bu=\d+|[?&](?:u|userid|uid|showuser)=\d+", re.I)


@lru_cache(maxsize=8192)  # (a site's menus and sidebars link to the same addresses on every page)
def _profile_href(href: str) -> bool:
    return bool(_MEMBER_PATH.search(href) or _MEMBER_ROOT.match(href) or ("=" in href and _MEMBER_NUMBER.search(href)))


_AUTHOR_CLASS = re.compile(r"(?:^|[\s_-])(?:username|user-name|author|creator|poster|postauthor|post-author|nickname|byline)(?:$|[\s_-])", re.I)
_AWAY = re.compile(r"comment|respond|disqus|related|sidebar|widget|footer|header|nav", re.I)


@lru_cache(maxsize=8192)
def _author_class(classes: str) -> bool:
    return _AUTHOR_CLASS.search(classes) is not None


@lru_cache(maxsize=8192)  # (each mark's ancestors asked again and again: the same few boxes)
def _away(classes: str, ident: str) -> bool:
    return _AWAY.search(f"{classes} {ident}") is not None


# a byline's account handle after the display name, as the fediverse (Mastodon, Misskey, Pleroma) and Bluesky print
# it: "Ana Ruiz @ana@lugar.example", "Ana Ruiz@ana.bsky.social"; the focused post shows it, the thread's other posts
# only the name: one person, not two
_HANDLE_TAIL = re.compile(r"\s*@[\w.-]+(?:@[\w.-]+)?$")


def _without_handle(name: str) -> str:
    if "@" not in name:
        return name
    bare = _HANDLE_TAIL.sub("", name)
    return bare or name  # (a byline that is only a handle stays the handle)


def _author_marks(tree: HtmlElement) -> list[tuple[HtmlElement, str]]:
    """(element, name) for each byline mark: a link to a member's page, or an element classed as the author."""
    marks = []
    for el in tree.iter("a", "span", "div", "p", "strong", "b"):
        is_mark = (el.tag == "a" and _profile_href(el.get("href") or "")) or _author_class(class_of(el) or "") \
            or el.get("itemprop") in ("author", "creator")
        if not is_mark:
            continue
        name = _without_handle(" ".join(raw_text(el).split()))  # whitespace collapsed
        if not name or len(name) > 60:
            continue
        if any(anc.tag in ("nav", "header", "footer", "aside") or _away(class_of(anc) or "", id_of(anc) or "")
               for anc in _outside_message(el)):
            continue
        marks.append((el, name.casefold()))
    return marks


def _outside_message(el: HtmlElement) -> list[HtmlElement]:
    """The mark's ancestors, those inside a chat log's message group left out: a message's own "chatlog__header" holds
    its author and time, no page's header (_AWAY)."""
    ancestors = list(el.iterancestors())
    group = next((n for n, anc in enumerate(ancestors) if _CHAT_GROUP.search(class_of(anc) or "")), None)
    return ancestors if group is None else ancestors[group:]


def _words(el: HtmlElement) -> int:
    return count_words(el.text_content() or "")


# a chat log's group of messages: DiscordChatExporter's "chatlog__message-group", a chat client's "message-group"
_CHAT_GROUP = re.compile(r"(?:^|[\s_-])messages?-?group(?:$|[\s_-])", re.I)
_CARD_WORDS = 30  # a post before the main one with fewer words is a card or a header, not a reader's post


def _posts(box: HtmlElement, marks: list[tuple[HtmlElement, str]]) -> list[tuple[HtmlElement, set[str]]]:
    """(child, names) for each child of the box that holds a byline mark."""
    posts = []
    for child in box:
        names = {name for el, name in marks if el is child or child in el.iterancestors()}
        if names:
            posts.append((child, names))
    return posts


def thread(tree: HtmlElement, title: str | None = None) -> str | None:
    """Three or more posts side by side, each with its own byline, by two or more people; the first not most of it,
    or the page's title asks the readers (a question's topic, whatever the engine's addresses: threads.asks)."""
    marks = _author_marks(tree)
    if len({name for _, name in marks}) < 2:
        return None
    # the posts: the children of the marks' lowest common ancestor that hold a mark
    chains = [list(el.iterancestors())[::-1] for el, _ in marks]
    common = None
    for level in zip(*chains):
        if all(node is level[0] for node in level):
            common = level[0]
        else:
            break
    if common is None:
        return None
    posts = _posts(common, marks)
    asked = len(posts) < 3 and title and asks(title)
    if asked or any(_CHAT_GROUP.search(class_of(child) or "") for child, _ in posts):
        # (a question's page whose answers are grouped in boxes: an accepted answer's box, then a box listing the
        # other answers, each under its byline: a box holding two people's bylines spread over its own children is read
        # as those children; only under a title that asks, as a shop's page of readers' reviews groups them so too;
        # or a chat log's message group, as an exported chat sets one, a run of messages by one or more members)
        posts = [post for child, names in posts
                 for post in (_posts(child, marks) if len(names) >= 2 and len(_posts(child, marks)) >= 2
                              and (asked or _CHAT_GROUP.search(class_of(child) or "")) else [(child, names)])]
    authors = {min(names) for _, names in posts}
    if len(posts) < 3 or len(authors) < 2 or any(len(names) > 2 for _, names in posts):
        return None
    sizes = [_words(child) for child, _ in posts]
    if sum(size >= 8 for size in sizes) < 3:
        return None
    # a review with replies under it: its post is most of the text, and is the first, or comes only after short
    # cards (a catalogue's book header with the book's author, a "reviews of …" bar): others' posts follow it
    top = sizes.index(max(sizes))
    if sizes[top] >= 150 and sizes[top] >= 0.6 * sum(sizes) and all(size < _CARD_WORDS for size in sizes[:top]):
        # (... unless the topic's title asks the readers: a long question, its answers under it, "Novels set on islands?")
        if not (title and asks(title)):
            return None
        return f"a thread of {len(posts)} posts by {len(authors)} people under a title that asks the readers: a discussion, not one review"
    return f"a thread of {len(posts)} posts by {len(authors)} people, each under its own byline: not one reviewer's review"


def page_medium(tree: HtmlElement, jsonld: list[dict], title: str | None = None, named: list | None = None) -> str | None:
    """Why the page, as it came, is about another medium or is a thread; None when it may be a book review. (`named`:
    reviewbox.box_named(tree), if read.)"""
    # (or a library catalogue's record: label-value rows, a copies table, no prose of its own, or one reader's short
    # note: holdingsrecord.py)
    # (or a wiki's encyclopedic article about the book: wikiarticle.py)
    return jsonld_medium(jsonld) or info_box(tree) or thread(tree, title) or holdings_record(tree, named) \
        or wiki_article(tree)


# --- a podcast's episode page without JSON-LD ----------------------------------------------------------------------
# A title that numbers an episode ("Episode 112: …") is a screen series' or a podcast's, and medium.judge files it as
# another medium's. A podcast's page says so where a series' recap does not: a podcast host's player, or the podcast
# named in the site's masthead in its own words (the show's line above every episode; not a menu's link, which any
# blog may carry). Said so, the episode's written notes may still review one book (medium.written_review_of_an_episode):
# this only rescues such a page, it never files one as another medium's. A bare <audio> is no sign (a review plays an
# audiobook's sample). "Podcast" in en/de/fr/es/it/pt/nl/sv/pl/cs/ro …, hr/sr/sl/tr "podkast", ru/uk/bg "подкаст",
# he, ar, fa, hi, th, zh, ja, ko.
_PODCAST = re.compile(r"podcast|podkast|подкаст|פודקאסט|بودكاست|پادکست|पॉडकास्ट|พอดแคสต์|播客|ポッドキャスト|팟캐스트", re.I)
_AUDIO_HOST = re.compile(r"anchor\.fm|buzzsprout|libsyn|podbean|simplecast|spreaker|transistor\.fm|captivate\.fm|"
                         r"megaphone\.fm|acast|podcasts\.apple|open\.spotify\.com/(?:episode|show)", re.I)
# (one narrow pass: the players' sources and the mastheads outside the post; of the masthead's links only the site's
# name, the link home every engine sets its title in, "<a href="/">Show — a podcast about …</a>", rel="home" in
# WordPress: a menu's "Podcast" link is no such name)
_SPOKEN_CLUES = ("//iframe/@src | //audio/@src | //audio/source/@src"
                 " | //header[not(ancestor::article) and not(ancestor::main)]"
                 "//text()[not(ancestor::a[not(@href='/' or @href='./' or contains(concat(' ', @rel, ' '), ' home '))])"
                 " and not(ancestor::nav) and not(ancestor::script)]")


# (the show's own subject another medium, named in its masthead beside no book: "a podcast about films", "the TV
# podcast", "un podcast de cine": a film or a series podcast's episode reviews that, even under a rating; rev-detshort5)
_SCREEN = re.compile(r"\b(?:films?|movies?|cinema|cin[ée]ma|cine|kino|tv|television|t[ée]l[ée]|series|s[ée]ries|serien|"
                     r"anime|games?|gaming|jeux|spiele|music|musique|musik|música)\b|映画|电影|電影|영화|드라마|ドラマ|アニメ|ゲーム",
                     re.I)


# (the episode's number abbreviated, as show notes head it: "Ep. 58: …", "ep 12 –", "Ép. 3"; a record's "EP" has no number)
_EPISODE_SHORT = re.compile(r"(?<!\w)(?:ep|ép|eps)\.?\s?#?\d{1,4}(?!\w)", re.I)


def podcast_episode(tree: HtmlElement, title: str | None) -> str | None:
    """A podcast's episode page, by its title's episode number and a podcast host's player or its masthead's own
    words naming the podcast (read by medium.judge to let the episode's written review of a book stand)."""
    if not title or not (EPISODES.search(title) or _EPISODE_SHORT.search(title)):
        return None
    if podcast_page(tree, _PODCAST):  # (its engine says so: a podcast's post type, a plugin's player, podcastpage)
        return ENGINE_DECLARED
    masthead = []
    for found in tree.xpath(_SPOKEN_CLUES):
        if found.attrname == "src":
            if _AUDIO_HOST.search(found):
                break
        else:
            masthead.append(found)
    else:
        text = " ".join(masthead)
        if len(text) >= 600 or not _PODCAST.search(text) or _SCREEN.search(text) and not _BOOK_IN_LINE.search(text):
            return None
    return _DECLARED


_DECLARED = "its page declares a PodcastEpisode (its title numbers the episode, its page plays or names the podcast)"
# (said by the engine alone, no masthead read for a film's or a game's show: medium.judge asks the notes to call the
# work a book, videoreview.named_as_a_book)
ENGINE_DECLARED = "its engine declares a PodcastEpisode (its title numbers the episode, its post type or player is a podcast's)"
