"""A review's closing citation whose publisher is also a chain of bookshops' name ("Name, Title, Bertrand, 2019.",
"Gramedia Pustaka Utama", "Barnes & Noble Classics") is the review's record, not a buy line naming a shop
(``citedrecord.house_cited``, asked by ``promo`` for a set-apart line with no link at the post's edge): it stays in the
body, and the book is read from it. Near misses: a shop line naming the same chains ("Disponível na Bertrand e na
Wook.") still goes; a line opening on a shop's name is no citation.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.citedrecord import house_cited

_PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{headline}</title>
<link rel="canonical" href="{url}"></head><body><div class="post-outer"><div class="post">
<h3 class="post-title entry-title">{headline}</h3><div class="post-body entry-content">{body}
<p><i>{citation}</i></p><div><p><b>{plea}</b></p></div></div>
<div class="post-footer"><span class="post-labels">Labels: <a href="#" rel="tag">{author}</a></span></div>
</div></div></body></html>"""


def _page(lang, headline, body, citation, author, plea, slug=None):
    url = f"https://estante.blogspot.example/2026/11/{slug or headline.split()[0].lower()}.html"
    html = _PAGE.format(lang=lang, headline=headline, body="".join(f"<p>{p}</p>" for p in body), citation=citation,
                        author=author, plea=plea, url=url)
    return extract_page(html, url)


def test_a_citation_naming_a_house_that_sells_stays():
    record = _page("pt", "Um rapaz, uma bicicleta e o bairro da Graça",
                   ["Há livros que se leem numa noite e ficam no bolso durante anos. Este é um deles. O narrador tem "
                    "treze anos, vive num rés-do-chão de Lisboa e escreve todas as noites num caderno.",
                    "Trabalha com um marceneiro, e na oficina vive um sapateiro que diz ter asas escondidas nas costas. "
                    "Entretanto o rapaz apaixona-se por uma vizinha um pouco mais velha.",
                    "Serrano escreve frases curtíssimas, quase provérbios, e eu temia a maneira. Mas a língua é tão "
                    "precisa que o livro se torna uma fábula sem perder o chão. Voltei a lê-lo e gostei ainda mais.", "Nota: 4/5"],
                   "Lia Serrano, Ladeira, Bertrand, 2019.", "Lia Serrano",
                   "Se gostas do blogue, oferece-me um café no Ko-fi: ajuda a pagar o domínio.",
                   slug="ladeira")  # (a bare record's title is read where the address names it: rev33g)
    assert "Lia Serrano, Ladeira, Bertrand, 2019." in record.body_text
    assert (record.book_title, record.book_author) == ("Ladeira", "Lia Serrano")
    assert house_cited("Sekar Ayu Lestari, Tulang Garam, Gramedia Pustaka Utama, 2018.")
    assert house_cited("Ruth Quayle, Harbour Street, Barnes & Noble Classics, 2012.")


def test_near_misses():
    assert not house_cited("Disponível na Bertrand e na Wook.")
    assert not house_cited("Compra en Casa del Libro, Fnac, Amazon, 2024")
    assert not house_cited("Gramedia, Tokopedia, Shopee, 2024")
    record = _page("pt", "Um rapaz, uma bicicleta e o bairro da Graça",
                   ["Há livros que se leem numa noite e ficam no bolso durante anos. Este é um deles. O narrador tem "
                    "treze anos, vive num rés-do-chão de Lisboa e escreve todas as noites num caderno.",
                    "Trabalha com um marceneiro, e na oficina vive um sapateiro que diz ter asas escondidas nas costas. "
                    "Entretanto o rapaz apaixona-se por uma vizinha um pouco mais velha.",
                    "Serrano escreve frases curtíssimas, quase provérbios, e eu temia a maneira. Mas a língua é tão "
                    "precisa que o livro se torna uma fábula sem perder o chão. Voltei a lê-lo e gostei ainda mais.", "Nota: 4/5"],
                   "Disponível na Bertrand e na Wook.", "Lia Serrano",
                   "Se gostas do blogue, oferece-me um café no Ko-fi: ajuda a pagar o domínio.")
    assert "Disponível na Bertrand" not in record.body_text
