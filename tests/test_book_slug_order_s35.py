"""A headline "X – Y" whose two parts both look like names, under a URL that spells both: the slug's order, title then
author as a product's or an edited post's slug puts them, says which is which (bookclues.slugged_product). Near
misses: the slug in the headline's own order keeps it, and a title that looks like no name keeps its place whatever
the slug's order."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.bookclues import slugged_product

_PROSE = [
    "Nilay Ersoy'un ilk romanı, bir Ege kasabasında yaz boyunca açık kalan bir pansiyonun konuklarını anlatıyor.",
    "Her bölüm başka bir odanın penceresinden bakıyor ve kasabanın dedikoduları yavaş yavaş bir araya geliyor.",
    "Son bölüm biraz aceleye gelmiş ama genel olarak çok keyifli bir okumaydı.",
    "<strong>Puanım:</strong> 5 üzerinden 4",
]


def _page(headline: str, slug: str):
    body = "".join(f"<p>{p}</p>" for p in _PROSE)
    html = (f'<html lang="tr"><head><meta charset="utf-8"><title>{headline} | Sayfa Kenarı</title></head>'
            f'<body><article class="post"><h1 class="entry-title">{headline}</h1>'
            f'<div class="entry-content">{body}</div></article></body></html>')
    return extract_page(html, f"https://sayfakenari.example.com.tr/{slug}/")


def test_slug_title_first_reorders_name_like_parts():
    assert slugged_product("Nilay Ersoy – Mavi Pansiyon", "https://x.example.com.tr/mavi-pansiyon-nilay-ersoy/") \
        == ("Mavi Pansiyon", "Nilay Ersoy")
    record = _page("Nilay Ersoy – Mavi Pansiyon", "mavi-pansiyon-nilay-ersoy")
    assert (record.book_title, record.book_author) == ("Mavi Pansiyon", "Nilay Ersoy")


def test_near_miss_slug_in_headline_order():
    assert slugged_product("Mavi Pansiyon – Nilay Ersoy", "https://x.example.com.tr/mavi-pansiyon-nilay-ersoy/") \
        == ("Mavi Pansiyon", "Nilay Ersoy")


def test_near_miss_title_that_is_no_name_keeps_its_place():
    assert slugged_product("Bir yaz pansiyonu – Nilay Ersoy", "https://x.example.com.tr/nilay-ersoy-bir-yaz-pansiyonu/") \
        == ("Bir yaz pansiyonu", "Nilay Ersoy")
