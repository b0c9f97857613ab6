"""bookcoverhead: a cover's caption that opens with the bare title and goes on about the copy, the author the one tagged
person the text names again by family name; a picture that is no cover, or two tagged people, give nothing (our own
captions, in Polish and Turkish, with file names written without diacritics)."""

from scraper.extract.book import Context
from scraper.extract.bookcover import from_caption

PL = Context("Czytałam ją w pociągu. Nowacka pisze krótko i gęsto.\nNowackiej nie da się czytać szybko, ale warto.")
TR = Context("Kitabı iki günde bitirdim. Yıldırım köyü çok iyi anlatıyor.\nYıldırım'ın dili sade ama derin.")


def test_a_cover_caption_opening_with_the_title_and_a_tagged_author():
    captioned = [("Ciche podwórko, wydanie z biblioteki mojej babci, z zakładką sprzed lat.", "file: ciche okladka")]
    assert from_caption(captioned, PL, ["Książki", "Ewa Nowacka", "proza polska"]) == ("Ciche podwórko", "Ewa Nowacka")
    captioned = [("Sessiz Avlu — ilk baskının kapağı, sahaftan aldım.", "Sessiz Avlu kapak")]
    assert from_caption(captioned, TR, ["roman", "Ayşe Yıldırım"]) == ("Sessiz Avlu", "Ayşe Yıldırım")


def test_near_misses():
    # a picture that says nothing of a cover: a street, a town
    captioned = [("Kraków, podwórko przy ulicy Józefa, jesień.", "file: krakow podworko")]
    assert from_caption(captioned, PL, ["Ewa Nowacka"]) is None
    # two tagged people the text names: which one wrote it is no telling
    both = Context(PL.text + "\nKowalski by się z tym nie zgodził, Kowalski pisze inaczej.")
    captioned = [("Ciche podwórko, wydanie z biblioteki mojej babci.", "file: ciche okladka")]
    assert from_caption(captioned, both, ["Ewa Nowacka", "Jan Kowalski"]) is None
    # a tagged person the text never names again
    assert from_caption(captioned, PL, ["Anna Lis"]) is None
    # a portrait: the caption opens with the person
    captioned = [("Ewa Nowacka, okładka wywiadu z 1998 roku.", "file: nowacka okladka")]
    assert from_caption(captioned, PL, ["Ewa Nowacka"]) is None
