"""scraper.extract.rating on a shop's or a portal's book page: whose score a star widget shows.

The readers' average is drawn with the same stars as a reviewer's score: a widget in a box classed or itemprop'd as
an average ("aggregateRating") or beside its count of votes ("… rating__count") is passed over. A Korean portal hides
the widget's text for screen readers in a "blind" span and writes it in points ("4점", out of five); and when the
widgets of a page's reviews disagree, those whose review the cleaning dropped (other readers') are not this review's.
Near misses: a "blind" span outside any rating widget, a bare average ("4.4") with no points word.
"""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract.rating import find_rating, rating_blocks

REVIEW = "<p>This one kept me up two nights in a row, and the ending still bothers me.</p>"


def _rating(markup: str, lines: list[str] | None = None):
    body = lxml_html.fromstring(f"<div class='page'>{markup}</div>")
    return find_rating(lines or ["This one kept me up two nights in a row, and the ending still bothers me."], None, rating_blocks(body))


STARS = "<span class='star on'></span>" * 4


def test_the_average_beside_its_count_of_votes_is_not_the_reviewers_score():
    average = f"<div class='book-score'><div class='stars'>{STARS}<span class='star half'></span></div><span class='score__count'>4.6 (803)</span></div>"
    own = f"<div class='my-review'><div class='stars' aria-label='Rated'>{STARS}<span class='star off'></span></div>{REVIEW}</div>"
    assert _rating(average + own).value == 0.8
    assert _rating(average + f"<div class='my-review'>{REVIEW}</div>") is None  # the average alone: no rating


def test_a_widget_itemprop_d_as_the_aggregate_rating_is_passed_over():
    average = f"<div itemprop='aggregateRating'><span class='rating-stars' title='4.3 von 5'></span></div>"
    own = f"<div class='rezension'><span class='rating-stars' title='2 von 5'></span>{REVIEW}</div>"
    assert _rating(average + own).value == 0.4


def test_a_korean_portals_blind_text_in_points():
    own = f"<div class='review'><div class='StarPoint'><span class='fill' style='width:80%'></span><span class='blind'>4점</span></div>{REVIEW}</div>"
    assert _rating(own).value == 0.8
    assert _rating(own.replace("4점", "4.4")) is None  # no points word: an average as often as a score
    # a blind span outside any rating widget says something else
    assert _rating(f"<div class='review'><div class='menu'><span class='blind'>3점</span></div>{REVIEW}</div>") is None


def test_of_disagreeing_widgets_those_of_reviews_the_cleaning_dropped_are_other_readers():
    first = f"<li class='item'><div class='list_left'><div class='stars'><span class='blind'>4점</span></div></div><div>{REVIEW}</div></li>"
    other = ("<li class='item'><div class='list_left'><div class='stars'><span class='blind'>2점</span></div></div>"
             "<div><p>Not for me, I gave up after the first part.</p></div></li>")
    assert _rating(f"<ul>{first}{other}</ul>").value == 0.8
    # both reviews kept: two readers' scores, none of them the page's
    both = ["This one kept me up two nights in a row, and the ending still bothers me.", "Not for me, I gave up after the first part."]
    assert _rating(f"<ul>{first}{other}</ul>", both) is None
