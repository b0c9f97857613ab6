"""Book rules of round 33: a cover caption's "T, de A" (the word for "by" is no part of the name); a shop's product
name with its binding ("T - Paperback", "T (Taschenbuch)", "T - غلاف ورقي") and its subtitle; a Japanese newspaper's
headline "Column：R・評　『T』＝A・著" (the reviewer's credit before the title, the author's after an equals sign).

Every line and page here is invented for these tests (invented books, people and sites, in our own words and markup).
"""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract.book import Book, Context
from scraper.extract.bookbinding import binding_tail
from scraper.extract.bookcover import figure_captions, from_caption
from scraper.extract.booktitles import cjk_title


def figure(alt: str, caption: str) -> list:
    return figure_captions(lxml_html.fromstring(f"""<html><body><figure><img src="/up/capa.jpg" alt="{alt}">
<figcaption>{caption}</figcaption></figure><p>x</p></body></html>"""))


PT = "Moraes escreve devagar. Moraes não tem pressa, e o leitor de Moraes aprende a esperar."
FR = "Roy écrit court. Chez Roy tout se joue dans les silences."
ES = "De Vries escribe poco. De Vries calla mucho."


# --- a caption's "by" --------------------------------------------------------------------------------------------

def test_caption_by_word_dropped_from_the_name():
    assert from_caption(figure("Capa", "A casa do rio, de Helena Moraes"), Context(PT, language="pt")) == ("A casa do rio", "Helena Moraes")
    assert from_caption(figure("Couverture", "Les nuits courtes — d’Émile Roy"), Context(FR, language="fr")) == ("Les nuits courtes", "Émile Roy")


def test_caption_without_by_word_unchanged():
    assert from_caption(figure("Capa", "A casa do rio, Helena Moraes"), Context(PT, language="pt")) == ("A casa do rio", "Helena Moraes")


def test_caption_particle_surname_alone_is_not_cut():
    # "de Vries" alone: the particle opens a surname, no "by" (one word would be left, no name)
    found = from_caption(figure("Portada", "El faro, de Vries"), Context(ES, language="es"))
    assert found is None or found[1] != "Vries"


# --- a shop's binding and subtitle -------------------------------------------------------------------------------

def _book(title: str) -> Book:
    return Book(title, "Someone Else", source="details")


def test_binding_after_a_dash_or_in_brackets():
    assert binding_tail(_book("The Salt Orchard - Paperback"), None, [], "").title == "The Salt Orchard"
    assert binding_tail(_book("Der Wintergarten (Taschenbuch)"), None, [], "").title == "Der Wintergarten"
    assert binding_tail(_book("Le jardin d'hiver, broché"), None, [], "").title == "Le jardin d'hiver"
    assert binding_tail(_book("بيت الملح - غلاف ورقي"), None, [], "").title == "بيت الملح"
    assert binding_tail(_book("Соляной сад – Мягкая обложка"), None, [], "").title == "Соляной сад"
    assert binding_tail(_book("The Salt Orchard Hardcover – 3 Mar. 2026"), None, [], "").title == "The Salt Orchard Hardcover – 3 Mar. 2026"
    assert binding_tail(_book("The Salt Orchard – Hardcover, 3 Mar. 2026"), None, [], "").title == "The Salt Orchard"


def test_binding_word_inside_a_title_stays():
    # near misses: the word is the title's own, not set off after it
    assert binding_tail(_book("Paperback Writer"), None, [], "").title == "Paperback Writer"
    assert binding_tail(_book("The Pocket Atlas - A Journey"), None, [], "").title == "The Pocket Atlas - A Journey"
    assert binding_tail(_book("Ciltli Defter"), None, [], "").title == "Ciltli Defter"


def test_shop_heading_subtitle_cut_where_the_page_names_the_main_title():
    heading = "بيت الملح: سيرة عائلة - غلاف ورقي"
    book = binding_tail(_book(heading), heading, ["بيت الملح"], "قرأت الرواية في يومين.")
    assert book.title == "بيت الملح"
    heading = "The Salt Orchard: A Family Story - Paperback"
    assert binding_tail(_book(heading), heading, [], "I loved The Salt Orchard from page one.").title == "The Salt Orchard"


