"""``bookmarkedrecord._short_title``: a closing citation "A, *Head: Tail*. City: House, year." names the book by the
head where the tail is a descriptive subtitle (five words or more), or where the text names the head on its own; a
series' volume ("Series: Volume Title", a short tail) keeps its whole title, and so does a head the text names only
as a series'. Invented titles and names."""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookmarkedrecord import _short_title

_REST = ". London: Harbour Press, 2012."


def _short(title: str, text: str = "") -> str:
    return _short_title(title, _REST, Context(text=text + "\n" + title + _REST))


def test_series_volume_kept_whole():
    for title in ("Tidewater Chronicles: The Salt Door", "Kestrel: The Siege of Varn",
                  "Inspector Vale: The Glass Orchard"):
        assert _short(title, "My son loved it and wants the next one.") == title, title


def test_series_name_in_text_keeps_whole():
    assert _short("Tidewater Chronicles: The Salt Door", "The Tidewater Chronicles series is long.") \
        == "Tidewater Chronicles: The Salt Door"
    assert _short("Kestrel: The Siege of Varn", "Die Kestrel Reihe ist lang.") == "Kestrel: The Siege of Varn"


def test_descriptive_subtitle_cut():
    assert _short("The Long Field: Labour and Land in the Northern Valleys") == "The Long Field"
    assert _short("Die kalte Küste: Fischer und Händler im Ostseeraum") == "Die kalte Küste"
    # (a short subtitle, the head named on its own in the text)
    assert _short("The Long Field: Northern Farm Labour", "The Long Field is a dense book.") == "The Long Field"
