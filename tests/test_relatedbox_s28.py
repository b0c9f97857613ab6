"""Boxes of links to the site's other pages inside a post (round s28), in our own words and markup.

- linkblocks.headed_link_box: a box set between the review's paragraphs holding a short heading and one to four bare
  links (no list) to other pages of the same site is a related-posts box ("Related articles", "Kapcsolódó cikkek",
  "相关阅读", "Artículos relacionados"), whatever its heading says.
- linkblocks.is_link_block: a row of tags under its label ("标签：<a>…</a> <a>…</a>", "Etiquetas: …", "Tags: …") is a
  link row, though short tags in an unspaced script weigh less than their label.

Near misses: a heading over a link to another site (the publisher's page), a heading over the reviewer's own
paragraph, a labelled row of links that is not a tag row ("Books mentioned: …").
"""

from __future__ import annotations

import pytest

from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.linkblocks import headed_link_box, is_link_block

PARAS = [
    "Lena Varga's third novel takes place over one flooded spring in a river town, where a ferryman's daughter keeps "
    "the ledger of everyone who crosses and slowly works out which of them are leaving for good.",
    "Varga writes short, plain sentences and trusts the reader with the silences between them; the town's quarrels "
    "about the new bridge are funny and sad at once, and nobody in them is entirely wrong.",
    "The last chapter is a little too tidy for a book this patient, but I will remember the ferry and its ledger.",
]
URL = "https://riverpages.example/2026/12/the-ferry-ledger/"


def _text(box: str, lang: str = "en", at: int = 1) -> str:
    parts = [f"<p>{p}</p>" for p in PARAS]
    parts.insert(at, box)
    html = (f"<html lang='{lang}'><head><meta charset='utf-8'><title>The ferry ledger</title></head><body>"
            f"<article><h1>The ferry ledger</h1><div class='entry-content'>{''.join(parts)}</div></article>"
            "</body></html>")
    return extract_page(html, URL).body_text


@pytest.mark.parametrize("heading,link,lang", [
    ("Kapcsolódó cikkek", "Tíz regény a folyókról, amit érdemes elolvasni", "hu"),
    ("Artículos relacionados", "Entrevista: cómo se escribe una novela de ríos", "es"),
    ("相关阅读", "河流小说十本推荐与作者访谈", "zh"),
    ("Related reading", "Ten river novels worth your winter evenings", "en"),
])
def test_a_headed_box_of_links_to_the_site_goes(heading, link, lang):
    box = f"<div class='box'><h4>{heading}</h4><a href='/2026/10/river-novels/'>{link}</a></div>"
    text = _text(box, lang)
    assert link not in text and heading not in text and PARAS[1][:30] in text


def _heading(box: str):
    return lxml_html.fromstring(f"<div class='entry-content'><p>x</p>{box}<p>y</p></div>").find(".//h4")


def test_a_headed_link_to_another_site_is_no_related_box():
    box = ("<div class='box'><h4>An excerpt</h4><a href='https://harbourpress.example/ferry-ledger'>Read the first "
           "chapter at the publisher's site</a></div>")
    assert headed_link_box(_heading(box), "riverpages.example") is None
    same = box.replace("https://harbourpress.example/ferry-ledger", "/2026/10/river-novels/")
    assert headed_link_box(_heading(same), "riverpages.example", last=True) is not None  # (alone at the end: rev32e)


def test_a_heading_over_the_reviewers_own_paragraph_stays():
    box = "<div><h4>What I missed</h4><p>More of the ferryman himself, who vanishes for half the book.</p></div>"
    assert headed_link_box(_heading(box), "riverpages.example") is None
    text = _text(box)
    assert "What I missed" in text and "ferryman himself" in text


@pytest.mark.parametrize("label,tags,lang", [
    ("标签：", ["河流", "女性文学", "长篇小说"], "zh"),
    ("タグ：", ["川", "翻訳小説"], "ja"),
    ("Etiquetas:", ["novela", "ríos"], "es"),
])
def test_a_tag_row_under_its_label_goes(label, tags, lang):
    row = f"<div class='tags'>{label}" + " ".join(f"<a href='/tag/{i}/'>{t}</a>" for i, t in enumerate(tags)) + "</div>"
    text = _text(row, lang, at=3)
    assert label.rstrip(":：") not in text and tags[-1] not in text and PARAS[2][:30] in text


def test_a_row_of_links_under_another_label_is_no_tag_row():
    row = lxml_html.fromstring("<p>Books mentioned: <a href='/2025/03/the-salt-road/'>The Salt Road</a>, "
                               "<a href='/2024/08/low-water/'>Low Water</a></p>")
    assert not is_link_block(row)
    tags = lxml_html.fromstring("<p>Tags: <a href='/tag/salt/'>salt</a>, <a href='/tag/rivers/'>rivers</a></p>")
    assert is_link_block(tags)
