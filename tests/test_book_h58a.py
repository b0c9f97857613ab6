"""Two book shapes from the holdout58 round, in our own words:

- an Albanian headline that joins a quoted title to its author by the genitive's linking article and declines the
  name's last word ('"T" i Name Surname-GEN, remark'), the nominative the text names (bookheadof);
- a cover's caption "A – T, <an edition>, House" whose author is the part the text calls by one word of it alone,
  the title the other (bookleadcaption.edition_listed), in several languages.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookheadof import of_headline
from scraper.extract.bookleadcaption import edition_listed, lead_caption_book

SQ = ("Arta Lleshi e nisi romanin në një fshat malor, dhe kjo ndihet në çdo kapitull. Lleshi shkruan me durim, "
      "duke i dhënë kohë çdo personazhi të rritet. Libri nuk është i gjatë, por mbetet në mendje shumë ditë pas leximit.")


def test_albanian_quoted_title_of_a_declined_name():
    book = of_headline('"Dimri në mal" i Arta Lleshit, një libër i qetë', Context(SQ, (), "sq"))
    assert (book.title, book.author) == ("Dimri në mal", "Arta Lleshi")
    text = "Genc Hoxha shkruan për lumin. Hoxha e njeh mirë krahinën dhe njerëzit e saj."
    book = of_headline("«Lumi i vjetër» i Genc Hoxhës", Context(text, (), "sq"))
    assert (book.title, book.author) == ("Lumi i vjetër", "Genc Hoxha")
    text = "Dritan Kola e di si të tregojë. Kola nuk nxiton."
    book = of_headline('"Ura" e Dritan Kolës: një roman për qytetin', Context(text, (), "sq"))
    assert (book.title, book.author) == ("Ura", "Dritan Kola")


def test_albanian_near_misses():
    # the text never names the nominative: no author
    assert of_headline('"Dimri në mal" i Arta Lleshit, një libër i qetë', Context("Një libër për dimrin.", (), "sq")) is None
    # a quoted title and a place, not a person (one capitalised word, no given name)
    assert of_headline('"Dimri në mal" i Tiranës', Context("Tirana është e madhe.", (), "sq")) is None
    # the same shape on a page in another language is left to its own rules
    assert of_headline('"Dimri në mal" i Arta Lleshit', Context(SQ, (), "it")) is None


def _page(caption: str, paragraphs: list[str], lang: str, headline: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html lang='{lang}'><head><title>{headline} | Foaia</title></head><body><main><article>"
            f"<h1 class='post-title'>{headline}</h1><div class='post-meta'><span>de Redacția</span></div>"
            f"<div class='post-body'><figure class='wp-block-image'><img src='/up/cover-shot.jpg' alt=''>"
            f"<figcaption>{caption}</figcaption></figure>{body}<p><strong>Nota mea:</strong> 7/10</p></div>"
            "</article></main><footer><p>Foaia 2026</p></footer></body></html>")


RO = ["Au trecut mulți ani de la prima ediție, și romanul despre un sat de pescari de pe malul mării rămâne la fel de viu. "
      "Trei frați pleacă pe mare într-o toamnă cu furtuni și doar unul se întoarce acasă, iar satul nu îl mai recunoaște.",
      "Dobrescu scrie cu răbdare, fără grabă, și fiecare capitol se oprește într-o altă casă a satului. "
      "Cine caută acțiune va fi dezamăgit, dar cine iubește o frază lungă și atentă va găsi aici o carte rară.",
      "Ediția nouă are o prefață bună și note la final, care ajută cititorul tânăr să înțeleagă cuvintele vechi."]


def test_author_first_edition_caption_ro():
    html = _page("Radu T. Dobrescu – Satul de pe mal, ediție revizuită, Editura Valul", RO, "ro",
                 "Un sat de pescari, recitit după ani")
    record = extract_page(html, "https://foaia.example.ro/cultura/un-sat-de-pescari")
    assert (record.book_title, record.book_author) == ("Satul de pe mal", "Radu T. Dobrescu")


def test_edition_captions_in_other_languages():
    de = Context("Brandauer erzählt ruhig. Die Fähre fährt jeden Morgen, und Brandauer lässt sich Zeit.", (), "de")
    assert edition_listed("Ilse Brandauer – Die letzte Fähre, 2. Auflage, Deichverlag", de) == ("Die letzte Fähre", "Ilse Brandauer")
    pl = Context("Nowak pisze powoli. W tej książce Nowak wraca do dzieciństwa.", (), "pl")
    assert edition_listed("Jan Nowak – Dom nad rzeką, wydanie drugie, Wydawnictwo Brzeg", pl) == ("Dom nad rzeką", "Jan Nowak")
    # title first, the author known by surname: the order follows the text, not the dash
    en = Context("Harwood writes about a lighthouse keeper. Harwood never hurries.", (), "en")
    assert edition_listed("The Lamp Room – Clara Harwood, anniversary edition, Tidepool", en) == ("The Lamp Room", "Clara Harwood")


def test_edition_caption_near_misses():
    de = Context("Brandauer erzählt ruhig. Die Fähre fährt jeden Morgen, und Brandauer lässt sich Zeit.", (), "de")
    # no edition word: a photographer and a place
    assert edition_listed("Ilse Brandauer – Die letzte Fähre, Hamburg, Foto: Jan Ruh", de) is None
    # neither part known by a word alone: no order to trust
    assert edition_listed("Paul Kern – Das Salz, Neuausgabe, Uferverlag", de) is None
    # both parts known by a word alone (the text names "Fähre" and "Brandauer"): ambiguous
    both = Context("Brandauer erzählt. Die Fähre und die Fähre wieder.", (), "de")
    assert edition_listed("Ilse Brandauer – Fähre, Neuausgabe, Uferverlag", both) is None
    # a sentence, no dashed record
    assert edition_listed("Brandauer bei der Lesung, Ausgabe vom Montag, Archiv", de) is None
    # without a context (older callers) nothing changes
    assert lead_caption_book([("Ilse Brandauer – Die letzte Fähre, 2. Auflage, Deichverlag", "file: a")]) is None


def test_ordinary_review_left_alone():
    """An ordinary Romanian review whose caption is a photo credit keeps its own book reading."""
    html = _page("Malul mării la Vama Veche, fotografie de arhivă, ediția de vară", RO, "ro", "Un sat de pescari, recitit după ani")
    record = extract_page(html, "https://foaia.example.ro/cultura/un-sat-de-pescari")
    assert record.book_author != "Vama Veche" and record.book_title != "Malul mării la Vama Veche"
