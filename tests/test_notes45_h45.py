"""Helper notes45 of the holdout45 round, in our own words and markup:

- a worded score on a Slovene scale, the scale in the genitive or locative plural ("tri zvezdice od petih", "sedem od
  desetih", "izmed petih"), and the first-person giving in sl, hr/bs/sr (Latin and Cyrillic) and mk ("dajem", "dala bi",
  "za mene", "od mene", "по мом мишљењу") that lets a score inside a sentence be the reviewer's (ratingwords);
- a record line whose title has an alternative after "or" ("Title, or The Other Title", ru "…, или …", fr "…, ou …",
  de "… oder …", "Title; or, The Other Title"): one title, not a title and a stray part (bookalttitle, bookbiblio);
- an id/ms free-copy note that names the publisher's side ("oleh pihak penerbit", "daripada pihak penerbit") or a sending
  ("dihantar", "menghantar naskhah ini"): a disclosure, and no lead-in of the plea boxed after it (notes).

Near misses: a count of things ("three of the five stories"), a scale with no giving in a long sentence, a part opening
with "or" in lower case that goes on as a sentence, a record without an alternative, a publisher that only published
the book, a copy bought.
"""

from __future__ import annotations

import lxml.html

from scraper.extract.bookalttitle import joined_alternatives
from scraper.extract.bookbiblio import from_bibliography
from scraper.extract.boilerplate import CleanReport, clean_body
from scraper.extract.notes import disclosure_in
from scraper.extract.rating import find_rating, parse_rating
from tests.cleaning import paras, text_of


# -- Slovene worded scales and South Slavic givings -------------------------------------------------------------------

def test_slovene_worded_scales():
    for text, value in (
        ("Ocena: tri zvezdice od petih", 0.6),
        ("Ocena: sedem od desetih", 0.7),
        ("Moja ocena: dve zvezdici izmed petih", 0.4),
    ):
        found = parse_rating(text)
        assert found is not None and abs(found.value - value) < 0.01, (text, found)


def test_a_score_given_inside_a_sentence_in_south_slavic_languages():
    for line, value in (
        ("Konec se mi je zdel prehiter. Vseeno mu dajem tri zvezdice od petih, predvsem zaradi jezika.", 0.6),
        ("Srednji del se vleče, a bi mu dala sedem od desetih, ker je zaključek močan.", 0.7),
        ("Prijevod je mjestimice nespretan. Za mene je to ipak četiri zvjezdice od pet, zbog atmosfere.", 0.8),
        ("Крај је пребрз. Од мене три звездице од пет, због језика.", 0.6),
    ):
        found = find_rating(["Roman se odvija v majhnem obmorskem mestu.", line])
        assert found is not None and abs(found.value - value) < 0.01, (line, found)


def test_counts_of_things_are_no_scores():
    for line in (
        "Tri od petih zgodb se dogajajo pozimi, druge poleti.",
        "Od petih bratov je samo eden ostal doma.",
        "Avtorica je izmed petih rokopisov izbrala najkrajšega.",
    ):
        assert find_rating(["Roman se odvija v majhnem obmorskem mestu.", line]) is None, line


# -- a title with its alternative -------------------------------------------------------------------------------------

def test_alternative_titles_stay_whole():
    assert joined_alternatives(["Ana Petrova", "Zima", "или Долгое возвращение", "СПб.: Сорока", "2014"]) == \
        ["Ana Petrova", "Zima, или Долгое возвращение", "СПб.: Сорока", "2014"]
    assert joined_alternatives(["Clara Wynn", "The Lantern; or", "A Winter at Sea", "London: Gull", "1899"]) == \
        ["Clara Wynn", "The Lantern; or, A Winter at Sea", "London: Gull", "1899"]
    assert joined_alternatives(["Jules Marand", "Le Phare", "ou", "La Nuit longue", "1902"]) == \
        ["Jules Marand", "Le Phare, ou, La Nuit longue", "1902"]


def test_a_part_going_on_in_lower_case_is_no_alternative():
    parts = ["Clara Wynn", "The Lantern", "or so the cover says", "London: Gull", "1899"]
    assert joined_alternatives(parts) == parts
    plain = ["Clara Wynn", "The Lantern", "London: Gull", "1899"]
    assert joined_alternatives(plain) == plain


def test_record_lines_name_the_whole_alternative_title():
    for line, title, author in (
        ("Анна Соколова. Маяк, или Ночь без берега. М.: Полынь, 2009", "Маяк, или Ночь без берега", "Анна Соколова"),
        ("Clara Wynn. The Lantern, or A Winter at Sea. London: Gull Press, 1899", "The Lantern, or A Winter at Sea", "Clara Wynn"),
        ("Jules Marand. Le Phare, ou La Nuit longue. Paris: Mouette, 1902", "Le Phare, ou La Nuit longue", "Jules Marand"),
    ):
        assert from_bibliography([line]) == (title, author), line


def test_a_record_without_an_alternative_is_read_as_before():
    assert from_bibliography(["Clara Wynn. The Lantern. London: Gull Press, 1899"]) == ("The Lantern", "Clara Wynn")


# -- id/ms free-copy notes --------------------------------------------------------------------------------------------

def test_malay_and_indonesian_free_copy_notes():
    for note in (
        "Buku ini diberikan oleh pihak penerbit untuk tujuan ulasan.",
        "Saya mendapat naskhah ini daripada pihak penerbit.",
        "Novel ini dihantar oleh penerbit kepada saya tanpa bayaran.",
        "Terima kasih kepada pihak penerbit kerana menghantar naskhah ini.",
    ):
        assert disclosure_in(note), note


def test_malay_near_misses():
    for line in (
        "Novel ini diterbitkan oleh pihak penerbit universiti pada tahun 1985.",  # (published, not given)
        "Saya membeli buku ini daripada sebuah kedai kecil di Ipoh.",  # (bought)
    ):
        assert not disclosure_in(line), line


_REVIEW = [
    "Novel ini mengisahkan seorang nelayan tua yang menyimpan buku catatan tentang setiap ribut yang pernah dilaluinya, "
    "dan lama-kelamaan catatan itu menjadi sejarah kampungnya sendiri.",
    "Bahasanya tenang dan jelas, dan bab tentang banjir besar ialah bahagian terbaik; penutupnya agak tergesa-gesa, "
    "tetapi saya menutup buku ini dengan rasa mahu membacanya sekali lagi.",
]


def test_an_italic_free_copy_note_before_a_promotion_box_stays():
    note = "Buku ini diberikan oleh pihak penerbit untuk tujuan ulasan."
    page = ("<html><head><title>Nelayan dan ribut - Pelita</title></head><body><div class='entry-content'>"
            + paras(*_REVIEW) + f"<p class='nota'><em>{note}</em></p>"
            + "<p class='telegram-cta'>Sertai saluran Telegram kami untuk ulasan buku setiap minggu.</p>"
            + "</div></body></html>")
    root = lxml.html.fromstring(page)
    body = root.cssselect(".entry-content")[0]
    report = CleanReport()
    clean_body(body, "pelita.example", report)
    text = text_of(body)
    assert "pihak penerbit" in text, [r.rule for r in report.removed]
    assert _REVIEW[1][:30] in text
