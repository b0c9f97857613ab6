"""A person named with a courtesy title of address ("Mr Watts", "Mrs Dalloway", "Frau Holle", "Monsieur Ibrahim") is a
person inside the story, or the text's own polite way to name a writer, never the book's credit: a book's author is
credited by their name alone. ``bookvendorline.vendored`` drops such an author on a review's page ("Mr Watts has one
book" in a plot summary is a character's book), or gives the shop's credit instead. The titles of address of many languages, each a whole word opening the name; a
scholar's or a noble's title ("Dr", "Sir", "Dame") may be part of a credit and is not among them."""

from __future__ import annotations

import re

# en, fr, de, nl, es, pt, it, pl/cs/sk, sv/no/da, fi, ro, hu, tr (after the name: not here), ru/uk transliterated
ADDRESSED = re.compile(
    r"^(?:Mr|Mrs|Ms|Miss|Mx|Mister|Missus|Monsieur|Madame|Mademoiselle|Mme|Mlle|Herr|Frau|Fräulein|Meneer|Mevrouw|"
    r"Mijnheer|Dhr\.|Mevr\.|Señor|Señora|Señorita|Sr\.|Sra\.|Srta\.|Senhor|Senhora|Sig\.|Sig\.ra|Signor|Signora|"
    r"Signorina|Pan|Pani|Panna|Fru|Frøken|Fröken|Herra|Rouva|Neiti|Domnul|Doamna|Úr)\.?\s+(?=[^\W\d_])"
)


def addressed(name: str) -> bool:
    """The name opens on a title of address ("Mr Watts", "Frau Holle")."""
    return bool(name[:1].isupper() and ADDRESSED.match(name))
