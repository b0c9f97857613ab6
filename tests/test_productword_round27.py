"""A shop's word for what it sells before a book's title (booktitles.PRODUCT_WORD, product_word), in more languages
(holdout28 round): Romanian "Carte", Hungarian "Könyv", Croatian/Serbian "Knjiga"/"Књига", Finnish "Kirja", German
"Buch", Swedish "Bok", an audio book's "Carte audio" / "Livre audio"; the rest is the title only where the page also names
it alone (a breadcrumb, an alt text). Near misses: a page naming only the whole, a title that begins with the word."""

from __future__ import annotations

import pytest
from scraper.extract import extract_page
from scraper.extract.booktitles import product_word


@pytest.mark.parametrize("whole, rest", [
    ("Carte Pădurea de sticlă", "Pădurea de sticlă"),  # ro
    ("Carte audio Pădurea de sticlă", "Pădurea de sticlă"),  # ro, an audio book
    ("Könyv A csendes malom", "A csendes malom"),  # hu
    ("Knjiga Tiha luka", "Tiha luka"),  # hr
    ("Књига Тиха лука", "Тиха лука"),  # sr
    ("Kirja Hiljainen satama", "Hiljainen satama"),  # fi
    ("Buch - Der stille Hafen", "Der stille Hafen"),  # de, with a dash
    ("Bok: Den tysta hamnen", "Den tysta hamnen"),  # sv, with a colon
    ("Livre audio Le Port tranquille", "Le Port tranquille"),  # fr
])
def test_a_shop_word_before_a_title_named_alone_elsewhere(whole, rest):
    page = f"{whole} {whole} Cărți Literatură {rest}"
    assert product_word(whole, page) == rest


@pytest.mark.parametrize("whole", ["Carte blanche", "Buch der Stunden", "Kirja Kalevalasta"])
def test_kept_whole_when_the_page_names_it_only_whole(whole):
    # near miss: the rest never stands alone on the page, so the word may be the title's own
    assert product_word(whole, f"{whole} — {whole}. {whole}") == whole


def test_a_title_that_merely_begins_with_the_word():
    # near miss: "Cartea" (the definite form) and "Bokhandeln" are words of the title, no kind word and a space
    assert product_word("Cartea nisipului", "Cartea nisipului nisipului") == "Cartea nisipului"
    assert product_word("Bokhandeln i Visby", "Bokhandeln i Visby Visby") == "Bokhandeln i Visby"


_SHOP = """<html lang="ro"><head><title>Carte Pădurea de sticlă - Ana Vlase - Librăria Nord</title>
<link rel="canonical" href="https://shop.example.ro/padurea-de-sticla/"></head><body>
<ol class="crumbs"><li><a href="/">Acasă</a></li><li><a href="/carti">Cărți</a></li><li>Pădurea de sticlă</li></ol>
<div class="product"><h1>Carte Pădurea de sticlă - Ana Vlase</h1><p class="price">39,90 Lei</p><button>Adaugă în coș</button></div>
<div class="reviews"><h2>Recenzii</h2><div class="review"><p>Am citit-o pe nerăsuflate într-un weekend ploios la munte, și
nu regret nimic. Ana Vlase scrie limpede despre o familie care se destramă încet într-un sat de pe malul unui lac. Personajele
sunt vii, dialogurile sunt scurte și precise, iar finalul m-a lăsat cu un nod în gât. Vlase are o voce a ei.</p>
<p>Nota mea: 9 din 10.</p></div></div></body></html>"""


def test_a_breadcrumbs_last_crumb_names_the_title_alone():
    # the last crumb follows the link before it with no space: the page's text must still read it as a word of its own
    record = extract_page(_SHOP, "https://shop.example.ro/padurea-de-sticla/")
    assert (record.book_title, record.book_author) == ("Pădurea de sticlă", "Ana Vlase")


def test_a_shop_page_whose_breadcrumb_ends_on_the_whole_name_keeps_it():
    # near miss: the last crumb repeats the product's whole name, so nothing names the rest alone
    page = _SHOP.replace("<li>Pădurea de sticlă</li>", "<li>Carte Pădurea de sticlă</li>")
    record = extract_page(page, "https://shop.example.ro/padurea-de-sticla/")
    assert record.book_title == "Carte Pădurea de sticlă"
