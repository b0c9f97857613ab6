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

The blog or the name is the bidding's object, not a word of the same line: within three words after the imperative
(``_OBJECT``), no comma or stop between ("follow this blog", "sign up for <Site> Weekly", "topp ci blog bii"), or
within three words before the verb-last one ("इस ब्लॉग को फ़ॉलो करें"); the network within four words after the
name that opens the line ("<Site> is on Facebook"). "Sigue siendo, para este blog, la mejor novela" (es "it remains"),
"Join the queue at your library: … this blog's book of the year" and "<Word> of the year, and half the readers on
Instagram agree" (a name's word opening a sentence) bid nothing of the site's.

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


# a clause's run of words: up to a comma, a stop or a colon
_RUN = re.compile(r"[^,.;:!?，。、،]*")


def _object_after(rest: str, names: tuple[str, ...]) -> bool:
    """The blog or the site's name within three words after the imperative, in its clause ("… this blog", "… for
    <Site> Weekly")."""
    run = _RUN.match(rest.lstrip()).group()
    starts = [m.start() for m in re.finditer(r"\S+", run)][:4]
    return any(_BLOG.match(run, at) or any(len(n) >= 4 and re.compile(rf"{re.escape(n)}(?!\w)", re.I).match(run, at)
                                           for n in names) for at in starts)


def _object_before(text: str, at: int, names: tuple[str, ...]) -> bool:
    """The blog or the site's name within three words before the verb-last imperative ("इस ब्लॉग को फ़ॉलो करें")."""
    words = re.split(r"\s+", text[:at].strip())[-4:]
    if any(p in " ".join(words) for p in ",;:.!?،"):
        words = re.split(r"[,;:.!?،]", " ".join(words))[-1].split()
    before = " ".join(words)
    return bool(_BLOG.search(before)) or _names_site(before, names)


def _opens_on_name(text: str, names: tuple[str, ...]) -> bool:
    """The line's first words are the site's name: every name word within them, the first of them opening it."""
    words = text.split()
    size = sum(len(n.split()) for n in names)
    head = " ".join(words[:size + 1])
    return bool(names) and any(text.lstrip(" \"'«„“").startswith(n) for n in names) \
        and all(_names_site(head, (n,)) for n in names)


def _bids(text: str, names: tuple[str, ...] = ()) -> bool:
    """The imperative addressed to the reader, the blog or the site its object: opening the line or a clause, the
    object within three words after it, or closing it verb-last, the object within three words before it."""
    for m in _CLAUSE.finditer(text):
        bid = followlines.OPENS.match(text[m.end():])
        if bid and _object_after(text[m.end() + bid.end():], names):
            return True
    return any(_object_before(text, bid.start(), names)
               for rule in (followlines._DEVA_BENG_BID, followlines.VERB_LAST_BID) for bid in rule.finditer(text))


def site_itself(text: str, names: tuple[str, ...] = ()) -> bool:
    """A short line bidding the reader follow or sign up to the blog itself, or the site naming its own place on a
    network (module docstring)."""
    if count_words(text) > 30 or has_score(text) or reported(text):
        return False
    if (_BLOG.search(text) or _names_site(text, names)) and _bids(text, names):
        return True
    return _opens_on_name(text, names) and _network_near(text, names)


def _network_near(text: str, names: tuple[str, ...]) -> bool:
    """A network named within four words after the site's name that opens the line, in its clause ("<Site> is on
    Instagram too")."""
    words = text.split()
    after = " ".join(words[sum(len(n.split()) for n in names):][:5])
    return bool(SOCIAL_NAME.search(re.match(r"[^,.;:!?，。、]*", after).group()))
