"""A headline's trailing "reread" label (reviewlabel.REREAD_WORDS, taken off by book.REVIEW_SUFFIX) and Danish "af"
(by) in book.BY: "A: T – <reread>" reads T by A, "Anmeldelse: T af A" reads T by A. Own words, no corpus text."""

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookheadline import from_title


def _read(title, text="", language=None):
    book = from_title(title, Context(text, language=language))
    return (book.title, book.author) if book else None


# --- Danish "af" ------------------------------------------------------------------------------------------------

def test_danish_review_label_title_af_author():
    assert _read("Anmeldelse: Vinden over fjorden af Karen Holmstrup", "Holmstrup skriver roligt.", "da") == \
        ("Vinden over fjorden", "Karen Holmstrup")


def test_danish_unlabelled_af_vouched_by_the_text():
    text = "En roman om en fisker. Lindberg lader havet tale. Lindberg er bedst i de stille kapitler."
    assert _read("Saltet i vandet af Peter Lindberg", text, "da") == ("Saltet i vandet", "Peter Lindberg")


def test_danish_af_before_lower_case_words_is_no_author():
    # "af" as "of": a portrait of a town, no person named after it
    book = _read("Portræt af en lille by", "En bog om en by ved kysten.", "da")
    assert book is None or book[1] is None


def test_danish_unlabelled_af_the_text_never_names():
    # nothing vouches: the text does not call the person by surname
    book = _read("Breve af Johanne Sand", "En samling breve fra krigen. Udgivet i år.", "da")
    assert book is None or book[1] != "Johanne Sand"


def test_afrikaans_page_keeps_its_own_by_word():
    # on an Afrikaans page "af" is no "by" ("deur" is)
    book = _read("Resensie: Die stil dorp af Jan Bester", "Bester skryf mooi.", "af")
    assert book is None or book[1] != "Jan Bester"


# --- a trailing reread label -------------------------------------------------------------------------------------

def test_hungarian_reread_after_dash():
    assert _read("Gárdonyi Vilma: Az őszi kert – újraolvasva", "Gárdonyi regénye csendes.", "hu") == \
        ("Az őszi kert", "Gárdonyi Vilma")


def test_french_reread_after_dash():
    assert _read("Claire Morel : La maison des vents – relecture", "Morel écrit court.", "fr") == \
        ("La maison des vents", "Claire Morel")


def test_german_reread_in_brackets():
    assert _read("Der leise Fluss von Anna Brenner (wiedergelesen)", "Brenner erzählt langsam.", "de") == \
        ("Der leise Fluss", "Anna Brenner")


def test_swedish_and_italian_reread_labels():
    assert _read("Havets röst av Lena Åberg – omläst", "Åberg skriver.", "sv") == ("Havets röst", "Lena Åberg")
    assert _read("Marco Bellini: Il ponte di sale – rilettura", "Bellini racconta.", "it") == ("Il ponte di sale", "Marco Bellini")


def test_reread_word_inside_the_title_is_kept():
    # not set off by a separator: part of the title
    assert _read("Ferenczi Anna: Újraolvasva a nyár", "Ferenczi könyve.", "hu") == ("Újraolvasva a nyár", "Ferenczi Anna")
    assert _read("Paul Girard : Le carnet relu", "Girard écrit.", "fr") == ("Le carnet relu", "Paul Girard")


def test_reread_word_as_a_leading_label_is_not_taken_off():
    # only the headline's end: a leading "Relecture" may open a book's own title
    book = _read("Relecture des saisons", "Un essai sur le temps.", "fr")
    assert book is None or book[0].startswith("Relecture")


# --- ordinary reviews left alone ---------------------------------------------------------------------------------

_PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>
<article><h1>{title}</h1>{body}</article></body></html>"""


def test_ordinary_danish_review_about_a_painter_left_alone():
    body = ("<p>Bogen følger en maler gennem et langt liv ved kysten. Den er skrevet med stor ro, og billederne "
            "beskrives så præcist, at man næsten kan se dem.</p><p>Jeg læste den på to aftener og kan varmt anbefale "
            "den til alle, der holder af kunst og lys.</p>")
    record = extract_page(_PAGE.format(lang="da", title="Lys over havet", body=body), "https://blog.example.dk/lys")
    assert record.book_author is None or record.book_author != "havet"
    assert (record.book_title or "Lys over havet") == "Lys over havet"


def test_ordinary_hungarian_review_with_dashed_subtitle_left_alone():
    body = ("<p>Szabó Lilla új regénye egy vidéki iskoláról szól. Szabó nyelve tiszta, a szereplők élnek.</p>"
            "<p>Nekem a második fele tetszett jobban, amikor a tanárnő végre beszél a múltjáról.</p>")
    title = "Szabó Lilla: A csendes osztály – egy iskola története"
    record = extract_page(_PAGE.format(lang="hu", title=title, body=body), "https://blog.example.hu/osztaly")
    assert record.book_title != "A csendes osztály – egy iskola"
