"""List shapes the layout counts read in any language (listedbook.numbered_works, classify): numbered headings or
items "Work <the language's 'by'> Maker Name", the same joining word in every item, and items whose bold head is
"Maker Name: Work" with a remark after it; and a post whose title was read as one book while its body lists four
books or more and never returns to the title's (a "books of the year" post titled in words the title rules took for
"T" by the byline's name). Near misses: a review's numbered sections ("1. Life in Old Rome"), joining words that
differ, a bold "Heading: Remark" pair of ordinary words, a review whose own rating or returns to its book keep it.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.classify import Evidence, classify
from scraper.extract.listedbook import numbered_works


def test_numbered_headings_joined_by_any_languages_by():
    # Indonesian "oleh", Welsh "gan", Polish "autorstwa"-less "od"-style joiner: the same word in every heading
    indonesian = ["### 1. Rumah di Tepi Sungai oleh Sari Wulandari", "Ceritanya hangat.",
                  "### 2. Hujan Bulan Juni oleh Dimas Pratama", "Sedih sekali.",
                  "### 3. Kota Tanpa Nama oleh Rina Kusuma", "Puisi yang rapi."]
    assert set(numbered_works(indonesian)) == {"rumah di tepi sungai", "hujan bulan juni", "kota tanpa nama"}
    welsh = ["### 1. Y Tŷ ar y Bryn gan Elin Morgan", "### 2. Cân y Môr gan Dafydd Rhys",
             "### 3. Nos Da Caerdydd gan Siân Pritchard"]
    assert len(numbered_works(welsh)) == 3
    tagalog_like = ["1. **Ang Lumang Bahay ni Maria L. Santos**", "2. **Sa Dulo ng Daan ni Jose Ramos**",
                    "3. **Mga Anino ni R. T. Cruz**"]
    assert len(numbered_works(tagalog_like)) == 3


def test_numbered_items_with_a_bold_maker_colon_work_head():
    hungarian = ["1. **Varga Eszter: A kert** – csendes és pontos.", "2. **Molnár Péter: Tél** – rövid, de erős.",
                 "3. **Szalai Anna: Hajnali vonat** – a legjobb első regény."]
    assert set(numbered_works(hungarian)) == {"a kert", "tél", "hajnali vonat"}
    german = ["1. **Greta Feldmann: Das Haus im Moor** – düster und klug.",
              "2. **Jonas Weber: Nachtzug** – hat mich wach gehalten.",
              "3. **Lena Albers: Salz** – leise, aber lange nachhallend."]
    assert len(numbered_works(german)) == 3


def test_near_misses_of_the_shapes():
    # a review's numbered sections: an ordinary word of the text is capitalised in the "name"
    sections = ["## 1. Life in Ancient Rome", "The ancient city comes alive in the first part.",
                "## 2. Baths in Roman Britain", "## 3. Death in Pompeii Town"]
    assert numbered_works(sections) == {}
    # the joining word differs from heading to heading: sections, not a list's "by"
    mixed = ["## 1. Walking with Old Friends", "## 2. Dinner at Grand Central", "## 3. Rain over Upper Bay"]
    assert numbered_works(mixed) == {}
    # bold "Heading: Remark" pairs of ordinary words
    remarks = ["1. **The Plot: Slow Burn** – it takes its time.", "2. **The Characters: Vivid Ones** – the best part.",
               "3. **The Ending: Rushed** – sadly."]
    assert numbered_works(remarks) == {}


def _evidence(**overrides) -> Evidence:
    values = dict(url="https://tidalpages.example/2026/12/the-year/", title="Ten of the year – the editors' choice",
                  words=300, post_bodies=1, articles=1, body_classes=["single-post"], og_type="article", categories=[],
                  tags=[], book_source="title", book_has_author=True, rating=False, books_named=5, qa_blocks=0,
                  jsonld_review=False, source_hint=False, book_title="Ten of the year", book_author="Anna Byline",
                  book_mentions=1)
    values.update(overrides)
    return Evidence(**values)


def test_title_read_as_a_book_over_a_body_that_lists_five():
    kind, reason = classify(_evidence())
    assert kind == "list", reason


def test_review_near_misses_of_the_list_rule():
    assert classify(_evidence(books_named=5, closing_list_books=5))[0] == "review"  # its read-alikes at the end
    assert classify(_evidence(rating=True))[0] == "review"  # its own verdict
    assert classify(_evidence(book_mentions=4))[0] == "review"  # it keeps returning to its book
    assert classify(_evidence(books_named=3))[0] == "review"


def test_numbered_headings_page_is_a_list():
    heads = [("Rumah di Tepi Sungai", "Sari Wulandari"), ("Hujan Bulan Juni", "Dimas Pratama"),
             ("Kota Tanpa Nama", "Rina Kusuma"), ("Laut yang Diam", "Bayu Santoso")]
    body = "<p>Kami bertanya kepada para pembaca di tiga kota tentang novel yang paling mereka sukai tahun ini. " \
           "Berikut jawaban mereka, dari yang paling sering disebut.</p>" + "".join(
               f"<h3>{n}. {t} oleh {a}</h3><p>Banyak pembaca menyebut buku ini sebagai bacaan yang hangat dan jujur, "
               f"dengan tokoh yang mudah diingat dan akhir yang membuat mereka berpikir lama.</p>"
               for n, (t, a) in enumerate(heads, 1))
    page = ('<html lang="id"><head><title>Apa kata pembaca? Empat novel tahun ini</title></head>'
            '<body class="single-post"><article><h1 class="entry-title">Apa kata pembaca? Empat novel tahun ini</h1>'
            f'<div class="entry-content">{body}</div></article></body></html>')
    record = extract_page(page, "https://kabarbuku.example/2026/12/empat-novel-pilihan-pembaca/")
    assert not record.is_review, record.reason
