"""Medium's author card under a story, taken by its shape without the read-aloud mark (``mediumcard``, bpfollow36)."""

from scraper.extract import extract_page

_PARAS = [
    "The narrator spends a winter in her late uncle's lighthouse sorting his logbooks, and slowly learns that the "
    "weather he recorded so carefully was the only thing he ever allowed himself to write down honestly.",
    "The prose is spare and cold in the best sense, and the small discoveries land harder because nothing around "
    "them is raised above a murmur; I read the last forty pages on a bus and missed my stop.",
]
_URL = "https://medium.com/harbour-reads/the-keepers-log-review-0f1e2d3c4b5a"


def _body(after, before=""):
    ps = "".join(f"<p class='pw-post-body-paragraph'>{p}</p>" for p in _PARAS)
    page = ("<html lang='en'><head><meta charset='utf-8'><title>The Keeper's Log, reviewed | by Ines Varga | "
            "Harbour Reads | Medium</title></head><body><article><div><section><h1 class='pw-post-title'>The Keeper's "
            f"Log, reviewed</h1>{before}{ps}</section>{after}</div></article></body></html>")
    return extract_page(page, _URL).body_text


def test_the_writers_card_goes():
    card = ("<div class='qx'><h2>Written by Ines Varga</h2><p>1.4K Followers · Writer for Harbour Reads</p>"
            "<p>Ferry commuter, slow reader, keeper of lists.</p><a>Follow</a></div>")
    text = _body(card)
    assert "Followers" not in text and "Written by" not in text and "missed my stop" in text


def test_the_card_in_another_interface_language_goes():
    card = ("<div class='qx'><h3>Escrito por Ines Varga</h3><p>312 seguidores</p>"
            "<p>Leo en el ferry.</p><button>Seguir</button></div>")
    text = _body(card)
    assert "seguidores" not in text and "missed my stop" in text


def test_a_record_row_under_a_heading_stays():
    # a heading over the book's record row: a count and its noun, but no follow control in the box
    box = ("<div class='qx'><h3>The book</h3><p>320 pages · Northlight Press, 2026</p>"
           "<p>Translated from the Hungarian by Ana Lind.</p></div>")
    text = _body(box)
    assert "320 pages" in text


def test_a_box_with_a_follow_link_but_no_count_row_stays():
    box = ("<div class='qx'><h3>Where the logbooks came from</h3><p>The author found them in an archive in Bergen "
           "and wrote the novel around them.</p><a>Follow</a></div>")
    text = _body(box)
    assert "archive in Bergen" in text
