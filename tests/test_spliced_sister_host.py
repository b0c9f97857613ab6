"""A related post's line whose link goes to the site one level up or down from the page's host (spliced.related_link,
sister_host): a newsletter archived on "lists.<site>" pointing to "<site>/archive/…", a blog on "blog.<site>". Near
misses: another site, a sibling subdomain, a line of prose. Snippets invented for these tests."""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract.spliced import related_link, sister_host


def _p(markup: str):
    return lxml_html.fragment_fromstring(markup)


def test_sister_hosts():
    assert sister_host("https://bookletter.example.org/archive/12", "lists.bookletter.example.org")
    assert sister_host("https://www.lesekreis.example.de/2025/05/ein-anderer-beitrag", "blog.lesekreis.example.de")
    assert not sister_host("https://other.example.net/x", "lists.bookletter.example.org")
    assert not sister_host("https://shop.bookletter.example.org/x", "lists.bookletter.example.org")  # siblings
    assert not sister_host("https://a.b.bookletter.example.org/x", "bookletter.example.org")  # two levels down


def test_a_read_also_line_to_the_sister_host_is_related_link_in_two_languages():
    pl = _p('<p><strong>Zajrzyj też</strong> do archiwum: <a href="https://bookletter.example.org/archive/12">numer 12 o „Lalce” Prusa</a></p>')
    en = _p('<p><b>From the archive</b>: <a href="https://bookletter.example.org/archive/9">issue 9, on the lighthouse novels</a></p>')
    assert related_link(pl, "lists.bookletter.example.org")
    assert related_link(en, "lists.bookletter.example.org")


def test_near_misses_another_site_and_a_sentence_stay():
    other = _p('<p><strong>Zajrzyj też</strong> do archiwum: <a href="https://other.example.net/archive/12">numer 12 o „Lalce” Prusa</a></p>')
    prose = _p('<p>I compared it with what I wrote in <a href="https://bookletter.example.org/archive/9">issue 9, on the '
               'lighthouse novels</a>, and the two books could not be further apart in mood or in pace.</p>')
    assert not related_link(other, "lists.bookletter.example.org")
    assert not related_link(prose, "lists.bookletter.example.org")
