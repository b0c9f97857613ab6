"""A score the page calls its readers' average, in more languages (round 34, gatherings._AVERAGE): tk "ortaça", sw
"wastani", uz "o'rtacha", kk "орташа" … A catalogue's record page under its readers' average is no review. Near
misses: the writer's own score beside a word that only looks like one ("ortak", shared; "wasta", an intermediary)."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.gatherings import averaged


def _page(headline: str, body: str, lang: str):
    # (a shop's product page: the description's tab, the h1 beside its price and its cart button)
    html = (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{headline}</title></head><body>'
            f'<div id="product-product" class="container"><div class="col-sm-8"><div class="tab-content">'
            f'<div class="tab-pane active" id="tab-description">{body}</div></div></div><div class="col-sm-4">'
            f'<h1>{headline}</h1><ul class="list-unstyled"><li><h2>120 manat</h2></li></ul><div id="product">'
            '<button type="button" id="button-cart" class="btn btn-primary">Sebede goş</button></div></div></div>'
            "</body></html>")
    return extract_page(html, "https://kitaphana.example.tm/kitap/ak-yol")


def test_catalogue_record_under_its_readers_average_is_no_review():
    page = _page("Ak ýol — Nury Annaýew",
                 "<p>Nury Annaýewiň obadaky mugallymyň durmuşy barada ýazan romany täze neşirde. Roman ýaşlaryň arzuwlary,"
                 " maşgala we zähmet barada gürrüň berýär. Kitapda obanyň ýaşaýşy, toý dessurlary, gyş möwsüminiň kynçylyklary we"
                 " ýaş mugallymyň okuwçylary bilen gatnaşygy giňden suratlandyrylýar.</p><p>Neşir: Ylym, 2024. Sahypa: 410. Daşy: gaty.</p>"
                 "<p>Okyjylarymyzyň ortaça bahasy: 4,5 / 5. Talyplar üçin maslahat berilýär.</p>", "tk")
    assert not page.is_review


def test_average_words_in_more_languages():
    assert averaged(["Okyjylaryň ortaça bahasy: 4,5 / 5"]) == 1
    assert averaged(["Wasomaji wameipa wastani wa nyota 4.6 kati ya 5"]) == 1
    assert averaged(["O'quvchilarning o'rtacha bahosi: 4/5"]) == 1


def test_look_alike_words_are_no_average():
    assert averaged(["Meniň bahamyz: 4/5, ortak okalan kitap"]) == 0
    assert averaged(["Nyota 4 kati ya 5 kutoka kwangu, bila wasta yoyote"]) == 0
