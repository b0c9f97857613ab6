"""A previous/next row is links set off by navigation marks alone (code review rev31d): ``linkblocks.is_link_block``
takes two links or more whose text outside them is only « » ‹ › ← → | · – —, never a line with a score. A list
entry's stars or emoji before its linked title and author ("★★★★☆ <a>Title</a> · <a>Author</a>") is the entry's
rating, and the entry stays.

Every line here is invented for these tests (invented books, people and pages, in our own words).
"""

from __future__ import annotations

from lxml.html import fragment_fromstring

from scraper.extract import extract_page
from scraper.extract.linkblocks import is_link_block


def test_rows_of_navigation_marks():
    for row in ('<p>‹ <a href="/p/4">Poprzedni wpis</a> — <a href="/p/6">Następny wpis</a> ›</p>',
                '<div>← <a href="/2026/03/x">Önceki yazı</a> | <a href="/2026/05/y">Sonraki yazı</a> →</div>',
                '<p>« <a href="/a">Artigo anterior</a> · <a href="/b">Próximo artigo</a> »</p>',
                '<div>– <a href="/older">Eldre innlegg</a> – <a href="/newer">Nyere innlegg</a> –</div>'):
        assert is_link_block(fragment_fromstring(row)), row


def test_ratings_and_decorations_are_no_navigation():
    for row in ('<p>★★★☆☆ <a href="https://shop.example.com/b/1">Winter Orchard</a> · '
                '<a href="https://wiki.example.org/Ines_Laurel">Ines Laurel</a></p>',
                '<p>⭐⭐⭐⭐ <a href="/b/2">Der Salzgarten</a> – <a href="/a/2">Lena Horn</a></p>',
                '<p>🍂🍂 <a href="/b/3">Les Heures lentes</a> · <a href="/a/3">Paul Marin</a> 🍂🍂</p>',
                '<p>4/5 → <a href="/b/4">Ríos de sal</a> · <a href="/a/4">Clara Ruiz</a></p>'):
        assert not is_link_block(fragment_fromstring(row)), row


def test_a_list_post_keeps_its_rated_entries():
    entries = [("Winter Orchard", "Ines Laurel", "★★★★★", "A family keeps an apple farm alive through a hard frost; "
                "every chapter is a season and the grandmother steals every scene she is in."),
               ("The Quiet Ferry", "Tom Ashby", "★★★★☆", "Short chapters told by the passengers of one crossing; "
                "the middle sags a little, but the last crossing is beautifully written."),
               ("Paper Harbour", "June Okafor", "★★★☆☆", "A clerk at a shipping office forges one letter and lives "
                "with it for forty years; slow, careful and a little too long.")]
    rows = "".join(f"<h3>{t}</h3><p>{d}</p><p>{s} <a href='https://shop.example.com/{k}'>{t}</a> · "
                   f"<a href='https://wiki.example.org/{k}'>{a}</a></p>" for k, (t, a, s, d) in enumerate(entries))
    html = ("<html lang='en'><head><title>Three winter novels</title></head><body><article><h1>Three winter novels"
            "</h1><div class='entry-content'><p>Three novels I read during the cold months, from best to good, with "
            f"a few lines on each and where to find them.</p>{rows}</div></article></body></html>")
    record = extract_page(html, "https://lampshelf.example.com/2026/02/winter-novels")
    for title, author, _, _ in entries:
        assert author in record.body_text, author
