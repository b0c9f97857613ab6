"""headerbyline: a magazine's byline row in the headline's box, the writer beside the issue or the date (pt, en, de),
in our own words and markup. Near misses: a book's record line in the text's box, a standfirst, a row with no year,
a row with no name, a headline box that holds the text itself."""

from __future__ import annotations

import lxml.html
import pytest

from scraper.extract.headerbyline import header_bylines

PT = ["Um pescador do litoral norte encontra, numa rede, uma garrafa com cartas escritas por uma mulher que viveu na "
      "mesma vila um século antes, e passa o inverno tentando descobrir quem ela foi e por que ninguém se lembra dela.",
      "A autora alterna as cartas e o presente com uma mão segura, e o livro só perde um pouco do fôlego nas últimas "
      "páginas, quando a explicação chega um tanto apressada demais para o leitor que esperou tanto."]
STANDFIRST = "<p>Um romance sobre cartas perdidas e a memória de uma vila de pescadores que esqueceu uma das suas</p>"


def _page(row: str, *, standfirst: str = STANDFIRST, text_in_head: bool = False) -> str:
    text = "".join(f"<p>{t}</p>" for t in PT)
    head = f"<div class='cabeca'><a href='#'>Ficção</a><h1>As cartas da rede</h1>{standfirst}{row}{text if text_in_head else ''}</div>"
    return f"<main>{head}<div class='conteudo'>{'' if text_in_head else text}</div></main>"


def _found(page: str) -> list[str]:
    return [" ".join(e.text_content().split()) for e in header_bylines(lxml.html.fromstring(page))]


@pytest.mark.parametrize("row", [
    "<p class='autor'>Clara Vasconcelos | Edição #87, março 2026</p>",  # pt: the writer and the issue
    "<p>Tom Hale · Issue 41, Winter 2026</p>",  # en
    "<div>Jana Ruh — Ausgabe 12/2026</div>",  # de
])
def test_a_byline_row_in_the_headline_box_goes(row):
    assert _found(_page(row))


@pytest.mark.parametrize("row", [
    "<p>Edição #87, março de 2026</p>",  # no name
    "<p>Clara Vasconcelos | Colunista</p>",  # no year
    "<p>Romance | Companhia do Cais | 2026 | 212 páginas | R$ 79</p>",  # a record line, five parts, no name
])
def test_other_rows_stay(row):
    assert not _found(_page(row))


def test_a_record_line_in_the_text_box_stays():
    page = _page("").replace("<div class='conteudo'>", "<div class='conteudo'><p>As cartas da rede | Clara Vasconcelos | 2026</p>")
    assert not _found(page)


def test_a_headline_box_holding_the_text_is_not_a_header():
    assert not _found(_page("<p>Clara Vasconcelos | Edição #87, março 2026</p>", text_in_head=True))


# cardbuy: the buy link closing a book card (pt, en, de); near misses: the author's linked name closing the card,
# a link to the site's own page, a card with no picture, a link beside words.
from scraper.extract.cardbuy import card_buttons  # noqa: E402

HOST = "revista.example.com.br"


def _card(link: str, *, picture: bool = True) -> str:
    img = "<img src='/capa.jpg' alt=''>" if picture else ""
    return (f"<div class='texto'><div class='ficha'>{img}<p>As cartas da rede</p><p>Clara Vasconcelos</p>"
            f"<p>Editora do Cais • 212 pp</p>{link}</div>" + "".join(f"<p>{t}</p>" for t in PT) + "</div>")


def _buttons(page: str) -> list[str]:
    return [" ".join(e.text_content().split()) for e in card_buttons(lxml.html.fromstring(page), HOST)]


@pytest.mark.parametrize("link", [
    "<a class='ficha__comprar' href='#'>Comprar na livraria parceira</a>",
    "<a href='https://shop.example.org/p/123'>Buy it at our partner bookshop</a>",
    "<a href='javascript:void(0)'>Bestellen</a>",
])
def test_a_card_buy_link_goes(link):
    assert _buttons(_card(link))


@pytest.mark.parametrize("link", [
    "<a href='https://other.example.org/autores/clara'>Clara Vasconcelos Lima</a>",  # a name
    "<a href='/loja/as-cartas-da-rede'>Comprar na nossa loja</a>",  # the site's own page
])
def test_other_card_links_stay(link):
    assert not _buttons(_card(link))


def test_a_box_with_no_picture_is_no_card():
    assert not _buttons(_card("<a href='#'>Comprar na livraria parceira</a>", picture=False))


def test_a_link_beside_words_stays():
    assert not _buttons(_card("<a href='#'>Comprar</a> ou emprestar na biblioteca"))
