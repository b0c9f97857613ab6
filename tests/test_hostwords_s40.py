"""The bidding to support set as a line's label, naming the site by a word its own address spells (``payline
.host_words``, ``labelled_line``), where the address opens on "www." and has two labels only ("www.radiomarea.es"): the
"www." is no label of the site's name (plea40). A label bidding support for another (a bookshop, a library) stays."""

import pytest

from scraper.extract import extract_page

_PARAS = [
    "A lighthouse keeper's widow takes over the lamp for one stormy autumn, and the novel follows her nights on the "
    "gallery, the supply boat that comes late, and the inspector who would rather the light were automated.",
    "The prose is spare and salty, the storms are written with real force, and only the inspector's chapters, told "
    "from his office on the mainland, feel like they belong to a thinner book.",
    "A stern, lovely novel that left me listening for the foghorn.",
]


def _text(line, lang, host):
    ps = [f"<p>{p}</p>" for p in _PARAS]
    page = (f"<html lang='{lang}'><head><meta charset='utf-8'><title>El farero – Radio Marea 101.2</title>"
            f"<link rel='canonical' href='https://{host}/programas/libros/el-farero'></head><body><article>"
            f"<h1>El farero</h1><div class='text'>{ps[0]}{ps[1]}<div class='box'>{line}</div>{ps[2]}"
            "<p>Nota: 4/5</p></div></article></body></html>")
    return extract_page(page, f"https://{host}/programas/libros/el-farero").body_text


@pytest.mark.parametrize("line, gone, lang, host", [
    ("<p>Apoya a tu radio: cuota de socio desde 15 € al año.</p>", "cuota", "es", "www.radiomarea.es"),
    ("<p>Soutenez votre radio : adhésion dès 12 € par an, reçu fiscal compris.</p>", "adhésion", "fr",
     "www.radiomarea.fr"),
])
def test_a_label_naming_the_site_by_its_www_address_goes(line, gone, lang, host):
    text = _text(line, lang, host)
    assert gone not in text and "foghorn" in text


@pytest.mark.parametrize("line, kept, lang, host", [
    ("<p>Apoya a tu librería de barrio: allí encontré este libro por 15 € y una charla de media hora.</p>",
     "media hora", "es", "www.radiomarea.es"),
    ("<p>Soutenez votre bibliothèque : elle m'a prêté ce roman, et la bibliothécaire l'avait annoté.</p>",
     "annoté", "fr", "www.radiomarea.fr"),
])
def test_a_label_bidding_support_for_another_stays(line, kept, lang, host):
    text = _text(line, lang, host)
    assert kept in text and "foghorn" in text
