"""A bookseller's signed pick on a shop's product page: a few sentences in the first person that close on the seller's
name after a dash, "… I have sold it for years, and people come back for a second copy. — Ineke, fiction desk",
"… ein Buch, das ich jedem schenke. – Jonas, Filiale Mitte", "… lo regalo siempre. —Marta (librera)".

reviewed.product_record keeps a product page whose text holds a line in the first person outside quotation marks from
being called the book's record (a bookseller's own review of it may be what the page shows). A line signed so is
the shop's cited voice, as a press quote in its marks is: a shelf card quoted under the description, its signature
where a quote gives its source. Its shape, whatever the language: the line's last dash (em, en, or a hyphen set apart
by spaces) is followed by one to three capitalised words (a name, initials), and at most a short role after a comma
or in brackets (six words), then the line ends. A review's sentence with a dash goes on in lower case after it.
"""

from __future__ import annotations

import re

# the signature after the line's last dash: a name of one to three capitalised words, then a short role or none
_SIGNED = re.compile(r"(?:\s[-–—]|[–—])\s*(?P<name>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,2})"
                     r"(?:\s*,\s*(?P<role>[^,.!?;:\n]{1,60})|\s*\((?P<brole>[^()\n]{1,60})\))?\s*$")


def signed(line: str) -> bool:
    """The line closes on a dash and a signature: a name (each word capitalised) and at most a short role."""
    if "—" not in line and "–" not in line and " - " not in line:
        return False
    found = _SIGNED.search(line)
    if not found or len(line.split()) < 8:
        return False
    role = found.group("role") or found.group("brole") or ""
    return all(word[0].isupper() for word in found.group("name").split()) and len(role.split()) <= 6
