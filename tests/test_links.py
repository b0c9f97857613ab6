"""scraper/links.py: a page's links read from its text, and each distinct link given to the spider once."""

import re

from hypothesis import given, strategies as st

from scraper.links import LinkMemo, canonical_href, hrefs, shown


def test_hrefs_as_a_browser_sees_them():
    text = """<a href="/one/">1</a> <A class=x HREF='/two/?a=1&amp;b=2'>2</A> <a href=/three/>3</a>
    <!-- <a href="/commented/">no</a> --> <script>var s = '<a href="/scripted/">no</a>';</script>
    <a data-href="/not-a-link/">no</a> <a title="a > b" href=" /spaced/ ">4</a> <a>no href</a>"""
    assert hrefs(text) == ["/one/", "/two/?a=1&b=2", "/three/", "/spaced/"]


def test_canonical_link_as_a_parser_sees_it():
    head = """<head><!-- <link rel="canonical" href="/commented/"> --><link rel="stylesheet" href="/style.css">
    <link href="/no-rel/"><LINK title="a > b" REL="alternate Canonical" HREF=" /posts/one/?a=1&amp;b=2 ">
    <link rel="canonical" href="/second/"></head>"""
    assert canonical_href(head) == "/posts/one/?a=1&b=2"
    # one without an href is passed over, as the XPath over a parsed page did; a blank one names nothing
    assert canonical_href('<link rel=canonical><link rel=canonical href=/real/>') == "/real/"
    assert canonical_href('<link rel="canonical" href="  ">') is None
    assert canonical_href('<link rel="canonicalish" href="/x/"><p>no canonical link</p>') is None


def test_memo_gives_each_link_once_and_stays_bounded():
    memo = LinkMemo(size=10)
    page = lambda n: "".join(f'<a href="/menu/{k}/">m</a>' for k in range(3)) + f'<a href="?replytocom={n}">r</a>'  # noqa: E731
    first = memo.new_links(page(0), "http://blog.example/post-0/")
    assert first == [f"http://blog.example/menu/{k}/" for k in range(3)] + ["http://blog.example/post-0/?replytocom=0"]
    for n in range(1, 200):
        # the menu is never given again, however often the memo turns over; the page's own link is
        assert memo.new_links(page(n), f"http://blog.example/post-{n}/") == [f"http://blog.example/post-{n}/?replytocom={n}"]
        assert len(memo.done) + len(memo.older) <= 2 * 10 + 4


def test_an_href_split_by_tabs_and_line_breaks_is_joined_as_a_browser_joins_it():
    page = '<a href="/2024/05/\n  the-long\tway-home/\r\n">x</a><a href=" /about/ ">y</a><a href="\n">z</a>'
    assert hrefs(page) == ["/2024/05/  the-longway-home/", "/about/"]


@given(st.text(alphabet=st.sampled_from(list("ab/ \t\n\r\x0b\x0c\x1c\x85\u00a0\u2003")), max_size=30))
def test_hrefs_drop_tabs_and_line_breaks_then_strip_whatever_the_mix(raw):
    expected = re.sub(r"[\t\n\r]", "", raw).strip()
    assert hrefs(f'<a href="{raw}">x</a>') == ([expected] if expected else [])


LAZY_HIDDEN = re.compile(r"<!--.*?(?:-->|$)|<(script|style|template)\b[^>]*>.*?</\1\s*>", re.I | re.S)
PIECES = ["<script>", "<SCRIPT type=x>", "</script>", "</Script >", "</script", "<style>", "</style\n>", "<template>",
          "</template>", "<scripts>", "<!--", "-->", "<a href='/x'>", "</a>", "<", ">", "/", " ", "\n", "text", "ſcript"]


@given(st.lists(st.sampled_from(PIECES), max_size=14))
def test_hidden_markup_is_cut_as_the_first_closing_tag_ends_it(pieces):
    text = "".join(pieces)
    assert shown(text) == LAZY_HIDDEN.sub(" ", text)
