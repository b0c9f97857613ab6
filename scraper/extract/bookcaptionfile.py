"""A cover's caption that names the book without its author ("T (two volumes), Publisher's paperback edition"), its
picture's file named after the same title ("jhootha-sach-cover.jpg"): the caption's leading title, and the one person
the text makes the owner of "this novel" ("यशपाल का यह उपन्यास …", Yashpal's this novel), named again. The file name is
the publisher's or blogger's own label of the picture, in Latin letters even on a Devanagari page.
"""

from __future__ import annotations

import re

from .book import Context, clean_title
from .bookscripts import HI_BOOK_NOUN, HI_NOT_NAME, named_again, slug_spells

_LEAD = re.compile(r"^([^,(،—–:;|]{2,60}?)\s*(?:[,(،—–:;|]|$)")
# the owner of a book noun that a demonstrative points back to: "A का यह उपन्यास", "A की यह किताब"
_HI_OWNER = re.compile(rf"(?<![\u0900-\u097f])([\u0900-\u097f]+(?:\s[\u0900-\u097f]+){{0,2}})\s+(?:का|की|के)\s+(?:यह|ये|इस)\s+{HI_BOOK_NOUN}(?![\u0900-\u097f])")


# Bengali, Gurmukhi, Gujarati and Odia set their letters in Devanagari's order, a block (0x80) apart: "চ" is "च"
_TO_DEVANAGARI = {c: c - (c - 0x900) // 0x80 * 0x80 for c in range(0x980, 0xb80)}


def file_spells(title: str, file_words: str) -> bool:
    """A picture's file words spell `title`: its letters in Latin ones, or an Indic title consonant for consonant."""
    if re.search(r"[\u0900-\u0b7f]", title):
        return slug_spells("https://x/" + "-".join(file_words.split()), title.translate(_TO_DEVANAGARI))
    key = re.sub(r"\W+", "", title).casefold()
    return len(key) >= 3 and key in re.sub(r"\W+", "", file_words).casefold()


_spelled = file_spells  # (its older private spelling)


def caption_file_book(captioned: list[tuple[str, str]], lines: list[str], context: Context) -> tuple[str, str] | None:
    titles = set()
    for caption, alts in captioned:
        lead = _LEAD.match(caption.strip())
        if alts.startswith("file: ") and lead and 1 <= len(lead.group(1).split()) <= 6 \
                and file_spells(lead.group(1), alts[6:]):
            titles.add(clean_title(lead.group(1)))
    if len(titles) != 1:
        return None
    named = "\n".join([context.text])
    owners = set()
    for line in lines:
        for match in _HI_OWNER.finditer(line):
            words = match.group(1).split()
            names = [" ".join(words[i:]) for i in range(len(words)) if not set(words[i:]) & HI_NOT_NAME]
            owner = next((n for n in names if named_again(n, named, line) and n not in context.not_authors), None)
            if owner:
                owners.add(owner)
    return (titles.pop(), owners.pop()) if len(owners) == 1 else None
