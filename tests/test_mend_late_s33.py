"""Misfires of the s33 round's rules mended (the mendlate helper; own words and markup).

- ``ratingemojirun``: a mood row (a broken heart, a skull) closing a review, and a divider row between the verdict and
  a short sign-off, are no score. Near misses: an emblem row closing the prose is still the score; a face row was
  never one; a row after the sign-off's prose closing the post still counts.
- ``bookopeningverb``: a given name ending in -ed whose stem no verb has ("Winifred"), or one the text says again in a
  sentence's middle, keeps its place before two names. Near misses: "Finished" and "Rereading" before a full name
  still go; "Entered" (a verb's stem on a vowel and "r") goes.
- ``nextissue``: a next week's label right after the rating line telling of the book's own next volume (its sequel)
  stays. Near misses: the same label naming the blog's next subject after the rating goes, and after the newsletter's
  buttons.
"""

import pytest

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookclues import possessor
from scraper.extract.rating import find_rating

_PROSE = [
    "A lighthouse keeper's daughter writes to her absent mother every night for a year and never posts a letter.",
    "The letters grow shorter as the winter closes in, and the island around her turns into a character of its own.",
    "The ending broke me completely, and I sat on the kitchen floor with the book for a long time afterwards.",
]


@pytest.mark.parametrize("row", ["💔💔💔", "💀💀💀💀", "☠☠☠"])
def test_mood_row_closing_the_review_is_no_score(row):
    assert find_rating([*_PROSE, row]) is None


@pytest.mark.parametrize("tail", [["🌾🌾🌾", "Until the next one, keep reading!"], ["🐚🐚🐚", "— Ottilie"]])
def test_divider_before_a_sign_off_is_no_score(tail):
    assert find_rating([*_PROSE, *tail]) is None


@pytest.mark.parametrize("row, value", [("🐚🐚🐚", 0.6), ("🕯️🕯️🕯️🕯️", 0.8)])
def test_emblem_row_closing_the_prose_is_still_the_score(row, value):
    rating = find_rating([*_PROSE, row])
    assert rating is not None and rating.value == value


def test_emblem_row_after_a_short_sign_off_paragraph_still_counts():
    lines = [*_PROSE, "Thank you all for reading along with me through this long and very strange winter.", "🐚🐚🐚🐚"]
    rating = find_rating(lines)
    assert rating is not None and rating.value == 0.8


@pytest.mark.parametrize("line, name", [
    ("Winifred Mary Holtby's novel about a Yorkshire school board still reads as if it were new.", "Winifred Mary Holtby"),
    ("Alfred Lord Tennyson's poems were the first I learnt by heart.", "Alfred Lord Tennyson"),
])
def test_given_name_before_two_names_keeps_its_place(line, name):
    assert possessor([line], Context(line, (), "en")) == name


def test_given_name_said_again_mid_sentence_keeps_its_place():
    line = "Fielding Dawson Price's novel opens in a lumber camp."
    text = line + " It is the book where Fielding finally found his voice."
    assert possessor([line], Context(text, (), "en")) == "Fielding Dawson Price"


@pytest.mark.parametrize("line, name", [
    ("Finished Odile Marsh Carver's third novel on the ferry and nearly missed the landing.", "Odile Marsh Carver"),
    ("Rereading Tobias Lund's novel on a wet weekend in the cabin.", "Tobias Lund"),
    ("Entered Petra Vine Okafor's novel at last after a year on the pile.", "Petra Vine Okafor"),
])
def test_opening_verbs_still_go(line, name):
    assert possessor([line], Context(line, (), "en")) == name


_PT = [
    "O romance acompanha uma faroleira que escreve cartas à mãe ausente durante um inverno inteiro numa ilha.",
    "A escrita é seca e precisa, e a ilha torna-se uma personagem tão viva como a própria narradora.",
    "O final é apressado, mas a última carta compensa tudo o que veio antes e fica na memória.",
]


def _pt_page(tail: str) -> str:
    ps = "".join(f"<p>{p}</p>" for p in _PT)
    html = ("<html lang='pt'><head><title>As cartas da faroleira</title></head><body><article>"
            "<h1>As cartas da faroleira</h1>"
            f"<div class='body markup'>{ps}{tail}</div></article></body></html>")
    return extract_page(html, "https://faroleira.substack.example.com/p/cartas").body_text


def test_sequel_news_after_the_rating_stays():
    line = "Na próxima semana: chega às livrarias o segundo volume, com a mesma tradutora."
    assert line in _pt_page(f"<p>Nota: 4/5</p><p>{line}</p>")


def test_sequel_noun_after_the_rating_stays():
    line = "Na próxima semana: a continuação sai em capa dura."
    assert line in _pt_page(f"<p>Nota: 4/5</p><p>{line}</p>")


def test_next_post_teaser_after_the_rating_goes():
    line = "Na próxima semana: três contos curtos para as noites de dezembro."
    text = _pt_page(f"<p>Nota: 4/5</p><p>{line}</p>")
    assert line not in text and "memória" in text


def test_next_post_teaser_after_the_buttons_goes():
    buttons = "<p class='button-wrapper'><a class='button primary'><span>Assinar</span></a></p>"
    line = "Na próxima semana: dois livros de poemas sobre o mar e uma carta dos leitores."
    text = _pt_page(f"<p>Nota: 4/5</p>{buttons}<p>{line}</p>")
    assert line not in text and "memória" in text
