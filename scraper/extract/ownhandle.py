"""A short line naming a network with the site's own account on it, its handle the site's own name: anywhere.

Blogs point the reader to their account elsewhere in one line, wherever the editor set it, with whatever verb the
writer likes ("Link up with me on Instagram @<blog> for the audio version", "My Telegram channel: @<blog> — shorter
and more often", "Catch the podcast on TikTok, @<blog>"): the verbs and owners are the writer's (``followpleas`` and
``ownchannel`` read the usual ones), but the handle names the site itself, which no review's sentence does. Its shape:

- short (30 words; 90 letters in the scripts written without spaces), no score;
- a social network or a chat platform named (``platforms.SOCIAL_NAME``);
- an @handle that is the site's own: folded (case, dots, dashes and underscores aside) it is the page's host's first
  label ("bluemahoereads.blogspot.com", "vitrina-knig.livejournal.com"; "www." aside), or the site's name as its home
  links write it (``followpleas.home_names``) run together.

A handle of the book's author, the publisher or a friend names another account ("the author is @marlon on Instagram"),
and a paragraph that mentions the blog's handle among forty words of the review is the review's.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from .houseoffer import page_host
from .platforms import SOCIAL_NAME
from .rating import has_score
from .siteaccounts import _short
from .words import count_words

_FOLD = re.compile(r"[\W_]+")
_GENERIC = {"www", "m", "blog", "amp"}


def _fold(name: str) -> str:
    return _FOLD.sub("", name.casefold())


def own_handle(block: HtmlElement, body: HtmlElement, text: str) -> bool:
    """The line names a network and the site's own account there (module docstring)."""
    from .followpleas import _HANDLE, home_names  # (late: followpleas reaches the modules that ask this one)
    if not _short(text) or count_words(text) > 30 or "@" not in text or has_score(text) or not SOCIAL_NAME.search(text):
        return False
    handles = {_fold(h.lstrip("@")) for h in _HANDLE.findall(text)}
    handles.discard("")
    if not handles:
        return False
    labels = [label for label in page_host(body).split(".") if label not in _GENERIC]
    own = {_fold(labels[0])} if labels else set()
    own |= {_fold(name) for name in home_names(body) if len(_fold(name)) >= 5}
    return bool(handles & own)
