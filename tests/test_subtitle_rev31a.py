"""The subtitle under a post's headline (``bookpageclues.headline_subtitle``) and what ``bookstandfirst`` reads in it.

A theme's masthead sets the blog's name as an h1 and its tagline under it on every post: that pair is no headline and
subtitle (an <hgroup>, a site-title/description id or class, or an h1 that only links home). A title read from a
subtitle alone must be said again in the page's <title> or og:title; a standfirst that names the owner of a book names
the found book's author only where it names that title or opens on the owner's book.

Every page here is invented for these tests (invented blogs, books and people, in our own words).
"""

from __future__ import annotations

from lxml import html

from scraper.extract import extract_page
from scraper.extract.bookpageclues import headline_subtitle

_PROSE = ("<p>Second look, a week on: the chapters are short and each ends on a small turn, the people talk like "
          "people and the middle drags for a stretch before the last part pays back the wait. I finished it over two "
          "evenings with the radio off, and lent my copy to my sister straight after.</p>"
          "<p>A third note: it has grown on me since, and I keep going back to scenes that looked minor at first. The "
          "sentences are plain and careful, and nobody in it explains themselves.</p>")


def _tree(body: str):
    return html.fromstring(f"<html><body>{body}</body></html>")


def test_post_subtitle_read():
    pages = [
        '<article><h1 class="post-title">Back to the orchard</h1><h2 class="subtitle">Rereading an old favourite at'
        ' forty, twenty years on</h2></article>',
        # a platform's site name in an h1 linking home, then the post's h1 and its dek
        '<nav><h1 class="navbar-title"><a href="https://plainreads.example/">Plain Reads</a></h1></nav>'
        '<article><h1>Winter in the valley</h1><h3>A family saga told from the kitchen table, slowly</h3></article>',
        '<header><h1><a href="/">Kettle Notes</a></h1></header><main><h1 class="entry-title">Notes on a quiet'
        ' novel</h1><h2>What a small book about a ferry taught me about waiting</h2></main>',
    ]
    for body, want in zip(pages, ("Rereading an old favourite at forty, twenty years on",
                                  "A family saga told from the kitchen table, slowly",
                                  "What a small book about a ferry taught me about waiting")):
        assert headline_subtitle(_tree(body)) == want


def test_masthead_is_no_subtitle():
    pages = [
        '<header id="branding"><hgroup><h1 id="site-title"><a href="/">Rain Shelf</a></h1><h2 id="site-description">'
        'Book notes from a small coastal town</h2></hgroup></header><article><h1>March reading</h1></article>',
        '<div class="site-branding"><h1 class="site-title">Rain Shelf</h1><h2 class="site-description">Book notes'
        ' from a small coastal town</h2></div><article><h1>March reading</h1></article>',
        '<h1 class="blog-title">Rain Shelf</h1><h2 class="tagline">Libros leídos despacio, desde 2011</h2>',
    ]
    for body in pages:
        assert headline_subtitle(_tree(body)) is None, body


def _page(head: str, title: str, opening: str, closing: str = "") -> bytes:
    return (f'<html lang="en"><head><title>{title}</title></head><body>{head}<article><p>{opening}</p>{_PROSE}'
            f"<p>{closing}</p></article></body></html>").encode()


def test_tagline_gives_no_title():
    # the blog's tagline under its name, the post's own headline below: no book from the tagline's place name
    head = ('<header id="branding"><hgroup><h1 id="site-title"><a href="/">Rain Shelf</a></h1>'
            '<h2 id="site-description">Book notes from the Outer Hebrides</h2></hgroup></header>'
            '<h1 class="entry-title">February, briefly</h1>')
    r = extract_page(_page(head, "February, briefly | Rain Shelf", "Amara Quinlan's memoir was the only book I finished"
                           " in February, and it stayed with me.", "Quinlan is generous to everyone. Quinlan again."),
                     "https://rainshelf.example/2026/02/february/")
    assert r.book_title != "Outer Hebrides"
    # a subtitle under the post's own h1 whose run the page's title never repeats: a place, not a title
    head = "<header><h1>Holiday reading</h1><h2>A damp week in the Brecon Beacons and one very good book</h2></header>"
    r = extract_page(_page(head, "Holiday reading", "Amara Quinlan's essay collection came along in my bag.",
                           "Quinlan is funny about everything. Quinlan forever."), "https://rainshelf.example/holiday/")
    assert r.book_title != "Brecon Beacons"


def test_subtitle_title_said_in_page_title():
    head = ("<header><h1>Going home again</h1><h2>Rereading Orchard of Bells at sixty, forty years after school"
            "</h2></header>")
    r = extract_page(_page(head, "Going home again. Rereading Orchard of Bells at sixty | by Ruth Ames",
                           "Amara Quinlan's memoir of a village childhood was set for our exams in 1986.",
                           "Quinlan writes as if nothing were lost. I am glad Quinlan waited for me."),
                     "https://medium.example/going-home-again-1a2b3c")
    assert (r.book_title, r.book_author) == ("Orchard of Bells", "Amara Quinlan")


def test_standfirst_comparison_names_no_author():
    head = ("<header><h1>Review: The Copper Gate</h1><h2>Fans of Teodor Brask's first novel will find a gentler"
            " sibling here</h2></header>")
    r = extract_page(_page(head, "Review: The Copper Gate", "The Copper Gate is a debut about a lock keeper and a"
                           " single dry summer. Brask comes to mind, but it is its own book.",
                           "Where Brask is cold, this is warm."), "https://rainshelf.example/review-the-copper-gate/")
    assert r.book_author != "Teodor Brask"


def test_standfirst_opening_on_owner():
    from scraper.extract.bookstandfirst import _opens_on
    for text, name in (("Teodor Brask's 2019 novel, read one chapter a week", "Teodor Brask"),
                       ("Le dernier roman de Lucie Marchal, lu lentement", "Lucie Marchal"),
                       ("Il nuovo romanzo di Paolo Serra torna al lago", "Paolo Serra"),
                       ("Der neue Roman von Eva Lindner spielt am Meer", "Eva Lindner")):
        assert _opens_on(text, name), text
    for text, name in (("Fans of Teodor Brask's first novel will find a gentler sibling", "Teodor Brask"),
                       ("Ceux qui ont aimé le roman de Lucie Marchal trouveront ici autre chose", "Lucie Marchal")):
        assert not _opens_on(text, name), text
