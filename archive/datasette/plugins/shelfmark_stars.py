"""Render star ratings (0–5 in half steps) as ★ characters, keeping the number as a tooltip."""

from datasette import hookimpl
from markupsafe import Markup

STAR_COLUMNS = {"stars", "average_stars"}


def stars_html(value: float) -> Markup:
    halves = max(0, min(10, round(float(value) * 2)))
    full, half = divmod(halves, 2)
    empty = 5 - full - half
    glyphs = "★" * full + ("½" if half else "") + "☆" * empty
    return Markup('<span class="shelfmark-stars" title="{0:g} of 5 stars">{1}</span>').format(
        halves / 2, glyphs
    )


@hookimpl
def render_cell(value, column):
    if column not in STAR_COLUMNS or not isinstance(value, (int, float)) or isinstance(value, bool):
        return None
    return stars_html(value)


@hookimpl
def prepare_jinja2_environment(env):
    # `{{ review.stars|stars }}` on reader pages; nothing at all when the review gives no rating.
    env.filters["stars"] = lambda value: stars_html(value) if isinstance(value, (int, float)) else ""
