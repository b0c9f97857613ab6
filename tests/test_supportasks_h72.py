"""Helper asks72b of the holdout72 round: the writer's ask for money through a tipping or donation service.

- tipask.support_link: a short line among the post's last lines, after the review's last paragraph, whose link goes to
  a tipping or donation service (TIP_HOST: its name the host's first label under any domain), whatever the line says.
- platforms.PAYMENT_NAME reads "Ko-fi" with a case ending ("a Ko-fin", Hungarian "on Ko-fi"), and tipask.COFFEE the
  Hungarian "invite me for a coffee" with its verb's prefix apart ("hívj meg egy kávéra").

Near misses: a review's own short closing line with a link that goes elsewhere, a review that names Ko-fi (with its
case ending) or Patreon in a long paragraph of its own.
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page

_REVIEW = ("<p>{0} I read this novel in two evenings and I have not stopped thinking about it. The brothers feel real, "
           "their silences more than their words, and the harbour is drawn with a patience I loved.</p>"
           "<p>What did not work for me was the middle, where the neighbours take over and the pace sags badly; I "
           "found myself skimming those chapters, which I almost never do with a book I am enjoying this much.</p>"
           "<p>Still, the ending is brave and unsentimental, and the prose is the best I have read this year. I would "
           "recommend it to anyone who liked quiet family novels, and I will read whatever she writes next.</p>")


_LEAD = "The Salt Harbour is the second novel by Ann Reed."


def _page(tail: str, lang: str = "en") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>The Salt Harbour by Ann Reed'
            f'</title></head><body><article><h1>The Salt Harbour by Ann Reed</h1><div class="entry">'
            f'{_REVIEW.format(_LEAD)}{tail}</div></article></body></html>')


def _body(tail: str, lang: str = "en") -> str:
    return extract_page(_page(tail, lang), "https://blog.example.org/2026/12/salt-harbour/").body_text


@pytest.mark.parametrize("line, lang", [
    ('<p>Gefällt dir mein Blog? Unterstütze mich auf <a href="https://steadyhq.com/de/leseecke">Steady</a>.</p>', "de"),
    ('<p>Vous aimez ce blog ? <a href="https://www.helloasso.com/associations/lecteurs">Soutenez-le</a>.</p>',
     "fr"),
    ('<p>Podobał ci się wpis? <a href="https://pomagam.pl/czytelniczka">Wesprzyj mnie</a>.</p>', "pl"),
    ('<p>Chutnalo? Podpořte blog na <a href="https://www.darujme.cz/projekt/1200">Darujme</a>.</p>', "cs"),
    ('<p>Se gostou, apoie o blog no <a href="https://apoia.se/estanteaberta">Apoia.se</a>!</p>', "pt"),
])
def test_support_link_line_goes(line: str, lang: str) -> None:
    body = _body(line + '<p class="tags">Filed under novels</p>', lang)
    assert "brave and unsentimental" in body
    assert _text(line) not in body


def _text(html: str) -> str:
    from lxml.html import fromstring
    return fromstring(html).text_content().strip()[:25]


@pytest.mark.parametrize("line", [
    '<div class="kave"><p>Ha tetszett, hívj meg egy kávéra a <a href="https://example.net/x">Ko-fin</a>!</p></div>',
    '<div class="ask"><p>Ha tetszett a poszt, támogass a Ko-fin!</p></div>',
])
def test_hungarian_coffee_and_kofi_case(line: str) -> None:
    body = _body(line + "<p>Aki a csendes, lassú családregényeket szereti, annak ez a könyv biztosan tetszeni fog, "
                        "mert a testvérek története sokáig megmarad az olvasóban, és a kikötő képe is.</p>", "hu")
    assert "Ha tetsz" not in body
    assert "csendes" in body


def test_short_closing_line_of_the_review_with_a_plain_link_stays() -> None:
    line = ('<p>Her first book, <a href="https://www.annreed.example/books/north-light">North Light</a>, is just as '
            'good, and the two read well together.</p>')
    assert "just as good" in _body(line)


def test_kofi_in_the_review_s_own_prose_stays() -> None:
    line = ("<p>A regény írója maga is a Ko-fin gyűjtött pénzt a kutatásra, és ez meglátszik: minden fejezet "
            "alaposan megírt, a párbeszédek feszesek, a kikötő évszakai pedig olyan lassan fordulnak, ahogy csak egy "
            "határidők nélkül dolgozó író engedheti meg magának, ami ritka egy második regényben.</p>")
    assert "Ko-fin gyűjtött" in _body(line, "hu")


def test_long_paragraph_naming_patreon_stays() -> None:
    line = ("<p>Reed wrote most of the novel while supported by her readers on Patreon, and you can feel the time she "
            "took: every chapter is revised to the bone, the dialogue is spare, and the harbour's seasons turn with a "
            "slowness that only a writer freed from deadlines could allow herself, rare in a second novel.</p>")
    assert "supported by her readers on Patreon" in _body(line)
