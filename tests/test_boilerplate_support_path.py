"""A plea to support the site that links to its /support page (scraper.extract.promo.SUPPORT_PATHS: the path's whole
segment, as /donate and /membership), closing the review: it goes, with the sign-off after it (an about-the-writer box).
Near misses: a post's slug or tag that holds the word ("/tag/support-groups", "/supporting-roles"), the review's own
link to a post about supporting characters.

Every page here is invented for these tests (invented sites, books and people, in our own words and markup).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.promo import is_support_link

PARAS_EN = [
    "The Lantern Year follows a night-ferry pilot through the twelve months after her brother vanishes on the crossing. "
    "Nothing much happens for long stretches, and that is the point: she keeps working, and the town keeps talking.",
    "The prose is plain and exact, the weather is a character of its own, and the last chapter turned everything I had "
    "assumed upside down. It drags a little in the spring months. Four out of five, and a book I will press on friends.",
]
PARAS_ES = [
    "El año del farol sigue a una piloto del ferry nocturno durante los doce meses que siguen a la desaparición de su "
    "hermano. Durante largos tramos no pasa casi nada, y esa es la gracia: ella sigue trabajando y el pueblo murmura.",
    "La prosa es sencilla y precisa, el clima es un personaje más y el último capítulo me dio la vuelta a todo lo que "
    "creía. Los meses de primavera se hacen largos. Cuatro de cinco, y un libro que voy a regalar.",
]


def page(lang: str, paras: list[str], tail: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return f"""<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>The Lantern Year</title></head><body>
<article><h1>The Lantern Year</h1><div class="entry">{body}{tail}</div></article></body></html>"""


def test_an_english_support_plea_and_the_about_the_writer_box_after_it_go():
    tail = ('<div class="plea"><p>Keep Night Shelf free for everyone — your help matters. <a href="/support">Support us</a></p></div>'
            '<div class="writer"><h4>About the writer</h4><p>Nora Vale teaches at a night school and writes about sea novels.</p></div>')
    record = extract_page(page("en", PARAS_EN, tail), "https://nightshelf.example/reviews/the-lantern-year")
    assert "press on friends" in record.body_text
    for gone in ("your help matters", "About the writer", "Nora Vale teaches"):
        assert gone not in record.body_text, gone


def test_a_spanish_support_plea_goes():
    tail = '<div class="apoyo"><p>Ayúdanos a que la revista siga siendo gratuita. <a href="https://revistafarol.example/support/">Apóyanos</a></p></div>'
    record = extract_page(page("es", PARAS_ES, tail), "https://revistafarol.example/resenas/el-ano-del-farol")
    assert "voy a regalar" in record.body_text
    assert "siga siendo gratuita" not in record.body_text


def test_near_misses_a_slug_or_tag_holding_the_word_is_no_support_page():
    assert is_support_link("https://nightshelf.example/support")
    assert is_support_link("https://nightshelf.example/support/?ref=footer")
    assert not is_support_link("https://nightshelf.example/tag/support-groups")
    assert not is_support_link("https://nightshelf.example/2026/05/supporting-roles-in-sea-novels")
    tail = ('<p>I wrote more about the crew in <a href="/2026/05/supporting-roles-in-sea-novels">my post on supporting '
            'roles</a>, and the ferry scenes are the best the genre has.</p>')
    record = extract_page(page("en", PARAS_EN, tail), "https://nightshelf.example/reviews/the-lantern-year")
    assert "supporting roles" in record.body_text
