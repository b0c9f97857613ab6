"""The house's show by where it is heard (code review rev31d): ``houseads.listen_there`` takes a closing line opening on
the imperative of listening that names an audio platform only when the show is the house's: all the platforms
("em todas as plataformas", "wherever you get your podcasts"), the site's name, or "our" podcast. A reviewer's line
bidding the reader hear the audiobook, the author's playlist or an interview on two platforms, a "nghe nói" ("I hear
that") and a "Listen:" before a sentence naming an ordinary word (Castro, anchor, overcast) are the review's.

Every line here is invented for these tests (invented books, people and pages, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.houseads import listen_there


def test_the_house_show():
    assert listen_there("Ouçam o Estante Aberta no Spotify e em todas as plataformas.")
    assert listen_there("Listen to Margin Notes on Apple Podcasts or wherever you get your podcasts.")
    assert listen_there("Ascoltate il nostro podcast su Spotify e Apple Podcasts.")
    assert listen_there("Luister naar Leesvuur op Spotify en Podimo.", ["leesvuur"])  # (the site's name)
    assert listen_there("Hört Seitenwind auf Deezer und in allen Podcast-Apps.")


def test_the_reviewers_lines():
    assert not listen_there("Listen to the audiobook on Spotify and Deezer: the narrator does every accent.")
    assert not listen_there("Écoutez le livre audio sur Spotify et Deezer, lu par l'autrice elle-même.")
    assert not listen_there("Listen to the playlist the author put together, on Spotify and Apple Podcasts.")
    assert not listen_there("Escuchen la entrevista con el traductor en Spotify y en iVoox.")
    assert not listen_there("Nghe nói truyện sắp có bản đọc trên Spotify và Apple Podcasts.")
    assert not listen_there("Listen: nobody writes about Castro's island like this, not even on a podcast.")
    assert not listen_there("Ouça o romance no Spotify e no Deezer.")  # (two platforms, no house named)


_PROSE_PT = ("<p>Um romance sobre duas irmãs que herdam uma pensão à beira-mar e passam um verão a tentar vendê-la. "
             "Cada hóspede traz uma história, e aos poucos a pensão vira o assunto do livro.</p>"
             "<p>A escrita é leve sem ser boba, e os diálogos são ótimos. Alguns capítulos do meio se repetem, mas o "
             "final é bonito e não força nada.</p><p>Nota: 4/5</p>")


def _page(line: str) -> str:
    return (f"<html lang='pt'><head><title>A pensão</title></head><body><article><h1>A pensão</h1>"
            f"<div class='entry-content'>{_PROSE_PT}<p>{line}</p></div></article></body></html>")


def test_extract_page_drops_the_house_show():
    record = extract_page(_page("Ouçam o Estante Aberta no Spotify e em todas as plataformas."),
                          "https://estante.example.com.br/2026/pensao")
    assert "Estante Aberta no Spotify" not in record.body_text


def test_extract_page_keeps_the_audiobook_line():
    record = extract_page(_page("Ouçam o audiolivro no Spotify e no Deezer: a narradora é ótima."),
                          "https://estante.example.com.br/2026/pensao-2")
    assert "a narradora é ótima" in record.body_text
