"""A headline's lower-case tagline after a dash read into the title: "Author: Title – a tagline" (bookheadtail)."""

from scraper.extract.book import Book
from scraper.extract.bookheadtail import headline_tail


def _cut(title: str, text: str, author: str = "Kovács Mária") -> str:
    return headline_tail(Book(title, author, source="title"), text).title


def test_hungarian_tagline_cut():
    text = "Kovács Mária regénye, a Téli kert, lassan indul.\nKovács Mária: Téli kert. Pelikán, 2024, 280 oldal"
    assert _cut("Téli kert – a ház, ahol senki sem beszél", text) == "Téli kert"


def test_english_tagline_cut():
    text = "Rereading The Salt Orchard, I found it far darker.\nThe Salt Orchard. Fernhill Press, 2023."
    assert _cut("The Salt Orchard — a summer that goes wrong", text, "Ana Ruiz") == "The Salt Orchard"


def test_near_miss_subtitle_with_a_capital_stays():
    text = "The Salt Orchard is a hard book to like."
    assert _cut("The Salt Orchard – A Novel of the Coast", text, "Ana Ruiz") == "The Salt Orchard – A Novel of the Coast"


def test_near_miss_text_names_the_whole_title_or_the_tail():
    whole = "Téli kert – a ház, ahol senki sem beszél"
    assert _cut(whole, f"A regény, a {whole}, lassan indul. Téli kert", ) == whole
    assert _cut(whole, "Téli kert: a ház, ahol senki sem beszél, a regény helyszíne.") == whole


def test_near_miss_head_never_named():
    assert _cut("Téli kert – a ház, ahol senki sem beszél", "Egy regény egy házról.") == "Téli kert – a ház, ahol senki sem beszél"
