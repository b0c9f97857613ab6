"""A headline part that holds the book's title and something else, read where the text names neither whole.

``booktitles.mentioned_part`` keeps the part of a headline the text names; when the text never names the title (a
short review calls it "the novel" throughout), two shapes still tell the title from what surrounds it:

- a tagline after a spaced dash in the post's own lower-case words ("A: T — again under the city's streets"), in a
  script with case; a title's own subtitle is capitalised ("T — A Novel") and stays;
- a library catalogue's page title, its label glued to the record's title by a slash ("Library Catalog /T / A", as
  WebPAC writes it: a space before the slash, none after), the label three words at most.
"""

import re

# a headline's tagline after a spaced dash, in the post's own lower-case words: "T — again under the city's streets"
# (a script with case only: the remark's first word lower case, two words or more, the title before it short)
_TAGLINE = re.compile(r"^(?P<title>[^—–:]{1,60}?)\s+[—–-]\s+(?P<remark>[^\W\d_A-ZÀ-ÞĀ-ŽА-ЯΑ-Ω][^\W\d_]*(?:\s+\S+)+)$")


# a library catalogue's page title, its label glued to the record's title by a slash ("Library Catalog /T", as
# WebPAC writes "%s /%s"): a space before the slash, none after, the label three words at most
_CATALOGUE = re.compile(r"^[^\W\d_][^/]{0,40}?\s/(?=[^\W\d_])(?P<title>[^/]+)$")


def tagline_cut(title: str) -> str:
    """The title before a lower-case tagline the text never names either (whole titles are kept when named), or
    after a catalogue's label."""
    if " /" in title and (found := _CATALOGUE.match(title)) and len(title[:found.start("title")].split()) <= 3:
        return found.group("title").strip()
    if " " not in title or not ("—" in title or "–" in title or " - " in title):
        return title
    found = _TAGLINE.match(title)
    return found.group("title").strip() if found and found.group("remark")[:1].islower() else title
