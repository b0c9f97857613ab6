"""Pages that are no one review of one book by their shape (scraper.extract.medium.judge): a thread of several
people's posts (a forum topic's or a question's page, a title that asks the readers), and a post about two books or
several short reviews.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit


# Topic URLs of forum engines: Discourse /t/slug/123, phpBB viewtopic.php, vBulletin showthread.php, XenForo
# /threads/slug.123/ (its prefix renamed in the forum's language: /konu/slug.60214/), SMF ?topic=, Flarum /d/123-slug,
# NodeBB and Invision /topic/123-slug, Reddit /r/x/comments/; and of question-and-answer engines.
_THREAD_URL = re.compile(
    r"/t/[^/]+/\d+(?:/\d+)?/?$|/viewtopic\.php|/showthread\.php|/threads/[^/]+\.\d+/?|[?&](?:show)?topic=\d+|/d/\d+-[^/]+/?$|"
    r"[/?][^\W\d_]{3,12}/[\w-]*[^\W\d_][\w-]*\.\d{3,}(?:/|$)|/topic/\d+[-/]|/r/[^/]+/comments/|/forums?/.+/(?:topic|thread)s?/|"
    # question-and-answer engines: a question and other people's answers (/questions/123/slug, /question/123)
    r"/questions?/\d+(?:/|$)|/q/\d+(?:/|$)|"
    # ProBoards' and others' "/thread/2291/slug" (a number after "thread": not a blog's "/thread/" tag)
    r"/thread/\d+(?:/|$)|[?&]mod=viewthread&(?:.*&)?tid=\d+|"  # (Discuz!'s "forum.php?mod=viewthread&tid=386214")
    # the topic's number as the query's "t" (ForumFree's and ForumCommunity's "/?t=78214", a board's "topicdetail.php?f=6&t=71"),
    # FUDforum's "index.php?t=msg&th=4412", Forumotion's "/t2214-slug" (its later pages "/t2214p15-slug")
    r"[?&]t=\d{2,}(?:&|$)|[?&]t=(?:msg|tree)&(?:.*&)?th=\d+|^/t\d+(?:p\d+)?-[^/]*$",
    re.I,
)
# the title asks the readers (a discussion's opening) rather than giving a verdict: a question mark at its end or at the
# end of its part before the site's name ("Novels set by the sea? - Harbour Readers", "…؟ | منتدى", Baidu's "…？_百度知道")
_ASKS = re.compile(r"[?？؟]\s*(?:$|[-–—|·»:]+\s|_\S)|\b(?:discussion|discuss|thread|what did (?:we|you) think|book club)\b|读书会|讀書會|読書会|독서 ?모임", re.I)
# ... but a thread or discussion named as a place the post comes from or points to ("the book from the October thread",
# "as promised in our spoiler discussion") is another thread, not what this one is ("in this thread" is this one)
_ELSEWHERE = re.compile(r"\b(?:from|in|on|since|after|via|per)\s+(?:the|that|our|my|your|last|another|an?)\s+(?:[\w'’-]+\s+){0,2}"
                        r"(?:discussion|thread)s?\b", re.I)


_REVIEW_WORD = re.compile(r"\breview\b|rezension|recensi|rese[ñn]a|critique|recenzj|рецензи|书评|書評|서평", re.I)


def asks(title: str) -> bool:
    """The title asks the readers (ends on a question mark, calls itself a discussion) and does not call itself a review."""
    return bool(_ASKS.search(_ELSEWHERE.sub(" ", title))) and not _REVIEW_WORD.search(title)


def forum_topic(url: str, tree=None) -> bool:
    """The address is a forum engine's topic page (Invision's older "?showtopic=123" too); or, given the page's `tree`,
    its <body> or <main> calls the view a topic or a thread by class (phpBB's "viewtopic", bbPress's "single-topic", a
    board's "thread-view", "topic-page"), when the address is the board's own slug and number."""
    parts = urlsplit(url)
    if _THREAD_URL.search(parts.path + ("?" + parts.query if parts.query else "")):
        return True
    if tree is None:
        return False
    boxes = [tree if tree.tag == "body" else tree.find("body"), next(tree.iter("main"), None)]
    return any(box is not None and any(_thread_token(token) for token in (box.get("class") or "").split()) for box in boxes)


# a class token naming the page a forum's topic or thread view: the word whole, or a part of a short token (three parts
# at most) split at "-"/"_" ("thread-view", "single-topic", "section-viewtopic", "bl-thread"; not "threads" nor
# "topics", an index of them). A blog's taxonomy token is its own label, not the engine's view: WordPress's
# "category-hot-topic", "tag-reading-thread", "term-…" on an archive or a post; nor is a long slug ("page-x-y-z-topic").
_THREAD_PART = re.compile(r"(?:thread|topic|viewtopic|showthread)", re.I)
_TAXONOMY = frozenset({"category", "tag", "term", "tax", "taxonomy", "postid", "slug", "archive", "author", "label"})


def _thread_token(token: str) -> bool:
    parts = [part for part in re.split(r"[_-]", token.casefold()) if part]
    return 0 < len(parts) <= 3 and parts[0] not in _TAXONOMY and any(_THREAD_PART.fullmatch(part) for part in parts)


# a question mark of any script: Latin/CJK full-width/Arabic, Spanish's opening one, Armenian, Greek (U+037E), Ethiopic
_QUESTION = re.compile(r"[?？؟¿՞;፧]")


# where a book was found set apart from the prose (a record line, an info box, a citation, a declared Review): a
# review's; a question names its books in its sentences ("body") or in its title ("What to read after T?")
SET_APART = frozenset({"details", "citation", "record", "jsonld", "caption"})


def review_post(markdown: str, words: int, book_found: bool) -> bool:
    """The text under a topic's title that asks is one member's review, the title's question a rhetorical one ("Did anyone
    else laugh out loud on the tram?"): 150 words or more, the book it reviews set apart (its record line: SET_APART),
    and no question of its own in any line. A question's opening post asks its readers somewhere in it ("What should I
    read next?"), however long it is."""
    return words >= 150 and book_found and not _QUESTION.search(markdown)


def thread_of_voices(url: str, title: str | None, scored_lines: int, names_the_book: bool = False, replies: int = 0,
                     own_review: bool = False) -> str | None:
    """A forum topic (by its address, or by two ``replies`` or more in its text headed by a reply's subject, "Re: …")
    whose title asks the readers (unless the text is one member's review that asks nothing: ``own_review``,
    review_post), or whose text scores the book three times or more under a title that does not name it with its
    author (one member's review, "X by Y", may give sub-scores: plot, prose …)."""
    if not (forum_topic(url) or replies >= 2):
        return None
    if title and asks(title) and not own_review:
        return "a forum thread whose title asks the readers: a discussion, not one review"
    if title and _REVIEW_WORD.search(title):
        return None
    if scored_lines >= 3 and not names_the_book:
        return f"a forum thread that scores the book {scored_lines} times: several readers, not one review"
    return None


# a line that opens on a post's date and clock time ("Nov 30, 2026 at 9:14pm", "30.11.2026 21:14", "2026-11-30 21:14"),
# table cells' bars before it: a member's post kept in the body
_POST_STAMP = re.compile(r"^[|\s]*(?:[^\W\d_]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|"
                         r"\d{1,2}\.?\s+[^\W\d_]{3,9}\.?\s+\d{4})[^\n\d]{0,8}\d{1,2}[:.]\d{2}")


def many_titles(url: str, markdown: str, rated: bool = False) -> str | None:
    """A forum topic whose text sets off four titles or more (in quotes, italics or title marks): members asking for
    and giving recommendations, or a discussion of several books, not one member's review of one. Rated, only when the
    text holds two members' posts or more, each led by its date and time (a score among them is a reply's)."""
    if not forum_topic(url):
        return None
    if rated and sum(1 for line in markdown.splitlines() if _POST_STAMP.match(line)) < 2:
        return None
    from .reviewed import set_off_titles  # (reviewed reads threads' neighbours: imported when a forum topic asks)
    names = set_off_titles(markdown)
    return f"a forum thread that sets off {len(names)} titles: a request or a discussion of several books, not one review" \
        if len(names) >= 4 else None


# --- two books reviewed together -------------------------------------------------------------------------------

_TWO_WORKS = re.compile(
    r"[《«“\"「『][^》»”\"」』]{1,60}[》»”\"」』]\s*(?:和|与|與|及|、|と|や|과|와|and|&|et|und|y|e|i|и|ve|en|og|och)\s*[《«“\"「『]|"
    r"\b(?:two|deux|zwei|dos|due|dois|twee|dwie|dva|две|два|iki)\s+(?:books|novels|livres|romans|b[üu]cher|romane|libros|"
    r"novelas|libri|romanzi|livros|romances|boeken|książki|powieści|книги|романа|kitap|roman)\b|两本书|兩本書|两部小说|二冊|두\s?권",
    re.I,
)


# A title that announces several short reviews: "Mini reviews: …", "Kurzrezensionen", "短评两则"
_SEVERAL_REVIEWS = re.compile(
    r"\b(?:mini[\s-]?reviews|quick reviews|short reviews|double review|two reviews|kurzrezensionen|mini-?critiques|"
    r"critiques express|minirrese[ñn]as|rese[ñn]as (?:cortas|breves)|recensioni brevi|mini-?recensioni|minirecensies|"
    r"mini-?recenzje|мини-рецензии|mini[\s-]?resenhas)\b|短评(?:两|二|三)则|短評|ミニレビュー|미니\s?리뷰",
    re.I,
)


def two_books(title: str | None, book_headings: int, scored_lines: int, books_named: int = 0) -> str | None:
    """Two "Title by Author" headings, each book with its verdict or the title naming two works: two reviews."""
    if title and _SEVERAL_REVIEWS.search(title) and max(book_headings, books_named, scored_lines) >= 2:
        return "the title announces several short reviews, and the post names or scores more than one book"
    if max(book_headings, books_named) < 2:
        return None
    if title and _TWO_WORKS.search(title):
        return f"the title names two books, and {max(book_headings, books_named)} headings or items review them in turn"
    if book_headings < 2:
        return None
    if scored_lines >= 2:
        return f"{book_headings} books in their own headings, each with a verdict: more than one review"
    return None


# --- the decision ----------------------------------------------------------------------------------------------


# a podcast's or a radio show's episode page: the page's text (its show notes) may itself be a written review
