"""Pages for the fault server: an ordinary review post and a home page linking to everything.

The review is plain WordPress-like markup written for these tests; what varies
between faults is how it is served, not what it says.
"""

from __future__ import annotations

from html import escape

PARAGRAPHS = [
    "I came to this novel late, after a friend pressed a battered copy into my hands at a bus stop and made me "
    "promise to finish it before the end of the month. I kept the promise with a week to spare.",
    "The story follows a lighthouse keeper who starts writing letters to the ships that pass without stopping. "
    "Nobody answers, of course, and the book is wise enough never to pretend that anyone will.",
    "What carries it is the voice: dry, patient, funny in a way that creeps up on you. Whole chapters pass in which "
    "nothing happens except weather, and I would not cut a single one of them.",
    "It is not flawless. The middle section loses its nerve for thirty pages and reaches for a plot twist the book "
    "does not need, and one of the minor characters exists only to explain things to the reader.",
    "Still, I finished it on a wet Sunday afternoon and sat for a long while with the last page open. I have already "
    "lent it to my sister, who has promised to give it back, which we both know she will not.",
]


def review_page(title: str, author: str, *, extra: str = "", canonical: str | None = None, head: str = "",
                paragraphs: list[str] | None = None, rating: str = "4/5") -> str:
    """A review post of "`title`" by `author`; `extra` is a paragraph of text that a test looks for."""
    body = "\n".join(f"<p>{escape(p)}</p>" for p in (paragraphs or PARAGRAPHS))
    if extra:
        body = f"<p>{escape(extra)}</p>\n{body}"
    link = f'<link rel="canonical" href="{escape(canonical)}" />' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
{head}
<title>{escape(title)} by {escape(author)} &#8211; The Fault Line</title>
{link}
<meta name="generator" content="WordPress 6.7.2" />
<meta property="og:type" content="article" />
</head>
<body class="post-template-default single single-post">
<header class="site-header"><p class="site-title"><a href="/">The Fault Line</a></p></header>
<main id="main" class="site-main">
<article class="post type-post status-publish hentry category-reviews">
<header class="entry-header"><h1 class="entry-title">{escape(title)} by {escape(author)}</h1>
<time class="entry-date published" datetime="2025-04-02T09:00:00+00:00">April 2, 2025</time></header>
<div class="entry-content">
<p><strong>Rating:</strong> {escape(rating)}</p>
{body}
</div>
<footer class="entry-footer"><span class="cat-links"><a href="/category/reviews/" rel="category tag">Reviews</a></span></footer>
</article>
</main>
<footer class="site-footer"><p>The Fault Line, a reading diary.</p></footer>
</body>
</html>
"""


def home_page(links: list[str], title: str = "The Fault Line") -> str:
    items = "\n".join(f'<li><a href="{escape(href)}">{escape(href)}</a></li>' for href in links)
    return f"""<!DOCTYPE html>
<html lang="en"><head><title>{escape(title)}</title>
<meta name="generator" content="WordPress 6.7.2" /></head>
<body class="home blog"><header><h1>{escape(title)}</h1></header>
<main><p>Reviews, mostly of books nobody asked about.</p><ul>
{items}
</ul></main></body></html>
"""


ROBOTS = "User-agent: *\nAllow: /\n"
