"""A theme's list of the post's tags, classed in its own language: the plural of "tag" (sr/hr "tagovi", pl "tagi", fi
"tagit", cs "tagy", tr "taglar"), as "tags" is
(``booktags.tag_links``). Its links need no href to a tag's page. The post's tags then name the book for the rules
that read them (``bookhashtags.spaced_pair``: a person tag whose surname the text says, and a title tag). Near misses:
a class that only holds "tag" inside a word ("stage", "tagline", "vintage"), links outside such a list, a sidebar's
cloud of every tag.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from lxml import html

from scraper.extract import extract_page
from scraper.extract.booktags import tag_links


def _links(markup: str) -> list[str]:
    return tag_links(html.fromstring(f"<html><body><article><p>Tekst.</p>{markup}</article></body></html>"))


def test_tag_lists_classed_in_other_languages():
    assert _links('<div class="post-tagovi"><a>Ivo Marić</a> <a>Zimski vrt</a></div>') == ["Ivo Marić", "Zimski vrt"]
    assert _links('<div class="wpis-tagi"><a>Anna Lis</a></div>') == ["Anna Lis"]
    assert _links('<ul class="kirjoitus-tagit"><li><a>Aino Lehto</a></li></ul>') == ["Aino Lehto"]
    assert _links('<div class="clanek_tagy"><a>Jana Nováková</a></div>') == ["Jana Nováková"]
    assert _links('<div class="yazi-taglar"><a>Elif Demir</a></div>') == ["Elif Demir"]


def test_near_misses():
    assert _links('<div class="stage-box"><a>Ivo Marić</a></div>') == []
    assert _links('<div class="vintage"><a>Ivo Marić</a></div>') == []
    assert _links('<div class="post-tagline"><a>Ivo Marić</a></div>') == []
    assert _links('<aside class="sidebar"><div class="tagovi"><a>Ivo Marić</a></div></aside>') == []


_PAGE = """<!DOCTYPE html><html lang="hr"><head><meta charset="utf-8"><title>Knjiga koja se čita u jednom dahu | Tjednik</title>
</head><body><header><a href="/">Tjednik</a><nav><a href="/kultura/">Kultura</a></nav></header>
<main><article><h1>Knjiga koja se čita u jednom dahu</h1>
<p class="lead">Tiha priča o ljetu na otoku i o obitelji koja ne zna razgovarati.</p>
<div class="clanak-tekst">
<p>Dvije sestre vraćaju se na otok nakon majčine smrti i zateknu kuću punu pisama koja nikada nisu poslana. Iz tih pisama
polako izranja priča o ocu kojeg nijedna od njih nije stvarno poznavala, o jednom brodolomu i o jednoj laži.</p>
<p>Marić piše kratkim rečenicama, bez ukrasa, a opet svaka scena ima težinu. Posebno su dobri dijalozi između sestara,
puni prešućenih stvari. Otok je opisan tako da se osjeti i vrućina i dosada dugih popodneva.</p>
<p>Kraj je možda malo prebrz, ali to je sitnica. Ovo je jedna od najboljih domaćih knjiga ove godine i vrijedi je
pročitati polako, s olovkom u ruci.</p>
<p>Ocjena: 8/10</p></div>
<div class="clanak-tagovi"><a>Ivo Marić</a> <a>Zimski vrt</a> <a>hrvatska književnost</a></div>
</article></main><footer>© 2026 Tjednik</footer></body></html>"""


def test_the_tags_name_the_book():
    record = extract_page(_PAGE, "https://www.tjednik.example.hr/kultura/knjiga-koja-se-cita/")
    assert (record.book_title, record.book_author) == ("Zimski vrt", "Ivo Marić")
