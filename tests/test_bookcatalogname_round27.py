"""A catalogue record's page with no h1 (its fields in labelled boxes, as SirsiDynix Enterprise sets them): its page
title's title statement ("T : roman / A. | Library", ISBD and MARC 245 form) gives the book when the same page files A
as catalogues do ("Family, Given, 1931-2009, author."): bookcatalogname._stated_book. Our own records, in French,
English and German; near misses: no filed name, a filed name of another person, a page with its one h1."""

from __future__ import annotations

from lxml import html

from scraper.extract.bookcatalogname import catalogue_book


def _page(title: str, filed: str, h1: str = "") -> html.HtmlElement:
    return html.fromstring(
        f"<html><head><title>{title}</title></head><body>{h1}<div class='detail_biblio'>"
        f"<div class='row'><div class='label'>Titre</div><div class='value'>{title.split(' | ')[0]}</div></div>"
        f"<div class='row'><div class='label'>Auteur</div><div class='value'><a href='#'>{filed}</a></div></div>"
        "<div class='row'><div class='label'>Éditeur</div><div class='value'>Montréal : Boréal, 2019.</div></div>"
        "</div><div class='reviews'><p>Un avis de lectrice, assez long pour être un avis, sur ce roman d'hiver.</p></div></body></html>")


def test_a_title_statement_vouched_for_by_the_filed_name():
    book = catalogue_book(_page("La Rivière gelée : roman / Lise Arcand. | Bibliothèques du Nord", "Arcand, Lise, 1931-2009, auteur."))
    assert book is not None and (book.title, book.author, book.source) == ("La Rivière gelée", "Lise Arcand", "details")
    book = catalogue_book(_page("The Salt Orchard / by Maren Lisle. | Eastbrook Public Library", "Lisle, Maren, 1968-, author."))
    assert book is not None and (book.title, book.author) == ("The Salt Orchard", "Maren Lisle")
    book = catalogue_book(_page("Das stille Haus : Roman / Jana Kessler ; aus dem Englischen von Ute Brand. | Stadtbibliothek",
                                "Kessler, Jana, 1975-, Verfasserin."))
    assert book is not None and (book.title, book.author) == ("Das stille Haus", "Jana Kessler")


def test_near_misses_give_no_stated_book():
    # no filed name on the page: the statement alone is not vouched for
    assert catalogue_book(_page("La Rivière gelée : roman / Lise Arcand. | Bibliothèques du Nord", "Lise Arcand")) is None
    # the filed name is another person's
    assert catalogue_book(_page("La Rivière gelée : roman / Lise Arcand. | Bibliothèques du Nord", "Tremblay, Paul, 1950-, auteur.")) is None
    # a blog post's title with a slash in it: no filed name either
    assert catalogue_book(_page("Hiver / printemps : mes lectures | Le blog de Lise", "Lise")) is None
    # a page with its one h1 is read by the h1's rule, not the page title's
    page = _page("La Rivière gelée : roman / Lise Arcand. | Bibliothèques du Nord", "Arcand, Lise, 1931-2009, auteur.",
                 h1="<h1>Mes lectures de l'hiver</h1>")
    book = catalogue_book(page)
    assert book is None or book.title != "La Rivière gelée"
