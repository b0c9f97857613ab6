"""A cover's caption that names the book without its author ("পুতুলনাচের ইতিকথা — বইমেলা থেকে কেনা পুরনো সংস্করণ", the
title and where the copy came from), the picture a cover by its file's or alt text's words ("putulnach-cover.jpg"), and
the opening paragraph that starts by making a person the owner of "this novel" ("মানিক বন্দ্যোপাধ্যায়ের এই উপন্যাসটা …",
"यशपाल का यह उपन्यास …"): the demonstrative points back at the pictured book, so its owner is the author, named once.

Read for the Indic scripts whose possessive and demonstrative are known (Bengali's genitive ending -এর/-র and এই/সেই,
Hindi's का/की/के and यह/इस); the name is two or three words, none a pronoun or the word for writer.
"""

from __future__ import annotations

import re

from .book import Context, clean_title
from .bookcover import COVER_WORD

_LEAD = re.compile(r"^([^,(،—–:;|]{2,60}?)\s*(?:[,(،—–:;|]|$)")
_BN_WORD, _HI_WORD = r"[\u0980-\u09ff]+", r"[\u0900-\u097f]+"
_OPENING_OWNER = (
    # Bengali: "A B-এর এই উপন্যাস", the genitive glued to the surname
    re.compile(rf"^(?P<name>{_BN_WORD}(?:\s{_BN_WORD})??\s[\u0980-\u09ff]+?)(?:ে?র|-এর)\s+(?:এই|সেই|ওই)\s+(?:উপন্যাস|বই|গল্পগ্রন্থ|উপন্যাসিকা)"),
    # Hindi: "A B का यह उपन्यास"
    re.compile(rf"^(?P<name>{_HI_WORD}(?:\s{_HI_WORD}){{1,2}}?)\s+(?:का|की|के)\s+(?:यह|ये|इस)\s+(?:उपन्यास|किताब|पुस्तक|कहानी-संग्रह)"),
)
# pronouns, "writer", "my", "favourite": words that stand where a name would
_NOT_NAME = set("আমার আমাদের তাঁর তার তাদের প্রিয় লেখক লেখকের লেখিকা এই সেই ওই "
                "मेरे मेरी मेरा हमारे हमारी उनके उनकी इनके लेखक लेखिका प्रिय इस उस".split())


def cover_owner(captioned: list[tuple[str, str]], lines: list[str], context: Context) -> tuple[str, str] | None:
    """(title, author): one cover's caption's leading title, and the owner the first paragraph opens with."""
    titles = set()
    for caption, alts in captioned:
        lead = _LEAD.match(caption.strip())
        if lead and 1 <= len(lead.group(1).split()) <= 6 and (COVER_WORD.search(alts) or COVER_WORD.search(caption)):
            titles.add(clean_title(lead.group(1)))
    if len(titles) != 1:
        return None
    title = titles.pop()
    not_authors = {n for n in context.not_authors if n}
    captions = {caption for caption, _ in captioned}
    for line in [line for line in lines[:4] if len(line) >= 40 and line not in captions][:1]:  # (the opening paragraph)
        for pattern in _OPENING_OWNER:
            match = pattern.match(line.strip())
            name = match.group("name") if match else ""
            if name and not set(name.split()) & _NOT_NAME and name not in not_authors and name not in title:
                return title, name
    return None
