"""A heading under the headline that names the book ("Author — Title", at a dash, the author named again by the
review) is the book's head, not the editor's standfirst (standfirst._book_head)."""

import pytest

from scraper.extract import extract_page

PROSE = {
    "en": ("<p>I first read this slim book at school and missed the point. Twenty years later Quill made me laugh and "
           "shiver on the same page, which is a rare trick for a book this short and this strange.</p>"
           "<p>Quill tells the whole century as one long breathless list of wars, inventions, fashions and statistics, "
           "and the flatness of the voice is the joke and the horror at once. Nothing is explained and nothing is "
           "weighed, and the reader has to do the weighing.</p>"
           "<p>It is not a novel in any usual sense, but I have pressed it on three friends this month already and "
           "each of them finished it in one evening.</p>"),
    "cs": ("<p>Tuhle knížku jsem poprvé četla ve škole a nepochopila jsem ji. Po letech mě Dvořák rozesmál a zároveň "
           "vyděsil na jedné a téže stránce, a to se krátké knize povede málokdy.</p>"
           "<p>Dvořák vypráví celé století jako jeden dlouhý seznam válek, vynálezů, módních vln a statistik a plochost "
           "hlasu je vtip i hrůza zároveň. Nic se nevysvětluje a nic se neváží, vážit musí čtenář.</p>"
           "<p>Není to román v obvyklém smyslu, ale tento měsíc jsem ho dala třem přátelům a každý ho přečetl za večer.</p>"),
}


def _record(lang: str, h2: str):
    page = (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>One century, one sentence</title></head>'
            '<body><main><article class="post"><h1 class="title">One century, one sentence</h1>'
            '<p class="dateline">2 December 2026 · reading</p><div class="entry-body">'
            f'<h2 class="book-head">{h2}</h2><p><em>Read twice, in 2006 and in 2026.</em></p>{PROSE[lang]}</div>'
            '</article></main></body></html>')
    return extract_page(page, f"https://notebook.example.org/{lang}/2026/12/one-century/")


@pytest.mark.parametrize("lang, h2", [
    ("en", "Mara Quill — The Long List. A Short History of a Loud Century"),
    ("cs", "Tomáš Dvořák – Seznam. Krátké dějiny hlučného století v jedné větě"),
    ("en", "The Long List: A Short History of Our Century — Mara Quill"),
])
def test_a_book_head_stays(lang, h2):
    record = _record(lang, h2)
    assert h2.split()[-1] in record.body_markdown
    assert not any(r["rule"] == "standfirst" for r in record.to_dict()["removed"])


@pytest.mark.parametrize("lang, h2", [
    # near misses: a subtitle sentence at a dash; a name the review never names again
    ("en", "Twenty years on — a slim book about a loud century still makes its readers laugh and shiver"),
    ("en", "Ann Holt Speaks — why a list of wars can be the funniest book of the year"),
])
def test_a_subtitle_at_a_dash_is_still_a_standfirst(lang, h2):
    record = _record(lang, h2)
    assert any(r["rule"] == "standfirst" for r in record.to_dict()["removed"])
