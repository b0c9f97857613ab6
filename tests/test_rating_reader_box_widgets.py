"""scraper.extract.rating on a shop's readers' review boxes, round s12.

- text for screen readers beside a row classed as stars is that row's reading, a widget (nb "Terning: 5 av 6" beside
  "●●●●●○", en "Rated 4 out of 5" beside "★★★★☆"); near miss: hidden text beside an element that is no rating;
- two widgets side by side from two readers' boxes are two ratings, not one said twice;
- a reader's review kept alone on its page's second reading (its head line, name, date and stars, gone) keeps the
  stars the first reading found in its own box (reviewbox.kept_widgets), never another reader's.
"""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.rating import find_rating, rating_blocks
from scraper.extract.ratingblocks import Block
from scraper.extract.reviewbox import kept_widgets

OWN_NB = "Kjøpte den til hytta og leste den på to kvelder; slutten er svakere enn resten, men språket er varmt."
OWN_EN = "I read it on the night train and it carried me the whole way north, though the ending rushes a little."


def _head(glyphs: str, said: str) -> str:
    return f"<div class='review-head'><span class='review-stars' aria-hidden='true'>{glyphs}</span><span class='sr-only'>{said}</span> <span>Kari</span></div>"


def _widgets(markup: str) -> list[Block]:
    return [b for b in rating_blocks(lxml_html.fromstring(f"<main>{markup}</main>")) if b.widget]


def test_hidden_text_beside_a_star_row_is_its_reading():
    nb = f"<div class='review'>{_head('●●●●●○', 'Terning: 5 av 6')}<div class='review-body'><p>{OWN_NB}</p></div></div>"
    assert [b.text for b in _widgets(nb)] == ["Terning: 5 av 6"]
    assert find_rating([OWN_NB], None, rating_blocks(lxml_html.fromstring(f"<main>{nb}</main>"))).value == 0.833
    en = f"<div class='review'>{_head('★★★★☆', 'Rated 4 out of 5')}<p>{OWN_EN}</p></div>"
    assert find_rating([OWN_EN], None, rating_blocks(lxml_html.fromstring(f"<main>{en}</main>"))).value == 0.8


def test_near_miss_hidden_text_beside_no_rating_is_no_widget():
    markup = f"<div class='head'><span class='menu-icon' aria-hidden='true'>☰</span><span class='sr-only'>Menu 2/5</span></div><p>{OWN_EN}</p>"
    assert _widgets(markup) == []


def test_two_readers_widgets_side_by_side_are_two_ratings():
    blocks = [Block("Rated 4 out of 5", image=True, widget=True, near=OWN_EN[:24], box=300),
              Block("Rated 1 out of 5", image=True, widget=True, near="Arrived late and the cov", box=60)]
    assert find_rating([OWN_EN], None, blocks).value == 0.8
    # the same reader's widget said twice (its row, its hidden text) stays one rating
    same = [Block("★★★★☆", image=True, widget=True, near=OWN_EN[:24]), Block("Rated 4 out of 5", image=True, widget=True, near=OWN_EN[:24])]
    assert find_rating([OWN_EN], None, same).value == 0.8


def test_kept_widgets_are_the_kept_reviews_own():
    mine = Block("Rated 4 out of 5", image=True, widget=True, near=OWN_EN[:24])
    other = Block("Rated 1 out of 5", image=True, widget=True, near="Arrived late and the cov")
    assert kept_widgets((mine, other), [Block(OWN_EN)], [OWN_EN]) == [mine]
    assert kept_widgets((other,), [Block(OWN_EN)], [OWN_EN]) == []  # another reader's only: none
    assert kept_widgets((mine,), [Block("★★☆☆☆", image=True, widget=True)], [OWN_EN]) == []  # it read its own


