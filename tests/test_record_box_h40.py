"""The book's record box set right before the body, in the same box (bodyfields.prepend_record_box): a magazine's
"scheda" of labelled lines (author, genre, publisher, year, score) its writer filled for the review, which the body
selector (the text's own box) leaves out. holdout39 leftover (helper notes40), in our own words and markup, it and es,
with near misses: a box further up, a box of the site's facts, a box mostly of links, a box of long lines, a sidebar
record of another book."""

from __future__ import annotations

from scraper.extract import extract_page

IT_TEXT = ("<p>Il romanzo segue un vecchio farmacista di provincia che, rimasto vedovo, decide di rimettere in ordine i "
           "quaderni della moglie e scopre una vita che non conosceva, fatta di lettere mai spedite e di viaggi mancati.</p>"
           "<p>La scrittura è asciutta, quasi notarile, e proprio per questo commuove: l'autrice non spiega mai, mostra. "
           "Il finale, sospeso, mi ha lasciato addosso una malinconia che dura ancora.</p>"
           "<p>Lo consiglio a chi ama i romanzi brevi e silenziosi, da leggere in una sera di pioggia.</p>")
ES_TEXT = ("<p>La novela sigue a un viejo farmacéutico de provincias que, ya viudo, decide ordenar los cuadernos de su "
           "mujer y descubre una vida que no conocía, hecha de cartas nunca enviadas y de viajes que no hicieron.</p>"
           "<p>La prosa es seca, casi notarial, y por eso mismo conmueve: la autora no explica nunca, muestra. El final, "
           "abierto, me dejó una melancolía que todavía dura.</p>"
           "<p>Se lo recomiendo a quien disfrute de las novelas breves y calladas, para leer en una tarde de lluvia.</p>")


def _page(lang: str, before: str, text: str, aside: str = "") -> str:
    return (f"<html lang='{lang}'><head><title>I quaderni di Elsa | Rivista di libri</title></head><body>"
            "<main><article class='articolo'><header><h1>I quaderni di Elsa</h1><p class='firma'>di Marta Viale</p></header>"
            f"{before}<div class='testo-articolo entry-content'>{text}</div></article>{aside}</main></body></html>")


IT_BOX = ("<div class='box-libro'><p><strong>Autore:</strong> Lucia Ferrante</p><p><strong>Editore:</strong> Edizioni del "
          "Faro</p><p><strong>Anno:</strong> 2024</p><p><strong>Pagine:</strong> 188</p></div>")
ES_BOX = ("<div class='ficha-libro'><p><b>Autora:</b> Lucía Ferrán</p><p><b>Editorial:</b> Ediciones del Faro</p>"
          "<p><b>Año:</b> 2024</p><p><b>Páginas:</b> 188</p></div>")


def _body(html: str) -> str:
    return " ".join(extract_page(html, "https://rivista.example.it/recensioni/i-quaderni-di-elsa").body_text.split())


def test_italian_record_box_before_the_text_is_kept():
    body = _body(_page("it", IT_BOX, IT_TEXT))
    assert "Autore: Lucia Ferrante" in body and "Editore: Edizioni del Faro" in body
    assert body.index("Autore:") < body.index("Il romanzo segue")


def test_spanish_record_box_before_the_text_is_kept():
    body = _body(_page("es", ES_BOX, ES_TEXT))
    assert "Editorial: Ediciones del Faro" in body and "Páginas: 188" in body


def test_box_further_up_stays_out():
    between = "<div class='condividi'><p>Pubblicato nella sezione narrativa il 3 marzo, tempo di lettura sei minuti circa.</p></div>"
    body = _body(_page("it", IT_BOX + between, IT_TEXT))
    assert "Edizioni del Faro" not in body


def test_site_facts_box_stays_out():
    facts = ("<div class='box-info'><p><strong>Sezione:</strong> Narrativa</p><p><strong>Lettura:</strong> 6 minuti</p>"
             "<p><strong>Commenti:</strong> 4</p></div>")
    body = _body(_page("it", facts, IT_TEXT))
    assert "Lettura: 6 minuti" not in body


def test_box_mostly_links_stays_out():
    links = ("<div class='box-acquista'><p><strong>Autore:</strong> <a href='/a/ferrante'>Lucia Ferrante</a></p>"
             "<p><strong>Editore:</strong> <a href='/e/faro'>Edizioni del Faro</a></p>"
             "<p><strong>Anno:</strong> <a href='/anno/2024'>2024</a></p><p><a href='/shop'>Compra su Libreria Centrale</a></p></div>")
    body = _body(_page("it", links, IT_TEXT))
    assert "Compra su Libreria Centrale" not in body


def test_sidebar_record_of_another_book_stays_out():
    aside = ("<aside class='laterale'><div class='box-libro'><p><strong>Autore:</strong> Paolo Serra</p>"
             "<p><strong>Editore:</strong> Lanterna</p><p><strong>Anno:</strong> 2019</p></div></aside>")
    body = _body(_page("it", "", IT_TEXT, aside))
    assert "Paolo Serra" not in body
