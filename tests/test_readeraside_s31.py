"""The site's own lines to its reader left in a post body, read by shape and position (s31):

- a closing aside set apart (a box, italics, a wrapper of its own) after the review, opening on a question to the reader
  and naming the site, its kind or the piece read (readeraside.site_question);
- the blog's sales line set apart after the review, naming a bookseller and the commission the site earns
  (readeraside.commission_line);
- a newsletter's closing line of asks: the forward ask and a bidding to become a paying member in one line
  (forwardask._asks_only);
- the site's box set in the post naming a paid membership or its being reader-funded (fundbox, paidwords.PAID).

Near misses: a review's closing question in italics about the book, a review paragraph asking about a blog in the
flow of the others, a set-apart note naming a bookseller but no commission, a review's word "commission" in the flow,
a long closing paragraph of the review that opens on the forward ask, a box of the review's naming no funding.
"""

from __future__ import annotations

from scraper.extract import extract_page

_P1 = ("<p>The novel follows a lighthouse keeper through one long winter on a rock off the northern coast; each chapter "
       "adds a small weight to his silence, and the last pages make it speak at last, quietly and without a false note.</p>")
_P2 = ("<p>What I liked best is how the island becomes a character: the supply boat, the broken radio, the gulls at "
       "dawn all carry the story as much as the keeper does, and the prose never hurries any of them along.</p>")


def _body(tail: str, middle: str = "", title: str = "Review") -> str:
    html = (f'<html lang="en"><head><meta charset="utf-8"><title>{title}</title></head><body><article class="post">'
            f'<h1 class="entry-title">The Keeper of Skerry Light</h1><div class="entry-content">{_P1}{middle}{_P2}'
            f"<p>Rating: 4/5</p>{tail}</div></article></body></html>")
    return extract_page(html, "https://harbourreads.example.org/2026/11/keeper-of-skerry-light").body_text


def _kept(body: str) -> bool:
    return "lighthouse keeper" in body and "supply boat" in body


# ---- a closing question set apart, about the site or the piece read

def test_italic_question_about_what_was_read_goes():
    body = _body("<p><em>Like what you just read? I put up one of these every other Sunday, mostly on the sea."
                 "</em></p>")
    assert "Like what you just read" not in body and _kept(body)


def test_boxed_question_naming_the_blog_goes():
    body = _body('<div class="club-callout"><p><strong>Fancy reviewing for the club blog?</strong> Leave a note in the '
                 "tray by the tea urn or speak to Mr Okafor on Thursdays.</p></div>")
    assert "Fancy reviewing" not in body and _kept(body)


def test_italic_question_about_the_book_stays():
    body = _body("<p><em>Did the keeper ever send that letter? The last chapter leaves you to decide, and I still "
                 "cannot.</em></p>")
    assert "Did the keeper ever send that letter" in body


def test_plain_paragraph_asking_about_a_blog_stays():
    body = _body("<p>Want to know why every sailing blog quotes this book? Read the storm chapter aloud.</p>")
    assert "every sailing blog" in body


def test_italic_question_in_the_middle_stays():
    # (mid-post, review prose after it: not the post's closing aside)
    body = _body("", middle="<p><em>Why does a blog like mine keep coming back to lighthouses? Perhaps because "
                 "they are lonely.</em></p>")
    assert "Why does a blog like mine" in body


# ---- the blog's sales line with its commission

def test_boxed_bookseller_line_with_commission_goes():
    body = _body('<div class="block"><p>Order it through our Bookshop.org page and we get a little commission, which '
                 "pays for the web hosting.</p></div>")
    assert "Bookshop.org page" not in body and _kept(body)


def test_boxed_bookseller_line_without_commission_stays():
    body = _body('<div class="block"><p>I bought my copy second-hand at Waterstones in Oban, the last one on the shelf.'
                 "</p></div>")
    assert "second-hand at Waterstones" in body


def test_commission_in_the_review_flow_stays():
    body = _body("<p>The keeper's brother takes a commission on every crate the Amazon trader lands, and it ruins him."
                 "</p>")
    assert "takes a commission" in body


# ---- a newsletter's line of asks

def test_forward_ask_and_paying_member_in_one_line_goes():
    body = _body('<p>Forward this to a colleague who still thinks poetry is "just words." And if this letter earns its '
                 "place in your inbox, become a paying member for three pounds a month.</p><p>— Tomás</p>")
    assert "Forward this to a colleague" not in body and _kept(body)


def test_forward_ask_then_review_sentence_stays():
    body = _body("<p>Forward this to a friend who loves the sea. The keeper's last entry in the log is the finest page "
                 "of the book, and the one I keep rereading on the ferry home.</p>")
    assert "finest page" in body


def test_forward_ask_then_a_bid_to_read_on_stays():
    body = _body("<p>Forward this to a friend who sails. Then go and find her first novel, the one about the salt "
                 "marsh, which is stranger and even better, and see whether its ending hits you on the ferry as it hit "
                 "me.</p>")
    assert "her first novel" in body


# ---- the site's box naming a paid membership or its reader funding

def test_box_naming_reader_funded_site_goes():
    body = _body("", middle='<div class="kg-card kg-callout-card"><div class="kg-callout-emoji">☕</div>'
                 '<div class="kg-callout-text">Harbour Reads is free and reader-supported. If a review helped you, '
                 "consider a membership.</div></div>")
    assert "reader-supported" not in body and _kept(body)


def test_box_of_the_review_naming_a_membership_of_the_story_stays():
    body = _body("", middle='<div class="kg-card kg-callout-card"><div class="kg-callout-text">The keeper keeps his '
                 "lifeboat membership card in the log book, a detail that matters later.</div></div>")
    assert "lifeboat membership card" in body


def test_box_of_the_review_naming_a_paid_subscription_stays():
    body = _body("", middle='<div class="kg-card kg-callout-card"><div class="kg-callout-text">The keeper\'s paid '
                 "subscription to the shipping list arrives three months late, and he reads it anyway.</div></div>")
    assert "paid subscription to the shipping list" in body
