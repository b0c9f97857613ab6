"""A Czech or Slovak headline "T od Genitive-Name Genitive-Surname – remark" whose title the text never names (the review
calls it "the novel"): read when the text calls the author by the nominative family name alone, a Czech soft stem's
given name given back without its -e (bookgenitiveod; asked by bookgenitivefront.nominative_author when no book was
read); near misses: no remark after the name, the family name never said alone, "od" as "from" in a sentence."""

from scraper.extract.book import Context
from scraper.extract.bookgenitivefront import nominative_author
from scraper.extract.bookgenitiveod import od_headline


def test_czech_soft_stem_with_a_dash_remark():
    head = "Tiché jezero od Tomáše Horáka – kniha o jedné zimě"
    text = "Román jsem četla pomalu. Horák píše krátké kapitoly a nechává čtenáře domýšlet, co se v chalupě stalo."
    assert od_headline(head, Context(text, (), "cs")) == ("Tiché jezero", "Tomáš Horák")


def test_czech_woman_with_a_stop_remark():
    head = "Dům u řeky od Jany Novákové. Příběh, který bolí"
    text = "Nováková vypráví o třech sestrách, které se po letech vracejí domů. Konec mě dojal."
    assert od_headline(head, Context(text, (), "cs")) == ("Dům u řeky", "Jana Nováková")


def test_slovak_man_through_nominative_author():
    head = "Horská chata od Miloša Kubíka – zima, ktorá nekončí"
    text = "Kubík rozpráva o partii priateľov zasypaných snehom. Kniha je napínavá až do poslednej strany."
    book = nominative_author(None, head, Context(text, (), "sk"))
    assert (book.title, book.author) == ("Horská chata", "Miloš Kubík")


def test_no_remark_and_title_unnamed_reads_nothing():
    text = "Horák píše krátké kapitoly a nechává čtenáře domýšlet, co se stalo."
    assert od_headline("Tiché jezero od Tomáše Horáka", Context(text, (), "cs")) is None


def test_family_name_never_alone_reads_nothing():
    head = "Tiché jezero od Tomáše Horáka – kniha o jedné zimě"
    text = "Román jsem četla pomalu. Autor píše krátké kapitoly a nechává čtenáře domýšlet, co se stalo."
    assert od_headline(head, Context(text, (), "cs")) is None


def test_from_a_person_in_lower_case_reads_nothing():
    head = "Dopis od Tomáše Horáka – co mi napsal"
    text = "Horák mi poslal dopis, ve kterém vzpomíná na školu."
    assert nominative_author(None, "dopis od kamaráda – co mi napsal", Context(text, (), "cs")) is None
    assert nominative_author(None, head, Context(text, (), "pl")) is None  # (not a Czech or Slovak page)
