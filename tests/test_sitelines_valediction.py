"""A letter's closing by its shape (sitelines.sign_off, _valediction): a short line ending in a comma, a line break, and
a name ("Bis nächsten Mittwoch,<br>Jonas vom Leseblatt"), in any language; near misses: verse, a sentence, a long first
line, a score. Snippets invented for these tests."""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract import sitelines


def _p(markup: str):
    return lxml_html.fragment_fromstring(markup)


def test_closings_in_three_languages_are_sign_offs():
    assert sitelines.sign_off(_p("<p>Bis nächsten Mittwoch,<br>Jonas vom Leseblatt</p>"))
    assert sitelines.sign_off(_p("<p>Hasta el próximo número,<br>Marta de La Hoja</p>"))
    assert sitelines.sign_off(_p("<p>До новой встречи по пятницам,<br>Ольга из Листка</p>"))


def test_near_misses_stay():
    assert not sitelines.sign_off(_p("<p>The rain came down all night,<br>and nobody slept</p>"))  # verse, lower case
    assert not sitelines.sign_off(_p("<p>Und dann, ganz am Ende,<br>Alles Gute.</p>"))  # a sentence's end
    assert not sitelines.sign_off(_p("<p>Ich habe es an einem langen Abend im Zug gelesen,<br>Jonas Berg</p>"))  # long
    assert not sitelines.sign_off(_p("<p>Mi nota, como siempre,<br>Ocho De Diez 8/10</p>"))  # a digit, a score
    assert not sitelines.sign_off(_p("<p>Bis nächsten Mittwoch, Jonas vom Leseblatt</p>"))  # no line break
