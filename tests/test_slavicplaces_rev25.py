"""rev25: bookfinnish.slavic_forms (Context.vouches_for) counts a surname's declined forms, but not a form right after
"in" or "from" ("u Zagrebu", "iz Zagreba", "w Warszawie", "v Ljubljani"): a place's case, not a person's. Our own text."""

from scraper.extract.book import Context
from scraper.extract.bookfinnish import slavic_forms


def test_persons_still_counted():
    assert slavic_forms("Novak", "Roman Novaka je dober. Novakov slog je jasen.", "sl") == 2
    assert slavic_forms("Kowalska", "Powieść Kowalskiej czyta się szybko. O Kowalskiej mówią.", "pl") == 2
    assert slavic_forms("Hrabal", "Hrabalova kniha. Čtení Hrabala baví.", "cs") == 2


def test_places_not_counted():
    assert slavic_forms("Zagreb", "U Zagrebu je sajam. Izlagači iz Zagreba su tu.", "hr") == 0
    assert slavic_forms("Warszawa", "W Warszawie otwarto księgarnię. Mieszkam w Warszawie od lat.", "pl") == 0
    assert slavic_forms("Ljubljana", "V Ljubljani je sejem. Pisatelji iz Ljubljane berejo.", "sl") == 0
    assert not Context("U Zagrebu je sajam. Izlagači iz Zagreba su tu.", (), "hr").vouches_for("Zagreb", 1)
