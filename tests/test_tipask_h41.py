"""The writer's ask for a tip pointing at the platform's tip widget (tipask, helper body41a of the holdout41 round), in
our own words and markup: a closing short line naming a tip or a donation (en, es, de, ru, pt, ja) and pointing at the
widget ("below", "the slider", "el botón", "unten") or on a page that draws a tip widget, goes; near misses: a
character's tip in the review's paragraph, "a tip: read the afterword" in English, a tip with no pointer and no widget,
a line with a score, the tip ask followed by the review's paragraph.
"""

from __future__ import annotations

from lxml.html import fragment_fromstring

from scraper.extract.tipask import tip_ask
from tests.cleaning import cleaned, paras

EN = [
    "The novel follows a night-shift nurse in a coastal town who starts receiving letters addressed to a patient who "
    "died years before, and decides, against every rule of her ward, to answer them in his name.",
    "What makes it work is the restraint: the author never tells us what to think of her choice, and the letters "
    "themselves, short and plain, carry more grief than any speech could.",
    "It drags a little in the middle, but the last forty pages are as good as anything I have read this year.",
]
ES = [
    "La novela sigue a una enfermera del turno de noche en un pueblo de la costa que empieza a recibir cartas dirigidas "
    "a un paciente que murió hace años, y decide, contra todas las normas, contestarlas en su nombre.",
    "Lo que funciona es la contención: la autora nunca nos dice qué pensar de su decisión, y las cartas, breves y "
    "sencillas, cargan más duelo que cualquier discurso.",
    "Se estanca un poco a mitad, pero las últimas cuarenta páginas son de lo mejor que he leído este año.",
]
DE = [
    "Der Roman erzählt von einer Nachtschwester in einer Küstenstadt, die Briefe an einen längst verstorbenen Patienten "
    "bekommt und gegen alle Regeln ihrer Station beschließt, sie in seinem Namen zu beantworten.",
    "Das Buch lebt von seiner Zurückhaltung: Die Autorin sagt uns nie, was wir von dieser Entscheidung halten sollen, "
    "und die kurzen, schlichten Briefe tragen mehr Trauer als jede Rede.",
    "In der Mitte hängt es etwas durch, aber die letzten vierzig Seiten gehören zum Besten, was ich dieses Jahr gelesen habe.",
]
RU = [
    "Роман о медсестре ночной смены в приморском городке, которая начинает получать письма на имя давно умершего "
    "пациента и вопреки всем правилам отделения решает отвечать на них от его имени.",
    "Книга держится на сдержанности: автор ни разу не подсказывает, как относиться к этому выбору, а короткие простые "
    "письма несут больше горя, чем любая речь.",
    "Середина немного провисает, но последние сорок страниц лучшее, что я прочитала в этом году.",
]


def _line(text: str, tag: str = "p"):
    body = fragment_fromstring(f"<div class='post'><p>{EN[0]}</p><{tag}>{text}</{tag}></div>")
    return body[-1], body


def test_tip_asks_pointing_below_in_several_languages():
    for text in (
        "Enjoyed this? You can leave me a small tip with the slider below, every bit buys more books!",
        "Si te ha gustado la reseña, puedes dejarme una propina con el botón de abajo.",
        "Über ein kleines Trinkgeld über den Button unten freue ich mich sehr.",
        "Если понравилось, чаевые можно оставить кнопкой ниже.",
        "Se gostou, deixe uma gorjeta no botão abaixo!",
        "気に入ったら下のボタンから投げ銭をお願いします。",
    ):
        line, body = _line(text)
        assert tip_ask(line, body), text


def test_a_tip_ask_on_a_page_that_draws_the_widget():
    page = fragment_fromstring("<div><div class='post'><p>" + EN[0] + "</p><p>Tipping keeps this blog going, thank you!</p></div>"
                               "<div class='tip-box'><h4>Send a tip</h4></div></div>")
    assert tip_ask(page[0][1], page[0])


def test_tip_ask_near_misses():
    # English advice, not money
    line, body = _line("A tip: read the afterword below the last chapter first.")
    assert not tip_ask(line, body)
    # a tip with no pointer, on a page without a widget
    line, body = _line("Tipping is how writers on this site get paid.")
    assert not tip_ask(line, body)
    # a character's tip, in a long paragraph of the review
    line, body = _line("Al final el camarero deja la propina debajo del plato y se marcha sin despedirse, y esa escena, "
                       "tan pequeña, resume todo lo que la novela quiere decir sobre la vergüenza y el orgullo de su protagonista "
                       "durante aquellos años de posguerra en el pueblo.")
    assert not tip_ask(line, body)
    # a score in the line
    line, body = _line("Mi nota: 8/10 — y si queréis, dejadme una propina abajo")
    assert not tip_ask(line, body)


def test_the_closing_tip_ask_goes_es_de_ru():
    for paragraphs, ask in ((ES, "Si os ha gustado, podéis dejarme una propina con el deslizador de abajo. ¡Gracias!"),
                            (DE, "Wer mag, kann mir unten ein Trinkgeld dalassen – danke fürs Lesen!"),
                            (RU, "Чаевые можно оставить кнопкой ниже, спасибо!")):
        text, rules = cleaned(paras(*paragraphs, ask), "lectores.example.com")
        assert ask[:20] not in text and "tip ask" in rules, text[-120:]
        assert all(p[:30] in text for p in paragraphs)


def test_a_tip_line_before_the_reviews_last_paragraph_stays():
    ask = "Si os gusta el blog, podéis dejarme una propina con el botón de abajo."
    text, _ = cleaned(paras(ES[0], ES[1], ask, ES[2] + " " + ES[0]), "lectores.example.com")
    assert ask[:20] in text


# -- the sale that supports the site ----------------------------------------------------------------------------------

def test_an_order_line_whose_sale_supports_the_site_goes_en_de_eo():
    for ask in ("Order the novel from <a href='https://shop.example.org/'>our partner bookshop</a> – part of the price supports our magazine.",
                "Bestellen Sie das Buch bei <a href='https://laden.example.de/'>unserer Buchhandlung</a>, das unterstützt unsere Arbeit.",
                "Mendu la romanon ĉe <a href='https://libroj.example.org/'>nia libroservo</a>: la vendo subtenas nian revuon."):
        text, rules = cleaned(paras(*EN, ask), "revuo.example.org")
        # (since s34 the buy line, which reads a bid to buy at a named shop, may take it first: either rule drops it)
        assert {"tip ask", "buy line"} & set(rules) and ask[:12] not in text, ask


def test_order_line_near_misses():
    # a recommendation to buy without the site's support; the support said without a link
    for ask in ("Buy it from <a href='https://shop.example.org/'>your local bookshop</a>, it deserves the sales.",
                "Order it now: every copy sold supports our magazine."):
        text, rules = cleaned(paras(*EN, ask), "revuo.example.org")
        assert "tip ask" not in rules, ask
