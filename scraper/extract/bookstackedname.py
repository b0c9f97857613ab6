"""A record set on three short lines with the author first: the name, the title, the details ("A" / "T" / "Publisher,
250 pages"), as newspapers set a reviewed book's fact box, often under a kind line ("ROMAN", "Skönlitteratur",
"Sachbuch") or a box heading that the window passes over.

``bookbiblio._stacked`` reads the title-first order ("T" / "A" / details); papers in Scandinavia, Germany and the Low
Countries set the author first. The window is read by its shape: a person's name (not the title-first order's title:
both name-shaped, the author is the one the text calls by surname alone), a short line with no sentence's end that is
no name, then a details line with pages, a price or an ISBN or a publisher's word. The text names the author's surname
again (the box is one naming), so a byline over a headline over a line of counts is none.

``stacked_over`` tells bookbiblio's line-by-line reading that a details line is the third line of such a box: its
first parts are then the place and the house ("Ciudad, Editorial X, 2011, 148 pp." under "A" / "T"), no "T, A" line.
``INDIC_HOUSE`` is the word a publishing house's name ends with in the Indic scripts and Urdu ("X प्रकाशन",
"X প্রকাশনী", "X பதிப்பகம்"), where the house's word follows its name, as Korean and Japanese records set theirs.
"""

from __future__ import annotations

import re

from .book import QUOTES, Context, clean_title, is_name
from .notewords import PUBLISHER

# hi/mr/ne, bn/as, gu, pa, or, ta, te, kn, ml, si, ur: the house ("prakashan", "prakashani", "pathippagam", "publications",
# "publishers", "books", "publishing house" as the houses write them in their own script)
INDIC_HOUSE = (r"(?:पब्लिशिंग|পাবলিশিং|பப்ளிஷிங்|పబ్లిషింగ్|ಪಬ್ಲಿಷಿಂಗ್|പബ്ലിഷിംഗ്)\s+(?:हाउस|হাউস|ஹவுஸ்|హౌస్|ಹೌಸ್|ഹൗസ്)|प्रकाशन|पब्लिकेशन्स|पब्लिशर्स|बुक्स|প্রকাশনী|প্রকাশন|প্ৰকাশন|পাবলিকেশন্স|পাবলিশার্স|বুকস|પ્રકાશન|ਪ੍ਰਕਾਸ਼ਨ|ପ୍ରକାଶନୀ|ପ୍ରକାଶନ|"
               # (Urdu spells "publications" as one word or two: "پبلی کیشنز")
               r"பதிப்பகம்|பிரசுரம்|ప్రచురణలు|పబ్లికేషన్స్|ಪ್ರಕಾಶನ|ബുക്സ്|പബ്ലിക്കേഷൻസ്|ප්‍රකාශන|پبلی\s?کیشنز|پبلشرز|پبلشنگ\s+ہاؤس")


def _count(words: str, text: str) -> int:
    return len(re.findall(rf"(?<!\w){re.escape(words)}(?!\w)", text))


def _alone(name: str, text: str) -> bool:
    """The text says the name's last word apart from the whole name (a surname said alone)."""
    return _count(name.split()[-1], text) > _count(name, text)


def name_first(lines: list[str], context: Context | None, details: re.Pattern) -> tuple[str, str] | None:
    """(title, author) of three stacked lines "A" / "T" / details; None when no window has that shape. `details` is
    the record's pattern for pages, a price or an ISBN (bookbiblio's)."""
    if context is None or len(lines) < 3:
        return None
    not_authors = {n.casefold() for n in context.not_authors if n}
    for name, title, after in zip(lines, lines[1:], lines[2:]):
        name, bare = name.strip(" *_"), title.strip().strip("*_ ").strip(QUOTES + " ")
        if not (is_name(name) and len(name.split()) <= 4 and name.casefold() not in not_authors and _alone(name, context.text)):
            continue
        if not bare or len(bare.split()) > 12 or len(after) > 120 or not bare[:1].isupper() and bare[:1] not in "0123456789" \
                or bare.endswith((".", "!", "?", ":", ";")) or re.search(r",(?!\s+[a-zß-öø-ÿ][^\W\d_]*(?:[\s,]|$))", bare) \
                or "," in bare and is_name(bare.split(",")[0].strip()):
            continue  # (a title is a short line, no sentence; a comma would be a record of its own, bar one before a word in lower case: "Vente, blinke")
        if is_name(bare) and _alone(bare, context.text):
            continue  # (both name-shaped: the text calls the second by surname, the title-first order)
        parts = [p.strip() for p in re.split(r"[,;|·•]", after) if p.strip()]
        if not (details.search(after) or any(PUBLISHER.search(p) for p in parts)) or details.search(title):
            continue
        return clean_title(bare), name
    return None


def stacked_over(line: str, lines: list[str], context: Context | None, details: re.Pattern) -> tuple[str, str] | None:
    """The (title, author) of the "A" / "T" / details box whose details line `line` is, when it is one."""
    at = next((i for i, other in enumerate(lines) if other == line), -1) if context is not None else -1
    return name_first(lines[at - 2:at + 1], context, details) if at >= 2 else None
