"""Helper body47b of the holdout47 round, in our own words and markup (made-up books and sites):

- a site's follow line closing the review in Luxembourgish ("Suivéiert/Abonnéiert eis op …"), Georgian (subscribe to
  us / follow us, the network in Georgian script with its "on" glued on) and Armenian (followlines);
- a mailed issue's "someone forwarded you this" line opening the post above its greeting and lead, further up than the
  three lines over the first paragraph (edges: anywhere above the review's first paragraph);
- a newsletter's box after the review: a line naming the newsletter and, beside it in the box's own wrapper, one short
  sign-up button (tailasks), in Japanese, German and Spanish.

Near misses: a review's sentence whose subject follows someone on a network (lb, ka); a line naming a network without
the imperative; a line forwarded inside the story, in the review's own paragraph; a review's line about a newsletter
beside a link that is no sign-up (a source); a newsletter's line beside a paragraph of prose in the same wrapper.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.followlines import opening_follow

_ES = ("<p>La novela sigue a una cartera que reparte el correo en un pueblo de montaña donde ya casi nadie escribe "
       "cartas. La autora escribe con frases cortas y mucho humor, y cada capítulo es una casa distinta con su propio "
       "secreto, que se abre despacio y sin aspavientos ante el lector atento.</p>"
       "<p>Me sobró el último tercio, que se acelera sin necesidad, pero el retrato del pueblo en invierno es de lo "
       "mejor que he leído este año y lo recomiendo a quien busque una lectura tranquila para las tardes largas de "
       "julio, con un mate al lado y sin apuro.</p>")
_DE = ("<p>Der Roman erzählt von einer Fährfrau am Fluss, die jeden Abend die Lichter der anderen Seite zählt. Die "
       "Autorin lässt sich Zeit, und gerade das trägt das Buch über seine dreihundert Seiten, ohne dass es je langweilig "
       "wird oder sich in Nebensachen verliert.</p>"
       "<p>Schwächer sind die Rückblenden in die Kindheit der Heldin, die wenig erzählen, was wir nicht schon ahnen. "
       "Trotzdem habe ich es in zwei Abenden gelesen und denke noch oft an die letzte Überfahrt im Nebel.</p>")
_JA = ("<p>灯台守の娘が、誰も乗り方を知らない古い船を相続するところから物語は始まります。冬の港町で、彼女は結び目の"
       "一つ一つと借金の一つ一つを覚えていくことになるのですが、その描写がとても丁寧で、読んでいるこちらまで潮の匂いを"
       "感じるほどでした。</p>"
       "<p>後半はやや駆け足で、港長とその山羊の話をもっと読みたかったという気持ちも残りました。それでも、静かな仕事の"
       "物語が好きな人には自信をもって勧められる一冊です。</p>")


def _page(inner: str, lang: str, title: str, after: str = "") -> bytes:
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<header><a href="/">Home</a></header><main><article><h1>{title.split(" | ")[0]}</h1>'
            f'<div class="post-content">{inner}</div>{after}</article></main></body></html>').encode()


def _body(html: bytes) -> str:
    return extract_page(html, "https://lesen.example.org/2026/12/rezension/").body_text


def test_follow_line_in_luxembourgish_georgian_armenian():
    assert opening_follow("Suivéiert eis op Instagram fir all Woch en neit Buch.")
    assert opening_follow("Abonnéiert eis op YouTube!")
    assert opening_follow("გამოგვყევით ფეისბუქზე და გაიგეთ ახალი წიგნების შესახებ.")
    assert opening_follow("გამოგვიწერეთ ტელეგრამში — ყოველდღე ახალი რეცენზია.")
    assert opening_follow("Հետևեք մեզ ինստագրամում՝ նոր գրքերի համար։")


def test_follow_near_misses_stay():
    assert not opening_follow("D'Heldin suivéiert hire Brudder op Instagram, ouni et ze soen.")
    assert not opening_follow("გმირი ყოველ საღამოს ტელეგრამზე წერს დას.")  # (the heroine writes on Telegram)
    assert not opening_follow("Suivéiert eis fir méi Liesinspiratioun.")  # (no network named)
    assert not opening_follow("Հետևեք մեզ, 4/5")


def test_follow_line_closing_the_post_goes_lb():
    line = '<p><a href="https://instagram.example.com/liesecke">Suivéiert eis op Instagram</a> fir méi Bicher.</p>'
    body = _body(_page(_DE + line, "lb", "Die Fährfrau | Liesecke"))
    assert "Suivéiert" not in body and "letzte Überfahrt im Nebel" in body


def test_forwarded_line_over_greeting_and_lead_goes_es():
    hello = '<p>¿Te reenviaron este correo? <a href="/suscribirse">Suscribite acá</a> y llega cada martes.</p>'
    greeting = "<p>Hola otra vez. Esta semana vuelvo con una novela chica que me acompañó en el colectivo.</p>"
    record = "<p>La cartera, de Ana Ferro (Editorial Pampa, 2024), 212 páginas.</p>"
    note = "<p><em>Aviso: hay una escena de un accidente en el río.</em></p>"
    body = _body(_page(hello + greeting + record + note + _ES, "es", "La cartera | Carta de los martes"))
    assert "reenviaron" not in body and "Hola otra vez" in body and "sin apuro" in body


def test_forwarded_inside_the_review_paragraph_stays_es():
    para = ("<p>Una de las cartas que la protagonista lee en voz alta empieza así: si te reenviaron este correo, es que "
            "tu hermana ya no confía en mí, y a partir de ahí la novela cambia de tono por completo y se vuelve un "
            "policial de pueblo con todas las de la ley.</p>")
    body = _body(_page(para + _ES, "es", "La cartera | Carta de los martes"))
    assert "si te reenviaron este correo" in body


def test_newsletter_box_with_its_button_goes_ja_de():
    box = '<div class="mailbox"><p>新刊のおすすめをメルマガでお届けします。</p><a href="/mail/">登録はこちら</a></div>'
    body = _body(_page(_JA + box, "ja", "灯台守の娘 | 港の本棚"))
    assert "メルマガ" not in body and "勧められる一冊" in body
    box = '<div class="nl"><p>Neue Besprechungen jeden Monat in unserem Newsletter.</p><a href="/nl">Jetzt anmelden</a></div>'
    body = _body(_page(_DE + box, "de", "Die Fährfrau | Flussleser"))
    assert "Newsletter" not in body and "letzte Überfahrt im Nebel" in body


def test_newsletter_line_near_misses_stay_es_de():
    # a link beside the line that is no sign-up (the review's source)
    box = ('<div class="nota"><p>La autora contó el origen del libro en su boletín de otoño.</p>'
           '<a href="https://autora.example.com/otono">Leer la entrevista</a></div>')
    body = _body(_page(_ES + box, "es", "La cartera | Carta de los martes"))
    assert "boletín de otoño" in body
    # the line shares its wrapper with the review's prose, not with a button alone
    prose = ("<div class='post-text'><p>Die Autorin schreibt seit Jahren einen Newsletter über Flüsse und Fähren, und "
             "man merkt dem Roman an, wie genau sie hinsieht, wenn das Wasser steigt und die Lichter verschwinden.</p>"
             "<p>Ein Newsletter der Fährfrau selbst kommt im Buch auch vor.</p><a href='/nl'>Anmelden</a></div>")
    body = _body(_page(_DE + prose, "de", "Die Fährfrau | Flussleser"))
    assert "Ein Newsletter der Fährfrau selbst" in body
