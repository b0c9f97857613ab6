"""A wiki's encyclopedic article about a book (wikiarticle.py): a MediaWiki page with an info box whose lead opens on
its subject in bold is an article, not a review. Near misses: a reader's review hosted on a MediaWiki page (no info
box), a wiki page with an info box that gives its own score, a blog review with a table classed "infobox" and a bold
lead. Pages of our own invention."""

from __future__ import annotations

from scraper.extract import extract_page

INFOBOX = """<table class="infobox"><tr><th colspan="2">The Salt Orchard</th></tr><tr><th>Author</th><td>Mirela Dunca
</td></tr><tr><th>Series</th><td>Delta Cycle, book 1</td></tr><tr><th>Published</th><td>March 2019</td></tr>
<tr><th>Followed by</th><td><a href="/wiki/The_Reed_Gate">The Reed Gate</a></td></tr></table>"""
ARTICLE = """<p><b>The Salt Orchard</b> is the first novel of the <i>Delta Cycle</i>, written by Mirela Dunca. It follows
the lock-keeper Ilinca through the year the river changed its course.</p>
<h2><span class="mw-headline" id="Plot">Plot</span></h2><p>Ilinca inherits the lock from her uncle and discovers that
the barges passing through it carry more than grain. A surveyor from the capital arrives to map the new channel, and
the two of them uncover a scheme to drain the marshes before the spring floods. The novel ends with the first
breach of the old dyke.</p><h2><span class="mw-headline" id="Reception">Reception</span></h2><p>The novel won a
regional prize for debut fiction in 2020 and was translated into six languages; critics praised its setting and its
slow, patient pacing.</p>"""


def _wiki(body_class: str, content: str, title: str = "The Salt Orchard") -> str:
    return f"""<html lang="en"><head><meta name="generator" content="MediaWiki 1.41"><title>{title} - Delta Wiki</title>
</head><body class="{body_class}"><header class="mw-header"><a href="/wiki/Main_Page">Delta Wiki</a></header>
<main id="content" class="mw-body"><h1 id="firstHeading">{title}</h1><div id="bodyContent">
<div id="siteSub">From Delta Wiki, the Delta Cycle encyclopedia</div>
<div id="mw-content-text"><div class="mw-parser-output">{content}</div></div></div></main>
<footer class="mw-footer"><p>This page was last edited on 2 November 2026.</p></footer></body></html>"""


URL = "https://delta.example.wiki/wiki/The_Salt_Orchard"


def test_mediawiki_article_with_infobox_and_bold_lead_is_no_review():
    page = extract_page(_wiki("mediawiki ltr ns-0 action-view", INFOBOX + ARTICLE), URL)
    assert not page.is_review and page.kind == "other", page.reason


def test_fandom_portable_infobox_article_is_no_review():
    aside = ('<aside class="portable-infobox pi-background"><h2 class="pi-title">The Salt Orchard</h2>'
             '<div class="pi-item"><h3>Author</h3><div>Mirela Dunca</div></div></aside>')
    page = extract_page(_wiki("mediawiki skin-fandomdesktop ns-0", aside + ARTICLE), URL)
    assert not page.is_review, page.reason


REVIEW = """<p>I picked up The Salt Orchard by Mirela Dunca on a friend's advice and read it in two long evenings. The
lock-keeper Ilinca is one of the most stubborn and lovable narrators I have met in years, and the river is drawn so
closely that I could smell the mud.</p><p>The middle drags a little, when the surveyor's maps take over, but the last
fifty pages are superb: the breach of the dyke is told in short, breathless chapters that I could not put down. I
wish the ending had given the surveyor more room, yet I will read the next book of the cycle as soon as it is out.</p>
<p>For anyone who likes slow novels about work and weather, this is an easy one to recommend.</p>"""


def test_near_miss_readers_review_on_a_wiki_without_infobox():
    page = extract_page(_wiki("mediawiki ltr ns-0 action-view", REVIEW, "A reader's note on The Salt Orchard"),
                        "https://delta.example.wiki/wiki/A_reader%27s_note_on_The_Salt_Orchard")
    assert page.is_review, page.reason


def test_near_miss_wiki_review_with_infobox_and_its_own_score():
    lead = "<p><b>The Salt Orchard</b> is a novel I read twice this year, and my verdict has not changed.</p>"
    page = extract_page(_wiki("mediawiki ltr ns-0 action-view", INFOBOX + lead + REVIEW + "<p>My rating: 4/5</p>"), URL)
    assert page.is_review, page.reason


def test_near_miss_blog_review_with_an_infobox_table():
    lead = "<p><b>The Salt Orchard</b> is the debut I have pressed on everyone I know this autumn.</p>"
    html = f"""<html lang="en"><head><title>The Salt Orchard by Mirela Dunca – Marsh Pages</title></head>
<body class="single single-post"><article class="post"><h1 class="entry-title">The Salt Orchard by Mirela Dunca</h1>
<div class="entry-content">{INFOBOX}{lead}{REVIEW}</div></article></body></html>"""
    page = extract_page(html, "https://marshpages.example.com/2026/11/the-salt-orchard/")
    assert page.is_review, page.reason
