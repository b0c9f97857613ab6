"""detshort37a: a short post headed by its book's record alone, "T — A", is a review (own words and markup).

classify's "too short for a review" gate reads a short post's judgement from words in a few dozen languages; a post in
another language (here Esperanto) says what it is by its headline: the book's title and author parted by a dash and
nothing else (recordheaded). A headline that says more, a shop's record with its house and year, a one-paragraph
blurb, a post that never names the author in its own text, or a meeting's notice, stays where the gate puts it.
"""

from scraper.extract import extract_page
import importlib

classify_module = importlib.import_module("scraper.extract.classify")

_URL = "https://legejo.example.blogspot.com/2026/11/la-verda-lanterno.html"


def _page(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html lang='eo'><head><title>Legejo: {title}</title></head><body><div class='post'>"
            f"<h3 class='post-title entry-title'>{title}</h3><div class='post-body entry-content'>{body}</div>"
            f"</div></body></html>")


_PROSE = [
    "Ĉi tiun romanon Tereza Holm verkis antaŭ tridek jaroj, tamen ĝi sonas kvazaŭ hieraŭ skribita. Maristo revenas "
    "al sia insulo kaj trovas la lumturon malŝaltita, kaj neniu el la vilaĝanoj volas diri al li kial tio okazis.",
    "Holm skribas per mallongaj, klaraj frazoj, kiel la vento sur la rokoj. Kelkaj ĉapitroj estas iom longaj, sed la "
    "fino kunigas ĉion. Lernantoj de la lingvo devus legi ĝin almenaŭ unufoje en sia vivo.",
]


def test_short_post_under_its_books_record_alone_is_a_review():
    record = extract_page(_page("La Verda Lanterno — Tereza Holm", _PROSE), _URL)
    assert record.kind == "review", record.reason
    assert (record.book_title, record.book_author) == ("La Verda Lanterno", "Tereza Holm")


def test_the_rule_is_what_makes_it_one(monkeypatch):
    monkeypatch.setattr(classify_module, "record_headed", lambda ev: False)
    record = extract_page(_page("La Verda Lanterno — Tereza Holm", _PROSE), _URL)
    assert record.kind != "review"


def test_headline_with_the_house_and_year_stays_too_short():
    record = extract_page(_page("La Verda Lanterno — Tereza Holm (Eldonejo Stelo, 1996)", _PROSE), _URL)
    assert record.kind != "review", record.reason


def test_one_paragraph_blurb_under_the_record_stays_too_short():
    blurb = ("Nova en nia biblioteko: la romano de Tereza Holm pri maristo kiu revenas al sia insulo kaj trovas la "
             "lumturon malŝaltita, kun multaj sekretoj de la vilaĝanoj, nun havebla en la legosalono por ĉiuj legantoj "
             "de ĉiuj aĝoj, ĉiutage krom dimanĉo, ĝis la fino de la monato kaj eble ankaŭ poste, laŭ la peto de la "
             "legantoj kaj la decido de la bibliotekistoj, kiuj zorgas pri la kolekto de la urbo de jaroj.")
    record = extract_page(_page("La Verda Lanterno — Tereza Holm", [blurb]), _URL)
    assert record.kind != "review", record.reason


def test_text_that_never_names_the_author_again_stays_too_short():
    prose = [p.replace("Ĉi tiun romanon Tereza Holm verkis", "Ĉi tiun romanon oni verkis").replace("Holm skribas", "Ĝi estas skribita")
             for p in _PROSE]
    record = extract_page(_page("La Verda Lanterno — Tereza Holm", prose), _URL)
    assert record.kind != "review", record.reason


def test_labelled_headline_around_the_record_is_not_the_record_alone():
    from types import SimpleNamespace
    from scraper.extract.recordheaded import record_headed
    ev = SimpleNamespace(book_source="title", book_has_author=True, book_title="La Verda Lanterno",
                         book_author="Tereza Holm", title="Nova kovrilo: La Verda Lanterno — Tereza Holm",
                         post_bodies=1, books_named=1, closing_list_books=0, scored_lines=0, promo_sections=0,
                         appointment=False, body=(tuple(_PROSE), "\n\n".join(_PROSE)), denies_review=False)
    assert not record_headed(ev)
    ev.title = "La Verda Lanterno — Tereza Holm"
    assert record_headed(ev)
    ev.appointment = True  # (a meeting's day and hour: a club's notice under the record)
    assert not record_headed(ev)


def test_notice_in_a_language_the_voice_lists_read_stays_too_short():
    # (the lists read its word for the work, "esta novela", and hear no verdict: a forthcoming book's note)
    prose = ["Esta novela de Tereza Holm cuenta la vuelta de un marinero a su isla, donde el faro está apagado y nadie "
             "en el pueblo quiere decirle por qué ocurrió tal cosa hace ya tantos años.",
             "Holm la escribió hace treinta años y ahora la traducen por primera vez. Esta novela llega a las librerías "
             "el mes que viene, con una tirada corta y una cubierta nueva."]
    record = extract_page(_page("El faro verde — Tereza Holm", prose).replace("lang='eo'", "lang='es'"), _URL)
    assert record.kind != "review", record.reason
