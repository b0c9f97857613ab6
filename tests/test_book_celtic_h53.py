"""holdout53 (book53c): the Celtic languages' own "by" in a headline (bookownby: Breton "gant", Cornish "gans", Irish
and Scottish Gaelic "le", Manx "liorish"), and their near misses. Examples in our own words."""

from scraper.extract.book import Context
from scraper.extract.bookheadline import from_title


def _ctx(language, text):
    return Context(text, [], language)


def test_breton_gant_before_a_remark_after_a_spaced_colon():
    book = from_title("Ar Vag Wenn, gant Loeiz Kerne : ur marc'had mat", _ctx("br", "Loeiz Kerne a skriv. Kerne a gomz eus ar mor."))
    assert (book.title, book.author) == ("Ar Vag Wenn", "Loeiz Kerne")


def test_cornish_gans():
    book = from_title("An Mor Glas gans Jenefer Pascoe", _ctx("kw", "Pascoe a skrifas an lyver ma. Pascoe."))
    assert (book.title, book.author) == ("An Mor Glas", "Jenefer Pascoe")


def test_irish_le():
    book = from_title("Scéal an Oileáin le Máire Ní Bhriain", _ctx("ga", "Scríobh Ní Bhriain an leabhar seo."))
    assert (book.title, book.author) == ("Scéal an Oileáin", "Máire Ní Bhriain")


def test_scottish_gaelic_le_with_region_code():
    book = from_title("Cladach nan Ròn le Seumas Moireach", _ctx("gd-GB", "Sgrìobh Moireach an leabhar. Moireach."))
    assert (book.title, book.author) == ("Cladach nan Ròn", "Seumas Moireach")


def test_manx_liorish():
    book = from_title("Yn Lhong Veg liorish Juan Kinvig", _ctx("gv", "Ta Kinvig screeu mychione yn cheayn."))
    assert (book.title, book.author) == ("Yn Lhong Veg", "Juan Kinvig")


def test_near_miss_gant_before_lower_case_words():
    # "gant" (with) before no name: "with the children"
    book = from_title("Ur vakañs gant ar vugale", _ctx("br", "Bugale. Mor."))
    assert book is None or book.author is None


def test_near_miss_le_in_a_french_page():
    # French "le" is an article, never "by"
    book = from_title("Voyage dans le Grand Nord", _ctx("fr", "Le Grand Nord. Nord."))
    assert book is None or book.author is None


# --- bookboldrecord: "**T**" over "A · House · year", a box of its own ---

from lxml import html as _html

from scraper.extract.bookboldrecord import bold_record
from scraper.extract.bookcover import COVER_WORD
from scraper.extract.bookcoverof import cover_of


def _post(box, text="<p>Tha Moireach a' sgrìobhadh mu dheidhinn na mara.</p>"):
    return _html.fromstring(f"<article>{text}<div>{box}</div></article>")


def test_bold_title_over_a_dotted_record_gaelic():
    book = bold_record(_post("<p><strong>Cladach nan Ròn</strong></p><p>Seumas Moireach · Acair · 2019</p>"))
    assert (book.title, book.author) == ("Cladach nan Ròn", "Seumas Moireach")


def test_bold_title_over_a_barred_record_with_pages_welsh():
    post = _post("<p><b>Y Môr Llwyd</b></p><p>Elin Prydderch | Gwasg y Dyffryn | 212 tud.</p>", "<p>Mae Prydderch yn ysgrifennu'n dda.</p>")
    assert (bold_record(post).title, bold_record(post).author) == ("Y Môr Llwyd", "Elin Prydderch")


def test_bold_record_with_commas_english():
    post = _post("<p><strong>The Salt Road</strong></p><p>Ann Petrie, Harbour Press, 2021</p>", "<p>Petrie writes of the coast.</p>")
    assert bold_record(post).author == "Ann Petrie"


def test_near_miss_a_dated_byline_box():
    # the writer's box: a date, not a year alone
    post = _post("<p><strong>Mu ar sgrìobhadair</strong></p><p>Seumas Moireach · 2 Dùbhlachd 2026 · 6 mionaidean</p>")
    assert bold_record(post) is None


