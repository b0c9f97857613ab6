"""rev25: bookalttitle.lower_tail never runs a record's title on into the copy's binding or format after its comma
("A: T, paperback. House", "T, broširano", "T, illustrated": bookbinding.FORMAT_WORD, in our languages), while an
ordinary lower-case word of the title still goes on ("Home, revisited"). Our own record lines."""

from scraper.extract.bookalttitle import lower_tail


def test_binding_and_format_words_are_dropped():
    for line, title in (
        ("Anna Lee: Winter, paperback. Penguin, 2012.", "Winter"),
        ("Anna Lee: Winter, hardcover. Penguin, 2012.", "Winter"),
        ("Anna Lee: Winter, illustrated. Penguin, 2012.", "Winter"),
        ("Tea Mlakar: Zima, broširano. Beletrina, 2012.", "Zima"),
        ("Petra Horn: Nachtzug, gebunden. Hanser, 2017.", "Nachtzug"),
        ("Marta Vidal: Casa, ilustrado. Anagrama, 2020.", "Casa"),
        ("Jana Vrba: Dům, brožovaná. Argo, 2019.", "Dům"),
        ("Tove Lind: Hamn, inbunden. Norstedts, 2018.", "Hamn"),
        ("Léa Roy: Maison, broché. Gallimard, 2015.", "Maison"),
        ("Ola Nowak: Dom, ilustrowane. Znak, 2014.", "Dom"),
    ):
        assert lower_tail(line, title) == title, line


def test_title_words_still_go_on():
    assert lower_tail("Anna Lee: Winter, revisited. Penguin, 2012.", "Winter") == "Winter, revisited"
    assert lower_tail("Tea Mlakar: Zima, moja dežela. Beletrina, 2012.", "Zima") == "Zima, moja dežela"
