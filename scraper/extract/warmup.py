"""What every extraction process pays on its first pages, paid once in the parent before its workers fork.

A fresh process compiles, on first use: dateparser's patterns for each of its ~200 locales (htmldate's extensive
date search reaches them on the first page whose date it cannot read otherwise: ~1.4 s), the rules' tables of every
locale's month and weekday names (``worddates``, ``owndateline``, ``eventdays``: built once, ``lru_cache``), and the
few hundred patterns the rules pass to ``re.search`` as strings (the re module's cache). The crawl's and
``reextract``'s workers are forked (``scraper.pipelines.extract.SharedPool``, ``scraper.reextract``): what the parent
has built before the fork they inherit, and none of them builds it again.

Nothing here changes what a page gives: each of these is a cache of a function of its arguments alone (dateparser's
compiled patterns, keyed by locale and settings; its parser, htmldate's, never tries the locales it found before:
``try_previous_locales`` is off), and the sample page is extracted as any page is, its record thrown away
(tests/test_warmup.py: the same records with and without it).
"""

from __future__ import annotations

import inspect
import logging
import sys

log = logging.getLogger(__name__)

# a small review page (a post body, a byline, a date htmldate reads only by its extensive search, a rating line): it
# takes the common rules' paths once, compiling their patterns
SAMPLE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Review: The Quiet Harbour by Ann Reed – Long Shelf</title>
<meta property="og:site_name" content="Long Shelf"></head><body class="single single-post">
<header><nav><a href="/">Home</a> <a href="/reviews/">Reviews</a></nav></header>
<article class="post"><h1 class="entry-title">Review: The Quiet Harbour by Ann Reed</h1>
<p class="byline">By Mia Lund · le 3 mars, une heure</p>
<div class="entry-content"><p><strong>Title:</strong> The Quiet Harbour<br><strong>Author:</strong> Ann Reed<br>
<strong>Publisher:</strong> Fen Press, 2021</p>
<p>The Quiet Harbour is a patient novel about a village, a ferry and the letters a sister never sent. Reed writes
the harbour gently, and the winter chapters are the best things she has written.</p>
<p>I received a copy from the publisher in exchange for an honest review. This post contains affiliate links.</p>
<p>Rating: 4/5 stars</p><p>Share this: <a href="https://twitter.com/share">Twitter</a></p></div></article>
<aside class="sidebar"><h3>Archives</h3><ul><li><a href="/2021/03/">March 2021</a></li></ul></aside>
<footer><p>© 2021 Long Shelf. All rights reserved.</p></footer></body></html>"""


def warm() -> None:
    """Build, in this process, what extraction otherwise builds on each worker's first pages (module docstring)."""
    try:
        from htmldate.extractors import get_external_parser

        get_external_parser().get_date_data("warm")  # (no date in any locale: every locale's patterns compiled)
    except Exception as exc:  # (a cache only: a worker builds it itself)
        log.debug("dateparser warm-up failed: %s", exc)
    for name, module in list(sys.modules.items()):
        if not name.startswith(__package__ + "."):
            continue
        for function in list(vars(module).values()):
            # the tables built once: a cached function of no arguments, defined in the module
            if callable(function) and hasattr(function, "cache_info") and getattr(function, "__module__", None) == name:
                try:
                    if not inspect.signature(function).parameters:
                        function()
                except Exception as exc:
                    log.debug("warm-up of %s.%s failed: %s", name, getattr(function, "__name__", "?"), exc)
    from . import extract_page

    try:
        extract_page(SAMPLE, "https://longshelf.example/2021/03/review-the-quiet-harbour/")
    except Exception as exc:
        log.debug("warm-up extraction failed: %s", exc)
