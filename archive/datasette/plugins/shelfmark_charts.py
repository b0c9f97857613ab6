"""Charts drawn on the server, as inline SVG and CSS bars: no JavaScript, nothing from a CDN.

Readers see the shape of the data at a glance (reviews per month, how a book
or a blog rates), and the numbers stay in the markup as text and tooltips, so
the charts read in a screen reader, in a text browser and in a CSV download of
the same canned query.

- `{{ rows|column_chart("month", "reviews") }}`  SVG columns, one per row, in order
- `{{ rows|bar_list("stars", "reviews") }}`      horizontal CSS bars with labels
"""

from datasette import hookimpl
from markupsafe import Markup, escape

WIDTH, HEIGHT, LABEL_SPACE = 640, 160, 34


def column_chart(rows, label: str, value: str, title: str = "") -> Markup:
    rows = [r for r in rows if r.get(value) is not None]
    if not rows:
        return Markup('<p class="chart-empty">Nothing to chart yet.</p>')
    peak = max(r[value] for r in rows) or 1
    slot = WIDTH / len(rows)
    bar = max(2.0, slot * 0.7)
    # Label every column when they fit, else about a dozen evenly spaced ones.
    every = max(1, round(len(rows) / 12))
    parts = []
    for i, row in enumerate(rows):
        h = (HEIGHT - 16) * row[value] / peak
        x = i * slot + (slot - bar) / 2
        y = HEIGHT - h
        tip = escape(f"{row[label]}: {row[value]}")
        parts.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}"><title>{tip}</title></rect>'
        )
        if i % every == 0:
            parts.append(
                f'<text x="{x + bar / 2:.1f}" y="{HEIGHT + 14}" text-anchor="middle">{escape(row[label])}</text>'
            )
    parts.append(f'<text x="2" y="10" class="peak">{peak}</text>')
    caption = escape(title or f"{value} by {label}")
    return Markup(
        f'<svg class="chart column-chart" role="img" aria-label="{caption}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT + LABEL_SPACE}" preserveAspectRatio="xMinYMin meet">'
        f"<title>{caption}</title>{''.join(parts)}</svg>"
    )


def bar_list(rows, label: str, value: str) -> Markup:
    rows = list(rows)
    if not rows:
        return Markup('<p class="chart-empty">Nothing to chart yet.</p>')
    peak = max((r[value] or 0) for r in rows) or 1
    items = []
    for row in rows:
        share = 100 * (row[value] or 0) / peak
        items.append(
            '<li><span class="bar-label">{}</span><span class="bar" style="width:{:.0f}%"></span>'
            '<span class="bar-value">{}</span></li>'.format(escape(row[label]), share, escape(row[value]))
        )
    return Markup('<ul class="chart bar-list">' + "".join(items) + "</ul>")


@hookimpl
def prepare_jinja2_environment(env):
    env.filters["column_chart"] = column_chart
    env.filters["bar_list"] = bar_list