def _page(lang: str, h1: str, price: str, buy: str, own_head: str, own: str, other_head: str, other: str) -> str:
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{h1} | Bokhus</title></head><body>
<header class="site-header"><a href="/">Bokhus</a> <nav><a href="/a">Fiction</a> <a href="/b">Non-fiction</a></nav></header>
<main class="product-page"><div class="product-top"><div class="product-details">
<h1 class="product-title">{h1}</h1><div class="product-author"><a href="/authors/x">Mary Lane</a></div>
<div class="product-price">{price}</div><button class="btn-buy">{buy}</button></div></div>
<section class="product-reviews"><h2>Reviews</h2>
<div class="review"><div class="review-head">{own_head}</div><h3 class="review-title">A slow, kind book</h3>
<div class="review-body"><p>{own}</p></div></div>
<div class="review"><div class="review-head">{other_head}</div><div class="review-body"><p>Too slow for me, sorry.</p></div></div>
</section></main><footer><p>Bokhus AS</p></footer></body></html>"""


def _head_dated(glyphs: str, said: str) -> str:
    return f"<span class='review-stars' aria-hidden='true'>{glyphs}</span><span class='sr-only'>{said}</span> <span class='review-author'>Ann, Leeds</span> <span class='review-date'>12.10.2026</span>"


EN_TEXT = ("I picked this up for a long train ride and it carried me the whole way north. The harbour town is drawn with care, "
           "every neighbour has a story, and the widow who runs the ferry is the best character I have met this year. The last "
           "chapters rush a little, which is why it is not a perfect score for me.")
DE_TEXT = ("Ich habe das Buch auf einer langen Zugfahrt gelesen und es hat mich bis in den Norden getragen. Die Hafenstadt ist mit "
           "viel Sorgfalt gezeichnet, jeder Nachbar hat eine Geschichte, und die Witwe, die die Fähre fährt, ist die beste Figur "
           "dieses Jahres. Die letzten Kapitel sind etwas gehetzt, und das Ende kommt zu schnell, aber die Sprache bleibt warm "
           "und genau. Ich habe es meiner Mutter weitergegeben, und wir reden seitdem über die Fähre und den Leuchtturmwärter.")


def test_a_shop_readers_review_kept_alone_keeps_its_own_stars():
    en = _page("en", "The Quiet Harbour", "£9.99", "Add to basket", _head_dated("★★★★☆", "Rated 4 out of 5"), EN_TEXT,
               _head_dated("★★☆☆☆", "Rated 2 out of 5"), "")
    record = extract_page(en, "https://bokhus.example/p/1")
    assert record.is_review and record.rating == 0.8
    de = _page("de", "Der stille Hafen", "12,99 €", "In den Warenkorb", _head_dated("●●●●●○", "Bewertung: 5 von 6"), DE_TEXT,
               _head_dated("●●○○○○", "Bewertung: 2 von 6"), "")
    record = extract_page(de, "https://bokhus.example/p/2")
    assert record.is_review and record.rating == 0.833


def test_near_miss_a_kept_review_without_stars_takes_no_other_readers():
    plain_head = "<span class='review-author'>Ann, Leeds</span> <span class='review-date'>12.10.2026</span>"
    en = _page("en", "The Quiet Harbour", "£9.99", "Add to basket", plain_head, EN_TEXT, _head_dated("★★☆☆☆", "Rated 2 out of 5"), "")
    record = extract_page(en, "https://bokhus.example/p/1")
    assert record.is_review and record.rating is None


# --- a star row beside the review that the review's own words contradict: the words; a six-point row of dots


def _row_blocks(glyphs: str, first: str, other: str = "") -> list[Block]:
    """The review's box with its row; with `other`, another reader's box and row after it (a list of readers' boxes)."""
    blocks = [Block(glyphs, image=True, widget=True, near=first[:24], box=300), Block(first)]
    return blocks + ([Block(other, image=True, widget=True, near="Arrived fast, nicely wra", box=40)] if other else [])


def test_the_reviewers_words_over_a_row_they_contradict():
    words_en = OWN_EN + " All told I'd give it four stars."
    assert find_rating([words_en], None, _row_blocks("★★★★★", words_en, "★★★★★")).value == 0.8
    words_th = "อ่านคืนเดียวจบ สำนวนแปลเก่าไปนิดแต่ยังอ่านลื่น ให้ 3 ดาว เพราะกระดาษบาง"
    assert find_rating([words_th], None, _row_blocks("★★★★★", words_th, "★★★★★")).value == 0.6


def test_near_misses_the_row_stands_when_the_words_agree_or_say_nothing():
    agree = OWN_EN + " All told I'd give it four stars."
    assert find_rating([agree], None, _row_blocks("★★★★☆", agree, "★★★★★")).raw == "★★★★☆"
    assert find_rating([OWN_EN], None, _row_blocks("★★☆☆☆", OWN_EN, "★★★★★")).value == 0.4
    # a blog's one row beside its post is the post's own (the words are asked only on a list of readers' rows)
    assert find_rating([agree], None, _row_blocks("★★★★★", agree)).value == 1.0


def test_a_six_point_row_of_dots_with_its_empty_dots():
    assert find_rating(["●●●●●○"]).value == 0.833
    assert find_rating(["●●○○○○ Terning"]).value == 0.333
    # near misses: six full dots draw no scale (a divider), seven are none of the scales
    assert find_rating(["●●●●●●"]) is None
    assert find_rating(["●●●●○○○"]) is None
