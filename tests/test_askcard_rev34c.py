"""A card in the post is interface only when it asks the reader to act (controls.ask_card, rev34c): one line and its
button, the line or the button bidding the reader subscribe, sign up, join, open the app or be told of something. A box
of the review's own with a link back ("Back to top", "Volver arriba", "Haut de page", "ページの先頭へ", "↑"), each pick of
a list with its link back to the list, a spoiler's box (its class, its "Show spoiler" link), a pull quote and its
credit, a book's line and a reading site, a news update and its "Top", a closing line beside a like count: all stay."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.controls import ask_card
from lxml import html as lxml_html

_EN = ("<p>Nell Garrow's Salt and Tallow follows a chandler's widow who keeps her husband's shop open through one wet "
       "spring in a river town, and each chapter lets a customer's errand open a door into the town's quiet debts.</p>"
       "<p>The best thing here is the voice: dry, patient, never quite forgiving, and funnier than the blurb admits. "
       "The middle third sags a little under the weight of the ledger scenes, but the ending pays for all of it.</p>"
       "<p>The translation by Ivo Brandt keeps the dialect without turning it into a costume, which is rarer than it "
       "should be, and the short afterword on the candle trade is worth reading before you start.</p>")
_ES = ("<p>" + "La novela acompaña a una viuda que mantiene abierta la cerería de su marido durante una primavera "
       "lluviosa; cada capítulo abre, con el recado de un cliente, una puerta a las deudas calladas del pueblo. " * 3
       + "</p>")
_FR = ("<p>" + "Le roman suit une veuve qui garde ouverte la chandellerie de son mari pendant un printemps pluvieux ; "
       "chaque chapitre ouvre, par la course d'un client, une porte sur les dettes muettes de la ville. " * 3 + "</p>")
_JA = ("<p>" + "川沿いの町で、夫の残した蝋燭屋を雨の多い春のあいだ守り続ける未亡人の物語。客の用事をひとつ描くたびに、町の"
       "静かな借りがひとつ明らかになっていく。乾いた語り口がよく、読み終えたあとも余韻が長く残った。" * 2 + "</p>")
_DE = ("<p>" + "Der Roman begleitet eine Witwe, die den Kerzenladen ihres Mannes einen verregneten Frühling lang "
       "offen hält; jedes Kapitel öffnet mit dem Besuch eines Kunden eine Tür zu den stillen Schulden der Stadt. " * 3
       + "</p>")
_KO = ("<p>" + "강가 마을에서 남편이 남긴 양초 가게를 비 오는 봄 내내 지키는 과부의 이야기다. 손님의 심부름 하나하나가 마을의 "
       "조용한 빚을 하나씩 드러낸다. 건조하고 참을성 있는 목소리가 가장 좋았다. " * 2 + "</p>")


def _page(lang: str, body: str, title: str = "Salt and Tallow") -> str:
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title} | Lamplit Shelf</title></head><body>'
            f'<header><a href="/">Lamplit Shelf</a></header><article class="post"><h1 class="entry-title">{title}</h1>'
            f'<div class="entry-content">{body}</div></article><footer>Lamplit Shelf, 2026</footer></body></html>')


def _record(lang: str, body: str, title: str = "Salt and Tallow"):
    return extract_page(_page(lang, body, title), "https://lamplit.example.org/2026/salt-and-tallow/")


ASKS = [
    # a sign-up card with a link that goes nowhere
    ("en", _EN, '<aside class="cta"><p>Create an account to keep your own shelf and get a pick every month.</p>'
     '<a href="#">Start</a></aside>', "Create an account"),
    # a newsletter card whose button was a real <button>
    ("de", _DE, '<div class="box"><p>Abonniere den Brief: einmal im Monat drei Lesetipps der Redaktion.</p>'
     '<button type="button">Los</button></div>', "drei Lesetipps"),
    # the app card, its link a script's
    ("es", _ES, '<section><p>Abre la app y sigue leyendo el libro completo sin conexión.</p>'
     '<a href="javascript:void(0)">Abrir</a></section>', "sigue leyendo"),
    # a registration card in Japanese
    ("ja", _JA, '<div class="c-box"><p>会員登録すると、新しい書評をメールでお届けします。</p><a href="#">登録する</a></div>',
     "新しい書評をメール"),
]


@pytest.mark.parametrize("lang,text,card,words", ASKS)
def test_a_card_asking_the_reader_goes(lang, text, card, words):
    body = _record(lang, text + card).body_text
    assert words not in body
    assert text.split(">")[1][:30] in body


KEPT = [
    # a verdict box with a link back to the top, in four languages
    ("en", _EN, '<div class="verdict"><p>Dry, exact and kind to its people: my favourite novel of the spring.</p>'
     '<a href="#">Back to top</a></div>', "my favourite novel of the spring"),
    ("es", _ES, '<div class="veredicto"><p>Seca, exacta y generosa con su gente: mi novela de la primavera.</p>'
     '<a href="#">Volver arriba</a></div>', "mi novela de la primavera"),
    ("fr", _FR, '<div class="avis"><p>Sèche, précise et tendre avec ses personnages : mon roman du printemps.</p>'
     '<a href="#">Haut de page</a></div>', "mon roman du printemps"),
    ("ja", _JA, '<div class="matome"><p>乾いていて正確で、人物にやさしい。この春いちばんの一冊。</p>'
     '<a href="#">ページの先頭へ</a></div>', "この春いちばんの一冊"),
    # a spoiler's box by its own class, its link the toggle
    ("en", _EN, '<div class="spoiler-box"><p>The widow sells the shop to her rival in the last chapter and leaves by '
     'barge.</p><a href="#">Show spoiler</a></div>', "leaves by barge"),
    # a footnote and its arrow back
    ("en", _EN, '<div class="footnotes"><p>1. The candle tax the book mentions was real and lasted until 1831.</p>'
     '<a href="#">↑</a></div>', "The candle tax"),
    # a pull quote credited to the author, the credit an anchor
    ("en", _EN, '<div class="pullquote"><p>"A debt is only a story nobody has finished telling."</p>'
     '<a>Nell Garrow</a></div>', "A debt is only a story"),
    # the book's line and a reading site
    ("en", _EN, '<div class="book"><p>Salt and Tallow by Nell Garrow, translated by Ivo Brandt, out in March.</p>'
     '<a href="#">Goodreads</a></div>', "out in March"),
    # a closing line beside a like count
    ("de", _DE, '<div class="schluss"><p>Ich habe es verschlungen und verschenke es gerade an alle Freundinnen.</p>'
     '<button class="like">♥ 31</button></div>', "verschenke es gerade"),
]


@pytest.mark.parametrize("lang,text,box,words", KEPT)
def test_a_box_of_the_review_with_a_link_back_stays(lang, text, box, words):
    assert words in _record(lang, text + box).body_text


def test_a_short_review_keeps_its_verdict_box_and_stays_a_review():
    """A review of three paragraphs whose last box is its verdict and a link back to the top: no card; taking it would
    leave the review under the floor, no review and no book."""
    verdict = ('<div class="verdict"><p>Dry, exact and kind to its people: my favourite novel of the spring, and one '
               'I will reread.</p><a href="#">Back to top</a></div>')
    record = _record("en", _EN + verdict)
    assert "my favourite novel" in record.body_text
    assert record.is_review and (record.book_title, record.book_author) == ("Salt and Tallow", "Nell Garrow")


def test_each_pick_of_a_list_with_its_link_back_stays():
    picks = "".join(f'<h3>{t}</h3><div class="pick"><p>{d}</p><a href="#">Back to the list</a></div>' for t, d in [
        ("Salt and Tallow", "A widow keeps a candle shop open through a wet spring, and the town's debts come out."),
        ("The Ferry Ledger", "A ferryman's accounts, read by his grandson, turn into a history of the whole estuary."),
        ("Small Weather", "Two sisters write to each other about the weather and never once about their mother.")])
    record = _record("en", "<p>Three quiet novels for the long evenings, in no particular order.</p>" + picks + _EN,
                     title="Three quiet novels")
    for words in ("the town's debts come out", "history of the whole estuary", "never once about their mother"):
        assert words in record.body_text


def test_ask_card_reads_the_line_and_its_label():
    box = lxml_html.fragment_fromstring('<div><div class="card"><p>Five new picks each Friday morning.</p>'
                                        '<a href="#">Subscribe</a></div><p>' + "word " * 200 + '</p></div>')
    card, line = box[0], box[0][0]
    assert ask_card(line, box) is card
    card[1].text = "Back to top"
    assert ask_card(line, box) is None
