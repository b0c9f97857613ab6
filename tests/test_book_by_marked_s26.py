"""bookmarkedrecord.by_marked: a paper's record line that opens on the italic title, then the language's "by" and the
name, then the house ("<em>T</em> by A, House/Imprint", "<em>T</em> von A, Verlag, 24 Euro", "<em>T</em> par A,
Éditions X"), opening or closing the post; never a reviewer's sentence that goes on after the name. Pages invented for
these tests, in our own words."""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookmarkedrecord import by_marked

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>A river that remembers | The Valley Post</title>
</head><body><header><a href="/">The Valley Post</a><nav><a href="/arts">Arts</a></nav></header><main><article>
<h1 class="headline">A river that remembers</h1><p class="byline">By Ruth Okoye</p><div class="story-body">
<p>The flood comes in the first chapter and never quite leaves. Abara writes a town that has learned to measure
its years
by the height of the water on the church wall, and a family that keeps a rowing boat in the attic just in case.</p>
<p>The middle sags a little, and one subplot about a land dispute could have gone. But the last forty pages are as
good as
anything I read this year, and the ending earns its quiet.</p>
<p>Her characters talk the way people in small places talk, around things rather than about them, and the silences
between the sisters say more than their quarrels.</p>
<p>There is a set piece at a harvest dance that I will not spoil, except to say that the band keeps playing.</p>
<p>It is the kind of novel that makes a reader look at the river behind the house differently.</p>
{record}</div></article></main><footer>© 2026 The Valley Post</footer></body></html>"""


def _body(paras: str):
    return lxml_html.fromstring(f"<div>{paras}</div>")


def test_a_closing_record_gives_the_book():
    line = "<p><em>High Water Marks</em> by Chike Abara, Lantern Press/Fold</p>"
    record = extract_page(PAGE.format(record=line).encode(),
                          "https://valleypost.example/arts/books/a-river-that-remembers-5521")
    assert record.is_review, record.reason
    assert (record.book_title, record.book_author) == ("High Water Marks", "Chike Abara")


def test_record_shapes_in_more_languages():
    text = ("Roth schreibt genau. Roth kennt das Dorf.\nDurand écrit vite. Durand aime Lyon.\n"
            "Mora escribe bien. Mora vive en Cádiz.")
    context = Context(text, (), None)
    assert by_marked(_body("<p>Ein langer Text.</p><p><i>Das stille Dorf</i> von Anna Roth, Kieselverlag, 288 Seiten, "
                           "24 Euro</p>"), context) == ("Das stille Dorf", "Anna Roth")
    assert by_marked(_body("<p><cite>Le Quai du soir</cite> par Léa Durand, Éditions du Môle</p><p>Un texte.</p>"),
                     context) == ("Le Quai du soir", "Léa Durand")
    assert by_marked(_body("<p>Texto largo.</p>"
                           "<p><em>La sal del puerto</em>, por Inés Mora (Ediciones Faro, 2025)</p>"), context) \
        == ("La sal del puerto", "Inés Mora")


def test_near_misses_give_no_book():
    context = Context("Abara writes floods. Abara lives by the river. Mbeki is a friend.", (), None)
    # the reviewer's own sentence with the same opening: lower-case words go on after the name
    assert by_marked(_body("<p><em>High Water Marks</em> by Chike Abara, which I read in one sitting, "
                           "is a marvel.</p>"), context) is None
    # a person the text never names again
    assert by_marked(_body("<p><em>High Water Marks</em> by Sipho Mbeki, Lantern Press</p>"), context) is None
    # the italic does not open the line: a recommendation in passing
    assert by_marked(_body("<p>If you liked this, try <em>Dry Season</em> by Chike Abara, Lantern Press</p>"),
                     context) is None
