"""contestbox: the house's prize game closing a book page ("<label>: … <a href=/…>Join</a>"), read by houseads.mark;
a review's own lines about a competition stay."""

from lxml.html import fragment_fromstring

from scraper.extract import extract_page
from scraper.extract.contestbox import contest_box

_PAGE = """<html><head><title>{title}</title></head><body><article><h1>{title}</h1>
<div class="text"><p>{p1}</p><p>{p2}</p><p>{p3}</p>{tail}</div></article></body></html>"""

_FR = ["Ce roman suit une cuisinière de province qui monte à Paris pour ouvrir un petit restaurant dans une rue oubliée.",
       "L'autrice décrit les marchés, les fournisseurs et les clients avec une tendresse qui ne tombe jamais dans la mièvrerie.",
       "La fin m'a semblé un peu rapide, mais j'ai refermé le livre avec l'envie de cuisiner pour mes amis ce week-end."]
_PL = ["Ta powieść opowiada o dwóch siostrach, które po latach milczenia wracają do rodzinnego domu nad jeziorem na Mazurach.",
       "Autorka pisze krótkimi zdaniami, a każda scena przy stole mówi więcej o rodzinie niż długie wspomnienia bohaterek.",
       "Nie wszystko się udaje, środek książki się dłuży, ale zakończenie jest mocne i zostaje w pamięci na długo."]


def _body(paras, tail, title="Critique"):
    html = _PAGE.format(title=title, p1=paras[0], p2=paras[1], p3=paras[2], tail=tail)
    return extract_page(html.encode(), "https://journal.example.fr/culture/livres/critique-roman/").body_text


def test_french_contest_box_goes():
    box = ('<div class="promo"><p>Concours : deux places pour la rencontre avec l\'autrice à la librairie du quartier – '
           'participez avant dimanche !</p><a href="/concours">Participer</a></div>')
    body = _body(_FR, box)
    assert "Concours" not in body and _FR[2] in body


def test_polish_contest_box_goes():
    box = ('<div class="box"><p>Konkurs: trzy egzemplarze powieści dla naszych czytelników – odpowiedz na pytanie do piątku.</p>'
           '<a href="/konkursy/ksiazka">Weź udział</a></div>')
    body = _body(_PL, box, "Recenzja")
    assert "Konkurs:" not in body and _PL[2] in body


def test_shapes():
    assert contest_box(fragment_fromstring('<div><p>Gewinnspiel: Drei Bücher zu gewinnen!</p><a href="/gewinnspiel">Mitmachen</a></div>')[0],
                       fragment_fromstring("<div></div>"))


def test_review_about_a_competition_stays():
    # (the review's own line about a contest in the story: no link to the site's page)
    last = "Konkurs: to on napędza fabułę, bo obie siostry chcą wygrać ten sam dom i nie umieją o tym rozmawiać."
    body = _body(_PL[:2] + [last], "", "Recenzja")
    assert last in body


def test_label_with_outside_link_stays():
    # (a link off the site, to the book's publisher: not the house's game)
    last = ('<p>Concours : le premier roman de l\'autrice avait remporté un prix régional, '
            '<a href="https://editeur.example.com/livre">voir</a>.</p>')
    body = _body(_FR, last)
    assert "prix régional" in body


def test_scored_line_stays():
    last = '<p>Concorso: 4/5 <a href="/voti">vedi</a></p>'
    body = _body(_FR, last)
    assert "4/5" in body
