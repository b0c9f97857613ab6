"""scraper.extract.ratingprose, round 26: a first-person sentence that gives its score to another medium (the film, the
series) is no rating of the book, as a closing clause already was not; and the film and book words of the languages
whose nouns take their case on them (adaptation._NO_ARTICLE_MEDIUM, _NO_ARTICLE_BOOK) now cover mr, kn, ml, ta.
Near misses: the same cue and score given to the book ("ಈ ಕಾದಂಬರಿಗೆ", "ഈ നോവലിന്") stay the reviewer's rating, also when
the sentence mentions the film first.
"""

from __future__ import annotations

import pytest

from scraper.extract.rating import find_rating

OPENING = "An opening paragraph about the plot, long enough to be a line of its own."


@pytest.mark.parametrize(
    "line",
    [
        "इस पर बनी फ़िल्म को मेरी ओर से दस में चार.",  # hi the film made of it: 4 of 10 from me (a sentence naming the novel too keeps its score)
        "Сериалу ставлю 5 из 10.",  # ru the series
        "या कथेवरच्या चित्रपटाला माझ्याकडून दहा पैकी पाच.",  # mr the film
        "ಅದರ ಸಿನಿಮಾಕ್ಕೆ ನನ್ನ ಪ್ರಕಾರ ಐದಕ್ಕೆ ಎರಡು.",  # kn the film
        "അതിന്റെ സിനിമയ്ക്ക് എന്റെ വക പത്തിൽ നാല്.",  # ml the film
    ],
)
def test_a_cue_giving_the_film_its_score_is_no_rating(line):
    assert find_rating([OPENING, line, "A closing line about the translation and the cover."]) is None


@pytest.mark.parametrize(
    "line,value",
    [
        ("ಸಿನಿಮಾ ಕೂಡ ನೋಡಿದೆ, ಆದರೆ ಈ ಕಾದಂಬರಿಗೆ ನನ್ನ ಪ್ರಕಾರ ಹತ್ತಕ್ಕೆ ಏಳು.", 0.7),
        ("ഈ നോവലിന് എന്റെ വക പത്തിൽ ഏഴ്.", 0.7),
        ("इस उपन्यास को मेरी ओर से दस में सात.", 0.7),
    ],
)
def test_near_miss_the_same_cue_giving_the_book_its_score(line, value):
    assert find_rating([OPENING, line, "A closing line about the translation and the cover."]).value == value
