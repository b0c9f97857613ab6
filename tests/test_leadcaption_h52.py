"""A lead picture's caption that is the book's record, its house in brackets ("T — A (House)", "A: T (House)",
"T, A (House, 2024)"): the desk's, taken out of the body (leadpicture), and still the page's book (bookleadcaption),
read from the captions gathered while the page was whole. Pages and captions in our own words.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.bookleadcaption import house_bracket, lead_caption_book

HI = ["यह उपन्यास एक छोटे पहाड़ी कस्बे के डाकिये की कहानी है जो हर सुबह चिट्ठियाँ बाँटते हुए लोगों के दुख-सुख का साझेदार बन जाता है।",
      "लेखक की भाषा सरल है पर उसमें गहरी करुणा है, और हर अध्याय किसी एक घर के दरवाज़े पर खुलता है।",
      "बीच के कुछ हिस्से धीमे लगते हैं, फिर भी आख़िरी पन्नों तक आते-आते मन भर आता है।"]
DE = ["Der Roman folgt einer Fährfrau, die nach dem Tod ihres Bruders die letzte Fähre über den Fluss allein betreibt.",
      "Die Sprache ist knapp und genau, jedes Kapitel beginnt mit dem Wetterbericht eines anderen Tages.",
      "Manches im Mittelteil wiederholt sich, doch das Ende trägt, und man legt das Buch ungern aus der Hand.",
      "Wer ruhige Bücher über Arbeit, Verlust und Landschaft mag, findet hier einen stillen Begleiter für lange Abende am Wasser."]


def _page(review: list[str], caption: str, lang: str) -> str:
    body = "".join(f"<p>{t}</p>" for t in review)
    return (f"<html lang='{lang}'><head><title>Notiz | Blatt</title></head><body><main><article>"
            "<h1 class='headline'>Ein Fluss, eine Fähre</h1><div class='byline'><span>Redaktion</span></div>"
            f"<figure class='lead'><img src='/img/cover-shot.jpg' alt=''><figcaption>{caption}</figcaption></figure>"
            f"<div class='story-body'>{body}</div></article></main><footer><p>Blatt 2026</p></footer></body></html>")


def test_the_house_in_brackets_closes_a_record_caption():
    assert house_bracket("डाकिया — रमेश चंद्र वर्मा (नीलकमल प्रकाशन)") == "नीलकमल प्रकाशन"
    assert house_bracket("Die letzte Fähre — Ilse Brandauer (Verlag am Deich)") == "Verlag am Deich"
    assert house_bracket("Ilse Brandauer: Die letzte Fähre (Deich Verlag)") == "Deich Verlag"
    assert house_bracket("Последний паром, Анна Крылова (издательство Берег, 2024)") == "издательство Берег, 2024"
    assert house_bracket("La última barca — Ana Ruiz Gil (Ediciones del Muelle)") == "Ediciones del Muelle"
    assert house_bracket("最後の渡し舟 — 山田花子 (港出版社)") == "港出版社"


def test_near_misses_are_no_record():
    assert house_bracket("Die Fähre am Morgen (Foto: Jan Ruh)") == ""  # a photo's credit, no record
    assert house_bracket("Ilse Brandauer bei einer Lesung (Archiv)") == ""  # a portrait, no house
    assert house_bracket("Die letzte Fähre — Ilse Brandauer (Neuausgabe)") == ""  # an edition, no house
    assert house_bracket("Die Fähre legt ab. Im Hintergrund der Deich — und die Stadt (Verlag am Deich)") == ""  # a sentence
    assert house_bracket("Die letzte Fähre — Ilse Brandauer") == ""  # no bracket


def test_two_books_in_captions_are_a_roundup():
    assert lead_caption_book([("Die letzte Fähre — Ilse Brandauer (Verlag am Deich)", "file: a"),
                              ("Das Salz — Paul Kern (Ufer Verlag)", "file: b")]) is None
    one = lead_caption_book([("Die letzte Fähre — Ilse Brandauer (Verlag am Deich)", "file: a")])
    assert (one.title, one.author) == ("Die letzte Fähre", "Ilse Brandauer")


def test_a_record_caption_over_the_text_goes_and_names_the_book():
    for review, caption, lang, title, author in (
            (HI, "डाकिया — रमेश चंद्र वर्मा (नीलकमल प्रकाशन)", "hi", "डाकिया", "रमेश चंद्र वर्मा"),
            (DE, "Ilse Brandauer: Die letzte Fähre (Verlag am Deich)", "de", "Die letzte Fähre", "Ilse Brandauer")):
        record = extract_page(_page(review, caption, lang), "https://blatt.example/kultur/buecher/faehre")
        assert caption not in record.body_text
        assert review[0] in record.body_text
        assert (record.book_title, record.book_author) == (title, author)
        assert record.kind == "review"


def test_a_photo_credit_in_brackets_names_no_book():
    record = extract_page(_page(DE, "Die Fähre im Morgennebel (Foto: Jan Ruh)", "de"), "https://blatt.example/kultur/faehre")
    assert record.book_title != "Die Fähre im Morgennebel"
