"""A score drawn as a run of one letter, valued by the scale's legend on the same page (ratingletters, round 30,
NOTES4). Our own markup and words; near misses: no legend, a legend of one length, a run longer than the legend's top,
a run outside any rating widget, a page's other rating first."""

from __future__ import annotations

from lxml import html

from scraper.extract import extract_page
from scraper.extract.ratingletters import letter_rating

_PROSE = "".join(f"<p>{s}</p>" for s in (
    "Un roman de plage qui se lit d'une traite, porté par une héroïne têtue et un village de pêcheurs plein de secrets.",
    "Les chapitres courts alternent les voix, et l'autrice ménage ses surprises jusqu'à la dernière page du livre.",
    "On regrette quelques longueurs au milieu, mais l'ensemble tient debout et la fin émeut sans forcer le trait.",
    "Le style de Lise Arnal est sobre, précis, attentif aux gestes des pêcheurs comme aux silences des familles du port.",
    "La Baie des brumes plaira à ceux qui aiment les romans d'atmosphère, et nous conseillons ce livre pour l'hiver.",
))


def _page(widget: str, legend: str = "", comments: str = "") -> str:
    return (f"<html><head><title>La Baie des brumes, de Lise Arnal</title></head><body><main><article>"
            f"<h1>La Baie des brumes, de Lise Arnal</h1><div class='post-body'>{widget}{_PROSE}</div>{comments}</article>"
            f"<aside class='side'>{legend}</aside></main></body></html>")


def _rating(page: str):
    root = html.fromstring(page)
    body = root.find(".//div[@class='post-body']")
    return letter_rating(body, root)


_KEY_FR = "<div class='key'><p>F on aime un peu · FF on aime beaucoup · FFF on adore · FFFF chef-d'œuvre</p></div>"
_KEY_DE = "<div class='key'><p>Unsere Wertung: K = lesbar, KK = gut, KKK = großartig</p></div>"


def test_run_valued_by_the_legend_fr():
    found = _rating(_page("<p class='note-critique'><span class='rating rating-ff'>FF</span> On aime beaucoup</p>", _KEY_FR))
    assert found is not None and found.raw == "FF" and abs(found.value - 0.5) < 0.011


def test_run_valued_by_the_legend_de():
    found = _rating(_page("<div class='bewertung'><span class='score'>KKK</span></div>", _KEY_DE))
    assert found is not None and abs(found.value - 1.0) < 0.011


def test_no_legend_no_score():
    assert _rating(_page("<p><span class='rating'>FF</span></p>")) is None


def test_a_readers_comment_is_no_legend():
    comments = "<div class='comments'><p>FFF sans hésiter !</p><p>Pour moi plutôt FF.</p></div>"
    assert _rating(_page("<p><span class='rating'>FF</span></p>", comments=comments)) is None


def test_run_longer_than_the_legend_top():
    assert _rating(_page("<p><span class='rating'>KKKK</span></p>", _KEY_DE)) is None


def test_run_outside_a_rating_widget():
    assert _rating(_page("<p><span class='initials'>FF</span></p>", _KEY_FR)) is None


def test_a_grade_letter_without_its_legend():
    assert _rating(_page("<p><span class='grade-score'>B</span></p>", _KEY_FR)) is None


def test_written_score_comes_first():
    page = _page("<p><span class='rating'>FF</span></p><p>Note : 4/5</p>", _KEY_FR)
    record = extract_page(page.encode(), "https://revue.example.fr/critiques/la-baie-des-brumes")
    assert record.rating is not None and abs(record.rating - 0.8) < 0.011


def test_run_in_another_script():
    key = "<div class='legend'><p>Шкала: Ж — неплохо; ЖЖ — хорошо; ЖЖЖ — отлично</p></div>"
    found = _rating(_page("<p><span class='rating'>Ж</span></p>", key))
    assert found is not None and abs(found.value - 0.333) < 0.011


def test_letter_score_end_to_end():
    page = _page("<p class='article-rating'><span class='rating' aria-hidden='true'>FFF</span> On adore</p>", _KEY_FR)
    record = extract_page(page.encode(), "https://revue.example.fr/critiques/la-baie-des-brumes")
    assert record.rating is not None and abs(record.rating - 0.75) < 0.011
