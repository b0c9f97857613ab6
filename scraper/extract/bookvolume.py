"""A volume's own title after its series and number, as shops, catalogues and readers' sites write a series' book:
French "La Passe-miroir, Tome 1 : Les Fiancés de l'hiver", English "The Salt Isles, Book 2: Harbour of Glass", German
"Die Chroniken, Band 3 – Der Turm", Spanish "La saga, Tomo 2: El puerto", Dutch "De kronieken, Deel 1: Het woud". The
book is the volume: its title is what follows the number (as ``clean_title`` already drops a series and its number
bracketed after the title, "T (The Salt Isles #2)").

Only a volume's word in one of our languages with a number (digits, a Roman numeral, a word for one to ten) right
before a colon or a dash counts, and the series before it must be a few words at most; a title after it of one letter or
none, or a number word that is the title's own ("Catch-22", "Band of Brothers", "Book Two" alone) leaves it as it was.
"""

from __future__ import annotations

import re

# a volume in our languages: fr tome/livre/volume, es/it/pt tomo/libro/livro/volume(n), de Band/Buch/Teil, nl deel/boek,
# en book/volume/vol./part, sv/da/no del/bok/bind, fi osa, pl tom/część/księga, cs/sk díl/svazek/kniha, ru/uk/bg том/книга
_VOLUME = (r"(?:tome|livre|tomo|libro|livro|volume|volumen|vol\.|band|buch|teil|deel|boek|book|part|del|bok|bind|osa|tom|"
           r"część|księga|díl|svazek|kniha|diel|том|книга|часть|частина|част)")
_NUMBER = (r"(?:\d{1,3}|[IVX]{1,5}|one|two|three|four|five|six|seven|eight|nine|ten|un|deux|trois|quatre|cinq|uno|dos|tres|"
           r"eins|zwei|drei|vier|fünf|een|twee|drie|vier|vijf)")
_SERIES_VOLUME = re.compile(
    rf"^(?P<series>[^:–—]{{2,60}}?)\s*[,.\-–—]?\s*\b{_VOLUME}\s*{_NUMBER}\s*(?:[:.]|\s[-–—])\s*(?P<title>\S.*)$", re.I)


def volume_title(title: str) -> str:
    """The volume's own title of "Series, Tome 1 : T" (T); any other title as it is."""
    found = _SERIES_VOLUME.match(title)
    if not found:
        return title
    rest = found.group("title").strip(" \"'“”«»")
    if len(rest) < 2 or not rest[:1].isalnum() or len(found.group("series").split()) > 8:
        return title
    return rest
