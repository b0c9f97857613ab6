"""Headlines of news sites, read for the book (holdout40 round, helper book40a).

- A news kicker: a phrase set in capitals before the headline's colon or dash ("ГРАД БЕЗ СУНЦА: …",
  "A HOUSE OF GLASS – …") that the text never names is no title (bookenumerated.kicker).
- After a review label, a quoted title followed by more words ("Recenzija: 'T' Autora i …"): the marks close the
  title, the rest is the headline's remark (bookheadline.from_title).
- "Men Holloway vet …": a sentence's first word that the text also writes in lower case, before a surname, is no
  first name (bookclues.labelled_person).

Every text here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookheadline import from_title
from scraper.extract.bookclues import labelled_person
from scraper.extract.bookenumerated import head, kicker

SR_TEXT = "Роман „Стаклена вода“ Марка Лазића читала сам у возу. Лазић пише кратко и тврдо."
EN_TEXT = "I read 'The Salt Ledger' on a night train. Okafor writes short and hard sentences."


# --- the kicker -----------------------------------------------------------------------------------------------

def test_a_capitals_kicker_is_no_title_sr_en_hr():
    assert head("ГРАД БЕЗ СУНЦА: Поново читамо Лазићев роман", Context(SR_TEXT, (), "sr")) == ""
    assert head("A HOUSE OF GLASS: why this thriller still works", Context(EN_TEXT, (), "en")) == ""
    assert head("MORE IZMEĐU NAS – roman koji se čita u jednom dahu", Context("Čitala sam ga u vlaku.", (), "hr")) == ""


def test_near_miss_a_capitals_title_the_text_names_is_kept():
    # the text names the head (in ordinary case): a book's title in capitals, not a kicker
    text = "The Salt Ledger is the best sea novel I have read. The Salt Ledger moves slowly."
    assert head("THE SALT LEDGER: a slow sea novel", Context(text, (), "en")) == "THE SALT LEDGER"
    assert kicker("THE SALT LEDGER", "THE SALT LEDGER: a slow sea novel", Context(text, (), "en")) is False


def test_near_miss_one_word_and_all_capitals_and_ordinary_case():
    ctx = Context(EN_TEXT, (), "en")
    assert kicker("REVIEW", "REVIEW: The Salt Ledger", ctx) is False  # one word: a label or an acronym
    assert kicker("SALT AND IRON", "SALT AND IRON: A SEA NOVEL", ctx) is False  # the whole headline in capitals
    assert kicker("Salt And Iron", "Salt And Iron: a sea novel", ctx) is False  # ordinary title case
    assert kicker("ГРАД БЕЗ СУНЦА", "ГРАД БЕЗ СУНЦА, поново", Context(SR_TEXT, (), "sr")) is False  # a comma, no colon or dash


SR_PAGE = """<!DOCTYPE html><html lang="sr-Cyrl"><head><meta charset="utf-8">
<title>ГРАД БЕЗ СУНЦА: Поново читамо Лазићев роман о Београду | Дневник.рс</title></head>
<body><main><article>
<h1>ГРАД БЕЗ СУНЦА: Поново читамо Лазићев роман о Београду</h1>
<div class="article-body">
<p>Неке књиге читамо зато што морамо, а неке зато што не можемо да их оставимо. „Стаклена вода“, објављена
1971, припада овим другима. Узела сам је поново ове зиме и изненадила ме је колико је мрачна и тиха.</p>
<p>Прича прати једног поштара који годинама разноси писма у кварту где нико више не прима пошту. Лазић гради
свет од ситница: звоно на вратима, мокар капут, писмо без адресе. Свака страница је мала и прецизна.</p>
<p>Лазић не објашњава ништа, и то је највећа снага ове књиге. Читалац сам слаже делове, као поштар писма, и
на крају схвата да је цела прича била једно дуго писмо граду. Ретко који роман тако добро стари.</p>
<p>Ако нисте читали ништа од Лазића, почните одавде. Роман се чита за једно поподне, а памти дуго.</p>
</div>
<div class="tags"><a href="/tag/marko-lazic">Марко Лазић</a> <a href="/tag/knjige">књиге</a></div>
</article></main></body></html>"""


def test_page_with_a_kicker_finds_the_quoted_title_sr():
    record = extract_page(SR_PAGE, "https://www.dnevnik.example.rs/kultura/staklena-voda-ponovo")
    assert record.book_title == "Стаклена вода"
    assert record.book_author == "Марко Лазић"


# --- the quoted title after a review label -------------------------------------------------------------------

def test_quoted_title_after_a_label_stops_at_its_closing_mark_hr_en_pl():
    text_hr = "Kad je izašao, Kameni most Ivana Babića bio je roman koji su svi čitali. Babić piše sporo."
    book = from_title("Recenzija: 'Kameni most' Ivana Babića i danas drži čitatelja", Context(text_hr, (), "hr"))
    assert book is not None and book.title == "Kameni most"
    book = from_title("Review: “The Salt Ledger” is a quiet triumph", Context(EN_TEXT, (), "en"))
    assert book is not None and book.title == "The Salt Ledger"
    book = from_title("Recenzja: „Szklana woda” Marka Lisa wciąż porusza", Context("Czytałam ją w pociągu.", (), "pl"))
    assert book is not None and book.title == "Szklana woda"


def test_near_miss_quoted_title_alone_or_unquoted_headline():
    # the quote closes the headline: the title is the whole quoted text, as before
    book = from_title("Review: “The Salt Ledger”", Context(EN_TEXT, (), "en"))
    assert book is not None and book.title == "The Salt Ledger"
    # no quote marks: the headline is read as before (no title cut at a word)
    book = from_title("Review: Harbour Lights", Context("Harbour Lights is slow.", (), "en"))
    assert book is not None and book.title == "Harbour Lights"
    # a headline that is no review's: no label, the quoted head is not taken by this rule
    book = from_title("'Kameni most' i danas drži čitatelja", Context("Čitala sam ga.", (), "hr"))
    assert book is None or book.title != "Kameni most" or book.author is None


# --- a sentence's first word is no first name ----------------------------------------------------------------

def test_sentence_opening_word_is_no_first_name_nb_en():
    text_nb = ("Ola Brekkes roman handler om en fyrvokter. Brekke skriver stille. Men Brekke vet hva han gjør, "
               "men det tar tid. Brekke er best i de korte kapitlene.")
    assert labelled_person(text_nb.split(". "), ["Ola Brekke"], "https://a.example/ola-brekke", Context(text_nb, (), "nb"),
                           "Fyret") != "Men Brekke"
    text_en = ("Agnes Holloway's new novel is about a ferry. But Holloway knows what she is doing, but slowly. "
               "Holloway is best in the short chapters.")
    assert labelled_person(text_en.split(". "), ["holloway"], "https://a.example/x", Context(text_en, (), "en"),
                           "The Ferry") == "Agnes Holloway"


def test_near_miss_a_first_name_that_is_also_a_word_mid_sentence():
    # "Will" is also a lower-case word here, but mid-sentence "Will Brandt" is a name
    text = ("I read the new novel by Will Brandt in one night. Brandt will surprise you, and Brandt is patient. "
            "It is a book you will keep.")
    assert labelled_person(text.split(". "), ["brandt"], "https://a.example/x", Context(text, (), "en"), "Night Ferry") == "Will Brandt"
