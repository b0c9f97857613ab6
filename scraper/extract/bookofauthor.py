"""The author after a known title and the page language's word for "of", in languages that credit a work with its
genitive link: Hausa "littafin T na A" (the book T of A; "ta" after a feminine noun), Swahili "kitabu T cha A" ("ya",
"wa", "la", "vya", "za" by the noun's class), Yoruba "T ti A", Igbo "T nke A", Zulu and Xhosa "T ka A".

Those words are everyday ones too ("na" is also "and", "I"), so they are read only right after a title the page names
already (``bookbody`` asks for the author of a title found alone), in the post's first lines (a cover's caption, the
opening), the name two to four capitalised words that the text calls by family name again, outside that line. A title
of respect before the name (Hausa "Alhaji", "Malam", Swahili "Bwana", "Mwalimu", Arabic "Sheikh", "Dr", "Prof") is no part
of it: the name is given without it, as the page's other mentions give it.
"""

from __future__ import annotations

import re

from .book import Context, is_name

_OF = {"ha": "na|ta", "sw": "wa|ya|la|cha|vya|za", "yo": "ti", "ig": "nke", "zu": "ka", "xh": "ka"}
_HONORIFIC = re.compile(
    r"^(?:Alhaji|Alhaja|Alh\.|Hajiya|Hajia|Hajj?i|Malam|Mallam|Malama|Sheikh|Shaykh|Shehu|Ustaz|Ustadh|Ustadha|"
    r"Dakta|Farfesa|Mwalimu|Bwana|Bibi|Bw\.|Bi\.|Dkt\.?|Dr\.?|Prof\.?|Oloye|Chief|Sir|Dame)\s+"
)


def of_author(title: str, lines: list[str], context: Context) -> str | None:
    """The name after "T <of>" in the first lines, without a title of respect, the text naming its family name apart."""
    of = _OF.get((context.language or "")[:2].lower())
    if not of or not title:
        return None
    for line in lines[:3]:
        match = re.search(rf"(?<!\w){re.escape(title)}\s+(?:{of})\s+([^\W\d_][^,.;:!?()\n]{{2,60}})", line)
        if not match:
            continue
        words = match.group(1).split()[:5]
        name = " ".join(words)
        while _HONORIFIC.match(name):
            name = _HONORIFIC.sub("", name, count=1)
        words = name.split()
        for end in range(min(4, len(words)), 1, -1):
            candidate = " ".join(words[:end])
            if is_name(candidate) and all(w[:1].isupper() for w in words[:end]):
                # (the family name said again, apart from this line)
                if context.mentions(words[end - 1]) - line.count(words[end - 1]) >= 1:
                    return candidate
                break
    return None
