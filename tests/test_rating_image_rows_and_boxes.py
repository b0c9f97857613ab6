"""scraper.extract.rating, round s12: a row of star images told by its files' names, when they have no alt text
("star-full.png", "star_off.gif", "estrella-vacia.svg"); an image with alt text is read by its alt text alone.
Near misses: a row of images that are no stars, a row whose alt texts already say the score.
"""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract.rating import find_rating, rating_blocks

OWN = "Bought it for the train and finished it before my stop; the middle chapters drag a little, the ending does not."
OTHER = "Arrived quickly, well packed, thanks."
OWN_ES = "Lo leí en dos tardes. El final me pareció precipitado, pero los personajes se quedan contigo mucho tiempo."


def _imgs(names: list[str], alt: str | None = None, cls: str = "") -> str:
    alt_attr = f" alt='{alt}'" if alt is not None else ""
    cls_attr = f" class='{cls}'" if cls else ""
    return "".join(f"<img{cls_attr} src='/static/img/{name}?v=3'{alt_attr}>" for name in names)


def _rating(markup: str, lines: list[str]):
    return find_rating(lines, None, rating_blocks(lxml_html.fromstring(f"<main>{markup}</main>")))


def test_a_row_of_star_images_counts_its_full_files():
    row = _imgs(["star-full.png"] * 4 + ["star-empty.png"], cls="star")
    assert _rating(f"<div class='item'><div class='stars'>{row}</div><p>{OWN}</p></div>", [OWN]).value == 0.8
    # no class at all, the names say it (es: "estrella-llena", "estrella-vacia")
    row_es = _imgs(["estrella-llena.svg"] * 3 + ["estrella-vacia.svg"] * 2)
    assert _rating(f"<div class='valoracion'><span>{row_es}</span><p>{OWN_ES}</p></div>", [OWN_ES]).value == 0.6
    row_off = _imgs(["star_on.gif"] * 2 + ["star_off.gif"] * 3, alt="")
    assert _rating(f"<div><span class='r'>{row_off}</span><p>{OWN}</p></div>", [OWN]).value == 0.4


def test_of_two_readers_image_rows_the_other_readers_is_dropped():
    first = f"<div class='item'><div class='top'><div class='stars'>{_imgs(['star-full.png'] * 4 + ['star-empty.png'], cls='star')}</div></div><div class='content'>{OWN}</div></div>"
    second = f"<div class='item'><div class='top'><div class='stars'>{_imgs(['star-full.png'] * 5, cls='star')}</div></div><div class='content'>{OTHER}</div></div>"
    assert _rating(f"<div class='reviews'>{first}{second}</div>", [OWN, OTHER]).value == 0.8


def test_near_misses_images_that_are_no_stars_or_say_their_score():
    # a gallery of photos
    assert _rating(f"<div class='gallery'>{_imgs(['beach-1.jpg', 'beach-2.jpg', 'beach-3.jpg'])}</div><p>{OWN}</p>", [OWN]) is None
    # alt texts are the row's reading, not the files' names ("estrela-vazia" is no empty word the names know)
    row = _imgs(["estrela-cheia.png"] * 3, alt="★") + _imgs(["meia-estrela.png"], alt="½") + _imgs(["estrela-vazia.png"], alt="")
    assert _rating(f"<p><b>Classificação:</b> {row}</p><p>{OWN}</p>", [OWN]).value == 0.7


# --- a label opened by one short word ("my") after a sentence's end, not only at a line's start

from scraper.extract.rating import line_candidates  # noqa: E402


def _labelled(line: str) -> list[float]:
    return [c.rating.value for c in line_candidates(line) if c.rank == 0]


def test_a_possessive_label_after_a_sentence_end_in_several_languages():
    assert _labelled("Zakończenie trochę rozczarowuje. Moja ocena: 4/6, i tak warto.") == [0.667]
    assert _labelled("Am Ende zieht es sich. Meine Wertung: 3 von 5, trotz allem.") == [0.6]
    assert _labelled("Конец немного затянут. Моя оценка: 8/10, советую.") == [0.8]


def test_near_misses_a_longer_word_or_no_sentence_end_before_the_label():
    assert _labelled("I liked it more than most. Goodreads rating: 4.2/5, from thousands.") == []
    assert _labelled("Il libro che ha vinto con la nota: 8/10 dei giurati") == []
