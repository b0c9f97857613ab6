"""Ratings and warnings in forms the rules did not read (round of 6 Dec 2026, night):

- a short block classed as the rating itself, closing a book's details box ("<p class='rating'>★★★½</p>"): trafilatura
  drops such classes from the body, so it is read as a rating widget of the post before cleaning (ratingblocks);
  near misses: a readers' average classed so, a long line in a rating-classed box, a box whose count of votes sits
  beside it;
- "our" after the label's noun, as "my" is ("Tathmini yetu: …", "Penilaian kami: …", "Nota noastră: …"); near miss:
  the label's words in a sentence that quotes no score;
- the Hungarian content warning written as one compound word ("Tartalomfigyelmeztetés: …"); near misses: the word's
  stem in a sentence, and a compound that is no warning.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.rating import find_rating

_REVIEW = ("<p>The novel follows a lighthouse keeper's widow through her first winter alone on the rock, with the supply "
           "boat late, the lamp failing and letters from her sister that she cannot bring herself to open.</p>"
           "<p>Marrow writes the weather as a character: fog that sits for a week, a gale that throws stones at the "
           "windows, a calm so total that she hears her own heart. The widow is prickly and funny, never a saint.</p>"
           "<p>The middle section circles a little, but the last fifty pages, when the boat finally comes, are as "
           "tense as any thriller I read this year, and the final letter made me put the book down for a while.</p>")


def _page(box: str, lang: str = "en") -> str:
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>A winter on the rock</title></head><body>'
            '<article class="post"><h1>A winter on the rock</h1><div class="post-body">'
            f'{_REVIEW}{box}</div></article></body></html>')


_BOX = ('<div class="factBox"><p><strong>The Keeper</strong></p><p>Ada Marrow</p><p>Harbour Press</p><p>312 pages</p>'
        '{}</div>')


def test_a_star_run_in_a_rating_classed_block_is_the_rating():
    for cls, stars, value in (("rating", "★★★½", 0.7), ("review-score", "★★★★", 0.8), ("final-rating", "4/5", 0.8)):
        record = extract_page(_page(_BOX.format(f'<p class="{cls}">{stars}</p>')), "https://news.example.com/books/keeper/")
        assert (record.rating_raw, record.rating) == (stars, value), (cls, record.rating_raw, record.rating)


def test_a_readers_average_in_a_rating_classed_block_is_not_the_reviewers():
    for block in ('<p class="rating average">★★★½</p>',
                  '<p class="rating">★★★½</p><p class="vote-count">(212)</p>',
                  '<p class="stars">★★★★☆ <a href="#reviews">(7 reviews)</a></p>',
                  '<p class="product-rating">★★★★☆</p><p>(18 reviews)</p>',
                  '<p class="rating"><span>My rating:</span> <span>see below</span></p>'):
        record = extract_page(_page(_BOX.format(block)), "https://news.example.com/books/keeper/")
        assert record.rating is None, (block, record.rating_raw)


def test_a_long_line_in_a_rating_classed_block_is_no_widget():
    block = ('<p class="rating-policy">We rated her first novel 2/5 and still think it was the weaker book, '
             'though many readers disagreed with us.</p>')
    record = extract_page(_page(_BOX.format(block)), "https://news.example.com/books/keeper/")
    assert record.rating is None, record.rating_raw


def test_our_after_the_label_noun():
    lines = ["The book was long and slow, but I finished it.", "Tathmini yetu: nyota nne kati ya tano"]
    assert find_rating(lines).value == 0.8
    assert find_rating(["The book was long and slow.", "Penilaian kami: 7/10"]).value == 0.7
    assert find_rating(["The book was long and slow.", "Nota noastră: 9/10"]).value == 0.9
    record = extract_page(_page("<p>Tathmini yetu: nyota tatu kati ya tano</p>", "sw"), "https://habari.example.co.tz/x/")
    assert record.rating == 0.6, record.rating_raw


def test_our_in_a_sentence_is_no_label():
    assert find_rating(["Tathmini yetu ya kwanza ilifanyika mwaka 2019 katika vijiji 5 vya mkoa."]) is None
    assert find_rating(["Penilaian kami terhadap 3 buku sebelumnya sudah kami tulis di blog ini pada 2021."]) is None


def test_the_hungarian_compound_warning():
    record = extract_page(_page("<p>Tartalomfigyelmeztetés: erőszak, gyász, öngyilkosság.</p>", "hu"),
                          "https://kritika.example.hu/2026/12/a-vilagitotorony/")
    assert record.content_warnings is not None


def test_near_misses_of_the_hungarian_warning():
    for line in ("A tartalom figyelmeztetés nélkül is megrázó, de a regény ettől erős.",
                 "A tartalomjegyzék hosszú: tizenkét fejezet, két függelék és egy utószó."):
        record = extract_page(_page(f"<p>{line}</p>", "hu"), "https://kritika.example.hu/2026/12/a-vilagitotorony/")
        assert record.content_warnings is None, line
