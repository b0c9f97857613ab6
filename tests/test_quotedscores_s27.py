"""A post titled by one book whose every score is a quoted member's, none its own: a reading club's round-up of how
its members rated the book ("Marta (9/10): “…”"), not a review (classify: quoted ratings with a book's title). Near
misses: a review under the same kind of title that quotes its friends' scores and gives its own verdict, and a review
that quotes one or two scores in its prose.

Every page here is invented for these tests (invented blogs, people and lines, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page


def _page(title: str, paragraphs: list[str], items: list[str], lang: str = "en") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs[:1]) + "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>" \
        + "".join(f"<p>{p}</p>" for p in paragraphs[1:])
    return (f'<html lang="{lang}"><head><title>{title}</title></head><body class="single-post">'
            f'<article class="post"><h1 class="entry-title">{title}</h1><div class="entry-content">{body}</div>'
            '</article></body></html>')


_EN_ITEMS = [
    "<strong>Marta (9/10):</strong> “The best thing I have read since spring. The ending undid me.”",
    "<strong>Old Bill (3/10):</strong> “Far too long. I skipped the letters in the middle.”",
    "<strong>Priya (7/10):</strong> “Hard going at first, then I could not stop.”",
    "<strong>Sam (6/10):</strong> “Lovely sentences, but I lost track of the cousins.”",
]
_EN_PROSE = [
    "Our October meeting ran past ten again. We had taken on The Orchard Keepers by Hanna Lindqvist, all six hundred "
    "pages of it, and eleven of us made it to the end and handed in a slip with a score and a line.",
    "The average of the slips came to 6.3. What split the room most was the grandmother: a saint to half of us, a "
    "tyrant to the other half, and nobody changed their mind by the time the tea ran out.",
]


def test_club_round_up_in_english_is_no_review():
    page = _page("Club night: how you rated The Orchard Keepers by Hanna Lindqvist", _EN_PROSE, _EN_ITEMS)
    record = extract_page(page, "https://readersnook.example/2026/11/club-orchard-keepers-scores/")
    assert not record.is_review, record.reason


def test_club_round_up_in_german_is_no_review():
    items = [
        "<strong>Jonas (8/10):</strong> „Hat mich bis in den Schlaf verfolgt.“",
        "<strong>Frau Albers (4/10):</strong> „Zu viel Nebel, zu wenig Handlung.“",
        "<strong>Lea (9/10):</strong> „Die Briefe der Schwester sind das Schönste daran.“",
        "<strong>Tim (6/10):</strong> „Gut, aber hundert Seiten zu lang.“",
    ]
    prose = [
        "Im November hatten wir uns Das Haus im Moor von Greta Feldmann vorgenommen, und zum ersten Mal waren alle "
        "zwölf Mitglieder bis zum Schluss dabei. Jede und jeder hat eine Karte mit Punkten und einem Satz abgegeben.",
        "Im Schnitt kamen wir auf 6,8 Punkte. Gestritten haben wir vor allem über den Vater: Opfer oder Täter? Die "
        "Diskussion ging weiter, als die Bibliothek längst zuschließen wollte.",
        "Wir haben auch über die Sprache gesprochen: lange Sätze, viele Orte, eine Karte im Vorsatz, die kaum jemand "
        "benutzt hat. Einige fanden das Ende zu offen, andere gerade richtig, und über die Schwester waren sich alle "
        "einig: die heimliche Hauptfigur. Im Dezember lesen wir etwas Kürzeres, versprochen.",
    ]
    page = _page("November: So habt ihr „Das Haus im Moor“ von Greta Feldmann bewertet", prose, items, "de")
    record = extract_page(page, "https://lesekreis-nord.example/2026/11/haus-im-moor-punkte/")
    assert not record.is_review, record.reason


def test_club_round_up_in_spanish_is_no_review():
    items = [
        "<strong>Lucía (10/10):</strong> «Lloré en el último capítulo, no me da vergüenza decirlo.»",
        "<strong>Don Ramón (5/10):</strong> «Demasiadas vueltas para llegar a lo mismo.»",
        "<strong>Inés (7/10):</strong> «Me costó entrar, pero valió la pena.»",
        "<strong>Pablo (8/10):</strong> «La madre es el mejor personaje del año.»",
    ]
    prose = [
        "En la reunión de noviembre comentamos La casa de las mareas de Elena Robles. Vinieron quince personas y "
        "doce dejaron su papelito con una nota y una frase, como siempre.",
        "La media quedó en 7,5. Lo que más nos dividió fue el final abierto: a unos les pareció valiente y a otros "
        "una forma de no terminar el libro. Seguiremos discutiendo en diciembre.",
        "También hablamos del estilo: frases largas, muchos lugares, un mapa al principio que casi nadie usó. A "
        "algunos el final les pareció demasiado abierto y a otros justo el adecuado, y sobre la hermana estuvimos "
        "todos de acuerdo: es la verdadera protagonista. En diciembre leeremos algo más corto, prometido.",
    ]
    page = _page("Noviembre: cómo puntuasteis «La casa de las mareas» de Elena Robles", prose, items, "es")
    record = extract_page(page, "https://clubdelamarea.example/2026/11/puntuaciones-casa-de-las-mareas/")
    assert not record.is_review, record.reason


def test_review_quoting_friends_with_its_own_verdict_stays_a_review():
    prose = [
        "I finally read The Orchard Keepers by Hanna Lindqvist after three friends pushed it on me, and I can see why "
        "they argue about it. Lindqvist writes the grandmother as a storm that never quite breaks, and the long middle "
        "section of letters is the boldest thing in the book: slow, but every one of them turns the family a little.",
        "Lindqvist is less sure of herself with the cousins, who blur into each other, and the last chapter hurries. "
        "Still, the book stayed with me for a week and I keep thinking about the orchard in winter.",
        "My rating: 8/10",
    ]
    page = _page("The Orchard Keepers by Hanna Lindqvist", prose, _EN_ITEMS[:3])
    record = extract_page(page, "https://readersnook.example/2026/11/the-orchard-keepers/")
    assert record.is_review, record.reason


def test_review_quoting_two_scores_in_passing_stays_a_review():
    prose = [
        "I came to The Orchard Keepers by Hanna Lindqvist late, after the whole internet had argued about it. "
        "Lindqvist writes the grandmother as a storm that never quite breaks, and the long middle section of letters "
        "is the boldest thing in the book: slow, but every one of them turns the family a little further.",
        "Lindqvist is less sure of herself with the cousins, who blur into each other, and the last chapter hurries. "
        "Still, the book stayed with me for a week and I keep thinking about the orchard in winter, the ladders "
        "left against the trees and the sister who never writes back. It is a book to argue about over a long dinner.",
    ]
    page = _page("The Orchard Keepers by Hanna Lindqvist", prose, _EN_ITEMS[:2])
    record = extract_page(page, "https://readersnook.example/2026/11/the-orchard-keepers/")
    assert record.is_review, record.reason
