"""Show search snippets with their <mark> highlights, and nothing else, as HTML.

The `search` canned query asks SQLite's snippet() for <mark>…</mark> around hits
(JSON and CSV keep those literal tags). Everything else in the snippet is review
text, so it is escaped first and only the highlight tags are put back.
"""

from datasette import hookimpl
from markupsafe import Markup, escape

SNIPPET_COLUMNS = {"snippet"}


@hookimpl
def render_cell(value, column):
    if column not in SNIPPET_COLUMNS or not isinstance(value, str):
        return None
    html = str(escape(value)).replace("&lt;mark&gt;", "<mark>").replace("&lt;/mark&gt;", "</mark>")
    return Markup(html)
