"""bookrecord.titled: a header's title that ends on a stop of its own ("Naiv. Super.", "Wait, What?") loses it in the
reading (clean_title), while the shop's page title keeps it: still the same title beside its author (our own titles)."""

from scraper.extract.bookrecord import titled


def test_a_title_ending_on_its_own_stop():
    assert titled("Still. Wasser", "Jana Roth", "Still. Wasser. - Jana Roth - Taschenbuch | Buchladen")
    assert titled("Kdo, já", "Eva Malá", "Kdo, já? – Eva Malá – Brožovaná | Knihkupectví")


def test_near_misses():
    # a longer word, not the title and a stop
    assert not titled("Wait", "Jane Doe", "Waiting - Jane Doe - Paperback | Shop")
    # a post's heading and its blogger, no shop after them
    assert not titled("Notes.", "Jane Doe", "Notes. - Jane Doe")
    # a stop and more words: another title
    assert not titled("Still", "Jana Roth", "Still. Wasser - Jana Roth - Taschenbuch | Buchladen")
