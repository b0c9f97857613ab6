"""rev25: bookfinnishowned.basque_owned takes a sentence-opening owner on -(r)ren only (a consonant's -en is a place's
inessive too: "Gasteizen" = in Gasteiz), wants the person named again otherwise, and never reads an institution's
name (an academy, a council, a university) as an author; the nominative comes from bookfinnish.basque_base. Our own
Basque sentences."""

from scraper.extract.book import Context
from scraper.extract import bookfinnishowned


def _eu(paragraphs):
    return bookfinnishowned.basque_owned(paragraphs, Context(" ".join(paragraphs), (), "eu"))


def test_bases():
    from scraper.extract.bookfinnish import basque_base
    assert basque_base("Urkizaren", ("ren", "en")) == "Urkiza"
    assert basque_base("Aizpurren", ("ren", "en")) == "Aizpur"
    assert basque_base("Garaikoetxeak") == "Garaikoetxea"
    assert basque_base("Oteizarekin") == "Oteiza"
    assert basque_base("Zubeldiaren", ("en",)) is None  # (-en right after an r: no regular genitive)


def test_still_fires():
    # vowel stem opening a sentence, r stem opening a sentence, consonant stem named again
    assert _eu(["Urkizaren «Itzalen mendia» bi egunetan irakurri dut.", "Ona da."]) == ("Itzalen mendia", "Urkiza")
    assert _eu(["Aizpurren “Ur bizia” da aurtengo ustekabea.", "Irakurri."]) == ("Ur bizia", "Aizpur")
    assert _eu(["Lekuonaren ondoren, Elizondo Etxanizen “Harri zaharrak” hartu nuen.",
                "Etxanizek ondo idazten du."]) == ("Harri zaharrak", "Etxaniz")


def test_place_inessive_opening_a_sentence():
    assert _eu(["Irunen «Itsasoko ahotsak» eleberria aurkeztu zuten atzo.", "Liburu ona da."]) is None
    assert _eu(["Udan ez, baina gaur. Zarautzen «Mendiko bidea» aurkeztu dute.", "Ona."]) is None


def test_institutions():
    for owner in ("Euskaltzaindiaren", "Udalaren", "Unibertsitatearen", "Elkartearen", "Liburutegiaren"):
        paragraphs = [f"{owner} “Hitz berriak” argitaratu berri da.", "Liburu honek hitz asko biltzen ditu."]
        assert _eu(paragraphs) is None, owner
