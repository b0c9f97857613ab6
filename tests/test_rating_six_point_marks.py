"""scraper.extract.rating: the top mark of the six-point school scales in words (bg "шестица", 2 to 6; pl "szóstka", 1 to
6) is worth 1.0, not six fifths; and a label may take two short words before its colon ("Оценка от мен:", "Rating from
me:", "Note de moi :"). Near misses: the five-point marks keep their scale, two long words before a colon are a sentence.
"""

from __future__ import annotations

from scraper.extract.rating import line_candidates


def _labelled(line: str):
    return [c.rating.value for c in line_candidates(line, True)]


def test_the_top_mark_of_a_six_point_scale():
    assert _labelled("Оценка: пълна шестица.") == [1.0]
    assert _labelled("Moja ocena: mocna szóstka.") == [1.0]
    assert _labelled("Оценка: твёрдая четвёрка") == [0.8]  # ru, out of five as before


def test_two_short_words_between_the_label_and_its_colon():
    assert _labelled("Оценка от мен: пълна шестица. Препоръчвам я.") == [1.0]
    assert _labelled("Rating from me: 4/5") == [0.8]
    assert _labelled("Ocena ode mnie: 7/10") == [0.7]
    # near miss: longer words before the colon are a sentence's, not the label's
    assert _labelled("Rating systems everywhere: 4/5 means little") == []
