"""A star row drawn by an icon font: the icon (``<i>``, or an element classed "icon") holds the score as text for
screen readers ("<i class='icon-star'><span>4 de 5</span></i>"); in a review list whose reviews are written in spans,
not paragraphs, each widget's review is its box's longest run of text, so the widgets of other readers' reviews the
cleaning dropped are told apart. Near misses: an icon outside a rating widget, the readers' average, a short icon text
with no digit."""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract.rating import find_rating, rating_blocks

OWN = "Me tuvo despierta dos noches seguidas, y el final todavía me inquieta un poco."
OTHER = "Lo leí en el instituto y no me dijo nada, la verdad."


def _rating(markup: str, lines: list[str] | None = None):
    body = lxml_html.fromstring(f"<div class='page'>{markup}</div>")
    return find_rating(lines or [OWN], None, rating_blocks(body))


def test_an_icon_fonts_text_for_screen_readers_is_the_score():
    assert _rating(f"<div class='review'><i class='icon icon-star stars-4'><span class='icon-alt'>4 de 5</span></i><p>{OWN}</p></div>").value == 0.8
    en = f"<div class='entry'><span class='rating-icon'>3.5 out of 5 stars</span><p>{OWN}</p></div>"
    assert _rating(en).value == 0.7


def test_in_a_list_of_span_reviews_the_dropped_ones_are_other_readers():
    def review(score: str, text: str) -> str:
        return (f"<div class='review'><div class='row'><a href='#'><i class='icon star-rating'><span>{score}</span></i></a>"
                f"<span class='title'>Una noche</span></div><div class='body'><span class='text'>{text}</span></div></div>")
    page = review("4 de 5", OWN) + review("2 de 5", OTHER)
    assert _rating(page).value == 0.8
    # both kept: two readers' scores, none of them the page's
    assert _rating(page, [OWN, OTHER]) is None


def test_near_misses():
    # an icon that is no rating widget: a comment count
    assert _rating(f"<div class='meta'><i class='icon icon-comment'>12</i></div><p>{OWN}</p>") is None
    # the readers' average beside its count of votes
    average = "<div class='averageRating'><i class='icon star'><span>4,3 de 5</span></i> <span>187 valoraciones</span></div>"
    assert _rating(f"{average}<p>{OWN}</p>") is None
    # an icon's text with no digit
    assert _rating(f"<div class='review'><i class='icon star'>favorito</i><p>{OWN}</p></div>") is None


LONG = [
    "Me tuvo despierta dos noches seguidas, y el final todavía me inquieta un poco.",
    "La traducción nueva es ágil, aunque echo de menos algunas notas sobre la época y los lugares.",
    "La segunda parte es la mejor: el narrador se confiesa y ya no sabemos a quién creer.",
    "No es un libro para cualquier momento, pero a quien haya pasado por algo así le llegará hondo.",
]


def test_of_kept_reviews_one_three_times_the_others_is_the_pages():
    def item(score: str, paragraphs: list[str]) -> str:
        text = "".join(f"<p>{p}</p>" for p in paragraphs)
        return f"<li class='item'><div class='left'><div class='stars'><span class='blind'>{score}</span></div></div><div>{text}</div></li>"
    page = f"<ul>{item('4점', LONG)}{item('2점', [OTHER])}</ul>"
    assert _rating(page, [*LONG, OTHER]).value == 0.8
    # two reviews of a size: two readers' scores, none of them the page's
    even = f"<ul>{item('4점', LONG[:2])}{item('2점', LONG[2:])}</ul>"
    assert _rating(even, LONG) is None


def test_a_labelled_score_beside_its_count_of_votes_is_the_readers_average():
    lines = ["Valoración: 4,6 (1.982 votos)", *LONG]
    assert find_rating(lines) is None
    assert find_rating(["Valoración: 4,6 (de 5)", *LONG]).value == 0.92
    assert find_rating(["별점 4.6점 (1,982명)", *LONG]) is None
