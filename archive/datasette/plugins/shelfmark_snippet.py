"""Show search snippets with their <mark> highlights, and nothing else, as HTML.

Also the `opening` template filter: the first lines of a review, cut at a word
boundary, for book pages, search results and the feed.

The `search` canned query asks SQLite's snippet() for <mark>…</mark> around hits
(JSON and CSV keep those literal tags). Everything else in the snippet is review
text, so it is escaped first and only the highlight tags are put back.
"""

from datasette import hookimpl
from markupsafe import Markup, escape

SNIPPET_COLUMNS = {"snippet"}


def snippet_html(value: str) -> Markup:
    html = str(escape(value)).replace("&lt;mark&gt;", "<mark>").replace("&lt;/mark&gt;", "</mark>")
    return Markup(html)


def opening(text: str | None, limit: int = 280) -> str:
    """The review's first `limit` characters or so, ending on a whole word."""
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:–—-")
    return cut + " …"


@hookimpl
def render_cell(value, column):
    if column not in SNIPPET_COLUMNS or not isinstance(value, str):
        return None
    return snippet_html(value)


@hookimpl
def prepare_jinja2_environment(env):
    env.filters["snippet"] = lambda value: snippet_html(value or "")
    env.filters["opening"] = opening
