"""eventline/eventdays (h67): an event notice closing a review whose clock is written with a Slavic or Baltic hour
word ("u 19 sati", "ob 19 uri", "19 val."), and a club's standing invitation whose bid is "open to all" in its
languages ("Open to all", "offen für alle", "otvoreno za sve", "avoin kaikille").

Invented posts (Ghost and Substack markup) in Croatian, Slovene, English, German and Finnish, with near misses: a
review's line that counts the hours the reading took ("12 sati"), a closing line saying the book is open to all
readers with no day and no gathering, and a reviewer's Saturday with the book.
"""

from __future__ import annotations

import lxml.html

from scraper.extract import eventdays, eventline
from tests.cleaning import TIDAL_REVIEW as REVIEW
from tests.cleaning import clean_tidal as clean
from tests.cleaning import ghost, paras, rules, substack, text_of

HR_REVIEW = [
    "Roman prati staru ribaricu kroz jednu dugu zimu na otoku, i autorica nikamo ne žuri: bura dolazi kad dođe.",
    "Najbolja su pisma s kopna, koja stižu s tjednima zakašnjenja i govore više od bilo kojeg dijaloga u knjizi.",
    "Sredina malo posustaje, ali kraj je toliko dobar da joj sve opraštam. Toplo preporučujem.",
]
DE_REVIEW = [
    "Der Roman begleitet einen Schleusenwärter durch seinen letzten Sommer am Kanal, und er lässt sich dabei viel Zeit.",
    "Am stärksten sind die Notizbücher zwischen den Kapiteln, knapp und trocken, und sie tragen mehr Gefühl als jeder Dialog.",
    "Im Mittelteil verliert sich die Handlung etwas, doch das letzte Kapitel entschädigt für alles.",
]
FI_REVIEW = [
    "Romaani seuraa sulkuvartijaa hänen viimeisen kesänsä ajan kanavan varrella, eikä kirjailija kiirehdi mihinkään.",
    "Parasta ovat muistikirjat lukujen välissä, lyhyet ja kuivat, ja ne kantavat enemmän tunnetta kuin yksikään dialogi.",
    "Keskivaiheilla tarina junnaa, mutta viimeinen luku korvaa kaiken. Suosittelen.",
]


def _line(html: str):
    return lxml.html.fragment_fromstring(html)


def test_croatian_evening_with_sati_clock_is_removed():
    line = "Sljedeći susret čitateljskog kluba: utorak, 8. siječnja u 18 sati, gradska knjižnica."
    body, report = clean(ghost(paras(*HR_REVIEW, line)), ".gh-content")
    assert "gradska knjižnica" not in text_of(body)
    assert "event notice" in rules(report)
    assert HR_REVIEW[-1] in text_of(body)


def test_slavic_and_baltic_hour_words_are_clocks():
    assert eventline.CLOCK.search("v petek ob 19 uri v knjigarni")
    assert eventline.CLOCK.search("ketvirtadienį 18 val. bibliotekoje")
    assert eventline.CLOCK.search("subota u 11 sati")


def test_hours_of_reading_in_a_review_stay():
    # near miss: a Croatian review's own line counting the hours the book took, on a weekday
    line = "Pročitao sam je u nedjelju, za nekih 12 sati, i nisam se mogao odvojiti od nje."
    body, report = clean(ghost(paras(*HR_REVIEW, line)), ".gh-content")
    assert line in text_of(body)


def test_english_club_open_to_all_is_removed():
    line = "The canal-side reading group meets on Thursday, March 4, in the lock keeper's cottage. Open to everyone."
    body, report = clean(substack(paras(*REVIEW, line)), ".body.markup")
    assert "lock keeper's cottage" not in text_of(body)
    assert REVIEW[-1] in text_of(body)


def test_german_and_finnish_open_invitations_are_removed():
    de = "Unser Lesekreis trifft sich am Mittwoch, 10. März, im Hinterzimmer der Buchhandlung. Offen für alle."
    body, report = clean(ghost(paras(*DE_REVIEW, de)), ".gh-content")
    assert "Hinterzimmer" not in text_of(body)
    assert DE_REVIEW[-1] in text_of(body)
    fi = "Lukupiiri kokoontuu keskiviikkona kirjaston kerhohuoneessa, avoin kaikille."
    assert eventdays.standing_invite(_line(f"<p>{fi}</p>"))


def test_book_open_to_all_readers_stays():
    # near misses: the review's own verdict that the book is open to all readers (no day, no gathering), and a
    # reviewer's Saturday with the book (no bid)
    line = "It is a quiet book, but open to everyone who has ever waited for a letter."
    body, report = clean(substack(paras(*REVIEW, line)), ".body.markup")
    assert line in text_of(body)
    de = "Ich habe es an einem Samstag gelesen; ein Buch, offen für alle, die Kanäle lieben."
    body, report = clean(ghost(paras(*DE_REVIEW, de)), ".gh-content")
    assert de in text_of(body)
