"""A headline that lists things ("A wet March, a castle, and four women who needed a holiday", "Une mère, un bungalow
et la mer qui gagne toujours") is no "Title, subtitle": its part before the first comma is one item of the list, and
no title unless the text names it.

``bookbody`` takes a headline's part before a colon, a comma or a dash as a title it may be about; ``head`` gives
that part, or "" for the first item of a list the text never names. A list is told by its shape: the item after the
comma opens with a short lower-case word (an article or a numeral: "a castle", "un bungalow", "zwei Katzen") and is
short, and a third item follows, after another comma or after the language's "and".

A title may itself be such a list, of names in capitals ("Ente, Tod und Tulpe – ein Bilderbuch …", "Salt, Smoke
and Honey: …"): every item capitalised, one or two words, the last after "and", the whole before the headline's dash
or colon. Its head is the whole list, not its first item (a character the text names alone).
"""

from __future__ import annotations

import re

from .book import Context
from .bookseriesname import series_name
from .ratingwords import NUMBER_WORDS

_SPLIT = re.compile(r"\s*[:,(|]\s*|\s+[-–—·•]\s+")
# "and" in the languages we crawl (a closed word class), as a list's last item follows it
_AND = re.compile(r"\s(?:and|et|und|y|e|en|och|og|ja|és|и|і|ve|và|dan|και|oraz|ir|un)\s")


_LEAD = re.compile(r"\s*[:(|]\s*|\s+[-–—·•]\s+")
_ITEM = r"[^\W\d_][\w'’\-]*(?:\s[^\W\d_][\w'’\-]*)?"
_CAPITAL_LIST = re.compile(rf"{_ITEM}(?:\s*,\s*{_ITEM})+,?{_AND.pattern}{_ITEM}")


def capital_list(part: str) -> str | None:
    """The list of capitalised items that opens `part` before its dash or colon ("Ente, Tod und Tulpe – …"), or None."""
    lead = _LEAD.split(part, maxsplit=1)[0].strip()
    if not _CAPITAL_LIST.fullmatch(lead):
        return None
    words = [w for w in re.split(r"[\s,]+", lead) if w and not _AND.fullmatch(f" {w} ")]
    if _counted(part[len(lead):], len(re.split(rf"\s*,\s*|{_AND.pattern}", lead))):
        return None  # ("Dune, Emma and Beloved: three re-reads": the subtitle counts the items, each a book of its own)
    return lead if all(w[:1].isupper() for w in words) else None


def _counted(rest: str, items: int) -> bool:
    """`rest` (after the list's dash or colon) opens, in its first two words, on the number of the list's items."""
    words = re.findall(r"[^\W_]+", rest)[:2]
    return any(w == str(items) or NUMBER_WORDS.get(w.lower()) == items for w in words)


def head(part: str, context: Context) -> str:
    """`part`'s text before its first colon, comma or dash; "" when that is the first item of a listing headline."""
    if named := capital_list(part):
        return named
    found = _SPLIT.split(part, maxsplit=1)[0]
    if found != part and (kicker(found, part, context) or series_name(found, context.text)):
        return ""  # (a news kicker; a series the text names only before "book": bookseriesname)
    if found == part or context.mentions(found):
        return "" if found != part and kind_only(found) else found
    return "" if (listing(part) and part.startswith(found + ",")) or kind_only(found) else found


def listing(part: str) -> bool:
    """`part` lists things after its first item: "X, a castle, and Y", "X, un bungalow et Y", "X, zwei Katzen und Y"."""
    if "," not in part:
        return False
    rest = part.split(",", 1)[1].strip()
    item = _AND.split(rest, maxsplit=1)[0].split(",")[0].strip()
    words = item.split()
    return bool(words) and words[0][:1].islower() and len(words[0]) <= 4 and len(words) <= 5 \
        and ("," in rest or _AND.search(rest) is not None) or _bare_item(rest)


# "and" in our languages, with those of languages whose nouns stand bare in a list, with no article before them or with
# one suffixed ("kungen", "kongen", "regele"): uk "та", ro "și", sq "dhe", eu "eta" (not the "and" that is another
# language's preposition: cs/sk "a", pl/hr/ca "i", sl "in")
_BARE_AND = r"\s(?:and|et|und|y|e|en|och|og|ja|és|и|і|ve|và|dan|και|oraz|ir|un|та|și|dhe|eta)\s"
# the item after the comma: one or two words, which "and" or another comma closes, a further item in lower case after it
_BARE_ITEM = re.compile(rf"([^\W\d_]+(?:\s[^\W\d_]+)?)(?:\s*,\s*|{_BARE_AND})([^\W\d_])")


def _bare_item(rest: str) -> bool:
    """The list's second and third items are bare nouns in lower case ("Hovet, kungen och läkaren …", "Curtea, regele
    și medicul …", "Õukond, kuningas ja arst …"), as languages without a separate article list things; a subtitle opens
    on a capital or runs on past two words before any "and", and a remark names a place ("riletto a Palermo")."""
    match = _BARE_ITEM.match(rest)
    return match is not None and match.group(1).islower() and match.group(2).islower()


# A headline whose subject is the kind of thing read, with a clause or a remark after it ("The book that took me
# home", "Kniha, která mě zavedla…", "Ein Roman, der bleibt", "Книга, которая…"): the part before the comma or colon is
# the common noun, optionally after an article or a demonstrative, no title. The word for book or novel in our
# languages (a closed class), in the forms that open a sentence.
_KIND_ONLY = re.compile(
    r"(?:(?:the|a|this|that|one|der|die|das|ein|eine|dieses?|diese|le|la|un|une|ce|cette|el|los|una|este|esta|il|lo|"
    r"questo|o|os|um|uma|het|een|dit|deze|den|det|en|ett|denna|detta|ta|tato|tahle|ten|tento|to|ova|ovaj|"
    r"эта|этот|ця|цей|bu|bir|αυτό|το|ένα|ένας|η)\s+)?"
    r"(?:book|novel|novella|memoir|buch|roman|romane|livre|libro|novela|romanzo|livro|boek|bok|bog|kirja|raamat|"
    r"książka|powieść|kniha|knížka|román|knjiga|könyv|regény|carte|книга|книжка|роман|kitap|roman[ıi]|"
    r"βιβλίο|μυθιστόρημα|sách|buku)",
    re.I)


def kind_only(part: str) -> bool:
    """`part` is only the word for a book or novel ("Kniha", "The book", "Ein Roman"): what a headline is about, no title."""
    return _KIND_ONLY.fullmatch(part.strip()) is not None


def kicker(found: str, part: str, context: Context) -> bool:
    """`found`, a headline's head before its colon or dash, is a news kicker: a phrase of two words or more set in
    capitals ("ЗАВЕТ ПРЕЦИМА: …", "A HOUSE OF GLASS – …") over a headline that goes on in ordinary case, and one the
    text never names in any case. A book's title in capitals is named in the text; an acronym is one word."""
    rest = part[len(found):].lstrip(" :-–—")
    return len(found.split()) >= 2 and found.isupper() and not rest.isupper() and rest[:1].isalpha() \
        and re.match(r"\s*(?::|[-–—]\s)", part[len(found):]) is not None and found.casefold() not in context.text.casefold()
