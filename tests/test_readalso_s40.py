"""A related post's pointer whose whole line is one link, the 'read also' label inside it (``readalsoline`` over
``edges.READ_ALSO``), in languages the table did not know: the Greek singular imperative ("Διάβασε επίσης"), Maltese
("Aqra wkoll", "Taqra wkoll"), Welsh, Irish, Basque, Galician (plea40). A 'see also' line, and a 'read also' sentence
inside a review's paragraph, stay."""

import pytest

from scraper.extract import extract_page

_PARAS = [
    "A lighthouse keeper's widow takes over the lamp for one stormy autumn, and the novel follows her nights on the "
    "gallery, the supply boat that comes late, and the inspector who would rather the light were automated.",
    "The prose is spare and salty, the storms are written with real force, and only the inspector's chapters, told "
    "from his office on the mainland, feel like they belong to a thinner book.",
    "A stern, lovely novel that left me listening for the foghorn.",
]
_URL = "https://lampgallery.example.org/2026/11/the-keeper/"
_HEAD = ("<html lang='{lang}'><head><meta charset='utf-8'><title>The Keeper | Lamp Gallery</title></head>"
         "<body><header><a href='/'>Lamp Gallery</a></header><article class='post'><h1 class='entry-title'>The "
         "Keeper</h1><div class='entry-content'>")


def _text(line, lang="en"):
    ps = [f"<p>{p}</p>" for p in _PARAS]
    page = _HEAD.format(lang=lang) + ps[0] + ps[1] + line + ps[2] + "<p>Rating: 4/5</p></div></article></body></html>"
    return extract_page(page, _URL).body_text


@pytest.mark.parametrize("line, gone, lang", [
    ("<p><a href='https://lampgallery.example.org/2026/10/storm-novels/'>Διάβασε επίσης: Πέντε μυθιστορήματα με "
     "καταιγίδες</a></p>", "καταιγίδες", "el"),
    ("<p><a href='https://lampgallery.example.org/2026/10/fanali/'>Aqra wkoll: Ħames rumanzi dwar il-fanali</a></p>",
     "fanali", "mt"),
    ("<p><a href='#'>Taqra wkoll: Kotba tal-baħar għax-xitwa</a></p>", "għax-xitwa", "mt"),
    ("<p><a href='https://lampgallery.example.org/2026/09/goleudai/'>Darllenwch hefyd: Nofelau am oleudai</a></p>",
     "oleudai", "cy"),
    ("<p><a href='https://lampgallery.example.org/2026/09/tithe-solais/'>Léigh freisin: Úrscéalta faoi thithe "
     "solais</a></p>", "thithe", "ga"),
    ("<p><a href='https://lampgallery.example.org/2026/09/itsasargiak/'>Irakurri ere: Itsasargiei buruzko "
     "eleberriak</a></p>", "Itsasargiei", "eu"),
])
def test_a_read_also_link_line_goes(line, gone, lang):
    text = _text(line, lang)
    assert gone not in text and "foghorn" in text


@pytest.mark.parametrize("line, kept, lang", [
    # the reviewer's own 'see also' pointer
    ("<p>Ara wkoll: il-ktieb tal-istess kittieba dwar il-gżira, li jaqbel ma' dan.</p>", "il-gżira", "mt"),
    # a 'read also' sentence inside a review paragraph, not a pointer line
    ("<p>Aqra wkoll l-ewwel rumanz tagħha, għax il-mara tal-fanal hemm tidher żgħira u diġà b'saħħitha.</p>",
     "b'saħħitha", "mt"),
    ("<p>Διάβασε επίσης το πρώτο της βιβλίο, γιατί εκεί η χήρα εμφανίζεται νέα και ήδη πεισματάρα.</p>",
     "πεισματάρα", "el"),
])
def test_review_lines_that_bid_reading_stay(line, kept, lang):
    text = _text(line, lang)
    assert kept in text and "foghorn" in text
