"""An opening sentence that sets the reader inside the book and names its maker as the subject: "In “T”, A tells …".

Reviews in many languages open (or go on) with the book's title after a preposition of place, set off by quotes or
italics, then a comma and the author doing something: en "In *T*, Jane Doe builds …", fr "Dans « T », Jean Roy
raconte …", es "En *T*, Ana Lima narra …", pt "Em *T*, …", it "In *T*, …", ro "În *T*, …", sw "Katika *T*, A
anatuletea …", id/ms "Dalam *T*, A menulis …", tl "Sa *T*, …", sq "Në *T*, …", pl "W *T*, …", cs/sk/sl "V *T*, …",
hr/bs/sr "U *T*, …", ru/bg/uk "В «T», …", el "Στο «T», …", vi "Trong *T*, …", ha "A cikin *T*, …". (Verb-second
languages, "In „T“ erzählt A", put no comma there and their verb before the name: not read.)

Read by shape in ``bookopening.marked_paragraphs``' text (markup already turned into “ ”): the sentence opens on one of
those prepositions, the marked title follows, then a comma, a name of two to four capitalised words (``is_name``) and a
word in lower case (the verb: no list of names, "In *T*, Ana Lima and Eva Roth"… stops at "and" too, a lower-case
word). The text must name the author's last word again beyond this sentence (``Context.vouches_for``, twice): a
sentence about one character ("In *T*, Anna Karenina falls …") names no author the review goes on to discuss, unless
the character's name stands in the text again — so the name must also not be part of the title.

English sets a title off by its capitals too: "In The Glass Orchard, Jane Doe builds …" — mid-sentence, a preposition's
article is written in lower case ("in the garden"), so a capitalised "The", "A", "An" after "In" and words in title case
up to the comma mark a title as quotes would (English pages only; a place, "In Northern Ontario, …", has no article).
A place or a paper takes the definite article too ("In The Hague, …", "In The Guardian, A praised …"), so a title
opening on "The" and marked by its capitals alone must be the post's subject beyond that sentence: the text names it
again, or the headline shares one of its words ("A queen in her own voice" over "In The Last Queen, …"); a headline of
other words names another book. "A"/"An" open no place's or paper's name.
"""

from __future__ import annotations

import re

from .book import Context, clean_title, is_name

_IN = (r"in|into|dans|en|em|no|na|nel|nella|nello|în|katika|ndani\s+ya|dalam|di\s+dalam|sa|në|w|we|v|ve|u|в|во|у|"
       r"στο|στη|στην|trong|a\s+cikin|ing|mewn|i")
_OPENING = re.compile(rf"(?:^|(?<=[.!?]\s))(?:{_IN})\s+“(?P<title>[^“”]{{2,100}})”\s*,\s+(?P<rest>[^,.;:!?()]{{3,80}})", re.I)
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.\-]*")
# English, unmarked: "In The T, A <verb> …", the article's capital after the preposition its only mark (_title_cased)
_BARE = re.compile(r"(?:^|(?<=[.!?]\s))In\s+(?P<title>(?:The|A|An)\s+[^\W\d_][^,.;:!?()“”\d]{1,80}?)\s*,\s+"
                   r"(?P<rest>[^,.;:!?()]{3,80})")


def _title_cased(title: str) -> bool:
    """Each word of four letters or more capitalised, as English titles are ("The Last Harbour", not "The next day")."""
    return all(w[:1].isupper() for w in title.split()[1:] if len(w) > 3) and title.split()[1][:1].isupper()


def _subject(title: str, context: Context, headline: str) -> bool:
    """A title read by its capitals alone is the post's subject: named again beyond its sentence, or one of its words
    past the article (four letters or more) in the headline."""
    if context.mentions(title) >= 2:
        return True
    said = {w.casefold() for w in _NAME_WORD.findall(headline or "")}
    return any(len(w) > 3 and w.casefold() in said for w in _NAME_WORD.findall(title)[1:])


def inside_opening(paragraphs: list[str], context: Context, headline: str | None = None) -> tuple[str, str] | None:
    """(title, author) of an opening "In “T”, A <verb> …" among the paragraphs (see the module's docstring)."""
    english = (context.language or "").lower().startswith("en")
    for paragraph in paragraphs[:4]:
        if "," not in paragraph or "“" not in paragraph and not (english and "In " in paragraph):
            continue
        for match in [*_OPENING.finditer(paragraph), *(_BARE.finditer(paragraph) if english else ())]:
            if match.re is _BARE and not _title_cased(match.group("title")):
                continue
            words = match.group("rest").split()
            name = []
            for word in words[:5]:
                if not word[:1].isupper() or not _NAME_WORD.fullmatch(word):
                    break
                name.append(word)
            if not 2 <= len(name) <= 4 or len(name) == len(words):
                continue  # (the name runs on to the clause's end: no verb after it)
            author, title = " ".join(name), clean_title(match.group("title"))
            # (an indefinite article opens no place's or paper's name: "In A Year of T, …" is read as before)
            bare_ok = match.re is not _BARE or title.split()[0] != "The" or _subject(title, context, headline or "")
            if title and is_name(author) and name[-1].casefold() not in title.casefold() \
                    and context.vouches_for(author, 2) and bare_ok:
                return title, author
    return None
