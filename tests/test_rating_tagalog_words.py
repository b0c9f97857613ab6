"""scraper.extract.rating, round s12: Filipino (tl) scores in words — number words two to ten (not "isa", "lima":
a name and a city), the star word with its linker ("apat na bituin"), the half after its number ("apat at kalahating
bituin"), and the first-person cues ("Bibigyan ko ito ng …", "Para sa akin, …"). Near misses: years and days counted,
a film's stars from the critics; Swahili's "nyota" and Indonesian "bintang" read as before.
"""

from __future__ import annotations

from scraper.extract.rating import find_rating
from scraper.extract.ratingprose import prose_rating


def test_tagalog_worded_scores_in_a_first_person_sentence():
    assert prose_rating(["Mabagal ang gitna. Bibigyan ko ito ng apat at kalahating bituin. Babasahin ko ulit."]).value == 0.9
    assert prose_rating(["Para sa akin, tatlong bituin lang."]) is None  # ("tatlong": the number with its linker written on, not read)
    assert prose_rating(["Para sa akin, tatlo na bituin."]).value == 0.6
    assert find_rating(["Apat na bituin."]).value == 0.8


def test_near_misses_counted_things_and_a_films_stars():
    assert find_rating(["Apat na taon akong naghintay sa nobelang ito."]) is None
    assert find_rating(["Pumunta kami sa Lima noong apat na araw."]) is None
    assert prose_rating(["Sa pelikula, apat na bituin ang ibinigay ng mga kritiko, pero iba ang nobela."]) is None


def test_other_languages_star_words_unchanged():
    assert find_rating(["Ninaipa nyota 4 kati ya 5."]).value == 0.8
    assert find_rating(["4 bintang dari 5."]).value == 0.8
