"""Page metadata read in one walk, and trafilatura's fields worked out only when used, give what the slow way gave.

``scraper.extract.trafmeta`` reproduces the parts of ``trafilatura.metadata.extract_metadata``
that extraction reads, and finds trafilatura's author without copying and pruning the page.
These tests hold both to trafilatura itself, on every labelled page and on pages written to
reach the corners (pruned elements inside a byline, tails joined without spaces, each of
trafilatura's three author searches), and read_metadata to what each field means.
"""

from __future__ import annotations

from copy import deepcopy
from pathlib import Path

import pytest
from lxml import html as lxml_html
from trafilatura import metadata as tm
from trafilatura.htmlprocessing import prune_unwanted_nodes
from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS

from scraper.extract.metadata import read_metadata
from scraper.extract.trafmeta import TrafilaturaMeta, author_in_page

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted(p for folder in ("tests/corpus", "tests/fixtures", "shelfmark/demo/sites") for p in (ROOT / folder).rglob("*.html"))


def _trafilatura_author(tree) -> str | None:
    """trafilatura's extract_author before it normalises the name: prune a copy, then the three searches."""
    return tm.extract_metainfo(prune_unwanted_nodes(deepcopy(tree), AUTHOR_DISCARD_XPATHS), AUTHOR_XPATHS, len_limit=120)


def _tree(markup: str):
    return lxml_html.fromstring(f"<html><head><title>A page</title></head><body>{markup}</body></html>")


def test_labelled_pages_are_there():
    assert len(PAGES) > 100


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_author_and_fields_as_trafilatura_gives_them(page):
    tree = lxml_html.fromstring(page.read_bytes())
    assert author_in_page(tree) == _trafilatura_author(tree)
    url = "https://blog.example.org/2024/05/a-post/"
    whole = tm.extract_metadata(tree, url, None, True, None)
    ours = TrafilaturaMeta(tree, url)
    assert (ours.author, ours.title, ours.sitename, ours.date, ours.categories) == \
        (whole.author, whole.title, whole.sitename, whole.date, whole.categories)


@pytest.mark.parametrize("markup", [
    # a date and a figure pruned out of the byline: the tail joins the text before it, with or without a space
    '<p class="byline">By<time datetime="2024-01-02">2 Jan</time>Maren Holt<figure>x</figure>, editor</p>',
    '<span class="author">Words: <span class="date">today</span>Ada Lind</span>',
    # a pruned element first in its parent: its tail joins the parent's text
    '<div class="byline"><span class="meta-date">May</span>Odile Vance</div>',
    # a comment before the pruned element takes its tail
    '<div class="byline">By <!-- x --><time>now</time>Kasia Brand</div>',
    # the only author box sits in the sidebar or the comments: pruned, so the next search answers
    '<aside><div class="sidebar"><a rel="author">Sidebar Person</a></div></aside><p class="posted-by">Posted by Nils Aberg</p>',
    '<div id="comments"><span class="author-name">A Commenter</span></div><div data-component="Byline">Tove Marr</div>',
    # too short, then too long, then right
    '<a rel="author">Al</a><a rel="author">' + "word " * 40 + '</a><a rel="author">Greta Sand</a>',
    # the first search's element kinds only; a heading answers the second search
    '<h3 class="author">Rosa Quill</h3><em class="author">Not Searched First</em>',
    # the last search: any element, an id or a writer class
    '<section id="Author-box">Lior Penn</section>',
    '<li class="writer">Sami Oduya</li>',
    # nothing to find
    '<p>Just a review with no byline at all.</p>',
    # a <rel>me</rel> child (trafilatura tests rel='me', an element): trafilatura's own way is used
    '<span><rel>me</rel>Inez Rowe</span>',
    # nested pruned boxes and a candidate inside a kept one
    '<div class="quote"><div class="print"><a rel="author">Quoted</a></div></div><div class="entry"><a rel="author">Joss Ferrin</a></div>',
])
def test_author_corners_as_trafilatura_gives_them(markup):
    tree = _tree(markup)
    assert author_in_page(tree) == _trafilatura_author(tree)


def test_read_metadata_fields():
    tree = lxml_html.fromstring("""<html lang="de-AT"><head>
      <title>Ignored when a heading names the post</title>
      <meta property="og:site_name" content="  ">
      <meta property="og:site_name" content="Lampenlicht">
      <meta name="author" content="Maren Holt">
      <meta property="og:type" content="article">
      <link rel="canonical" href="/2024/05/tschick/">
      <link rel="next" href="/page/2/">
      </head><body class="single post-template">
      <div class="post-tags"><div class="post-tags-inner"><a href="/t/a">Roadtrip</a><a href="/t/b">Roadtrip</a></div>
        <a href="/t/c">Jugendbuch</a></div>
      <article><h1 class="entry-title"></h1><h2 class="post-title x">Tschick – Lampenlicht</h2>
      <time datetime="2024-05-03T10:00">3. Mai</time><a rel="category tag" href="/c/rev">Rezensionen</a></article>
      </body></html>""")
    meta = read_metadata(tree, "https://lampenlicht.example/2024/05/tschick/?utm=x")
    assert meta.sitename == "Lampenlicht"
    assert meta.title == "Tschick"  # the first heading with text, the site name cut off
    assert meta.author == "Maren Holt"
    assert meta.published == "2024-05-03"
    assert meta.language == "de"
    assert meta.canonical_url == "https://lampenlicht.example/2024/05/tschick/"
    assert meta.tags == ["Rezensionen"]  # rel=tag inside the article comes first
    assert meta.categories == ["Rezensionen"]
    assert meta.og_type == "article"
    assert meta.body_classes == ["single", "post-template"]
    assert meta.rel_next is True


def test_read_metadata_tag_boxes_and_no_next():
    tree = _tree('<div class="entry-header"><h2 class="entry-header">Stoner</h2></div>'
                 '<div class="tags-links"><span class="post-tags"><a href="/t/1"> Campus\n novel </a></span><a href="/t/2">1965</a></div>'
                 '<div class="cat-links"><a href="/c/1">Klassiker</a></div><a class="previous" href="/p">Older</a>')
    meta = read_metadata(tree, "https://example.org/stoner/")
    assert meta.title == "Stoner"  # Typepad's h2.entry-header, not the div around it
    assert meta.tags == ["Campus novel", "1965"]  # nested boxes read once, in document order
    assert meta.categories == ["Klassiker"]
    assert meta.rel_next is False
    assert meta.language is None and meta.canonical_url is None
