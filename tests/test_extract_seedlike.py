"""The four seed-modelled pages: every review line kept, every boilerplate line dropped.

The fixtures are our own pages, written after the structure of the four real
pages in ../shared/seeds/ (a personal WordPress blog, a WordPress.com blog, a
Joomla newspaper, a Blogger review blog); gold.json lists each block as a
reader sees it.
"""

import json
import re
from pathlib import Path

import pytest

from scraper.extract import extract_page

HERE = Path(__file__).parent / "fixtures" / "seedlike"
GOLD = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def records():
    return {name: extract_page((HERE / name).read_bytes(), gold["url"]) for name, gold in GOLD.items()}


CASES = [(name, kind, i, line) for name, gold in GOLD.items() for kind in ("keep", "drop") for i, line in enumerate(gold[kind])]


@pytest.mark.parametrize("name,kind,index,line", CASES, ids=[f"{c[0]}-{c[1]}-{c[2]}" for c in CASES])
def test_every_line(records, name, kind, index, line):
    body = norm(records[name].body_text)
    if kind == "keep":
        assert norm(line) in body, f"review line lost from {name}: {line!r}"
    else:
        assert norm(line) not in body, f"boilerplate kept in {name}: {line!r}"


@pytest.mark.parametrize("name", list(GOLD))
def test_book_rating_and_decision(records, name):
    gold, record = GOLD[name], records[name]
    assert record.is_review is gold["is_review"], record.reason
    assert record.book_title == gold["book"]["title"] or record.book_title.casefold() == gold["book"]["title"].casefold()
    assert record.book_author == gold["book"]["author"]
    if gold["rating"]:
        assert record.rating_raw == gold["rating"]["raw"]
        assert record.rating == pytest.approx(gold["rating"]["normalized"])
    else:
        assert record.rating is None, record.rating_raw
    if gold["book"].get("year"):
        assert record.book_year == gold["book"]["year"]


def test_markdown_keeps_structure(records):
    md = records["blogger_emoji.html"].body_markdown
    assert re.search(r"^#+ .*Would I Recommend It\?", md, re.M), "headings must survive as Markdown headings"
    assert re.search(r"^- .*Ann Leckie", md, re.M), "the recommendation list must stay a list"
