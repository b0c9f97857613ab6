"""scraper.extract.rating on a shop's list of readers' reviews, each with its row of star icons and its hidden text.

A row of icons is classed in the shop's language ("stern voll", "stern leer"; "etoile pleine", "etoile vide"), a
widget box named for a rating in it ("bewertung-kopf") holds the text for screen readers, and each row is told by its
own review's box, as the hidden text is: when the rows disagree, those of reviews the cleaning dropped are other readers'.
zh (traditional) "評價：" is a rating label. Near misses: a row of plain boxes, the average of the shop's readers.
"""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract.rating import find_rating, rating_blocks, line_candidates

OWN = "Ich habe das Buch im Urlaub gelesen und fand die vielen Stimmen am Ende doch sehr gut verbunden."
OTHER = "Leider gar nichts für mich, die vielen Stimmen haben mich nach zwanzig Seiten schon verloren."


def _row(lit: int, on: str = "stern voll", off: str = "stern leer") -> str:
    return "".join(f"<span class='{on}'></span>" for _ in range(lit)) + "".join(f"<span class='{off}'></span>" for _ in range(5 - lit))


def _item(lit: int, text: str, hidden: str = "") -> str:
    return (f"<div class='eintrag'><div class='kopf'><span class='sterne'>{_row(lit)}</span>{hidden}</div>"
            f"<div class='text'><p>{text}</p></div></div>")


def _rating(markup: str, lines: list[str]):
    return find_rating(lines, None, rating_blocks(lxml_html.fromstring(f"<main>{markup}</main>")))


def test_a_row_classed_in_german_counts_its_full_stars():
    assert _rating(_item(4, OWN), [OWN]).value == 0.8
    french = f"<div class='avis'><div class='notes'>{_row(3, 'etoile pleine', 'etoile vide')}</div><p>{OWN}</p></div>"
    assert _rating(french, [OWN]).value == 0.6
    # near miss: plain boxes are no stars
    assert _rating(f"<div class='kopf'>{_row(4, 'box voll', 'box leer')}</div><p>{OWN}</p>", [OWN]) is None


def test_of_two_readers_rows_the_dropped_reviews_is_not_this_ones():
    page = f"<section class='liste'>{_item(4, OWN)}{_item(1, OTHER)}</section>"
    assert _rating(page, [OWN]).value == 0.8
    assert _rating(page, [OWN, OTHER]) is None  # both kept: two readers' scores


def test_hidden_text_in_a_box_named_for_a_rating_in_german():
    hidden = "<span class='visually-hidden'>Bewertet mit 3 von 5 Sternen</span>"
    page = f"<div class='bewertung-kopf'>{hidden}</div><p>{OWN}</p>"
    assert _rating(page, [OWN]).value == 0.6
    # near miss: the same hidden text outside any rating box says nothing to the rating
    assert _rating(f"<div class='kopf'>{hidden}</div><p>{OWN}</p>", [OWN]) is None


def test_traditional_chinese_rating_label():
    assert [c.rating.value for c in line_candidates("評價：4顆星", True)] == [0.8]
    assert [c.rating.value for c in line_candidates("评价：9/10", True)] == [0.9]
    assert not list(line_candidates("大家的評價都很高，說它是經典。", True))
