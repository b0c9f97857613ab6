"""Render `body_markdown` cells as sanitised HTML.

Review bodies come from the open web, so the Markdown is rendered and then
cleaned with nh3 (an allow-list sanitiser): scripts, event handlers, styles,
iframes and javascript:/data: URLs never reach the reader's browser. Relative
links are resolved against the review's own URL so they still lead somewhere.
"""

import markdown
import nh3
from datasette import hookimpl
from markupsafe import Markup

MARKDOWN_COLUMNS = {"body_markdown"}

ALLOWED_TAGS = {
    "p", "br", "hr", "a", "em", "strong", "b", "i", "u", "s", "del", "sup", "sub",
    "blockquote", "code", "pre", "ul", "ol", "li", "dl", "dt", "dd",
    "h1", "h2", "h3", "h4", "h5", "h6", "img", "figure", "figcaption",
    "table", "thead", "tbody", "tr", "th", "td", "abbr", "cite", "q",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title"},
    "abbr": {"title"},
    "th": {"align"},
    "td": {"align"},
}


def render_markdown(text: str, base_url: str | None = None) -> Markup:
    html = markdown.markdown(text, output_format="html")
    clean = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        clean_content_tags={"script", "style"},
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="nofollow noopener noreferrer",
        # Don't leak the reader's Datasette URL to image hosts; load lazily.
        set_tag_attribute_values={"img": {"loading": "lazy", "referrerpolicy": "no-referrer"}},
        url_relative=("rewrite_with_base", base_url) if base_url else "deny",
    )
    return Markup(f'<div class="shelfmark-review">{clean}</div>')


def _row_url(row) -> str | None:
    try:
        url = row["url"]
    except (KeyError, IndexError, TypeError):
        return None
    if isinstance(url, str) and url.startswith(("http://", "https://")):
        return url
    return None


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if column not in MARKDOWN_COLUMNS or not isinstance(value, str):
        return None
    return render_markdown(value, _row_url(row))


@hookimpl
def prepare_jinja2_environment(env):
    # Reader pages use the same renderer and sanitiser as table cells: `{{ body|markdown(url) }}`.
    env.filters["markdown"] = lambda text, base_url=None: render_markdown(text or "", base_url)
