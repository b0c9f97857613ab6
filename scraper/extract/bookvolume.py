"""A volume's own title after its series and number, as shops, catalogues and readers' sites write a series' book:
French "La Passe-miroir, Tome 1 : Les Fiancés de l'hiver", English "The Salt Isles, Book 2: Harbour of Glass", German
"Die Chroniken, Band 3 – Der Turm", Spanish "La saga, Tomo 2: El puerto", Dutch "De kronieken, Deel 1: Het woud". The
book is the volume: its title is what follows the number (as ``clean_title`` already drops a series and its number
bracketed after the title, "T (The Salt Isles #2)").

Only a volume's word in one of our languages with a number (digits, a Roman numeral, a word for one to ten) right
before a colon or a dash counts, and the series before it must be a few words at most; a title after it of one letter or
none, or a number word that is the title's own ("Catch-22", "Band of Brothers", "Book Two" alone) leaves it as it was.

A volume with no title of its own, its number after the series and a comma ("Aya de Yopougon, tome 1", "Die Chroniken,
Band 2", as albums and series' books are headed), is the series' name as the book's title; a part's number is the
work's own ("Henry IV, Part 1", "Faust, Teil 2"): not those.
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


# a bracketed volume or range of volumes after a title, in languages ``clean_title``'s European list lacks: Hindi,
# Marathi, Nepali भाग, Gujarati ભાગ, Punjabi ਭਾਗ, Bengali খণ্ড/ভাগ, Odia ଖଣ୍ଡ/ଭାଗ, Tamil பாகம்/தொகுதி, Telugu భాగం/సంపుటి,
# Kannada ಭಾಗ/ಸಂಪುಟ, Malayalam ഭാഗം/വാല്യം, Urdu/Persian جلد/حصہ, Arabic الجزء/جزء/المجلد, Turkish cilt, Greek τόμος
# ("સરસ્વતી (ભાગ 1થી 4)", "Title (भाग 2)", "T (جلد ۳)"); the title is the work's, whatever the edition bound
_BRACKET_VOLUME = re.compile(
    r"\s*[(\[]\s*(?:भाग|ભાગ|ਭਾਗ|খণ্ড|ভাগ|ଖଣ୍ଡ|ଭାଗ|பாகம்|தொகுதி|భాగం|సంపుటి|ಭಾಗ|ಸಂಪುಟ|ഭാഗം|വാല്യം|جلد|حصہ|حصه|الجزء|جزء|المجلد|"
    r"cilt|τόμος|τόμοι)\s*\d[^()\[\]]{0,20}[)\]]\s*$", re.I)


# (not a part's word: en part, de Teil, sv/da/no del, pl część, ru/uk/bg часть/частина/част)
_VOLUME_ONLY = _VOLUME.replace("|teil|", "|").replace("|part|", "|").replace("|del|", "|").replace("część|", "") \
    .replace("|часть|частина|част)", ")")
_TAIL_VOLUME = re.compile(rf"^(?P<series>[^,:–—]{{2,60}}?),\s*{_VOLUME_ONLY}\s*{_NUMBER}\s*$", re.I)


def volume_title(title: str) -> str:
    """The volume's own title of "Series, Tome 1 : T" (T); any other title as it is, bar a bracketed volume after it."""
    title = _BRACKET_VOLUME.sub("", title) or title
    if (tail := _TAIL_VOLUME.match(title)) and tail.group("series")[:1].isupper() \
            and len(tail.group("series").split()) <= 8:
        return tail.group("series").strip()
    found = _SERIES_VOLUME.match(title)
    if not found:
        return title
    rest = found.group("title").strip(" \"'“”«»")
    if len(rest) < 2 or not rest[:1].isalnum() or len(found.group("series").split()) > 8:
        return title
    return rest