def test_subtitle_kept_when_nothing_names_the_main_title_alone_or_no_shop_heading():
    heading = "The Salt Orchard: A Family Story - Paperback"
    assert binding_tail(_book(heading), heading, ["Product photo"], "A fine read.").title == "The Salt Orchard: A Family Story"
    # the text names the whole title: the subtitle is part of it
    text = "The Salt Orchard: A Family Story is long."
    assert binding_tail(_book(heading), heading, [], text).title == "The Salt Orchard: A Family Story"
    # a blog's title (no shop heading) keeps its colon
    assert binding_tail(_book("The Salt Orchard: A Family Story"), None, ["The Salt Orchard"], "").title == "The Salt Orchard: A Family Story"


# --- a Japanese newspaper's credits ------------------------------------------------------------------------------

def test_reviewer_credit_before_and_author_after_equals_sign():
    assert cjk_title("今週の書棚：青木一郎・評　『白い港』＝森田花子・著") == ("白い港", "森田花子")
    assert cjk_title("读书：王小明・评　《北方的河》=李大海・著") == ("北方的河", "李大海")


def test_reviewer_credit_alone_names_no_author():
    assert cjk_title("今週の書棚：青木一郎・評　『白い港』") is None
    # near miss: the name before the title is the author's
    assert cjk_title("森田花子『白い港』") == ("白い港", "森田花子")
    assert cjk_title("『白い港』森田花子著") == ("白い港", "森田花子")


# --- an Icelandic record's "Eftir A." in the dative --------------------------------------------------------------

from scraper.extract.bookicelandic import eftir_author  # noqa: E402

IS_TEXT = ("Sagan gerist á Vestfjörðum. Sigrún Björk skrifar hægt og vandlega, og Sigrún Björk leyfir veðrinu að ráða. "
           "Þetta er besta bók Sigrúnar til þessa.")


def test_eftir_dative_turned_nominative():
    lines = ["Skáldsaga", "Vetrarhöfn", "Eftir Sigrúnu Björk Hallsdóttur. Forlagið, 2025. 210 bls."]
    book = eftir_author(Book("Vetrarhöfn", None, source="body"), lines, "\n".join(lines) + "\n" + IS_TEXT)
    assert book is not None and book.author == "Sigrún Björk Hallsdóttir"
    # the u-umlaut of a given name in -a ("Sögu" for "Saga") and a patronymic in -syni
    text = "Eftir Sögu Ragnarsdóttur. Forlagið.\nSaga skrifar fallega. Saga Ragnarsdóttir kann sitt fag."
    assert eftir_author(Book("Fjallið", None), text.splitlines(), text).author == "Saga Ragnarsdóttir"
    text = "Eftir Ara Einarssyni.\nAri Einarsson skrifar hratt."
    assert eftir_author(Book("Fjallið", None), text.splitlines(), text).author == "Ari Einarsson"


def test_eftir_left_unread():
    lines = ["Eftir Sigrúnu Björk Hallsdóttur. Forlagið, 2025."]
    # the text never writes the given names in the nominative: no telling the case
    assert eftir_author(Book("Vetrarhöfn", None), lines, "\n".join(lines) + "\nBókin er góð.") is None
    # no patronymic: how the name declines is unknown
    text = "Eftir Önnu Berg.\nAnna skrifar vel."
    assert eftir_author(Book("Fjallið", None), text.splitlines(), text) is None
    # an author already found, and a sentence that only opens with "eftir" (after)
    assert eftir_author(Book("Vetrarhöfn", "Jón Jónsson"), lines, IS_TEXT) is None
    text = "eftir langa bið kom bókin út.\n" + IS_TEXT
    assert eftir_author(Book("Vetrarhöfn", None), text.splitlines(), text) is None
