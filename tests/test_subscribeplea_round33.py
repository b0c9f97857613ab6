"""platforms.READER_ACTIONS["subscribe"] (round 33): the Portuguese and Icelandic biddings to subscribe ("assine",
"torne-se assinante", "gerstu áskrifandi"), so that a paper's boxed plea closing the review goes as a closing plea.
In our own words and markup. Near misses that stay: the verb of signing in the review's prose, a character who
subscribes to a paper in the story, the plea's words in a paragraph between the review's paragraphs.
"""

from __future__ import annotations

from scraper.extract.platforms import READER_ACTIONS
from tests.cleaning import cleaned, paras

PT = [
    "O romance acompanha uma barqueira de um lago do sul que repara, num inverno, que um desconhecido atravessa com ela "
    "todas as manhãs e nunca volta à tarde, e que começa, contra a própria vontade, a escrever sobre ele num caderno.",
    "O que sustenta o livro é a paciência: a autora deixa uma suspeita endurecer ao longo de duzentas páginas sem que "
    "ninguém levante a voz, e o tempo sobre o lago conta metade da história, névoa, chuva e uma geada que para os barcos.",
    "O último capítulo muda-se para a cidade e perde a água, o que lamentei, mas continua a ser um livro calmo e "
    "inteligente, que já emprestei a três amigas.",
]


def test_a_boxed_portuguese_subscription_plea_closing_the_review_goes():
    plea = ("<div class='box-assinatura'><p>Este jornal vive dos seus leitores. Assine o jornal e receba a edição de papel "
            "em casa todos os meses.</p><a href='#'>Quero assinar</a></div>")
    text, rules = cleaned(paras(*PT) + plea, "gazetadolago.example")
    assert "Assine o jornal" not in text and "closing plea" in rules and all(p in text for p in PT)


def test_the_subscribe_biddings_and_their_near_misses():
    subscribe = READER_ACTIONS["subscribe"]
    assert subscribe.search("Assine a revista e receba todas as edições.")
    assert subscribe.search("Torne-se assinante e apoie o jornalismo cultural.")
    assert subscribe.search("Gerstu áskrifandi að blaðinu og fáðu það heim.")
    assert subscribe.search("Gerist áskrifendur í dag.")
    # (the story's and the review's words: signing a contract, a character who subscribes, a subscriber in the past)
    assert not subscribe.search("A protagonista assinou o contrato sem ler.")
    assert not subscribe.search("Hún var áskrifandi að blaðinu alla ævi.")


def test_the_bidding_in_a_paragraph_between_the_review_s_paragraphs_stays():
    middle = ("<p>Na cena mais forte, o pai diz à filha: assine o jornal da vila, para saber quem morreu e quem casou, "
              "e ela percebe que ele nunca lhe pediu nada.</p>")
    text, rules = cleaned(paras(PT[0]) + middle + paras(PT[1], PT[2]), "gazetadolago.example")
    assert "assine o jornal da vila" in text
