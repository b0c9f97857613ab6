"""A hand-made or Blosxom theme prints the blog's name as the page's one h1, plain text, and sets it before the post's
title in <title> ("Blog: Post title"): the h1 is the site's name when the host spells it ("Lesezeichen" on
lesezeichen.example.de), and the post's title is the <title>'s rest (``siteheading.domain_heading``).

Near misses: an h1 the host does not spell (a post's own heading); an h1 the host spells that does not open the
<title>; two h1s. Every page here is invented for these tests.
"""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract.metadata import read_metadata


def _page(h1: str, title: str, extra: str = "") -> str:
    return (f"<html><head><title>{title}</title></head><body><h1>{h1}</h1>{extra}<div class='story'><p><b>Post</b></p>"
            "<p>Ich habe das Buch an zwei Abenden gelesen und es hat mir gefallen, vor allem der Schluss.</p></div></body></html>")


def _title(page: str, url: str) -> str | None:
    return read_metadata(lxml_html.fromstring(page), url).title


def test_the_masthead_the_host_spells_gives_way_to_the_title_rest_de_en():
    page = _page("Lesezeichen", "Lesezeichen: Hanne Lindqvist: Der leere Hafen")
    assert _title(page, "http://lesezeichen.example.de/blog/buecher/hafen.html") == "Hanne Lindqvist: Der leere Hafen"
    page = _page("Slow Shelves", "Slow Shelves | The Salt Road, by Chidi Okafor")
    assert _title(page, "https://slowshelves.example.org/2026/salt-road") == "The Salt Road, by Chidi Okafor"
    page = _page("Книжная полка", "Книжная полка: Тихая гавань")
    assert _title(page, "https://knizhnaya-polka.example.ru/post/1") == "Книжная полка"  # (a host in Latin letters never spells Cyrillic)


def test_an_h1_the_host_does_not_spell_stays_the_title():
    page = _page("Der leere Hafen", "Der leere Hafen: ein Wiederlesen")
    assert _title(page, "http://lesezeichen.example.de/blog/hafen.html") == "Der leere Hafen"


def test_a_masthead_that_does_not_open_the_title_stays():
    page = _page("Lesezeichen", "Der leere Hafen")
    assert _title(page, "http://lesezeichen.example.de/blog/hafen.html") == "Lesezeichen"


def test_two_h1s_are_no_masthead_of_this_shape():
    page = _page("Lesezeichen", "Lesezeichen: Der leere Hafen", extra="<h1>Archiv</h1>")
    assert _title(page, "http://lesezeichen.example.de/blog/hafen.html") != "Der leere Hafen"
