"""leadpicture.credit_line (rev34h): one word closing the reviewer's own caption (a first-person line, or one opening on
a gerund) is a place or a feeling, not a credit ("My copy on the pier. Whitby.", "Reading on the train. Heaven.",
"Mein Exemplar am See. Sonntag."); a stock library's or an agency's word and an acronym still credit (rev34f)."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.leadpicture import credit_line


@pytest.mark.parametrize("text", [
    "My copy on the pier. Whitby.", "Reading on the train. Heaven.", "Mein Exemplar am See. Sonntag.",
    "Mon exemplaire sur la plage. Bretagne.", "Mi ejemplar en la terraza. Verano.", "Our copies at the cabin. Bliss.",
])
def test_a_place_or_feeling_after_the_reviewers_line_is_no_credit(text):
    assert not credit_line(text), text


@pytest.mark.parametrize("text", [
    "The pier at dusk. Unsplash.", "My copy in the rain. AFP.", "My copy on the pier. Pierstock.",
    "Getty Images", "Reading by the lamp. Lumen Images.",
])
def test_credits_still_read(text):
    assert credit_line(text), text


def test_the_caption_stays_beside_the_picture():
    paras = ("<p>Odile Brun's novel follows a harbour pilot across the winter the port closes, and every crossing is "
             "drawn with care and patience.</p><p>The middle drags a little, but the last crossing is beautiful, and I "
             "finished it on the pier in the wind, which felt right for the book.</p>")
    figure = ("<div class='image-block'><div class='image-block__media'><img src='/p.jpg' alt=''></div>"
              "<div class='image-block__caption'><p>My copy on the pier. Whitby.</p></div></div>")
    html = ('<html lang="en"><head><meta charset="utf-8"><title>The Pilot</title></head><body><article class="post">'
            f'<h1>The Pilot by Odile Brun</h1><div class="entry-content">{paras}{figure}</div></article></body></html>')
    assert "My copy on the pier. Whitby." in extract_page(html, "https://pier.example.net/pilot/").body_text
