"""The writer's name alone over the text, known by the bio the cleaning removed (scraper/extract/namedbyline.py).

A magazine's unlabelled byline under the headline goes when the writer's bio closing the article (removed by the
cleaning) opens with that name; a name no removed bio opens with (the book's author on the book's card), a bio removed
by another rule, or the name after the text has begun stay.
"""

from __future__ import annotations

import lxml.html

from scraper.extract.boilerplate import CleanReport, Removal
from scraper.extract.namedbyline import _bio_names, drop_name_bylines

PL = ["Bohaterka wraca po latach do nadmorskiego miasteczka, żeby sprzedać dom po matce, i w każdej szufladzie znajduje list, którego nikt nigdy nie wysłał.",
      "Autorka pisze oszczędnie, ale celnie, a dialogi sąsiadów są jednocześnie zabawne i smutne, jak to w małych miejscowościach bywa."]
CS = ["Hrdinka se po letech vrací do přímořského městečka, aby prodala dům po matce, a v každé zásuvce najde dopis, který nikdy nikdo neodeslal.",
      "Autorka píše úsporně, ale přesně, a rozhovory sousedů jsou vtipné i smutné zároveň, jak to v malých místech bývá."]


def _body(inner: str):
    return lxml.html.fromstring(f"<html><body><div id='content'>{inner}</div></body></html>").cssselect("#content")[0]


def _report(rule: str, text: str) -> CleanReport:
    report = CleanReport()
    report.removed.append(Removal(rule, text))
    return report


def _text(body) -> str:
    return " ".join(body.text_content().split())


def test_the_writers_name_over_the_text_goes_when_a_removed_bio_opens_with_it():
    for review, name, bio, rule in ((PL, "Anna Nowak", "Anna Nowak — krytyczka literacka, mieszka w Gdańsku.", "writer's bio"),
                                    (CS, "Jana Malá", "Jana Malá, literární kritička, žije v Olomouci.", "sign-off after a call to action")):
        body = _body(f"<div class='head'><h2>Listy</h2><p class='who'>{name}</p><p>Krótko o książce.</p></div>"
                     + "".join(f"<p>{t}</p>" for t in review))
        drop_name_bylines(body, _report(rule, bio))
        assert name not in _text(body)
        assert all(t in _text(body) for t in review)


def test_names_no_removed_bio_opens_with_stay():
    card = "<div class='book'><p>Ewa Lis</p><p>Listy</p><p>Wydawnictwo Fala, 2026</p></div>"  # the book's author
    for report in (_report("writer's bio", "Anna Nowak — krytyczka literacka."), _report("related post", "Ewa Lis — inne książki")):
        body = _body(card + "".join(f"<p>{t}</p>" for t in PL))
        drop_name_bylines(body, report)
        assert "Ewa Lis" in _text(body)
    # the name after the text has begun
    body = _body(f"<p>{PL[0]}</p><p>Anna Nowak</p><p>{PL[1]}</p>")
    drop_name_bylines(body, _report("writer's bio", "Anna Nowak — krytyczka literacka."))
    assert "Anna Nowak" in _text(body)
    assert _bio_names([Removal("writer's bio", "Dziękujemy, że jesteś z nami, do zobaczenia.")]) == set()
