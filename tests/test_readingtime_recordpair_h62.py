"""holdout62 (body62a): the engine's byline row with a reading time beside the writer and the date, under the headline's
standfirst (bylinelabels.without_reading_time, datelines._byline_row); the book's record in two short lines set in an
aside among the review's paragraphs, which trafilatura drops as a sidebar (figures._record_pair).
Pages and lines written for these tests; near misses are a review's own lines."""

import pytest
from lxml import html

from scraper.extract import extract_page
from scraper.extract.bylinelabels import without_reading_time
from scraper.extract.datelines import _byline_row
from scraper.extract.figures import _record_pair


PROSE = {
    "es": ["La novela sigue a dos hermanas que vuelven al pueblo de su infancia después de la muerte del padre y descubren "
           "que nadie recuerda la casa del mismo modo, ni siquiera ellas mismas cuando hablan por la noche.",
           "La autora escribe frases cortas y secas que dejan mucho afuera, y ese silencio es lo mejor del libro; cuando "
           "explica de más, en los capítulos finales, la tensión se afloja y el final llega un poco apurado.",
           "Aun así es un libro que recomiendo a quien busque una historia familiar sin golpes bajos ni moralejas."],
    "de": ["Der Roman erzählt von einem Fährmann, der nach vierzig Jahren auf demselben Fluss plötzlich nicht mehr "
           "übersetzen will, und von dem Dorf, das ohne ihn langsam auseinanderfällt, Haus um Haus und Woche um Woche.",
           "Die Autorin hat ein genaues Ohr für die Sprache der Leute am Ufer, für ihre Ausreden und ihr Schweigen; nur "
           "die Rückblenden in die Kindheit des Fährmanns wirken angestrengt und bremsen den Text unnötig aus.",
           "Trotzdem ein kluges, stilles Buch, das lange nachwirkt und das ich gern noch einmal lesen werde."],
    "fi": ["Romaani kertoo saaristolaisperheestä, jonka vanhin tytär palaa kotiin kymmenen vuoden jälkeen ja huomaa, "
           "että kaikki muut ovat sopineet keskenään siitä, mitä silloin tapahtui, eikä kukaan halua kysyä häneltä.",
           "Kirjailija kirjoittaa tarkasti ja hitaasti, ja meri on läsnä joka sivulla; loppupuolella juoni kiristyy "
           "kuitenkin liian nopeasti, ja muutama sivuhenkilö jää pelkäksi nimeksi ilman omaa ääntä.",
           "Silti tämä on vahva ja omaperäinen kirja, jonka suosittelen kaikille perhetarinoiden ystäville."],
}


def _page(lang: str, header: str, between: str = "", lead: str = "") -> str:
    one, two, three = PROSE[lang]
    return (f"<html lang='{lang}'><head><title>Una reseña</title></head><body><main><article>"
            f"<h1>Un titular para la reseña</h1>{lead}{header}<div class='entry-content'><p>{one}</p>{between}"
            f"<p>{two}</p><p>{three}</p></div></article></main></body></html>")


STANDFIRST = {
    "es": "<p class='bajada'>Una novela breve sobre dos hermanas, una casa vacía y lo que cada una prefiere no recordar del verano.</p>",
    "de": "<p class='teaser'>Ein stiller Roman über einen Fährmann, der aufhört, und ein Dorf, das ohne ihn nicht weiterweiß.</p>",
}


@pytest.mark.parametrize("lang,row", [
    ("es", "<div class='firma'><span>Por Marta Quiroga</span> <span>5 de marzo de 2026</span> <span>7 minutos de lectura</span></div>"),
    ("de", "<div class='meta'><span>Von Jonas Berger</span> <span>5. März 2026</span> <span>Lesezeit: 6 Min.</span></div>"),
    ("es", "<div class='firma'><span>Por Marta Quiroga</span> · <span>05/03/2026</span> · <span>Tiempo de lectura: 7 min</span></div>"),
])
def test_byline_row_with_reading_time_goes(lang, row):
    record = extract_page(_page(lang, row, lead=STANDFIRST[lang]), "https://revista.example.org/resenas/una-novela/")
    assert "Quiroga" not in record.body_text and "Berger" not in record.body_text
    assert "de lectura" not in record.body_text and "Lesezeit" not in record.body_text
    assert PROSE[lang][0][:40] in record.body_text


@pytest.mark.parametrize("text,left", [
    ("Por Ana Ruiz 3 de mayo de 2026 9 minutos de lectura", "Por Ana Ruiz 3 de mayo de 2026"),
    ("Ana Lee · 4 Dec 2026 · 5 min read", "Ana Lee · 4 Dec 2026 ·"),
    ("Jan Nowak, 2.12.2026, 7 min czytania", "Jan Nowak, 2.12.2026,"),
    ("Marie Dupont — 2 décembre 2026 — 4 min de lecture", "Marie Dupont — 2 décembre 2026 —"),
    ("Lukuaika 5 min", ""),
    ("Olvasási idő: 6 perc", ""),
    ("Okuma süresi: 4 dk", ""),
    ("5 хв читання", ""),
    ("この記事は約5分で読めます", "この記事は"),
    ("阅读时间：8分钟", ""),
    ("5 λεπτά ανάγνωσης", ""),
])
def test_reading_time_taken_out(text, left):
    assert without_reading_time(text).strip() == left


@pytest.mark.parametrize("text", [
    "Lo leí en dos tardes y me quedé con ganas de más.",
    "I read it in 5 minutes flat, standing at the bus stop.",
    "A 3 min reader could not finish this in a week.",
    "Ich habe 300 Seiten in zwei Tagen gelesen.",
])
def test_reading_time_near_misses(text):
    assert without_reading_time(text) == text


