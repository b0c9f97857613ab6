"""Book reading, round 3 on holdout46 (book46b): a genitive-s name over a text that says the surname bare
(bookgenitivebare via bookgenitivefront), an Icelandic caption "T eftir A" (bookicelandic), a stacked record whose
title holds a comma (bookstackedname), a Turkish/Azerbaijani headline's ablative "from A" (bookturkicfrom)."""

from scraper.extract.book import Book, Context
from scraper.extract.bookbiblio import from_bibliography
from scraper.extract.bookgenitivefront import fronted_genitive
from scraper.extract.bookicelandic import eftir_author
from scraper.extract.bookturkicfrom import ablative_headline


# -- genitive -s, the whole name never said in the nominative ------------------------------------------------------

def test_danish_single_quotes_and_bare_surname():
    text = "Jeg har læst Asta Mørchs roman igen.\nMørch skriver tørt og præcist, og det virker."
    assert fronted_genitive("Jeg genlæste Asta Mørchs ‘Havnen om vinteren’", Context(text, (), "da")) == ("Havnen om vinteren", "Asta Mørch")


def test_swedish_and_german_bare_surname():
    sv = "Ett av Nils Ekdahls tidiga verk.\nEkdahl låter berättaren tala länge."
    assert fronted_genitive("Recension: Nils Ekdahls ”Fyren vid Hamn” i pocket", Context(sv, (), "sv")) == ("Fyren vid Hamn", "Nils Ekdahl")
    de = "Der Roman ist kurz. Brandt erzählt ohne Eile, und doch zieht es einen hinein."
    assert fronted_genitive("Lena Brandts „Das stille Haus“ neu gelesen", Context(de, (), "de")) == ("Das stille Haus", "Lena Brandt")


def test_near_miss_bare_surname_never_said():
    text = "Asta Mørchs roman er lang, og den er god."  # only the genitive again: no telling the nominative
    assert fronted_genitive("Asta Mørchs ‘Havnen om vinteren’", Context(text, (), "da")) is None


def test_near_miss_language_without_genitive_s_and_surname_in_s():
    text = "Mørch writes plainly. Mørch again."
    assert fronted_genitive("Asta Mørchs ‘Havnen om vinteren’", Context(text, (), "en")) is None
    text = "Jonas skriver klart. Anders Jonas er en stor forfatter."  # the text names the whole name as given: not "Jona"
    assert fronted_genitive("Anders Jonas ”Vinterbok”", Context(text, (), "sv")) is None


# -- Icelandic: a caption "T eftir A" for a title found without its author -----------------------------------------

_IS_TEXT = ("Ég las bókina í einni lotu.\nÓlafur Hrafn skrifar fallega um hafið og myrkrið.\n"
            "Ólafur Hrafn er einn besti höfundur okkar.")


def test_icelandic_caption_names_the_author():
    lines = ["Vetrarljós eftir Ólaf Hrafn Gunnarsson, í nýrri útgáfu.", *_IS_TEXT.splitlines()]
    book = eftir_author(Book("Vetrarljós", None), lines, "\n".join(lines))
    assert book and book.author == "Ólafur Hrafn Gunnarsson"  # the accusative "Ólaf" read back as the text writes it
    lines = ["Vetrarljós eftir Kári Steinn Gunnarsson, í nýrri útgáfu.", "Kári Steinn skrifar vel.", "Kári Steinn kann sitt fag."]
    book = eftir_author(Book("Vetrarljós", None), lines, "\n".join(lines))
    assert book and book.author == "Kári Steinn Gunnarsson"


def test_near_miss_icelandic_caption_other_title_or_woman_or_unnamed():
    lines = ["Sumarhús eftir Kári Steinn Gunnarsson, í nýrri útgáfu.", "Kári Steinn skrifar vel."]
    assert eftir_author(Book("Vetrarljós", None), lines, "\n".join(lines)) is None  # the caption names another title
    lines = ["Vetrarljós eftir Jónu Sigrúnu Pálsdóttur, í nýrri útgáfu.", "Jóna Sigrún skrifar vel."]
    assert eftir_author(Book("Vetrarljós", None), lines, "\n".join(lines)) is None  # (a woman's accusative: not read here)
    lines = ["Vetrarljós eftir Kári Steinn Gunnarsson, í nýrri útgáfu.", "Bókin er góð."]
    assert eftir_author(Book("Vetrarljós", None), lines, "\n".join(lines)) is None  # the text never says the given name


# -- a stacked record "A" / "T, with a comma" / details ------------------------------------------------------------

def test_stacked_record_title_with_comma():
    text = "Haugland skriv lett.\nHaugland kan sitt handverk."
    lines = ["Ein lang tekst om boka.", "Siri Haugland", "Sove, drøyme", "Roman, Fjordbok forlag"]
    assert from_bibliography(lines, Context(text + "\n" + "\n".join(lines), (), "nn")) == ("Sove, drøyme", "Siri Haugland")


def test_near_miss_stacked_comma_before_a_capital():
    text = "Haugland skriv lett.\nHaugland kan sitt handverk."
    lines = ["Ein lang tekst om boka.", "Siri Haugland", "Bergen, Fjordbok", "Roman, Fjordbok forlag"]
    found = from_bibliography(lines, Context(text + "\n" + "\n".join(lines), (), "nn"))
    assert not found or found[0] != "Bergen, Fjordbok"


# -- Turkish / Azerbaijani: "A'dan 'T'" ----------------------------------------------------------------------------

def test_turkish_ablative_headline():
    text = "Ayla Demir'in romanı kısa ama yoğun.\nDemir bu kez bir köy okulunu anlatıyor."
    ctx = Context(text, (), "tr")
    assert ablative_headline("Ayla Demir'den 'Köy'de Bir Sabah': sessiz bir okul", ctx) == ("Köy'de Bir Sabah", "Ayla Demir")
    assert ablative_headline("Orhan Kaya'dan “Kış Bahçesi”", Context("Kaya yine yazmış. Kaya iyi.", (), "tr")) == ("Kış Bahçesi", "Orhan Kaya")


def test_near_miss_turkish_place_publisher_or_unvouched():
    ctx = Context("Demir bu kez bir köy okulunu anlatıyor. Kuzey Yayınları kitabı yeniden bastı.", (), "tr")
    assert ablative_headline("İzmir'den 'Merhaba': bir şehir", ctx) is None  # one word, a place
    assert ablative_headline("Kuzey Yayınları'ndan 'Köy Okulu'", ctx) is None  # a publisher's possessive -ndan
    assert ablative_headline("Deniz Kara'dan 'Köy Okulu'", ctx) is None  # the text never calls her by surname
    assert ablative_headline("Ayla Demir'den 'Köy Okulu'", Context("Demir yazdı.", (), "en")) is None  # not tr/az
