"""rev26: bookfinnish.slavic_forms - a declined surname counts unless "in"/"from" stands right before that very word
as a word of its own ("u Zagrebu", "iz Zagreba"); a word that merely ends in "u" before it ("knjigu Kovača") is no
preposition, and a possessive adjective ("u Andrićevom romanu") is a person's wherever it stands. Our own text."""

from scraper.extract.book import Context
from scraper.extract.bookfinnish import slavic_forms


def test_a_word_ending_like_a_preposition_is_none():
    assert slavic_forms("Kovač", "Pročitao sam knjigu Kovača dvaput. Volim stil Kovača.", "hr") == 2
    assert slavic_forms("Novak", "Preberite knjigo Novaka. Slog Novaka je jasen.", "sl") == 2
    assert slavic_forms("Hrabal", "Četl jsem knihu Hrabala. Styl Hrabala je živý.", "cs") == 2
    assert slavic_forms("Kowalski", "Przeczytałem jeszcze Kowalskiego. Styl Kowalskiego bawi.", "pl") == 2
    assert Context("Pročitao sam knjigu Kovača dvaput. Volim stil Kovača.", (), "hr").vouches_for("Kovač", 2)


def test_possessive_adjectives_count_after_a_preposition():
    assert slavic_forms("Andrić", "U Andrićevom romanu sve teče. Andrićev stil je jasan.", "hr") == 2
    assert slavic_forms("Cankar", "V Cankarjevi drami je vse. Cankarjev jezik je bogat.", "sl") == 2
    assert slavic_forms("Krleža", "Iz Krležinih drama učimo. Krležin jezik je bogat.", "hr") == 2


def test_places_after_a_preposition_still_not_counted():
    assert slavic_forms("Zagreb", "U Zagrebu je sajam. Izlagači iz Zagreba su tu.", "hr") == 0
    assert slavic_forms("Warszawa", "W Warszawie otwarto księgarnię. Mieszkam w Warszawie od lat.", "pl") == 0
    assert slavic_forms("Brno", "V Brně je veletrh. Ze Brna přijeli autoři.", "cs") == 0
