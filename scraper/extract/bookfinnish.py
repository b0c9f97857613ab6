"""A Finnish author's surname in the genitive, as Finnish reviews name a book's author ("Kettun romaani", "Oksasen
Puhdistus"): the genitive -n after a vowel ("Waltari" → "Waltarin"), "-nen" → "-sen" ("Oksanen" → "Oksasen"), -in after
a consonant ("Jansson" → "Janssonin"), and the weak grade of a doubled k, p or t before the last vowel ("Mukka" → "Mukan").
Only on a Finnish page (``Context.language``), so that an English "Kettun" is never read as one.
"""

from __future__ import annotations

import re


def finnish_genitives(surname: str, language: str | None) -> list[str]:
    """The genitive forms of `surname` on a Finnish page; none elsewhere."""
    if (language or "").lower()[:2] != "fi" or len(surname) < 3 or not surname[-1:].isalpha():
        return []
    if surname.endswith("nen"):
        return [surname[:-3] + "sen"]
    if surname[-1:].lower() in "aeiouyäö":
        weak = re.sub(r"([kpt])\1([aeiouyäö])$", r"\1\2", surname)
        return sorted({surname + "n", weak + "n"})
    return [surname + "in"]
