"""Tumblr's post notes (``platforms.TUMBLR_SELECTORS``, review rev33c), in our own words and markup: asked of a Tumblr
page only (``platforms.tumblr_page``: its address on tumblr.com, Tumblr's asset hosts or controls iframe in its head,
a custom domain's too). Near miss: on a WordPress page, a writer's own list classed "notes", its items "note reply"
(the writer's replies to readers' letters), stays.
"""

from __future__ import annotations

from scraper.extract import extract_page

PARAS = [
    "finished The Copper Lighthouse last night and it is so good. a keeper's daughter finds the lamp shows ships from "
    "other centuries, and every chapter is a different night on the rocks with the weather closing in.",
    "the middle drags when the cousins arrive, but the low-tide chapter near the end made me cry on a train.",
]
NOTES = ("<ol class='notes'><li class='note reblog'><a href='#'>saltmarsh</a> reblogged this from "
         "<a href='#'>tidewrack</a></li><li class='note like'><a href='#'>gullwing</a> likes this</li></ol>")


def _tumblr(head: str, url: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return (f"<html lang='en'><head><meta charset='utf-8'><title>tidewrack — the copper lighthouse</title>{head}"
            "</head><body><div id='posts'><article class='post text'><h2 class='title'>the copper lighthouse</h2>"
            f"<div class='body'>{body}</div>{NOTES}</article></div></body></html>")


def test_the_notes_go_on_tumblr_pages():
    for head, url in (
        ("<link rel='canonical' href='https://tidewrack.example.tumblr.com/post/81234/the-copper-lighthouse'>",
         "https://tidewrack.example.tumblr.com/post/81234/the-copper-lighthouse"),
        # a custom domain: Tumblr's assets and controls iframe in the head
        ("<link rel='stylesheet' href='https://assets.tumblr.com/client/prod/standalone/blog.css'>",
         "https://tidewrack.example.net/post/81234/the-copper-lighthouse"),
        ("<script src='https://static.tumblr.com/x/theme.js'></script>",
         "https://books.example.org/post/81234/the-copper-lighthouse"),
    ):
        record = extract_page(_tumblr(head, url), url)
        assert "cry on a train" in record.body_text
        assert "gullwing" not in record.body_text and "reblogged this" not in record.body_text, record.body_text


def test_a_writers_notes_list_elsewhere_stays():
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    letters = ("<h3>From the letters box</h3><ol class='notes'><li class='note reply'>In reply to Sam: yes, the "
               "cousins do come back in the sequel, though only briefly.</li><li class='note reply'>In reply to Ada: "
               "the lighthouse is invented, but it is based on one on the Antrim coast.</li></ol>")
    html = ("<html lang='en'><head><meta charset='utf-8'><title>The Copper Lighthouse</title>"
            "<link rel='stylesheet' href='/wp-content/themes/x/style.css'></head><body><article class='post'>"
            f"<h1 class='entry-title'>The Copper Lighthouse</h1><div class='entry-content'>{body}{letters}</div>"
            "</article></body></html>")
    record = extract_page(html, "https://tidewrack.example.net/2026/12/the-copper-lighthouse/")
    assert "In reply to Sam" in record.body_text
    assert "based on one on the Antrim coast" in record.body_text