def test_near_miss_a_person_the_review_never_names():
    post = _post("<p><strong>Cladach nan Ròn</strong></p><p>Seumas Moireach · Acair · 2019</p>", "<p>Leabhar math.</p>")
    assert bold_record(post) is None


def test_near_miss_a_bold_sentence_and_more_lines():
    assert bold_record(_post("<p><strong>Leugh seo:</strong></p><p>Seumas Moireach · Acair · 2019</p>")) is None
    assert bold_record(_post("<p><strong>Cladach nan Ròn</strong></p><p>Seumas Moireach · Acair · 2019</p><p>Eile</p>")) is None


def test_near_miss_no_year_or_pages_at_the_end():
    assert bold_record(_post("<p><strong>Cladach nan Ròn</strong></p><p>Seumas Moireach · Acair · Steòrnabhagh</p>")) is None


# --- bookcoverof: "Cover of T, a novel by A" ---

def _cap(text, language="mt"):
    return Context(text, [], language)


def test_maltese_cover_of_title_novel_of_author():
    found = cover_of("Il-qoxra ta' Il-Baħar Kiesaħ, rumanz ta' Ġużè Borg", _cap("Borg jikteb dwar il-baħar."), COVER_WORD)
    assert found == ("Il-Baħar Kiesaħ", "Ġużè Borg")


def test_french_couverture_de_roman_de():
    found = cover_of("Couverture de La Nuit des Pêcheurs, roman de Marie Lavaud", _cap("Lavaud écrit la mer.", "fr"), COVER_WORD)
    assert found == ("La Nuit des Pêcheurs", "Marie Lavaud")


def test_english_cover_of_a_novel_by():
    found = cover_of("Cover of Salt and Iron — a novel by Ruth Keane", _cap("Keane knows the sea.", "en"), COVER_WORD)
    assert found == ("Salt and Iron", "Ruth Keane")


def test_near_miss_photo_credit_after_the_title():
    assert cover_of("Cover of Salt and Iron, photo by Ruth Keane", _cap("Keane knows the sea.", "en"), COVER_WORD) is None


def test_near_miss_name_the_text_never_says():
    assert cover_of("Cover of Salt and Iron, a novel by Ruth Keane", _cap("A book about the sea.", "en"), COVER_WORD) is None


def test_near_miss_caption_not_opening_on_a_cover():
    assert cover_of("Salt and Iron, a novel by Ruth Keane", _cap("Keane knows the sea.", "en"), COVER_WORD) is None


# --- bookpenname.tagged_pen_name: "T, A: remark", A one word and one of the post's tags ---

from scraper.extract.book import Book
from scraper.extract.bookpenname import tagged_pen_name


def test_creole_headline_one_word_pen_name_tagged():
    book = tagged_pen_name(Book("Lanmè a", None), "Lanmè a, Karitèl: yon liv ki fè nou reflechi", ["liv", "Karitèl"],
                           "Karitèl ekri sou lanmè a.")
    assert book.author == "Karitèl"


def test_pen_name_after_a_dash_remark():
    book = tagged_pen_name(Book("Nuit blanche", None), "Nuit blanche, Mirval — un roman qui brûle", ["Mirval"], "Mirval écrit vite.")
    assert book.author == "Mirval"


def test_near_miss_name_not_a_tag():
    book = tagged_pen_name(Book("Lanmè a", None), "Lanmè a, Karitèl: yon liv", ["liv"], "Karitèl ekri.")
    assert book.author is None


def test_near_miss_common_word_in_lower_case():
    # the "name" is a word the text writes in lower case: a place or a thing, not a pen name
    book = tagged_pen_name(Book("Lanmè a", None), "Lanmè a, Lakay: yon liv", ["Lakay"], "Lakay se lakay, mwen renmen lakay.")
    assert book.author is None


def test_near_miss_author_already_read():
    book = tagged_pen_name(Book("Lanmè a", "Jan Pyè"), "Lanmè a, Karitèl: yon liv", ["Karitèl"], "Karitèl ekri.")
    assert book.author == "Jan Pyè"
