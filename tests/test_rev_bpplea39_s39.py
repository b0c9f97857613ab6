"""bpplea39's trade and misfires (rev-bpplea39). Once the Telebirr plea is cut, a rated Amharic review of some 80
words fell under the rated gate's 91 English words: Ethiopic script glues prepositions, the article, "and" and the
object onto its words ("በዩኒቨርሲቲ", "in the university"; "ያነበብኩት", "that I read it") as Georgian and Armenian do,
and is weighed so (reviewlength._GLUED)."""

import pytest

from scraper.extract import extract_page
from scraper.extract.reviewlength import english_words
from scraper.extract.words import count_words

# (a made-up review of a made-up novel: an old fisherman on Lake Tana)
_AM = [
    "ይህ ልብወለድ በጣና ሐይቅ ዳር ስለሚኖር አንድ አሮጌ ዓሣ አጥማጅ ይተርካል። ሚስቱ ከሞተች በኋላ ብቻውን ጀልባውን እየቀዘፈ ልጁን "
    "ለማግኘት ወደ ባሕር ዳር ይሄዳል።",
    "ደራሲው የሐይቁን ጠዋት፣ የወፎቹን ድምፅና የገበያውን ግርግር በሚያምር ቋንቋ ይገልጻል። ገጸ ባሕርያቱ ሕያው ናቸው፤ በተለይ "
    "የአሮጌው ሰው ዝምታ ልብ ይነካል።",
    "ሆኖም የመጨረሻዎቹ ምዕራፎች በጣም ፈጣን ናቸው፤ ብዙ ጥያቄዎች መልስ ሳያገኙ ይቀራሉ። ቢሆንም ለማንበብ የሚያስደስት መጽሐፍ "
    "ነው፤ ለጓደኞቼ ሁሉ እመክራለሁ። የሐይቁ ሰዎች ሕይወት በዚህ መጽሐፍ ውስጥ እንደ መስታወት ይታያል።",
]


def _page(paras, rating, lang="am"):
    ps = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>የሐይቁ ሰው</title></head><body><header><a href='/'>"
            f"ጣና ንባብ</a></header><article class='post'><h1 class='post-title'>የሐይቁ ሰው</h1><div class='post-body'>{ps}"
            f"<p>{rating}</p></div></article></body></html>")


def test_ethiopic_words_weigh_as_glued_ones():
    lines = _AM
    words = count_words("\n".join(lines))
    assert english_words(lines, words) == round(words * 1.3)
    # (an English post quoting one Amharic title is weighed as English)
    english = ["I finally read ትኩሳት in an English translation, and the Paris chapters held me."] * 6
    assert english_words(english, 84) == 84


@pytest.mark.parametrize("rating, value", [("ደረጃ፦ ፬ ከ፭", 0.8), ("ነጥብ፦ 7/10", 0.7)])
def test_rated_short_amharic_review_is_a_review(rating, value):
    record = extract_page(_page(_AM, rating), "https://tanareads.example.org/2026/12/blog-post.html")
    assert 60 <= count_words(record.body_text) < 91
    assert record.is_review and record.rating == pytest.approx(value)
