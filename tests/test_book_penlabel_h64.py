"""holdout64-66 round (book64b): a record line under the bibliography's word, read without that word
(bookinfo._RECORD_LABEL), and a one-word pen name after a by-word in a quoted headline (bookpenname.tagged_pen_name)."""

from scraper.extract.book import Book
from scraper.extract.bookbiblio import from_bibliography
from scraper.extract.bookinfo import is_record_label, unlabelled, without_label
from scraper.extract.bookpenname import tagged_pen_name


# --- the bibliography's word as a record label, in many languages ---

def test_bibliography_words_are_record_labels():
    for label in ("Bibliografia", "Bibliografía", "Bibliographie", "Bibliography", "Bibliografie", "Bibliográfia",
                  "Bibliogrāfija", "Bibliograafia", "Bibliografija", "Библиография", "Бібліографія", "Βιβλιογραφία",
                  "Dati bibliografici", "Datos bibliográficos", "Bibliografische gegevens", "Bibliographische Angaben",
                  "Llyfryddiaeth"):
        assert is_record_label(label), label


def test_near_miss_other_words_are_no_record_labels():
    for label in ("Biblioteca", "Bibliothek", "Bibliographic note on the translator", "Bibliófilo de guardia"):
        assert not is_record_label(label), label


def test_basque_style_record_read_without_its_label():
    line = "Bibliografia: Itsasoko haizea, Miren Agirre. Txalaparta, 2011. 180 orrialde."
    assert unlabelled(line).startswith("Itsasoko haizea")
    assert without_label("Bibliografia: Itsasoko haizea") == "Itsasoko haizea"


def test_polish_record_under_bibliography_word():
    found = from_bibliography(["Pierwszy akapit recenzji, całkiem długi i bez żadnego roku.",
                               "Bibliografia: Zimowy ogród, Anna Nowicka. Wydawnictwo Sosna, 2019, 312 stron."])
    assert found is not None and found[0] == "Zimowy ogród" and found[1] == "Anna Nowicka"


def test_near_miss_fact_line_still_gives_nothing():
    assert unlabelled("Wydawnictwo: Sosna, 2019") is None


# --- a one-word pen name after a by-word in a quoted headline, the name one of the post's tag links ---

def test_portuguese_quoted_title_de_pen_name():
    book = tagged_pen_name(Book("Kalunga", None), "«Kalunga», de Ondjaki: o mar que ninguém esquece",
                           ["Ondjaki", "romance"], "Ondjaki volta ao mar. O livro de Ondjaki é curto.")
    assert book.author == "Ondjaki"


def test_german_quoted_title_von_pen_name_dash_remark():
    book = tagged_pen_name(Book("Nachtzug", None), "„Nachtzug“ von Jurek – eine Reise ohne Ende",
                           ["Jurek"], "Jurek schreibt knapp.")
    assert book.author == "Jurek"


def test_near_miss_by_word_name_not_a_tag():
    book = tagged_pen_name(Book("Kalunga", None), "«Kalunga», de Ondjaki: o mar", ["romance"], "Ondjaki volta ao mar.")
    assert book.author is None


def test_near_miss_place_written_in_lower_case():
    # "de Verão" is a season the text writes in lower case: no pen name
    book = tagged_pen_name(Book("Noites", None), "«Noites», de Verão: um livro", ["Verão"],
                           "Li-o num verão quente, o verão passado.")
    assert book.author is None


def test_near_miss_title_elsewhere_in_headline():
    # the title not at the headline's start: a sentence about it, no "T de A" shape
    book = tagged_pen_name(Book("Kalunga", None), "Voltar a Kalunga, de Ondjaki: notas", ["Ondjaki"], "Ondjaki escreve.")
    assert book.author is None


# --- a caseless dashed headline whose title part is quoted: "<label>: 'T' - A" (bookdashowner.quoted_dashed) ---

from scraper.extract.book import Context
from scraper.extract.bookdashowner import quoted_dashed


def test_marathi_label_quoted_title_dash_name():
    text = "सुनीता देशमुख यांची 'पाऊलवाट' ही कादंबरी एका शेतकरी कुटुंबाची गोष्ट सांगते. भाषा साधी आहे."
    assert quoted_dashed("वाचन: 'पाऊलवाट' - सुनीता देशमुख", Context(text, (), "mr")) == ("पाऊलवाट", "सुनीता देशमुख")


def test_hindi_quoted_title_dash_name():
    text = "कमला वर्मा का “नीली नदी” एक छोटा उपन्यास है, जो गाँव की कहानी कहता है."
    assert quoted_dashed("“नीली नदी” — कमला वर्मा", Context(text, (), "hi")) == ("नीली नदी", "कमला वर्मा")


def test_near_miss_bengali_quoted_title_not_owned_by_the_name():
    # the name and the quoted title both in the text, but apart: nobody owns the title
    text = "অরুণা সেন আজ বইমেলায় ছিলেন। পরে আমরা \"শীতের দুপুর\" নিয়ে কথা বললাম।"
    assert quoted_dashed("বই: 'শীতের দুপুর' - অরুণা সেন", Context(text, (), "bn")) is None


# --- a cover's caption "T by A (House or its series)" (bookleadcaption._by_split, _HOUSE series words) ---

from scraper.extract.bookleadcaption import house_bracket, lead_caption_book


def test_english_caption_by_with_a_series_in_brackets():
    book = lead_caption_book([("The Salt Road by Amara Okafor (Lagos Writers Series)", "")])
    assert (book.title, book.author) == ("The Salt Road", "Amara Okafor")


def test_spanish_caption_de_with_a_title_holding_de():
    book = lead_caption_book([("Canción de la tarde de Lucía Ferrer Vidal (Editorial Piedra)", "")])
    assert (book.title, book.author) == ("Canción de la tarde", "Lucía Ferrer Vidal")


def test_german_caption_von_with_a_house():
    book = lead_caption_book([("Das kalte Haus von Greta Lindner (Verlag am Hang)", "")])
    assert (book.title, book.author) == ("Das kalte Haus", "Greta Lindner")


def test_near_miss_photo_credit_is_no_record():
    assert lead_caption_book([("Author photo by Jane Marlow (Penguin Press)", "")]) is None
    assert lead_caption_book([("Foto di Paolo Verdi (Einaudi editore)", "")]) is None


def test_near_miss_agency_in_brackets_is_no_house():
    assert house_bracket("Evening Harbour by Tomas Berg (Reuters)") == ""
    assert lead_caption_book([("Evening Harbour by Tomas Berg (Reuters)", "")]) is None
