"""rev25: bookleadcaption._cited reads a caption set as a citation ("A: T. House, binding, year.") only where its
imprint holds a house word or the copy's binding or format; an event photo's caption (a ceremony, a hall, a city, a
year) or a portrait's (a place, an agency, a photographer) is none. Our own captions."""

from scraper.extract.book import Context
from scraper.extract.bookleadcaption import _cited


def _c(caption, text, language):
    return _cited(caption, Context(text, (), language))


def test_still_fires():
    assert _c("Tove Lind: Vinterhamn. Norstedts förlag, inbunden, 2018.", "Lind skriver om en hamn.", "sv") \
        == ("Vinterhamn", "Tove Lind")
    assert _c("Marta Vidal: La casa gris. Editorial Anagrama, rústica, 2020.", "Vidal escribe con calma.", "es") \
        == ("La casa gris", "Marta Vidal")
    assert _c("Petra Horn: Nachtzug. Hanser, Taschenbuch, 2017.", "Horn erzählt von einer Reise.", "de") \
        == ("Nachtzug", "Petra Horn")
    assert _c("Ilse Maas: Het stille huis. Uitgeverij Querido, 2016.", "Maas schrijft helder.", "nl") \
        == ("Het stille huis", "Ilse Maas")


def test_event_and_portrait_captions():
    for caption, text, language in (
        ("Tea Mlakar: Podelitev nagrade. Cankarjev dom, Ljubljana, 2019.", "Tea Mlakar je dobila nagrado. Mlakar.", "sl"),
        ("Tove Lind: Prisutdelningen. Stadshuset, Stockholm, 2021.", "Lind fick priset. Lind talade.", "sv"),
        ("Petra Horn: Lesung im Literaturhaus. Foto dpa, München, 2018.", "Horn las vor. Horn lachte.", "de"),
        ("Marta Vidal: Entrega del premio. Teatro Real, Madrid, 2022.", "Vidal recibió el premio. Vidal.", "es"),
    ):
        assert _c(caption, text, language) is None, caption
