"""reviewlabel.LABEL_WORDS (rev33b): Amharic's review labels. "የመጽሐፍ ቅኝት፦", "የመጽሐፍ ዳሰሳ፦", "የመጽሐፍ ግምገማ፦" (the book's
survey, review) label a book review, and a bare ግምገማ (review) as English "Review:" does; a bare ቅኝት is a musical
mode too and is no label; a bare ዳሰሳ (any survey: the week's news) labels one only before a quoted title or a book
noun. A music post
headed "ቅኝት፦ «T» – A" is no book review of T by A (bookcjkslash.marked_slash reads only a labelled headline)."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.book import REVIEW_PREFIX


@pytest.mark.parametrize("headline", [
    "የመጽሐፍ ቅኝት፦ «ኦሮማይ» – በዓሉ ግርማ",
    "የመፅሐፍ ዳሰሳ፦ «ከአድማስ ባሻገር» – በዓሉ ግርማ",
    "የመጽሐፍ ግምገማ፦ የአዲስ ደራሲ የመጀመሪያ ሥራ",
    "ግምገማ፦ «ትንሳኤ» – ተመስገን ገብሬ",
    "ዳሰሳ፦ “የቀይ ኮከብ ጥሪ” – በዓሉ ግርማ",
    "ዳሰሳ፦ የበዓሉ ግርማ የመጨረሻ ልብወለድ",
    "ግምገማ፦ የቡና ቤት ወሬዎች",  # (a bare "Review:", as in English)
])
def test_a_book_review_label(headline):
    assert REVIEW_PREFIX.match(headline)


@pytest.mark.parametrize("headline", [
    "ቅኝት፦ «አምባሰል» – የድሮ ዘፋኞች",  # a musical mode
    "ቅኝት፦ የትዝታ ዜማ በአዲሱ ትውልድ",
    "ዳሰሳ፦ የሳምንቱ ዋና ዋና ዜናዎች",  # the week's news
])
def test_no_book_review_label(headline):
    assert not REVIEW_PREFIX.match(headline)


def test_a_music_post_headed_by_a_mode_is_no_book_review():
    paragraphs = ["«አምባሰል» ከአራቱ ዋና ዋና ቅኝቶች አንዱ ነው፤ ጥላሁን ገሠሠ በዚህ ቅኝት ብዙ ዘፈኖችን ዘፍኗል።",
                  "ጥላሁን ገሠሠ ድምፁን ሲያወርድና ሲያወጣ ክራሩ ይከተለዋል፤ ዋሽንቱም ከበስተጀርባ ይሰማል። ዜማው ረዥም ነው፤ "
                  "ግጥሙ ስለ ናፍቆትና ስለ ሩቅ አገር ይናገራል፣ አድማጩም ከዘፋኙ ጋር አብሮ ይናፍቃል።",
                  "በሰባዎቹ ዓመታት ይህ ዘፈን በሬዲዮ ደጋግሞ ይሰማ ነበር፤ ዛሬም በሠርግና በበዓላት ላይ ይዘፈናል። ወጣት ሙዚቀኞችም "
                  "በዘመናዊ መሣሪያዎች እንደገና ይጫወቱታል፣ ግን የድሮው ቅጂ ልዩ ጣዕም አለው።",
                  "ቅኝቱን ለመማር የሚፈልግ ሰው በመጀመሪያ ክራር ወይም መሰንቆ ቢለማመድ ይሻላል፤ ቀስ በቀስ ጆሮው ይለምደዋል።"]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    title = "ቅኝት፦ «አምባሰል» – ጥላሁን ገሠሠ"
    html = (f"<html lang='am'><head><title>{title}</title><meta property='og:type' content='article'></head>"
            f"<body class='single-post'><article class='post'><h1 class='entry-title'>{title}</h1>"
            f"<div class='entry-content'>{body}</div></article></body></html>")
    record = extract_page(html, "https://muziqa.example.et/2023/11/ambassel/")
    assert (record.book_title, record.book_author) != ("አምባሰል", "ጥላሁን ገሠሠ")
    assert not record.is_review, record.reason
