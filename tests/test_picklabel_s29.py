"""scraper.extract.listheading: the section's heading over one staff pick's card that closes on its signature ("Staff
Pick", "Coup de cœur", "Unsere Empfehlung", "Personalens tips") is the catalogue's label, not the review's; it goes.
Fires on three layouts (a card with its heading in a header box, in the panel beside it, a shop's pick) in four
languages. Near misses stay: a reader's own title inside the card, a heading over an unsigned card, a blog post's
heading over its post box signed at its foot, a card whose last paragraph is the review's own closing sentence.

Every line here is invented for these tests (invented books, people and libraries, in our own words).
"""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from scraper.extract import boilerplate

_TEXT = {
    "fr": ("<p>Un roman court et lumineux sur une gardienne de phare qui recueille un enfant venu de la mer. La tempête "
           "du milieu m'a tenue éveillée une nuit entière, et la fin est d'une douceur rare.</p>"
           "<p>Je le conseille aux lecteurs qui aiment les livres où il ne se passe presque rien, mais tout compte.</p>"),
    "de": ("<p>Ein schmaler Roman über eine Leuchtturmwärterin, die ein Kind aus dem Meer aufnimmt. Der Sturm in der "
           "Mitte hat mich eine ganze Nacht wach gehalten, und das Ende ist von seltener Zartheit.</p>"
           "<p>Für alle, die Bücher mögen, in denen fast nichts passiert und doch alles zählt.</p>"),
    "sv": ("<p>En kort roman om en fyrvakterska som tar hand om ett barn från havet. Stormen i mitten höll mig vaken "
           "en hel natt, och slutet är ovanligt ömt skrivet.</p>"
           "<p>Jag ger den till alla som tycker om böcker där nästan ingenting händer men allt betyder något.</p>"),
    "en": ("<p>A short, bright novel about a lighthouse keeper who takes in a child from the sea. The storm in the "
           "middle kept me up a whole night, and the ending is unusually tender.</p>"
           "<p>I hand it to readers who like books where almost nothing happens and everything matters.</p>"),
}
_SIGNED = {"fr": "Recommandé par Léa, bibliothèque du Port", "de": "– Jonas, Stadtbibliothek Nord",
           "sv": "– Kerstin, Barnavdelningen, Huvudbiblioteket", "en": "— Priya, Adult Services, Eastgate Branch"}
_LABEL = {"fr": "Coup de cœur", "de": "Unsere Empfehlung", "sv": "Personalens tips", "en": "Staff Pick"}


def _layouts(lang: str) -> dict[str, str]:
    card = f'{_TEXT[lang]}<p class="sig">{_SIGNED[lang]}</p>'
    return {
        "panel": f'<section id="picks"><h3>{_LABEL[lang]}</h3><div class="librarian-review">{card}</div></section>',
        "header": f'<div class="recommendations"><div class="head"><h2>{_LABEL[lang]}</h2></div>'
                  f'<article class="recommendation-card">{card}</article></div>',
        "shop": f'<div class="tab"><h4>{_LABEL[lang]}</h4><div class="staff-pick-text">{card}</div></div>',
    }


def _clean(fragment: str) -> str:
    body = lxml_html.fromstring(f"<html><body><div class='main'>{fragment}</div></body></html>").body
    report = boilerplate.CleanReport()
    boilerplate.clean_body(body, "library.example.org", report)
    return " ".join(body.text_content().split()), [r.rule for r in report.removed]


@pytest.mark.parametrize("lang", sorted(_TEXT))
@pytest.mark.parametrize("layout", ["panel", "header", "shop"])
def test_the_label_over_a_signed_pick_goes(lang, layout):
    text, rules = _clean(_layouts(lang)[layout])
    assert _LABEL[lang] not in text and "label of the readers' reviews" in rules
    assert _TEXT[lang][3:40] in text


@pytest.mark.parametrize("lang", sorted(_TEXT))
def test_near_misses_stay(lang):
    card = f'{_TEXT[lang]}<p class="sig">{_SIGNED[lang]}</p>'
    # the reader's own title inside the card
    text, _ = _clean(f'<section id="picks"><div class="librarian-review"><h3>Salt and storms</h3>{card}</div></section>')
    assert "Salt and storms" in text
    # an unsigned card under the heading
    text, _ = _clean(f'<section id="picks"><h3>{_LABEL[lang]}</h3><div class="librarian-review">{_TEXT[lang]}</div>'
                     '</section>')
    assert _LABEL[lang] in text
    # a blog post's heading over its post box, signed at its foot (no review's or pick's name on the box)
    text, _ = _clean(f'<h2 class="post-title">The keeper of the rock</h2><div class="post-body">{card}</div>')
    assert "The keeper of the rock" in text
    # the card's last paragraph is the review's own closing sentence, no signature
    text, _ = _clean(f'<section id="picks"><h3>My pick of the month</h3><div class="review-body">{_TEXT[lang]}'
                     '<p>It is my pick of the month, and I will be pressing it on everyone who comes to the desk.</p>'
                     '</div></section>')
    assert "My pick of the month" in text and "pressing it on everyone" in text


@pytest.mark.parametrize("heading", ["Guest review: The Keeper", "The keeper of the rock lighthouse"])
def test_a_review_title_over_a_signed_review_box_stays(heading):
    # a guest review's own title (a colon, or more than a label's four words) over its signed box
    card = f'{_TEXT["en"]}<p class="sig">{_SIGNED["en"]}</p>'
    text, _ = _clean(f'<h2>{heading}</h2><div class="guest-review">{card}</div>')
    assert heading in text