def _row(markup: str, before: str = "<h1>Titular</h1>"):
    tree = html.fromstring(f"<html><body><article>{before}{markup}<p>{PROSE['es'][0]}</p></article></body></html>")
    return tree.xpath("//div[@class='row']")[0]


def test_byline_row_shapes():
    # the writer, the date and the reading time under the headline's standfirst
    assert _byline_row(_row("<div class='row'><span>Por Ana Ruiz</span> <span>3 de mayo de 2026</span> "
                            "<span>9 minutos de lectura</span></div>", "<h1>Titular</h1>" + STANDFIRST["es"]))
    # a review's own labelled info row stays (a label opens it)
    assert not _byline_row(_row("<div class='row'><span>Leído: 3 de mayo de 2026</span> <span>9 minutos de lectura</span></div>"))
    # a sentence with a date and a reading time stays
    assert not _byline_row(_row("<div class='row'><span>Lo terminé el 3 de mayo de 2026</span> "
                                "<span>en 9 minutos de lectura intensa.</span></div>"))
    # the text has begun: a paragraph of prose (not a short standfirst under the headline) before the row
    long_lead = "<p>" + PROSE["es"][0] + " " + PROSE["es"][1] + "</p>"
    assert not _byline_row(_row("<div class='row'><span>Por Ana Ruiz</span> <span>3 de mayo de 2026</span> "
                                "<span>9 minutos de lectura</span></div>", "<h1>Titular</h1>" + long_lead))


@pytest.mark.parametrize("lang,aside,kept", [
    ("fi", "<aside class='kirja'><p>Aino Virta: <em>Kesän viimeinen lautta</em></p><p>Otava, 2025, 312 s.</p></aside>",
     ["Aino Virta: Kesän viimeinen lautta", "Otava, 2025, 312 s."]),
    ("es", "<aside class='ficha'><p>Julia Ferrer: <em>La casa de las dos hermanas</em></p><p>Anagrama, 2024. 208 páginas.</p></aside>",
     ["Julia Ferrer: La casa de las dos hermanas", "Anagrama, 2024. 208 páginas."]),
    ("de", "<aside class='buch'><p><em>Der letzte Fährmann</em> von Lena Hart</p><p>Hanser 2026, 240 Seiten, 24 Euro</p></aside>",
     ["Der letzte Fährmann von Lena Hart", "Hanser 2026, 240 Seiten, 24 Euro"]),
])
def test_two_line_record_aside_kept(lang, aside, kept):
    record = extract_page(_page(lang, "", between=aside), "https://lehti.example.org/arviot/kirja/")
    for line in kept:
        assert line in record.body_text


def _aside(markup: str):
    return html.fromstring(markup)


@pytest.mark.parametrize("markup", [
    # the journal's offer in two lines: no pages, no ISBN
    "<aside><p>Tilaa lehti kotiin</p><p>Neljä numeroa vuodessa, 39 € (2026)</p></aside>",
    # a pull quote and its source: no line of facts
    "<aside><p>Meri on läsnä joka sivulla, ja se riittää.</p><p>Arvostelija, joulukuu 2026</p></aside>",
    # a box with a link (the site's other article)
    "<aside><p>Lue myös: Kesän kirjat</p><p><a href='/x'>Otava, 2025, 312 s.</a></p></aside>",
    # the first line is a sentence with a figure in it
    "<aside><p>Luin tämän 2 kertaa. Toinen kerta oli parempi.</p><p>Otava, 2025, 312 s.</p></aside>",
    # facts with pages but no year
    "<aside><p>Aino Virta: Kesän viimeinen lautta</p><p>Otava, 312 sivua</p></aside>",
    # three lines: _fact_lines' case, not this one
    "<aside><p>Aino Virta</p><p>Kesän viimeinen lautta</p><p>Otava, 2025, 312 s.</p></aside>",
])
def test_record_pair_near_misses(markup):
    assert not _record_pair(_aside(markup))


def test_offer_aside_still_dropped():
    offer = "<aside class='promo'><p>Tilaa lehti kotiin</p><p>Neljä numeroa vuodessa, vain 39 euroa.</p></aside>"
    record = extract_page(_page("fi", "", between=offer), "https://lehti.example.org/arviot/kirja/")
    assert "Tilaa lehti" not in record.body_text
    assert PROSE["fi"][1][:40] in record.body_text


def test_ordinary_review_left_alone():
    # an ordinary Italian review: the reading time and a record in prose belong to the reviewer's sentences
    text = ("<html lang='it'><head><title>Recensione</title></head><body><article><h1>Il fiume lento</h1>"
            "<div class='entry'><p>Ho letto questo romanzo in due sere: ci vogliono forse tre ore di lettura, ma ogni "
            "capitolo chiede di fermarsi a pensare a come la famiglia protegge e insieme soffoca chi ne fa parte.</p>"
            "<p>Einaudi, 2025, 220 pagine: un libro breve che però pesa, e che consiglio a chi ama le storie di "
            "provincia raccontate senza nostalgia e senza fretta, con una lingua precisa e asciutta.</p>"
            "<p>Il finale mi ha lasciato qualche dubbio, ma resta una delle letture più belle di quest'anno.</p>"
            "</div></article></body></html>")
    record = extract_page(text, "https://blog.example.it/2026/12/il-fiume-lento/")
    assert "tre ore di lettura" in record.body_text
    assert "Einaudi, 2025, 220 pagine" in record.body_text
    assert not [r for r in record.removed if r["rule"] == "dateline"]
