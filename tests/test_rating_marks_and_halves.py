"""Rating forms: a German half written on to its number ("dreieinhalb"), school marks of Serbian, Croatian and Bosnian
in both scripts ("чиста петица", "solidna četvorka"), a label led into by one word and a comma ("Ипак, оцена:"),
Japanese "N点中M点" (M points of N) and a rating widget's hidden text under a theme's own "…Hidden" class.
Near misses stay unread: hours and years written the same way, a mark someone else got at school, a count of new
titles, hidden text outside a rating widget.

Every line here is our own, written for these tests.
"""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from scraper.extract.rating import find_rating, rating_blocks

LEAD = "A few words on the book before the score."


@pytest.mark.parametrize("line, raw, value", [
    ("Meine Wertung: dreieinhalb von fünf Sternen.", "dreieinhalb von fünf Sternen", 0.7),
    ("Unser Urteil: zweieinhalb von fünf Sternen", "zweieinhalb von fünf Sternen", 0.5),
    ("Моја оцена: петица.", "петица", 1.0),
    ("Ocjena: solidna četvorka.", "solidna četvorka", 0.8),
    ("Ипак, оцена: тројка.", "тројка", 0.6),
    ("However, grade: B+.", "B+", 0.85),
    ("Kraj se malo vuče, ali ipak. Ipak, ocjena: čista petica.", "čista petica", 1.0),  # after a sentence, one word and a comma
    ("評価：10点中7点", "10点中7点", 0.7),
    ("評価は5点のうち3点です。", "5点のうち3点", 0.6),
])
def test_written_scores(line, raw, value):
    rating = find_rating([LEAD, line])
    assert rating is not None and (rating.raw, rating.value) == (raw, value)


@pytest.mark.parametrize("line", [
    "Wir warteten dreieinhalb Stunden auf den Zug nach Hamburg.",
    "Sie schrieb viereinhalb Jahre an diesem Roman.",
    "Dobila je peticu iz matematike, a ja sam dobio dvojku.",  # marks at school, no rating label
    "Anna, my friend from the club, once gave it a grade: B.",  # the label deep in a sentence, someone else's
    "I read it twice, grade: B.",  # a clause before the comma, not one word
    "全5点中3点が新刊です。",  # three of the five titles are new
])
def test_near_misses_are_no_rating(line):
    assert find_rating([LEAD, line]) is None


def test_a_rating_widgets_text_hidden_by_a_themes_own_class():
    body = lxml_html.fromstring("""<div><div class="revHead"><p class="revStars"><span class="starIcon star4" aria-hidden="true">
</span><span class="uHidden">5点中4点</span></p></div><div class="revBody"><p>旅の前の晩に一編ずつ読むのがちょうどいい。</p></div></div>""")
    blocks = rating_blocks(body)
    assert [b.text for b in blocks if b.widget] == ["5点中4点"]
    rating = find_rating(["旅の前の晩に一編ずつ読むのがちょうどいい。"], None, blocks)
    assert rating is not None and rating.value == 0.8
    # hidden text outside a rating widget ("Skip to content") is no block of its own
    plain = lxml_html.fromstring('<div><p><span class="isHidden">Skip to content</span></p><p>Text.</p></div>')
    assert not [b for b in rating_blocks(plain) if b.widget]


def test_a_widget_beside_a_count_of_reviews_is_the_readers_average_in_any_language():
    def page(count: str) -> str:
        return f"""<div><div class="book-head"><h1>Лампа в окне</h1><div class="summary"><div class="stars" title="82%">
<span style="width:82%">82%</span></div></div><div class="links"><a href="#r">{count}</a></div></div>
<div class="review"><div class="stars"><span class="sr-only">3 من 5</span></div><p>رواية هادئة عن بيت قديم وعائلة تنتظر.</p></div></div>"""
    # the book's average, beside "34 reviews" in the page's language, is not the reviewer's score: the hidden "3 من 5" is
    for count in ("34 مراجعة", "(리뷰 87건)", "2 964 hodnocení", "38 ratings"):
        blocks = rating_blocks(lxml_html.fromstring(page(count)))
        assert [b.text for b in blocks if b.widget] == ["3 من 5"], count
    # near miss: a score beside the widget ("5 stars", "10점") is no count of reviews
    for said in ("5 stars", "10점"):
        assert "82%" in [b.text for b in rating_blocks(lxml_html.fromstring(page(said))) if b.widget], said
