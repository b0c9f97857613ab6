"""The writer's name after a by-word in the headline's box, the date beside it (bpbox37, ``headerbyline``), and the
writer's bio closing the body that opens with that name (``sitelines.writer_bio``), on pages of my own making."""

from scraper.extract import extract_page

_PARAS = [
    "Ein gamal fyrvaktar mistar radioen sin i ein storm og skriv brev heile vinteren til ein bror han ikkje har snakka "
    "med på tjue år, brev som ingen båt kan ta med seg før våren kjem.",
    "Forfattaren tek seg god tid med han: arbeidet, lampa, måsane og boksane han tel kvar sundag, og korleis eit gamalt "
    "nag sakte blir til noko som liknar ei orsaking etter kvart som arka hopar seg opp på kjøkenbordet.",
    "Slutten er stillare enn eg venta, og betre for det, og lesesirkelen vår krangla ein heil kveld om det siste brevet.",
]
_URL = "https://fyrlys.example.no/bokmeldingar/brev-fra-fyret/"
_BIO = ("<div class='bio'><h4>Den som skriv</h4><p>Sigrid Hauge er lærar i Florø og les helst bøker om havet om "
        "vinteren.</p></div>")


def _page(head_line, headline="Aino Rask: Brev frå fyret", tail=_BIO, dated=True):
    ps = "".join(f"<p>{p}</p>" for p in _PARAS)
    time = "<time datetime='2026-11-30'>30. november 2026</time>" if dated else ""
    return (f"<html lang='nn'><head><meta charset='utf-8'><title>{headline}</title></head><body>"
            f"<header><a href='/'>Fyrlys</a></header><main><article><header class='mt4 w-100'><h1>{headline}</h1>"
            f"{head_line}{time}</header><div class='copy serif f4'>{ps}{tail}</div></article></main></body></html>")


def _text(*args, **kwargs):
    return extract_page(_page(*args, **kwargs), _URL).body_text


def test_a_by_word_and_a_name_in_a_dated_header_box_go_and_so_does_the_bio():
    text = _text("<p>Av <strong>Sigrid Hauge</strong></p>")
    assert "Sigrid Hauge" not in text and "Den som skriv" not in text
    assert "boksane han tel" in text and "siste brevet" in text


def test_an_english_by_line_goes_too():
    text = _text("<div class='meta'>By <a href='/about/'>Sigrid Hauge</a></div>")
    assert "Sigrid Hauge" not in text and "boksane han tel" in text


def _found(box_html):
    from lxml import html as lxml_html
    from scraper.extract.headerbyline import header_bylines
    body = lxml_html.fromstring(f"<div><div class='meta-box'>{box_html}</div><p>{_PARAS[0]}</p></div>")
    names = []
    return [line.text_content() for line in header_bylines(body, names)], names


def test_the_rule_reads_the_name_and_hands_it_on():
    assert _found("<h1>Brev frå fyret</h1><p>Av <b>Sigrid Hauge</b></p><time>30. november 2026</time>") == (
        ["Av Sigrid Hauge"], ["Sigrid Hauge"])


def test_the_books_author_after_a_by_word_stays():
    # (the headline names the book's author: the line under it is the book's, not the writer's)
    assert _found("<h1>Aino Rask: Brev frå fyret</h1><p>av Aino Rask</p><time>30. november 2026</time>") == ([], [])


def test_a_by_line_in_a_box_with_no_date_stays():
    assert _found("<h1>Brev frå fyret</h1><p>Av <b>Sigrid Hauge</b></p>") == ([], [])


def test_a_subtitle_opening_on_an_article_stays():
    # (a title's article is no by-word: "De …" under a Dutch headline)
    assert _found("<h1>Brieven van de vuurtoren</h1><p>De Lange Winter</p><time>30 november 2026</time>") == ([], [])


def test_a_sentence_opening_on_by_stays():
    assert _found("<h1>Brev frå fyret</h1><p>By the sea</p><time>30 November 2026</time>") == ([], [])


def test_a_bio_of_someone_the_byline_does_not_name_stays():
    bio = ("<div class='bio'><h4>Om forfattaren</h4><p>Aino Rask er fødd i Vaasa og har skrive fem romanar om "
           "livet ved kysten.</p></div>")
    text = _text("<p>Av <strong>Sigrid Hauge</strong></p>", tail=bio)
    assert "fødd i Vaasa" in text
