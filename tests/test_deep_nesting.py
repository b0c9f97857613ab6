"""A page nested past libxml2's 256 levels (a template that leaves a wrapper open in a loop) keeps its text.

libxml2 stops parsing at that depth and drops the rest of the page: the extractor archived such a review as empty and
the capture view showed nothing of it. `scraper.deephtml` parses the page again without the limit and unwraps what
sits below level 200, so the review is read as it would be at a shallow depth, in the extractor and in the view.
"""

from __future__ import annotations

import lxml.html
import pytest

from archive.serve import make_datasette
from scraper.deephtml import DEPTH, flatten
from scraper.extract import extract_page
from tests.capture_warcs import page_id, write_warc
from tests.reader_archive import build_archive

PARAGRAPHS = [
    "Wren Halloway's second novel follows a ferry pilot who keeps a ledger of every crossing she refuses to make.",
    "The ledger turns out to be the book's spine: each refusal is a chapter, and each one costs her a friend.",
    "I finished it on a train and missed my stop, which says more than any star rating could.",
    "The middle third drags where the harbour inquiry takes over, but the last chapters pay for the wait.",
    "Rating: 4/5. Recommended for anyone who liked slow, stubborn heroines and weather that behaves like a character.",
]


def review_page(depth: int, wrapper: str = '<div class="widget-wrap">') -> str:
    # each wrapper is opened and never closed, as a broken template loop leaves them
    return ("<!DOCTYPE html><html><head><title>Review: The Ferry Ledger by Wren Halloway</title></head><body>"
            + wrapper * depth + "<article class='post'><h1>Review: The Ferry Ledger by Wren Halloway</h1>"
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article></body></html>")


@pytest.mark.parametrize("depth", [300, 1500])
def test_a_review_below_the_parsers_depth_limit_is_read_as_at_a_shallow_depth(depth):
    shallow = extract_page(review_page(5), "http://ferry.test/2024/05/ferry-ledger/")
    deep = extract_page(review_page(depth), "http://ferry.test/2024/05/ferry-ledger/")
    assert shallow.is_review and shallow.book_title == "The Ferry Ledger"
    assert deep.kind == shallow.kind and deep.is_review
    assert (deep.book_title, deep.book_author, deep.rating) == (shallow.book_title, shallow.book_author, shallow.rating)
    assert deep.body_text == shallow.body_text
    assert PARAGRAPHS[3][:40] in deep.body_text


def test_text_spread_over_a_thousand_open_wrappers_stays_whole_and_in_order():
    page = ("<html><body>" + "".join(f"<div><p>Line {i} of the reading diary, kept every evening.</p>"
                                     for i in range(1000)) + "</body></html>")
    tree = flatten(lxml.html.fromstring(page, parser=lxml.html.HTMLParser(huge_tree=True)))
    text = tree.text_content()
    positions = [text.index(f"Line {i} of") for i in range(1000)]
    assert positions == sorted(positions)
    depth = max(len(list(e.iterancestors())) for e in tree.iter())
    assert depth <= DEPTH + 1  # (the paragraphs kept below the flattened wrappers)


def test_a_shallow_page_is_left_as_parsed():
    page = "<html><body><div><section><p>One <em>two</em> three</p></section></div></body></html>"
    before = lxml.html.tostring(lxml.html.fromstring(page))
    assert lxml.html.tostring(flatten(lxml.html.fromstring(page))) == before


async def test_the_capture_view_shows_text_below_the_depth_limit(tmp_path):
    db = build_archive(tmp_path / "shelfmark.db")
    url = "http://alpha.test/nlmg"
    page = review_page(400).replace("</body>", "<p>Comments are closed on this post.</p></body>")
    write_warc(db, "00001-alpha-00000.warc.gz", [(url, "text/html", page.encode())])
    response = await make_datasette(db).client.get(f"/-/capture/{page_id(db, url)}/view")
    assert response.status_code == 200
    assert PARAGRAPHS[2] in response.text and "Comments are closed" in response.text


async def test_a_capture_nested_beyond_any_template_still_answers(tmp_path):
    # (200,000 levels: past even the raised limit; the view shows what the parser read instead of hanging the server)
    db = build_archive(tmp_path / "shelfmark.db")
    url = "http://alpha.test/nlmg"
    write_warc(db, "00001-alpha-00000.warc.gz", [(url, "text/html", review_page(200_000, "<div>").encode())])
    response = await make_datasette(db).client.get(f"/-/capture/{page_id(db, url)}/view")
    assert response.status_code == 200
    assert "Archived copy" in response.text or "archived" in response.text.lower()


def test_flattened_blocks_keep_their_lines_apart_and_code_stays_out_of_the_text():
    # (a code review's page: lines broken with <br>, list items, block paragraphs and a tracker script, 300 deep)
    body = ("<h1>Review: The Ferry Ledger by Wren Halloway</h1>"
            "<div>The ledger opens in March.<br>It closes in a storm.</div>"
            "<ul><li>Pacing</li><li>Characters</li><li>Ending</li></ul>"
            "<div>Halloway writes the estuary with <em>real</em> love.</div><div>Her dialogue never explains itself.</div>"
            "<script>var tracker = {id: 42};</script><style>.w{margin:0}</style>"
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS))
    page = ("<html><head><title>Review: The Ferry Ledger by Wren Halloway</title></head><body>"
            + "<div class='wrap'>" * 300 + body + "</body></html>")
    deep = extract_page(page, "http://ferry.test/2024/05/ferry-ledger/")
    lines = deep.body_text.splitlines()
    assert "The ledger opens in March." in lines and "It closes in a storm." in lines
    assert {"Pacing", "Characters", "Ending"} <= set(lines)
    assert "Halloway writes the estuary with real love." in lines
    assert "tracker" not in deep.body_text and "margin" not in deep.body_text


def test_old_and_unknown_inline_tags_below_the_limit_keep_their_sentence_whole():
    sentence = ("The heroine was <strike>brave</strike> reckless, and her <tt>ls -la</tt> habit <acronym>NEVER</acronym>"
                " left her, <nobr>not once</nobr> in <book-title>three hundred</book-title> pages.")
    page = "<html><body>" + "<div>" * 260 + f"<div>{sentence}</div>" + "</body></html>"
    tree = flatten(lxml.html.fromstring(page, parser=lxml.html.HTMLParser(huge_tree=True)))
    lines = [line.strip() for line in "\n".join(tree.itertext()).split("\n") if line.strip()]
    assert "The heroine was brave reckless, and her ls -la habit NEVER left her, not once in three hundred pages." in \
        " ".join("".join(tree.itertext()).split())
    assert not any(line in ("brave", "ls -la", "NEVER", "not once") for line in lines)
