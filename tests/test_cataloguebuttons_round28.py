"""A catalogue's header over its readers' reviews, its controls a row of links drawn as buttons (the body helper,
round 28, on the spent corpora's failures).

cataloguehead.mark takes a shop's record rows and the heading of the review's section when the shop's own controls
stand among them: a price, a buy or rate box the cleaning removed, and now a removed row of two or more links drawn as
buttons ("<a class=btn>Add to shelf</a><a class=btn>Rate</a>"). What stays: a blogger's own record lines with no
buttons and no price, and a header with one button link only. Our own words and markup, Polish (the rule reads
structure only: classes, removed blocks, label rows).
"""

from __future__ import annotations

from scraper.extract import extract_page

PL = ["Czytałam tę powieść z planem miasta na kolanach i polecam tę metodę każdemu. Warszawa z lat pięćdziesiątych jest "
      "tu bohaterem równie ważnym jak ludzie: bazary, tramwaje, podwórka i kawiarnie, w których wszyscy się znają.",
      "Autor ma ucho do języka ulicy i to jest najlepsze, co tu jest. Dialogi czyta się jak słuchowisko, choć środek "
      "książki wyraźnie się dłuży, a wątek miłosny mógłby być krótszy o połowę.",
      "Dla mnie to mimo wszystko jedna z tych książek, po których inaczej chodzi się po mieście. Polecam cierpliwym."]


def _catalogue(buttons: str) -> str:
    return ("<html><head><title>Miasto nocą – katalog</title></head><body><div id='page'><div id='main'>"
            "<h1>Miasto nocą</h1><div class='wydawnictwo'>Wydawnictwo: Nowe · Rok wydania: 2022 · Liczba stron: 512</div>"
            "<div class='srednia'>Średnia ocen: 4,5 / 6</div><div class='kategoria'>Kategoria: powieść · Tagi: Warszawa</div>"
            f"<div class='akcje'>{buttons}</div><h2>Opinie czytelników</h2><div class='opinia'>"
            + "".join(f"<p>{p}</p>" for p in PL) + "</div></div></div></body></html>")


def test_the_header_rows_and_the_heading_go_beside_button_links():
    page = _catalogue("<a href='#' class='btn'>Dodaj do półki</a> <a href='#' class='btn'>Oceń</a> "
                      "<a href='#' class='btn'>Chcę przeczytać</a>")
    record = extract_page(page, "https://katalog.example/ksiazka.aspx?id=4217")
    assert "Opinie czytelników" not in record.body_text
    assert "Kategoria: powieść" not in record.body_text
    assert PL[2] in record.body_text


def test_without_buttons_the_rows_stay():
    for buttons in ("", "<a href='#' class='btn'>Oceń</a>"):
        record = extract_page(_catalogue(buttons), "https://katalog.example/ksiazka.aspx?id=4217")
        assert "Kategoria: powieść" in record.body_text, buttons
