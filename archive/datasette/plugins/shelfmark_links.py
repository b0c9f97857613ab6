"""Render URL columns as links to the original posts, marked nofollow.

The archive points readers back to the blogs; `nofollow` because the links are
machine-collected, `noopener` so the blog's page can't reach back into ours.
"""

from datasette import hookimpl
from markupsafe import Markup, escape

LINK_COLUMNS = {"url", "canonical_url", "home_url"}


@hookimpl
def render_cell(value, column):
    if column not in LINK_COLUMNS or not isinstance(value, str):
        return None
    url = value.strip()
    if not url.startswith(("http://", "https://")):
        return None
    return Markup('<a href="{0}" rel="nofollow noopener">{0}</a>').format(escape(url))
