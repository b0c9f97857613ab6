"""ratingshapes.SERIES_PLACE (rev33b): a part's, a chapter's or an episode's place in its series ("Part 4 of 5") is
no score in the languages whose own word for "of" OF_WORDS reads (am, ti, id/ms, jv, ku, rw, mg, ig, sw, ha, ar …),
in digits or in Ethiopic numerals and number words (ratingnumerals); a labelled score in those languages still is."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.rating import find_rating


@pytest.mark.parametrize("line", [
    "ክፍል ፫ ከ ፭",  # am: part 3 of 5, Ethiopic numerals
    "ምዕራፍ 2 ከ 10",  # am: chapter 2 of 10
    "ክፋል 3 ካብ 5",  # ti: part
    "Bab 3 saka 5",  # jv: chapter
    "Bagian 2 dari 5",  # id: part
    "Beşa 3 ji 5",  # ku: part
    "Igice 3 kuri 5",  # rw: chapter
    "Toko 2 amin'ny 5",  # mg: chapter
    "Isi 3 n'ime 5",  # ig: chapter
    "Sehemu 4 kati ya 10",  # sw: part
    "Kashi 2 cikin 5",  # ha: part
    "الجزء 3 من 5",  # ar: part
])
def test_a_place_in_a_series_is_no_score(line):
    assert find_rating([line]) is None


@pytest.mark.parametrize("line, value", [
    ("ነጥብ፦ ፬ ከ ፭", 0.8),  # am: score
    ("Nilai: 4 dari 5", 0.8),  # id
    ("Puan: 4 ji 5", 0.8),  # ku
    ("Ukadiriaji: 8 kati ya 10", 0.8),  # sw
    ("Amanota: 3 kuri 5", 0.6),  # rw
])
def test_a_labelled_score_in_those_languages_is_still_read(line, value):
    found = find_rating([line])
    assert found is not None and found.value == value


def test_an_amharic_serial_episode_is_neither_rated_nor_a_review():
    paragraphs = ["ክፍል ፫ ከ ፭",
                  "ዝናቡ ሌሊቱን ሙሉ ዘነበ። ሰላም በመስኮቱ አጠገብ ተቀምጣ የወንድሟን ደብዳቤ ደጋግማ አነበበች፤ ደብዳቤው ከሦስት ዓመት በፊት "
                  "የተጻፈ ነበር፣ ግን ዛሬ እንደደረሰ ያህል ልቧን አሞቀው።",
                  "ጠዋት ላይ አያቷ ቡና አፈሉ። «ነገ ወደ ገበያ እንሄዳለን» አሉ፤ ሰላም ግን ስለ ወንድሟ ብቻ ታስብ ነበር። ከቤቱ ጀርባ ያለው "
                  "የባሕር ዛፍ ጫካ በጭጋግ ተሸፍኖ ነበር፣ ወፎቹም ዝም ብለው ነበር።",
                  "ከሰዓት በኋላ አንድ እንግዳ ሰው በሩን አንኳኳ። ኮፍያውን አውልቆ ሰላምታ ሰጠ፤ በእጁ ያረጀ ፎቶግራፍ ይዞ ነበር። "
                  "ፎቶግራፉ ላይ ያለው ልጅ ወንድሟ ነበር።",
                  "ይቀጥላል … ክፍል ፬ በሚቀጥለው ሳምንት።"]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = ("<html lang='am'><head><title>የዝናቡ ደብዳቤ — ክፍል ፫</title></head><body class='single-post'>"
            "<article class='post'><h1 class='entry-title'>የዝናቡ ደብዳቤ — ክፍል ፫</h1>"
            f"<div class='entry-content'>{body}</div></article></body></html>")
    record = extract_page(html, "https://tarik.example.et/2024/05/yezinabu-debdabe-3/")
    assert record.rating is None
    assert not record.is_review, record.reason
