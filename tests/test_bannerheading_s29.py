"""A board's or a hand-made site's masthead h1 is the site's name, not the topic's headline (``siteheading.banner_heading``):
the h1 sits in the page's banner (role="banner", or a <header> outside any article) and the <title> closes on it after a
separator, "Topic - Site"; the headline is the <title> before it. A headline's bracketed spoiler notice is the post's
remark, no part of the title (``book.clean_title``: "(no spoilers)", "(sin spoilers)", "(ohne Spoiler)",
"(без спойлеров)", "(ネタバレなし)"). Near misses: an h1 in an article's own header, a <title> that does not close on the
h1, a title that holds the word "spoils".

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import clean_title

_BODY = ("Picked this up again for the harbour noir month and thought I'd do a proper write-up.<br><br>Brodie is a "
         "pawnbroker in a damp Leith shop, sent to value a dead sailor's sea chest. Inside he finds a ledger of names "
         "that seem to be debts paid in blood. Is it a joke? Is it real? Nobody wants to know except Brodie.<br><br>"
         "What keeps it going is Brodie himself, a tired chancer with a good heart, and Keir writes him with real "
         "warmth. The middle sags and the ending felt rushed, but the atmosphere is thick as haar.<br><br>"
         "7/10 - would give it to anyone who likes their crime more gothic than procedural.")


def _record(banner: str, title: str, topic: str):
    html = f"""<!DOCTYPE html><html lang="en-gb"><head><meta charset="utf-8"><title>{title}</title></head>
<body><div id="wrap">{banner}<div id="page-body" role="main"><h2 class="topic-title"><a href="#">{topic}</a></h2>
<div class="post"><div class="postbody"><h3 class="first"><a href="#p1">{topic}</a></h3>
<p class="author">by <strong><a href="#" class="username">haar_reader</a></strong> » Tue Nov 24, 2026</p>
<div class="content">{_BODY}</div></div></div></div></div></body></html>"""
    return extract_page(html, "https://forum.leithnoir.example.org/viewtopic.php?t=77")


def test_a_boards_masthead_is_no_headline():
    topic = "Innes Keir – The Salt Ledger (no spoilers)"
    phpbb = '<div class="headerbar" role="banner"><h1>Leith Noir Board</h1><p>Crime from the docks</p></div>'
    record = _record(phpbb, f"{topic} - Leith Noir Board", topic)
    assert record.title == topic
    assert (record.book_title, record.book_author) == ("The Salt Ledger", "Innes Keir")
    # a <header> masthead and a bar separator
    header = '<header class="site"><h1>Leith Noir Board</h1><nav><a href="/">Index</a></nav></header>'
    record = _record(header, f"{topic} | Leith Noir Board", topic)
    assert (record.book_title, record.book_author) == ("The Salt Ledger", "Innes Keir")
    # an en dash before the site's name, the notice in square brackets
    topic = "Innes Keir – The Salt Ledger [minor spoilers]"
    record = _record(phpbb, f"{topic} – Leith Noir Board", topic)
    assert (record.book_title, record.book_author) == ("The Salt Ledger", "Innes Keir")


def test_spoiler_notices_in_many_languages():
    for title in ("The Salt Ledger (no spoilers)", "The Salt Ledger (spoiler-free)", "The Salt Ledger [spoilers]",
                  "The Salt Ledger (sin spoilers)", "The Salt Ledger (ohne Spoiler)", "The Salt Ledger (sans spoil)",
                  "The Salt Ledger (без спойлеров)", "The Salt Ledger（ネタバレなし）", "The Salt Ledger (senza spoiler)"):
        assert clean_title(title) == "The Salt Ledger", title


def test_near_misses():
    assert clean_title("Harbour Lights (The Spoils of War)") == "Harbour Lights (The Spoils of War)"
    assert clean_title("The Spoils of Poynton") == "The Spoils of Poynton"
    # the <title> does not close on the h1: the h1 is kept as the headline
    phpbb = '<div class="headerbar" role="banner"><h1>Leith Noir Board</h1></div>'
    record = _record(phpbb, "Leith Noir Board", "Innes Keir – The Salt Ledger")
    assert record.title == "Leith Noir Board"
