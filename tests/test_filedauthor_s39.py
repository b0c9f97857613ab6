"""A social cataloguing site's review page: the book's h1 over "by <a href='/author/familygiven'>Given Family</a>",
the author's page filed by the name family name first (bookldlinks.FILED_AUTHOR, bookld._linked_name; formats39a).
A blog's own "/author/<login>/" archive link in a byline names no book's author."""

import pytest

from lxml import html as lhtml

from scraper.extract import extract_page
from scraper.extract.bookld import from_author_link

_REVIEW = [
    "A retired ferry captain spends one last summer sailing the route he worked for forty years, now as a passenger, "
    "and the novel listens to every conversation on deck as if it were his last watch.",
    "{surname} writes the captain's voice dry and funny, and the chapters in his daughter's letters are the best of it; the middle "
    "sags with harbour gossip, but the final crossing is beautifully judged.",
    "Patient, salty and kind, and I finished it on a real ferry, which helped.",
]


def _page(href, name="Oskar Lindqvist", lang="en", by="by"):
    paras = "".join(f"<p>{p}</p>" for p in _REVIEW).replace("{surname}", name.split()[-1])
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>The Last Crossing: a review by seaweed_reader | "
            "Catalogia</title></head><body class='work reviews'><div id='masthead'><a href='/'>Catalogia</a></div>"
            "<div id='main'><div class='headsummary'><h1>The Last Crossing</h1>"
            f"<h2>{by} <a href='{href}'>{name}</a></h2><div class='stats'><span>Members: 812</span> <span>Reviews: 19"
            "</span></div><button>Add to your library</button></div><div class='bookReview'><div class='reviewText'>"
            f"{paras}</div><div class='reviewControls'><span class='stars'>★★★★</span> "
            "<a href='/profile/seaweed_reader'>seaweed_reader</a> | Nov 30, 2026</div></div></div></body></html>")


@pytest.mark.parametrize("href, name, lang, by", [
    ("/author/lindqvistoskar", "Oskar Lindqvist", "en", "by"),
    ("/author/lindqvist-oskar/", "Oskar Lindqvist", "en", "by"),
    # three words, and a German page
    ("/author/kesslermarieluise", "Marie Luise Kessler", "de", "von"),
])
def test_the_author_linked_family_name_first_is_read(href, name, lang, by):
    record = extract_page(_page(href, name, lang, by), "https://catalogia.example.com/work/5521/reviews/90817")
    assert record.kind == "review", record.reason
    assert (record.book_title, record.book_author) == ("The Last Crossing", name)


def test_a_blogs_login_archive_is_no_filed_author():
    # a post's byline linked to the blog's author archive under a login: the name is not filed family name first
    tree = lhtml.fromstring("<html><body><article><h1>The Last Crossing</h1><p class='byline'>by <a "
                            "href='/author/oskar/'>Oskar Lindqvist</a></p><p>Text of the post.</p></article></body></html>")
    assert from_author_link(tree) is None


def test_a_link_spelling_the_name_in_order_under_author_is_not_read_as_filed():
    # ("/author/oskarlindqvist": a blog's login may be the writer's name in order; only the catalogue inverts it)
    tree = lhtml.fromstring("<html><body><article><h1>The Last Crossing</h1><p class='byline'>by <a "
                            "href='/author/oskarlindqvist/'>Oskar Lindqvist</a></p><p>Text.</p></article></body></html>")
    assert from_author_link(tree) is None
