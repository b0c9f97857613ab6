"""A club's standing invitation in a page builder's text block of its own between the review's blocks, under its own
heading (eventbox._headed_wrapper): a day, a gathering, a bid to come and a clock time. Pages of our own invention in
Spanish, German, Finnish and English; near misses: a section of the review under its own heading whose paragraph tells
of a club's meetings (no bid to come), a scene that quotes an invitation with no hour, and the notice's words inside a
long paragraph of the review."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page

PROSE = {
    "es": ["La novela sigue a tres hermanas que heredan una librería en ruinas en un pueblo de la costa gallega.",
           "La autora escribe con una calma que engaña: debajo de cada escena doméstica hay una deuda o un secreto.",
           "El final no cierra todas las puertas, y se agradece que confíe tanto en la paciencia de quien lee.",
           "Valoración: 4/5"],
    "de": ["Der Roman folgt drei Schwestern, die an der Nordseeküste eine heruntergekommene Buchhandlung erben.",
           "Die Autorin schreibt mit einer trügerischen Ruhe: Unter jeder häuslichen Szene liegt eine Schuld.",
           "Das Ende schließt nicht jede Tür, und man ist dankbar, dass es so sehr auf die Geduld der Leser setzt.",
           "Bewertung: 4/5"],
    "fi": ["Romaani seuraa kolmea sisarta, jotka perivät rapistuneen kirjakaupan pienestä rannikkokaupungista.",
           "Kirjailija kirjoittaa petollisen rauhallisesti: jokaisen kotoisan kohtauksen alla on velka tai salaisuus.",
           "Loppu ei sulje jokaista ovea, ja on ilo huomata, kuinka paljon se luottaa lukijan kärsivällisyyteen. "
           "Sisarten äänet erottuvat toisistaan niin selvästi, ettei lukija koskaan eksy, vaikka kertoja vaihtuu "
           "kesken luvun ja menneisyys tulee esiin vasta vähitellen.",
           "Arvosana: 4/5"],
    "en": ["The novel follows three sisters who inherit a failing bookshop in a small town on the Norfolk coast.",
           "The writing is deceptively calm: under every domestic scene there is a debt or a secret waiting.",
           "The ending leaves some doors open, and it is a pleasure to be trusted with that much patience.",
           "Rating: 4/5"],
}
NOTICE = {
    "es": ("¿Hablamos del libro?", "El club de lectura se reúne cada jueves en la biblioteca del barrio a las 19:00. "
                                   "¡Os esperamos!"),
    "de": ("Lieber gemeinsam lesen?", "Unser Lesekreis trifft sich jeden zweiten Dienstag um 19 Uhr in der "
                                      "Stadtbibliothek. Alle sind willkommen!"),
    "fi": ("Lukupiiri", "Lukupiiri kokoontuu joka torstai klo 18 kirjaston kahvilassa – tervetuloa!"),
    "en": ("Come and talk about it", "Our reading circle meets every other Tuesday at the Harbour Library, 6.30pm. "
                                     "Everyone is welcome."),
}


def _page(lang: str, middle: str) -> str:
    blocks = PROSE[lang]
    wrap = '<div class="text-block"><div class="text-block-inner">{}</div></div>'
    return (f'<html lang="{lang}"><head><title>Three sisters</title></head><body><main><article class="post">'
            f'<h1>Three sisters and a bookshop</h1><div class="post-content">'
            f'{wrap.format("".join(f"<p>{p}</p>" for p in blocks[:2]))}{middle}'
            f'{wrap.format("".join(f"<p>{p}</p>" for p in blocks[2:]))}</div></article></main></body></html>')


def _body(lang: str, middle: str) -> str:
    return extract_page(_page(lang, middle), f"https://shelf.example.org/2026/12/{lang}-sisters").body_text


@pytest.mark.parametrize("lang, heading", [("es", "h3"), ("de", "h4"), ("fi", "h3"), ("en", "h2")])
def test_the_headed_invitation_goes_with_its_heading(lang, heading):
    title, line = NOTICE[lang]
    middle = (f'<div class="text-block"><div class="text-block-inner"><{heading}>{title}</{heading}>'
              f'<p>{line}</p></div></div>')
    text = _body(lang, middle)
    assert PROSE[lang][0] in text and PROSE[lang][2] in text
    assert line[:25] not in text
    assert title not in text


def test_a_section_of_the_review_about_a_club_stays():
    line = "The sisters' club meets every Thursday at 7pm above the shop, and those evenings are the book's best scenes."
    middle = f'<div class="text-block"><div class="text-block-inner"><h3>The club</h3><p>{line}</p></div></div>'
    assert line in _body("en", middle)


def test_a_scene_quoting_an_invitation_with_no_hour_stays():
    line = "When the choir meets on Sunday and the vicar says all are welcome, the whole town turns up to the shop."
    middle = f'<div class="text-block"><div class="text-block-inner"><h3>Sunday</h3><p>{line}</p></div></div>'
    assert line in _body("en", middle)


def test_the_notices_words_inside_a_long_paragraph_stay():
    line = ("I read it for our reading circle, which meets every other Tuesday at the library at 6.30pm, and everyone "
            "is welcome, but the book deserves better than a circle: it deserves a slow week alone with it, a pot of "
            "tea and no phone, because its quiet is the whole point and the sisters need the room to breathe.")
    middle = f'<div class="text-block"><div class="text-block-inner"><h3>Reading it together</h3><p>{line}</p></div></div>'
    assert line in _body("en", middle)
