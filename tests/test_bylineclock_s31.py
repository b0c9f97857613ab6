"""The labelled byline under the headline with the post's clock time right after its date (the s31 round; own words):
"出处：某某书评网 | 张晓 2026年11月02日09:15", "Text: Ana Lee · 3. 12. 2026, 08:41" (``datelines._labelled_byline``:
the clock goes with the date, as the reading time does).

Near misses: a reading line with a label, a date and a clock but no name; a line with words after the clock; a
review sentence with a date and a time."""

import pytest
from lxml import html as lxml_html

from scraper.extract.datelines import dateline

_TEXT = ("<p>The novel follows three sisters through one winter in a harbour town; each chapter adds a small weight "
         "to their silence, and the last pages make it speak at last, quietly and without a single false note.</p>"
         "<p>What I liked best is how the town itself becomes a character, and the prose never hurries anyone.</p>")


def _rule(line: str) -> str | None:
    body = lxml_html.fromstring(f"<div><div>{line}</div>{_TEXT}</div>")
    return dateline(body[0], body, 0)


@pytest.mark.parametrize("line", [
    "出处：某某书评网 | 张晓 2026年11月02日09:15",
    "Text: Ana Lee · 3. 12. 2026, 08:41",
    "Autorin: Lena Hoff · 02.12.2026 · 17:05 Uhr",
    "Forfatter: Ane Berg | 1.12.2026 | 10:30",
])
def test_byline_with_clock_time_is_a_dateline(line):
    assert _rule(line) == "dateline"


@pytest.mark.parametrize("line", [
    "读完：2026年11月02日09:15",
    "Read: 03.12.2026 08:41 on the night train home",
    "I finished it on 03.12.2026 at 08:41, just before dawn.",
])
def test_reading_lines_and_sentences_stay(line):
    assert _rule(line) is None
