"""bookbiblio: a record line's page count in the other languages' words ("448 sayfa", "312 sidor", "220 oldal") makes it
a bibliographic line, read for title and author like "448 pages" (our own record lines)."""

from scraper.extract.book import Context
from scraper.extract.bookbiblio import from_bibliography


def _read(lines):
    return from_bibliography(lines, Context("\n".join(lines)))


def test_page_words_of_other_languages():
    tr = ["Roman bir mahallede geçiyor; Demirtaş dili çok sade kullanıyor.", "Kırmızı Çatı, Ayla Demirtaş, Deniz Yayınları, 240 sayfa."]
    assert _read(tr) == ("Kırmızı Çatı", "Ayla Demirtaş")
    sv = ["Boken utspelar sig på en ö och Lindqvist skriver kort.", "Sjön om natten, Eva Lindqvist, Norstedts, 312 sidor."]
    assert _read(sv) == ("Sjön om natten", "Eva Lindqvist")
    hu = ["A regény egy faluban játszódik, Kovács nyelve egyszerű.", "Csendes udvar, Kovács Anna, Magvető, 220 oldal."]
    assert _read(hu) == ("Csendes udvar", "Kovács Anna")


def test_near_misses():
    # a count of pages inside a sentence: no record
    sv = ["Jag läste 40 sidor om dagen, Eva och jag, hela sommaren."]
    assert _read(sv) is None
    # a word that only starts like a page word
    assert _read(["Nya vänner, Eva Lindqvist, Anna Berg, 3 siderbyten."]) is None
