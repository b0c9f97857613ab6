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


# a review's line classed apart (an alignment class, a theme's quote style) that tells the story's plea or follow
# line: the novel, its chapter or its heroine named, or a character's words reported (bpplea39's new rules cut them)
_KEEPER = [
    "A lighthouse keeper's widow takes over the lamp after the storm that drowned her husband, and the novel follows "
    "her first year on the rock, with its supply boats and inspectors.",
    "The writing is spare and cold, and the log entries that open each chapter are the best thing in it, though the "
    "mainland scenes drag and the ending hurries past its question.",
    "A quiet, stubborn novel, and I finished it wanting to climb a lighthouse stair in the wind. Rating: 4/5",
]


def _keeper(line, lang):
    ps = [f"<p>{p}</p>" for p in _KEEPER]
    ps.insert(1, f"<p class='has-text-align-center'>{line}</p>")
    page = (f"<html lang='{lang}'><head><meta charset='utf-8'><title>The Keeper | Tidewrack</title></head><body>"
            "<header><a href='/'>Tidewrack</a></header><article class='post'><h1 class='entry-title'>The Keeper</h1>"
            "<div class='entry-content'>" + "".join(ps) + "</div></article></body></html>")
    return extract_page(page, "https://tidewrack.example.net/2026/12/the-keeper/")


@pytest.mark.parametrize("line, lang", [
    ("Please consider a donation to our village library fund: the author gives every royalty from the novel to it.", "en"),
    ("Please donate to our local food bank this winter, as the widow in the novel does every December.", "en"),
    ("Bitte spendet für unseren Leuchtturmverein, fleht die Witwe, und der Roman nimmt sie beim Wort.", "de"),
    ("Por favor, donad a nuestro fondo del faro, dice ella en el capítulo diez, y nadie le hace caso.", "es"),
    ("Follow the widow on Instagram, her nephew jokes, and the novel's best scene is her reply.", "en"),
    ("Follow her on Instagram: the novel imagines the widow as a modern influencer in its last chapter.", "en"),
    ("Join the keepers on Facebook, the recruitment poster in chapter three says; the widow tears it down.", "en"),
    ("Folge ihr auf Instagram, sagt er im dritten Kapitel, und die Witwe antwortet mit einem Brief.", "de"),
    ("Síguela en Instagram, le dice su sobrino en la novela, y la viuda contesta con una carta.", "es"),
])
def test_story_lines_classed_apart_stay(line, lang):
    record = _keeper(line, lang)
    assert line[:25] in record.body_text and "lighthouse stair" in record.body_text and record.is_review
