"""Misfires of the bpfollow round's rules (review rev-bpfollow, s33; own words and markup).

- ``siteitself``: the blog or the site's name must be the bidding's object, near the imperative in its clause; a
  review's closing line that names the blog elsewhere ("Sigue siendo, para este blog, …", es "it remains"; "Join the
  queue at your library: … this blog's …") or opens on a word of the site's name with a network far off stays.
- ``labelledpointer``: a "label: <dead link>" line under the rating line is the post's record, not a pointer spliced
  into the prose.
- ``forwardask``: "…, pass this along to a friend" after a comma only as the close of an opening "if" clause.
- ``adnotice``: a 협찬 line that names a fee beside (or instead of) the book is the advertising notice.
"""

import pytest
from lxml import html as lhtml

from scraper.extract import extract_page
from scraper.extract.adnotice import ad_notice
from scraper.extract.siteitself import site_itself

_PARAS = [
    "The novel follows a night-shift nurse in a coastal hospital who starts receiving letters from a patient she "
    "discharged years ago, and slowly pieces together what happened on the ward the winter the power failed.",
    "The prose is plain and exact, the chapters short, and the hospital's routines are written with such care that "
    "the small mysteries of the letters feel enormous against them, which is the book's great trick.",
    "I wanted a little more of the nurse's sister, who vanishes after the first act, but the final chapter, set on "
    "the ward during a storm, is as tense as anything I have read this year and I finished it at two in the morning.",
]
_ES = [
    "La novela sigue a una enfermera del turno de noche en un hospital de la costa que empieza a recibir cartas de "
    "un paciente al que dio el alta hace años, y poco a poco reconstruye lo que pasó en la planta aquel invierno.",
    "La prosa es sencilla y exacta, los capítulos son cortos y las rutinas del hospital están escritas con tanto "
    "cuidado que los pequeños misterios de las cartas parecen enormes, y ese es el gran truco del libro.",
    "Eché de menos a la hermana de la enfermera, que desaparece tras el primer acto, pero el capítulo final, en "
    "plena tormenta, es lo más tenso que he leído este año y lo terminé a las dos de la madrugada.",
]
_URL = "https://lanternshelf.example.org/2026/11/20/the-night-letters/"


def _text(tail: str = "", middle: str = "", site: str = "Lantern Shelf", paras=_PARAS, rating="Rating: 4/5") -> str:
    ps = [f"<p>{p}</p>" for p in paras]
    html = (f"<html><head><title>The Night Letters – {site}</title></head><body>"
            f"<header><a class='logo' href='/'>{site}</a></header><article><h1>The Night Letters</h1>"
            f"<div class='entry-content'>{ps[0]}{middle}{ps[1]}{ps[2]}<p>{rating}</p>{tail}</div></article>"
            "</body></html>")
    return extract_page(html, _URL).body_text


@pytest.mark.parametrize("line, kw", [
    ("Join the queue at your library: this is the best book this blog has covered all year.", {}),
    ("Sign up for the library waiting list now: this blog's book of the year.", {}),
    ("Follow Maya, the food blogger of the title, to the last page; you will not regret it.", {}),
    ("Sigue siendo, para este blog, la mejor novela del año.", {"paras": _ES, "rating": "Nota: 4/5"}),
    ("Sigue siendo lo mejor que ha pasado por este blog en mucho tiempo.", {"paras": _ES, "rating": "Nota: 4/5"}),
    ("Novel of the year for me, and half of the readers on Instagram seem to agree.", {"site": "The Novel Nook"}),
])
def test_closing_review_line_naming_the_blog_stays(line, kw):
    assert line in _text(f"<p>{line}</p>", **kw)


def test_name_word_far_from_the_bidding_is_no_site_line():
    assert not site_itself("Segue sendo o melhor livro que passou por este blog este ano.")
    assert not site_itself("Folge drei der Reihe, und für diesen Blog die beste bisher.")
    assert site_itself("Segue o blog para não perderes a próxima crítica.")
    assert site_itself("Subscribe to Lantern Shelf for a new review every week.", ("Lantern", "Shelf"))


@pytest.mark.parametrize("line", [
    "Enjoyed this? Follow the blog for a new review every Friday.",
    "Lantern Shelf is on Instagram as well, with every book we read.",
])
def test_site_lines_still_go(line):
    text = _text(f"<p>{line}</p>")
    assert line not in text and "two in the morning" in text


@pytest.mark.parametrize("line", [
    "<p>Series: <a>The ward trilogy, book two</a></p>",
    "<p>Previously: <a>part one of this review, the first half</a></p>",
    "<p>Tome précédent : <a>Les lettres du jour, premier tome</a></p>",
])
def test_labelled_line_under_the_rating_stays(line):
    assert lhtml.fromstring(line).text_content() in _text(line)


def test_labelled_pointer_in_the_prose_still_goes():
    line = "<p>Lue myös: <a>kolme romaania sairaaloista ja öistä</a></p>"
    text = _text(middle=line)
    assert "kolme romaania" not in text and "two in the morning" in text


@pytest.mark.parametrize("line", [
    "When she finds the last letter, she tells her brother, pass this along to a friend if I die, and he never does.",
    "Nobody at the hospital believes her, so she decides, send this to someone who will listen, and posts it.",
])
def test_character_order_after_a_comma_stays(line):
    assert line in _text(f"<p>{line}</p>")


@pytest.mark.parametrize("line", [
    "이 포스팅은 출판사로부터 원고료와 도서를 협찬받아 작성되었습니다.",
    "본 포스팅은 출판사로부터 소정의 원고료를 협찬받아 작성되었습니다.",
    "이 글은 출판사에서 도서와 제작비를 협찬받아 작성한 유료 리뷰입니다.",
])
def test_sponsorship_with_a_fee_is_the_advertising_notice(line):
    assert ad_notice(lhtml.fromstring(f"<p>{line}</p>"))


def test_book_alone_sponsored_stays_a_note():
    assert not ad_notice(lhtml.fromstring("<p>이 글은 출판사로부터 도서를 협찬받아 작성되었습니다.</p>"))
