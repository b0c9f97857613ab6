"""scraper.extract.rating: a label after one word that carries vowel signs, and the readers' rating box beside the critic's.

"हमारी रेटिंग:" (our rating) opens its line with one word, as "Moje hodnocení:" does; its vowel signs are no word
characters to ``\\w`` and must not hide the label. A news site prints the readers' rating next to its critic's in a box
classed so ("readers-rating", "audience-score"): their score is not the review's. Near misses: a label after a
long lead (a sentence), a box merely classed "rating".
"""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract.rating import find_rating, parse_rating, rating_blocks, line_candidates

LINE = "Dies ist ein langer Absatz über ein Buch, das mich lange beschäftigt hat und mir im Kopf blieb."


def _rating(markup: str, lines: list[str] | None = None):
    body = lxml_html.fromstring(f"<article>{markup}<p>{LINE}</p></article>")
    return find_rating(lines or [LINE], None, rating_blocks(body))


def test_a_label_after_one_word_with_vowel_signs_is_a_label():
    for line, value in (("इस किताब के बारे में मेरे दोस्त की रेटिंग: 4/5", None), ("हमारी रेटिंग: 5 में से 4", 0.8), ("আমাদের রেটিং: ৩/৫", 0.6)):
        labelled = [c for c in line_candidates(line, True)]
        if value is None:
            assert not labelled  # a sentence before the label: no line's opening word, no short lead
        else:
            assert labelled and labelled[0].rating.value == value


def test_the_readers_rating_box_is_not_the_reviewers():
    critic = "<div class='rating-box'><div class='critic-rating'><span>हमारी रेटिंग:</span> <span>5 में से 4</span></div>"
    readers = "<div class='readers-rating'><span>रीडर्स रेटिंग</span> <span>3.1/5</span> <a href='#'>राय दें</a></div></div>"
    assert _rating(critic + readers).value == 0.8
    english = ("<div class='scores'><div class='our-score'>Our rating: 3/5</div>"
               "<div class='audience_score'>Readers' rating: 4.5/5</div></div>")
    assert _rating(english).value == 0.6
    # near miss: the readers' box alone gives the review no rating
    assert _rating("<div class='reader-rating'>Rating: 4.5/5</div>") is None
    # a box merely classed "rating" is the review's own
    assert _rating("<div class='rating'>Rating: 4.5/5</div>").value == 0.9


def test_parse_rating_unchanged_by_the_box():
    assert parse_rating("5 में से 4").value == 0.8
