"""Ratings drawn or worded in shapes a site or a language uses:

- one star glyph with the score beside it ("★ 4.5", "⭐️4"), as catalogue sites print a member's score: out of five; a
  count beside a star ("★ 812,304 ratings so far") is no score, nor a number above five;
- a star icon hidden from screen readers beside the number its rating box shows ("<span aria-hidden>★</span> 4.5");
- a row of icons that marks only its lit stars ("star on" ×4, "star" ×1): the plain ones are out;
- ko: the star word first, its count after ("별 넷 반", "별 네 개"); not "별로", "별 생각";
- the final mark as an adjective before the label (ru "Итоговая оценка — …", uk "Підсумкова оцінка: …");
- the plural "stars" as a label before a colon (fi "Tähtiä: 4½/5", sv "Stjärnor: 4 av 5"); not the word in a sentence;
- a widget's hidden text read twice, as its box's text and as the widget's: one rating, so a shop's other readers'
  widgets the cleaning dropped are told apart from the page's own.
"""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract.rating import find_rating, parse_rating, rating_blocks

OWN = "Ich habe das Buch an zwei Abenden gelesen, und der Schluss hat mich lange nicht losgelassen."
OTHER = "Hat mir gar nicht gefallen, viel zu lang."


def _rating(markup: str, lines: list[str] | None = None):
    body = lxml_html.fromstring(f"<div class='page'>{markup}</div>")
    return find_rating(lines or [OWN], None, rating_blocks(body))


def test_one_star_and_the_score_beside_it():
    assert parse_rating("★ 4.5").value == 0.9
    assert parse_rating("⭐️4").value == 0.8
    assert parse_rating("★ 3,5").value == 0.7
    assert find_rating(["★ 4", OWN]).value == 0.8
    # the fraction after the star decides, as before
    assert parse_rating("★ 8/10").value == 0.8


def test_one_star_near_misses():
    # a count beside a star, a number above five: no score (not one star of five either)
    assert parse_rating("★ 812,304 ratings so far") is None
    assert parse_rating("★ 7") is None
    # a row of stars and a number after it: the row is the score
    assert parse_rating("★★★★ 4").value == 0.8
    # the readers' average beside its count of votes
    assert find_rating(["★ 4.2 (1,980 votes)", OWN]) is None


def test_a_hidden_star_icon_beside_its_boxs_number():
    ko = f"<div class='user-rating'><span class='ico' aria-hidden='true'>★</span> 3.5</div><p>{OWN}</p>"
    assert _rating(ko).value == 0.7
    en = f"<div class='member-score'><i aria-hidden='true'>⭐</i>4</div><p>{OWN}</p>"
    assert _rating(en).value == 0.8


def test_a_hidden_star_icon_near_misses():
    # not in a rating box (a favourites counter), and the readers' average beside its count
    assert _rating(f"<div class='favourites'><span aria-hidden='true'>★</span> 4</div><p>{OWN}</p>") is None
    avg = f"<div class='rating-average'><span aria-hidden='true'>★</span> 3.9</div><p>{OWN}</p>"
    assert _rating(avg) is None


def test_a_row_that_marks_its_lit_stars():
    row = "<span class='stars' title='x'>" + "<i class='star on'></i>" * 3 + "<i class='star'></i>" * 2 + "</span>"
    assert _rating(f"<div class='my-rating'>{row}</div><p>{OWN}</p>").value == 0.6
    row = "<span class='score'>" + "<i class='icon-star is-active'></i>" * 4 + "<i class='icon-star'></i>" + "</span>"
    assert _rating(f"<div>{row}</div><p>{OWN}</p>").value == 0.8
    # near miss: every icon plain (no lit mark) is a full row, as before; an empty class is still read as empty
    row = "<span>" + "<i class='star'></i>" * 5 + "</span>"
    assert _rating(f"<div>{row}</div><p>{OWN}</p>").value == 1.0
    row = "<span>" + "<i class='star full'></i>" * 2 + "<i class='star empty'></i>" * 3 + "</span>"
    assert _rating(f"<div>{row}</div><p>{OWN}</p>").value == 0.4


def test_ko_star_word_first():
    assert parse_rating("별 셋 반").value == 0.7
    assert parse_rating("별 두 개").value == 0.4
    assert find_rating(["모임 별점은 별 셋 반. 반 개는 결말 때문에 뺐다.", OWN]).value == 0.7
    assert find_rating(["별점: 별 4.5개"]).value == 0.9


def test_ko_star_word_near_misses():
    assert find_rating(["별로 재미없었다. 다시 읽지는 않을 것 같다."]) is None
    assert find_rating(["별 생각 없이 집어 들었다가 밤을 새웠다."]) is None
    assert find_rating(["별 하나 없는 밤, 주인공은 다시 바다로 나간다. 그 장면이 오래 남았다."]) is None


def test_the_final_mark_as_an_adjective():
    assert find_rating(["Долго думала, что поставить.", "Итоговая оценка — тройка. Читать можно, но не обязательно."]).value == 0.6
    assert find_rating(["Підсумкова оцінка: 7/10"]).value == 0.7
    # near miss: the adjective with no label
    assert find_rating(["Итоговая версия романа вышла в 1936 году, через десять лет после первой."]) is None


def test_plural_stars_as_a_label():
    assert find_rating(["Tähtiä: 3½/5. Kannattaa lukea syksyllä."]).value == 0.7
    assert find_rating(["Stjärnor: 4 av 5"]).value == 0.8
    # near misses: the word in a sentence, with a number that is no score
    assert find_rating(["Tähtiä taivaalla oli 5 ja kuu paistoi koko yön."]) is None
    assert find_rating(["Звёзды 1990-х снова в моде, но роман не о них."]) is None


def _review(score: int, text: str) -> str:
    return (f"<li class='review'><div class='review-stars'><span class='stars stars-{score}' aria-hidden='true'></span>"
            f"<span class='sr-only'>Betyg: {score} av 5</span></div><div class='review-body'><p>{text}</p></div></li>")


def test_a_widgets_hidden_text_read_twice_is_one_rating():
    page = f"<ul class='reviews'>{_review(4, OWN)}{_review(1, OTHER)}</ul>"
    # the page's review kept, the other reader's dropped: the kept one's score
    assert _rating(page, [OWN]).value == 0.8
    # near miss: both kept, two readers' scores, none of them the page's
    assert _rating(page, [OWN, OTHER]) is None
