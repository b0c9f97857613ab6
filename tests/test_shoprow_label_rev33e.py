"""bookshoprow.dashed_heading (rev33e): a review label comes off a product h1's title only where a colon, a dash, a
bar or a bracket parts it from the title; a title whose first word is a review word keeps it."""

import lxml.html

from scraper.extract.bookshoprow import dashed_heading


def _product(h1, body):
    return lxml.html.fromstring(f"""<html><body><div class="shop"><div class="head"><h1>{h1}</h1>
<p class="price">€ 18</p><button>In den Warenkorb</button></div></div><div class="post">{body}</div></body></html>""")


def _read(h1, body):
    tree = _product(h1, f"<p>{body}</p>")
    return dashed_heading(tree, tree.xpath("//h1")[0].text_content())


def test_a_label_parted_by_a_separator_comes_off():
    # de colon, fr bar, nl bracket
    assert _read("Rezension: Das stille Tal — Jonas Albers", "Albers erzählt. Albers schreibt. Albers.") \
        == ("Das stille Tal", "Jonas Albers")
    assert _read("Chronique | La maison bleue — Julie Perrin", "Perrin écrit. Perrin encore. Perrin.") \
        == ("La maison bleue", "Julie Perrin")
    assert _read("[Recensie] Het lage land — Daan Vos", "Vos schrijft. Vos weer. Vos.") == ("Het lage land", "Daan Vos")


def test_a_review_word_opening_the_title_stays():
    # en "Critique", fr "Chronique", en "Spotlight": the title's own first word, no separator after it
    assert _read("Critique of Practical Judgement — Anton Weiss", "Weiss argues. Weiss again. Weiss.") \
        == ("Critique of Practical Judgement", "Anton Weiss")
    assert _read("Chronique des jours tranquilles — Louise Marchal", "Marchal écrit. Marchal. Marchal.") \
        == ("Chronique des jours tranquilles", "Louise Marchal")
    assert _read("Spotlight on the Hills — Cara Quinn", "Quinn writes. Quinn again. Quinn.") \
        == ("Spotlight on the Hills", "Cara Quinn")
