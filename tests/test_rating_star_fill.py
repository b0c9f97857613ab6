"""A row of star icons each filled by a bar of its own width inside it (a shop's review list: "<div class='star-w'><div
class='full' style='width:0%'>"): the width says whether the star is full, half or empty; a row with no such bars is
read by its classes as before. Markup of our own, in two shapes; near misses: bars that fill no star, a row of fewer
than three stars."""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract.rating import find_rating, rating_blocks

TR = "Kitabı bir haftada bitirdim, sonu beklediğimden daha umutluydu ve karakterler uzun süre aklımda kaldı."
PL = "Przeczytałam ją w dwa wieczory i zakończenie długo nie dawało mi spokoju, choć środek się dłużył."


def _rating(markup: str, own: str):
    body = lxml_html.fromstring(f"<div class='page'>{markup}</div>")
    return find_rating([own], None, rating_blocks(body))


def _row(widths, star="star-w", bar="div"):
    return "".join(f"<div class='{star}'><{bar} class='fill' style='width: {w}%'></{bar}></div>" for w in widths)


def test_each_stars_bar_says_full_half_or_empty():
    four = f"<div class='review'><div class='ratings readonly'>{_row([100, 100, 100, 100, 0])}</div><p>{TR}</p></div>"
    assert _rating(four, TR).value == 0.8
    half = f"<div class='opinion'><span class='stars'>{_row([100, 100, 100, 50, 0], 'star', 'span')}</span><p>{PL}</p></div>"
    assert _rating(half, PL).value == 0.7
    five = f"<div class='review'><div class='ratings'>{_row([100] * 5)}</div><p>{TR}</p></div>"
    assert _rating(five, TR).value == 1.0


def test_a_row_read_by_its_classes_is_unchanged():
    row = "".join(f"<i class='fa fa-star{'-o' if i >= 3 else ''}'></i>" for i in range(5))
    assert _rating(f"<div class='rating'><span class='stars'>{row}</span><p>{PL}</p></div>", PL).value == 0.6


def test_near_misses():
    bars = "".join(f"<div class='progress'><div class='bar' style='width:{w}%'></div></div>" for w in (80, 60, 40))
    assert _rating(f"<div class='votes'>{bars}<p>{TR}</p></div>", TR) is None  # bars that fill no star
    assert _rating(f"<div class='review'><div class='ratings'>{_row([100, 0])}</div><p>{TR}</p></div>", TR) is None  # two stars: no row
