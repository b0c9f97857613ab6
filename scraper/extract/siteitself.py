"""A closing line about the site itself, addressed to the reader: the bidding to follow or sign up to the blog, or the
site saying where else it is.

``followlines`` and ``followpleas`` read a follow line by its network, a handle, an account word or "my"/"our". A
blog's closing line may name none of them and still speak of the site, not the book:

- the blog itself as the object of the bidding: the loan word "blog" (in its scripts: блог, ब्लॉग, ব্লগ, ブログ, 블로그,
  博客 …) or the site's own name (its home links' or its publication's, ``followpleas.home_names``), and the imperative
  addressed to the reader opening the line or a clause after a colon ("Get our picks by email: sign up for <Site>
  Weekly", ``followlines.OPENS``), or closing it in a verb-last language ("इस ब्लॉग को फ़ॉलो करें …");
- or the site's own name opening the line and a social network named on it ("<Site> is on Facebook too, with …"):
  the site telling the reader where else to find it.

Short (30 words at most), no score, no one's words retold (``reportedspeech``). ``sitelines.mark`` asks it through
``followlines.opening_follow`` only for a line closing the review's box in the body's second half. What stays: a
review's sentence about a character who starts a blog (no imperative opens it), a review's line naming the site
("the tenth novel of hers on <Site>", no bidding), a line opening with the site's name and no network, and a
network named in a review's sentence that opens with its own subject.
"""

from __future__ import annotations

import re

from . import followlines
from .platforms import SOCIAL_NAME
from .rating import has_score
from .reportedspeech import reported
from .words import count_words

# the loan word "blog" in the scripts that write it (Latin and Cyrillic as words; the others glued or spaced)
_BLOG = re.compile(r"(?<!\w)(?:blog|блог|μπλογκ)\w*|בלוג|بلاگ|وبلاگ|مدونة|ब्लॉग|ब्लाग|ব্লগ|பிளாக்|బ్లాగ్|ಬ್ಲಾಗ್|"
                   r"ബ്ലോഗ്|บล็อก|ブログ|블로그|博客|部落格", re.I)
# a clause's opening: the line's start, or after a colon, a dash or a sentence's stop
_CLAUSE = re.compile(r"(?:^|[:：;.!?]\s+|\s[–—]\s+)")


def _names_site(text: str, names: tuple[str, ...]) -> bool:
    return any(len(name) >= 4 and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.I) for name in names)


def _opens_on_name(text: str, names: tuple[str, ...]) -> bool:
    """The line's first words are the site's name: every name word within them, the first of them opening it."""
    words = text.split()
    size = sum(len(n.split()) for n in names)
    head = " ".join(words[:size + 1])
    return bool(names) and any(text.lstrip(" \"'«„“").startswith(n) for n in names) \
        and all(_names_site(head, (n,)) for n in names)


def _bids(text: str) -> bool:
    """The imperative addressed to the reader: opening the line or a clause, or closing it verb-last."""
    if any(followlines.OPENS.match(text[m.end():]) for m in _CLAUSE.finditer(text)):
        return True
    return bool(followlines._DEVA_BENG_BID.search(text) or followlines.VERB_LAST_BID.search(text))


def site_itself(text: str, names: tuple[str, ...] = ()) -> bool:
    """A short line bidding the reader follow or sign up to the blog itself, or the site naming its own place on a
    network (module docstring)."""
    if count_words(text) > 30 or has_score(text) or reported(text):
        return False
    if (_BLOG.search(text) or _names_site(text, names)) and _bids(text):
        return True
    return _opens_on_name(text, names) and bool(SOCIAL_NAME.search(text))
