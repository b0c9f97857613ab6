"""The post's metadata row holding its count of views (scraper.extract.counts.view_count_row), round s26.

A news or magazine engine prints the writer, the date and the post's count of views on one line over the text, its
parts set apart by a separator or each in an element of its own, spaces between them. The count's label is read in many
languages (Arabic with its article, Persian, Greek, Spanish, Thai, Hindi, Dutch, Korean …). What stays: a count of
views in the writer's own sentence, a book's record line with numbers but no count of views.

Every page, post, book and person here is invented for these tests, in our own words and markup.
"""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.counts import view_count_row
from tests.cleaning import LANTERN_REVIEW as REVIEW
from tests.cleaning import assert_lantern_review_kept as assert_review_kept
from tests.cleaning import clean_lantern as clean
from tests.cleaning import hugo, paras, rules


def _block(markup: str):
    return lxml_html.fragment_fromstring(markup)


@pytest.mark.parametrize("row", [
    "<div>بقلم: سلمى العلي | ١٢ نوفمبر ٢٠٢٦ | المشاهدات: ١٬٢٠٤</div>",
    "<p><span>Της Ελένης Μαρκου</span> <span>3/11/2026</span> <span>Προβολές 845</span></p>",
    "<p>Por Lucía Gómez · 3 nov 2026 · 1.204 visualizaciones</p>",
    "<div><span>โดย มาลี ศรีสุข</span> <span>12 พ.ย. 2569</span> <span>เข้าชม 1,204 ครั้ง</span></div>",
    "<p>लेखक: अमित वर्मा | 2 नवंबर 2026 | 1,204 बार देखा गया</p>",
    "<p>Door Anke de Vries | 4 november 2026 | 312 keer bekeken</p>",
    "<p><span class='a'>작성자 이수민</span> <span class='d'>2026-10-02</span> <span class='v'>조회수 88</span></p>",
    "<div>نوشته: رضا کریمی | ۳ دی ۱۴۰۵ | تعداد بازدید: ۹۱۲</div>",
])
def test_a_metadata_row_with_the_posts_count_of_views_is_a_count_row(row):
    assert view_count_row(_block(row))


@pytest.mark.parametrize("line", [
    # the writer's own sentences, the count in bold in them
    "<p>Το βίντεο της συγγραφέως έφτασε <b>12.000 προβολές</b> μέσα σε μια εβδομάδα, και έτσι έφτασα στο βιβλίο.</p>",
    "<p>Su vídeo sobre la novela superó las <b>1.204 visualizaciones</b> en un día.</p>",
    # a book's record line: numbers, no count of views
    "<p>Σελίδες: 320 | Εκδόσεις: Πόλις | Έτος: 2024</p>",
    "<p><span>Ana Lee</span> <span>320 pages</span> <span>2024</span></p>",
    # a count of views in a sentence that ends the line
    "<p>Her clip about the novel had 1,204 views.</p>",
])
def test_a_count_of_views_in_the_writers_sentence_or_a_record_line_stays(line):
    assert not view_count_row(_block(line))


def test_a_row_of_spans_with_a_count_of_views_goes_from_the_body_and_the_review_stays():
    row = "<p class='meta'><span>Rubrique : Romans noirs</span> <span>Vues : 2 048</span> <span>Avis : 3</span></p>"
    text, report = clean(hugo(row + paras(*REVIEW)))
    assert "Romans noirs" not in text and "2 048" not in text, rules(report)
    assert_review_kept(text)


def test_the_views_in_the_reviews_own_paragraph_stay():
    line = "<p>The author's reading on the radio had <b>1,204 views</b> online before the book was even out.</p>"
    text, report = clean(hugo(paras(*REVIEW) + line))
    assert "1,204 views" in text, rules(report)
    assert_review_kept(text)


_GREEK = [
    "Η «Θάλασσα του Αυγούστου» της Δάφνης Ρήγα ακολουθεί μια οικογένεια ψαράδων σε ένα νησί του Αιγαίου, το καλοκαίρι "
    "που ο μεγάλος γιος αποφασίζει να φύγει για την Αθήνα και ο πατέρας αρνείται να του μιλήσει.",
    "Η γραφή είναι λιτή και ακριβής· οι σκηνές στο λιμάνι, με το πρωινό φως και τις φωνές των εμπόρων, μένουν "
    "στη μνήμη πολύ μετά το τέλος του βιβλίου, και οι διάλογοι έχουν τον ρυθμό της καθημερινής κουβέντας.",
    "Το τέλος ίσως βιάζεται λίγο, αλλά πρόκειται για ένα τρυφερό μυθιστόρημα για την απόσταση ανάμεσα σε δύο γενιές.",
]


def test_a_count_row_under_the_posts_title_goes_and_the_review_stays():
    html = ('<html lang="el"><head><meta charset="utf-8"><title>Κριτική: Η θάλασσα του Αυγούστου</title></head><body>'
            '<div class="site-head"><a href="/">Βιβλιοθήκη της Γειτονιάς</a></div>'
            '<article class="post"><div class="entry-content">'
            '<h1>Κριτική: Η θάλασσα του Αυγούστου</h1>'
            '<div class="stats">Στήλη: Μυθιστόρημα | Προβολές: 3.120</div>'
            + "".join(f"<p>{p}</p>" for p in _GREEK) +
            '</div></article></body></html>')
    record = extract_page(html, "https://vivliothiki-geitonias.example/kritiki/thalassa-avgoustou")
    assert "Προβολές" not in record.body_text and "Στήλη" not in record.body_text
    assert all(p in record.body_text for p in _GREEK)
