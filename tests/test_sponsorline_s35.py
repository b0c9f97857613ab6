"""The post's sponsor line (sponsorline, the s35 round; own words and markup): the post named and who sponsors it,
typeset apart or at the tail after the score, in any language.

Near misses: a sponsor in the book's story (no post named); the post named with no sponsor; the same line in the
review's plain paragraphs before its end."""

from tests.test_commissionline_s35 import _CLOSE, _EN, _page, _text


def test_en_italic_sponsor_line_at_the_tail_goes():
    line = "This review is sponsored by Lantern Street Books, Galway."
    text = _text(_page(_EN, after=f"<p><em>{line}</em></p>{_CLOSE}"))
    assert "Lantern Street" not in text and "bakery" in text


def test_af_sponsor_line_at_the_tail_goes():
    line = "Hierdie resensie word geborg deur die Kaapse Boekwinkel in Paarl."
    text = _text(_page(_EN, lang="af", after=f"<p>{line}</p>{_CLOSE}"))
    assert "geborg" not in text and "bakery" in text


def test_de_boxed_sponsor_line_in_mid_body_goes():
    line = "Diese Besprechung wird unterstützt von der Buchhandlung am Markt."
    text = _text(_page(_EN, lang="de", middle=f"<div class='box'><p>{line}</p></div>"))
    assert "Buchhandlung am Markt" not in text and "bakery" in text


def test_near_miss_sponsor_in_the_story_stays():
    line = "The river expedition was sponsored by a shipping firm that never paid."
    text = _text(_page(_EN, after=f"<p><em>{line}</em></p>{_CLOSE}"))
    assert "shipping firm" in text


def test_near_miss_post_with_no_sponsor_stays():
    line = "This review is dedicated to my sister, who lent me her copy."
    text = _text(_page(_EN, after=f"<p><em>{line}</em></p>{_CLOSE}"))
    assert "dedicated to my sister" in text


def test_near_miss_plain_line_before_the_end_stays():
    line = "Her first review was sponsored by nobody and read by three people, she jokes in the afterword."
    text = _text(_page(_EN, middle=f"<p>{line}</p>"))
    assert "read by three people" in text
