"""The book in African languages' records (book40a): the word "book" as a record's label in more Bantu languages
(Setswana/Sesotho "Buka:", Shona "Bhuku:", Kinyarwanda "Igitabo:", Malagasy "Boky:") is the record's label, never the
title's first word (``bookinfo``); a Nguni or Shona review calls the author by surname with a class prefix glued on
("uSibiya", "kaSibiya", "vaMoyo"), which counts as naming the surname where a record's "T — A" has two name-like
sides (``bookbantu``, through ``book.Context.called``). Near misses: a title whose first word merely begins like a
label ("Bukavu: …"), an English page with a glued "McAllister", a Zulu text naming only the title's last word."""

import pytest

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookbantu import prefixed_names
from scraper.extract.bookbiblio import from_bibliography
from scraper.extract.bookinfo import without_label


@pytest.mark.parametrize("line, title", [
    ("Buka: Pula ya Bosigo, Neo Ramotse (Lesedi Press, 2011)", "Pula ya Bosigo"),      # Setswana
    ("Bhuku: Mvura Yemakomo, Tariro Chikore (Weaver, 2015)", "Mvura Yemakomo"),       # Shona
    ("Igitabo: Inzira y'Umugezi, Aline Uwase (Huye Books, 2019)", "Inzira y'Umugezi"),  # Kinyarwanda
    ("Boky: Ny Ala Maitso, Hery Rakoto (Trano Printy, 2008)", "Ny Ala Maitso"),       # Malagasy
])
def test_the_word_book_is_the_records_label(line, title):
    ctx = Context("Ke badile buka e. " + line, ())
    found = from_bibliography(["A short paragraph about the story.", line], ctx)
    assert found is not None and found[0] == title


def test_a_title_that_only_begins_like_a_label_keeps_its_word():
    assert without_label("Bukavu: Lake Stories") == "Bukavu: Lake Stories"
    assert without_label("Bokyo: a novel") == "Bokyo: a novel"
    assert without_label("Buka: Lake Stories") == "Lake Stories"


@pytest.mark.parametrize("text, surname, language, count", [
    ("USibiya ubhala kahle. Le ncwadi kaSibiya iyathandeka.", "Sibiya", "zu", 2),
    ("Ndiyayithanda le ncwadi kaSibiya; uSibiya uyazi ukubhala.", "Sibiya", "xh", 2),
    ("Bhuku raMoyo rakanaka, naMoyo akanyora zvakanaka.", "Moyo", "sn", 2),
    ("McSibiya and MacSibiya are not the author.", "Sibiya", "en", 0),      # English: a glued capital is a Scots name
    ("Sibiya ubhala kahle.", "Sibiya", "zu", 0),                             # the bare surname is mentions', not counted twice
])
def test_a_glued_class_prefix_names_the_surname(text, surname, language, count):
    assert prefixed_names(surname, text, language) == count


_PAGE = """<html lang="{lang}"><head><title>{head} – Ibhulogi</title></head><body><article>
<h1 class="entry-title">{head}</h1><div class="entry-content">
<p><strong>{label}:</strong> Amanzi Amnyama — Lindiwe Sibiya (Umhlaba Press, 2012)</p>
<p>{p1}</p><p>{p2}</p><p>{p3}</p><p>Amanqaku: 4/5</p></div></article></body></html>"""


def test_a_xhosa_record_dashed_between_two_name_like_sides():
    html = _PAGE.format(lang="xh", head="Intombi emlanjeni", label="Incwadi",
                        p1="USibiya ubhala ngentombazana ehlala ngasemlanjeni, kwaye ulwimi lwakhe lulula kakhulu.",
                        p2="Ndiyithandile le ncwadi kaSibiya, nangona isiphelo sibuhlungu. Ndiyayincoma kubafundi abathanda"
                           " amabali amade ngeentsapho nemilambo, kunye nabantu abahlala ezilalini ezikude.",
                        p3="Isahluko sokuqala sicothayo, kodwa emva koko ibali liyakhawuleza kwaye liyabamba. Abalinganiswa"
                           " baphila, intetho yabo iyinyani, kwaye umlambo ngokwawo uba ngumlinganiswa webali lonke.")
    record = extract_page(html, "https://ibhulogi.example/2026/11/amanzi/")
    assert (record.book_title, record.book_author) == ("Amanzi Amnyama", "Lindiwe Sibiya")


def test_a_zulu_record_whose_text_names_neither_side_takes_no_side():
    # near miss: two name-like sides and no prefixed or bare surname in the text: the split stays unvouched
    from scraper.extract.bookheadline import dashed_name
    ctx = Context("Amanzi Amnyama — Lindiwe Sibiya\nLe ncwadi inhle kakhulu, ngiyayithanda.", (), language="zu")
    assert dashed_name("Amanzi Amnyama — Lindiwe Sibiya", ctx) is None
