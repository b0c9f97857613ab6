"""A score set apart from the review's lines: in the post title ("Piranesi (4/5)") or in a rating widget's text
("Valorado con 4 de 5", "力荐"). Moved out of rating.py as it was (its size); rating.find_rating asks for them.
"""

from __future__ import annotations

import re

from .casefold import plain_forms
from .rating import Rating, as_written, scan, parse_rating
from .ratingglyphs import widget_points
from .ratinglead import widget_cased
from .ratinglooks import EMPTY_STARS, FULL_STARS, HALF
from .ratingwords import WIDGET_WORDS


def title_rating(title: str, named: str | None = None) -> Rating | None:
    """A score set apart in the title: "Piranesi by Susanna Clarke (4/5)", "… ★★★★", "… – 4 stars"."""
    set_apart = re.search(rf"[\(\[][^)\]]*[\)\]]\s*$|[{FULL_STARS}{HALF}{EMPTY_STARS}].*$|[–—|:]\s*[^–—|:]*\bstars?\b[^–—|:]*$",
                          plain_forms(title))  # ("…（４／５）": the same place in the title as written)
    if set_apart:
        part = title[set_apart.start():set_apart.end()].strip(" –—|:()[]（）［］：")
        return None if _described(part) else parse_rating(part)
    # "T, A: 4/5", "T – 4/5": a fraction of 5 or 10 closing the headline after its separator, the headline before it
    # holding no figure ("Day 4: 3/10", "Week 2 – 4/5": a count's progress, not a score) and naming the book the page
    # is read as reviewing (`named`, its title): "Shortlist catch-up: 3/5", "Audiobook narration – 2/5" score a
    # count or another thing
    closing = _CLOSING_FRACTION.search(plain_forms(title))
    if not closing or re.search(r"\d", title[:closing.start()]) or not named:
        return None
    return parse_rating(closing.group(1)) if named.casefold() in title[:closing.start()].casefold() else None


# "T: a five-star fight over a drowned boat": the star count an adjective joined to its noun by a hyphen, the phrase
# going on after the noun with no first person in it, describes a thing of the story ("a five-star hotel on the
# coast"); a verdict ends on its noun, on the reader or on a clause of its own ("a five-star read", "a five-star
# read for me", "4-star read, slow but lovely")
_ATTRIBUTIVE = re.compile(r"\w-stars?\s+[^\W\d_]+(?P<after>\s+[^\W\d_]+(?:\W+\w+)*)\W*$", re.I)
_READER = re.compile(r"(?<!\w)(?:I|me|my|us|our|we)(?!\w)", re.I)


def _described(part: str) -> bool:
    """The title's star word is an adjective inside a phrase describing something, not the score."""
    found = _ATTRIBUTIVE.search(part) if "-star" in part.casefold() else None
    return bool(found) and not _READER.search(found.group("after"))


_CLOSING_FRACTION = re.compile(r"\s*[–—|:]\s*(\d(?:[.,]\d)?\s*/\s*(?:5|10))\s*$")


def widget_score(text: str) -> Rating | None:
    plain = plain_forms(text)
    found = [f for f in scan(plain) if f is not None] if len(plain) <= 80 else []
    level = WIDGET_WORDS.get(text.strip().casefold())  # "力荐", "it was amazing": a site's word for a number of stars
    level = level / 5 if level else widget_points(plain)  # (or its points: ko "4.5점")
    if not found and not level and (cased := widget_cased(plain)):  # "5 ulduzdan 4": the scale first, cased (ratinglead)
        return as_written(Rating(*cased), plain, text)
    return as_written(found[0].rating, plain, text) if len(found) == 1 else Rating(text.strip(), level) if level else None
