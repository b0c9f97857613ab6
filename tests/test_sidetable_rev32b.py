"""bookpageclues._record_table (rev32b): a page with no article reads its first table whose header cells label a title
and an author, but not one in a site-wide box (a sidebar's or a widget's "Now reading", an <aside>, the site's footer):
that one names the blogger's current book on every page. nodes.in_side_box says where a box sits. Our own markup.
"""

from __future__ import annotations

import lxml.html

from scraper.extract.bookpageclues import _record_table
from scraper.extract.nodes import in_side_box

TABLE = "<table><tr><th>Title</th><td>Die Wand</td></tr><tr><th>Author</th><td>Marlen Haushofer</td></tr></table>"
TABLE_FR = "<table><tr><th>Titre</th><td>La Vagabonde</td></tr><tr><th>Auteur</th><td>Colette</td></tr></table>"


def _tree(body: str):
    return lxml.html.fromstring(f"<html><body>{body}</body></html>")


def test_a_post_table_is_read_in_several_layouts():
    for body in (
        f"<div class='post'><h1>Reading notes</h1>{TABLE}<p>Text.</p></div>",
        f"<div id='content'><div class='entry'>{TABLE_FR}</div></div><div class='sidebar'><p>About me</p></div>",
        f"<article><header><h1>Notes</h1></header>{TABLE}<footer>{TABLE_FR}</footer></article>",
    ):
        assert _record_table(_tree(body)), body


def test_a_table_in_a_site_wide_box_is_not_read():
    for body in (
        f"<div class='post'><p>A summer by the sea.</p></div><div class='sidebar'><h3>Now reading</h3>{TABLE}</div>",
        f"<div class='post'><p>Notes.</p></div><aside>{TABLE_FR}</aside>",
        f"<div class='post'><p>Notes.</p></div><div class='widget currently'>{TABLE}</div>",
        f"<div class='post'><p>Notes.</p></div><footer class='site-footer'>{TABLE}</footer>",
    ):
        assert _record_table(_tree(body)) == [], body


def test_in_side_box_keeps_an_article_own_header_and_footer():
    tree = _tree("<header><a id='a'>x</a></header><article><footer><a id='b'>y</a></footer></article>"
                 "<nav><a id='c'>z</a></nav>")
    assert in_side_box(tree.get_element_by_id("a")) and in_side_box(tree.get_element_by_id("c"))
    assert not in_side_box(tree.get_element_by_id("b"))
