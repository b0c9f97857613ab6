"""The article's credit line and the opinions-are-the-writer's-own disclaimer among a post's last blocks
(scraper.extract.creditlines, asked by sitelines.mark). Near misses: the book's author in an info line, a label with a
number or a sentence after it, a score; review sentences about the author's views or opinions."""

from __future__ import annotations

import pytest

from scraper.extract.creditlines import credit_line, own_views_disclaimer
from tests.cleaning import cleaned, paras

HOST = "quietshelf.example"
REVIEW = [
    "I finished the novel on the bus home and had to sit at the terminus for ten minutes before I could get off, honestly.",
    "The two brothers at its centre are drawn with such care that every quarrel between them felt like one from my own family.",
    "It drags a little in the middle, when the river chapters repeat themselves, but the last fifty pages are extraordinary work.",
]


@pytest.mark.parametrize("line", [
    "Written by: Maya Ortiz",
    "Autor des Beitrags: Jonas Berg",
    "Автор статьи: Ольга Ким",
    "Người viết: Hoàng Mai",
    "Escrito por: Lucía Ferrer",
])
def test_a_credit_line_naming_the_articles_writer(line):
    assert credit_line(line)
    text, rules = cleaned(paras(*REVIEW, line), HOST)
    assert "credit line" in rules and line not in text and all(s in text for s in REVIEW)


@pytest.mark.parametrize("line", [
    "Author: Stefan Zweig",  # the book's author: an info line
    "Autorin: Ilse Aichinger",
    "Text: 2024",
    "Text: the prose is dense and I loved every page of it, really",
    "Review by: 4/5",
])
def test_not_a_credit_line(line):
    assert not credit_line(line)


@pytest.mark.parametrize("line", [
    "Disclaimer: the views expressed above are the author’s own.",
    "Der Beitrag gibt ausschließlich die Meinung der Autorin wieder.",
    "Мнение автора может не совпадать с мнением редакции.",
    "अस्वीकरण: इस लेख में व्यक्त विचार लेखिका के निजी हैं।",
    "Las opiniones expresadas en esta reseña son responsabilidad exclusiva de su autora.",
])
def test_the_opinions_are_the_writers_own_disclaimer(line):
    assert own_views_disclaimer(line)
    text, rules = cleaned(paras(*REVIEW, line), HOST)
    assert "credit line" in rules and line not in text and all(s in text for s in REVIEW)


@pytest.mark.parametrize("line", [
    "I received a free copy from the publisher; all opinions are my own.",  # a disclosure: it stays for the detector
    "The author’s views on war are his own business, and the novel shows it.",
    "Мнение автора о войне ясно с первой страницы.",
    "Die Meinung des Autors über Schach ist altmodisch.",
    "Las opiniones del autor sobre la guerra son duras.",
])
def test_review_sentences_about_views_stay(line):
    assert not own_views_disclaimer(line)


# the site's disclaimer by "not necessarily" (or "does not represent this site") in scripts the first forms missed
@pytest.mark.parametrize("line", [
    "الآراء المنشورة في المدونات تمثل أصحابها ولا تعبر بالضرورة عن رأي الموقع.",
    "Opinie wyrażone w tekście są opiniami autora i niekoniecznie odzwierciedlają stanowisko redakcji.",
    "הדעות המובעות כאן הן של הכותבת ואינן משקפות בהכרח את עמדת המערכת.",
    "本文观点仅代表作者本人，不代表本站立场。",
])
def test_the_sites_disclaimer_in_more_scripts(line):
    assert own_views_disclaimer(line)


@pytest.mark.parametrize("line", [
    "الرواية لا تعكس بالضرورة الواقع الريفي كما هو، لكنها قريبة منه.",  # the review on the novel
    "Poglądy bohatera nie są moimi, ale rozumiem, skąd się wzięły.",
])
def test_review_sentences_with_those_words_stay(line):
    assert not own_views_disclaimer(line)
