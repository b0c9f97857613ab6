"""A span set off in a details line as a field's value ("Publisher: “X”"), or a count beside a score, is no title
(bookfieldvalue)."""

from scraper.extract.bookfieldvalue import field_value


def test_italian_and_english_field_values():
    assert field_value("Editore: “Fanale Blu” · Collana: “Approdi” · Anno: 2021 · Pagine: 240", "Fanale Blu")
    assert field_value("Editore: “Fanale Blu” · Collana: “Approdi” · Anno: 2021 · Pagine: 240", "Approdi")
    assert field_value("Publisher: “Harbour Lane Books” | Series: “Coastlines” | 312 pages", "Coastlines")


def test_count_beside_a_score():
    assert field_value("★★★☆☆ 3,6 “118 recensioni”", "118 recensioni")
    assert field_value("Average 4.2 “57 reviews”", "57 reviews")


def test_near_miss_title_label_or_opening_title():
    assert not field_value("Titolo: “Il faro spento” · Editore: “Fanale Blu”", "Il faro spento")
    assert not field_value("Title: “The Salt Orchard” | Publisher: “Harbour Lane Books”", "The Salt Orchard")
    assert not field_value("Ho letto “Il faro spento” in due sere, e mi è piaciuto.", "Il faro spento")
    assert not field_value("I finally read “The Salt Orchard”: what a book.", "The Salt Orchard")
    # a title opening on a number, no score beside it
    assert not field_value("Rileggendo “100 finestre” di Lia Moro quest'estate", "100 finestre")
