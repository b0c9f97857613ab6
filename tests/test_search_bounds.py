"""Search stays bounded at scale: at most 2,000 matches ranked, stopwords left out of the ranking.

An archive of 2,050 reviews is built through `Archive.save_pages`, as a crawl does,
and searched through the real Datasette. bench/scale.py times the same queries at a
million reviews.
"""

from __future__ import annotations

import re
import sqlite3

import pytest

from archive.datasette.plugins.shelfmark_fts import rank_query
from archive.serve import make_datasette
from tests.reader_archive import SOURCES, add_reviews

REVIEWS = 2050
BOUND = 2000


@pytest.mark.parametrize(
    "typed, ranks",
    [
        ("the", ""),
        ("The war", '"war"'),
        ("the remains of the day", '"remains" "day"'),
        ('"and the" war', '"and the" "war"'),  # a phrase ranks whole, stopwords and all
        ("clones AND", '"clones"'),
        ("", ""),
    ],
)
def test_rank_query_drops_single_stopwords_and_keeps_phrases(typed, ranks):
    assert rank_query(typed) == ranks


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    path = tmp_path_factory.mktemp("bounds") / "shelfmark.db"
    rows = []
    for i in range(REVIEWS):
        # Every review says "lantern" (in the text); review 1, the oldest, also has it in its title.
        title = "The lantern keeper" if i == 0 else f"Notes on book {i}"
        body = f"The lantern glowed in chapter {i}. The night was long and the harbour quiet."
        if i % 500 == 7:
            body += " A zeppelin drifted over the town."
        rows.append(("alpha" if i % 2 else "beta", f"http://{'alpha' if i % 2 else 'beta'}.test/r{i}", title,
                     "Shared Book" if i % 10 == 0 else f"Book {i}", "Ann Author", f"2020-01-{1 + i % 28:02d}", body, 0.8 if i % 3 else 0.4))
    add_reviews(path, rows, SOURCES)
    return path


@pytest.fixture
def ds(big):
    return make_datasette(big)


async def search(ds, **params):
    response = await ds.client.get("/shelfmark/search.json", params={"_shape": "array", **params})
    assert response.status_code == 200, response.text
    return response.json()


def review_ids(path, where="1"):
    with sqlite3.connect(path) as conn:
        return [r for (r,) in conn.execute(f"select id from reviews where {where} order by id")]


async def test_a_word_in_every_review_ranks_only_the_newest_2000(ds, big):
    rows = await search(ds, q="lantern")
    assert len(rows) == 50 and {r["ranked_among"] for r in rows} == {BOUND}
    newest = set(review_ids(big)[-BOUND:])
    assert {r["id"] for r in rows} <= newest
    assert all("<mark>lantern</mark>" in r["snippet"] for r in rows)
    page = (await ds.client.get("/search", params={"q": "lantern"})).text
    assert "among the 2,000 most recently archived that match" in page


async def test_fewer_matches_are_all_ranked(ds, big):
    rows = await search(ds, q="zeppelin lantern")
    expected = review_ids(big, "body_text like '%zeppelin%'")
    assert sorted(r["id"] for r in rows) == expected and rows[0]["ranked_among"] == len(expected) == 5
    # The oldest review is outside the newest 2,000, but a query it alone matches finds it.
    keeper = await search(ds, q="keeper")
    assert [r["title"] for r in keeper] == ["The lantern keeper"]


async def test_stopwords_alone_match_newest_first(ds, big):
    rows = await search(ds, q="the")
    ids = [r["id"] for r in rows]
    assert ids == sorted(review_ids(big), reverse=True)[:50]
    assert all("<mark>" in r["snippet"] for r in rows)


@pytest.mark.parametrize("filters, where", [
    ({"blog": "alpha"}, "source_slug = 'alpha'"),
    ({"blog": "beta", "min_stars": "4"}, "source_slug = 'beta' and stars >= 4"),
    ({"min_stars": "4"}, "stars >= 4"),
])
async def test_filters_apply_before_the_bound(ds, big, filters, where):
    rows = await search(ds, q="zeppelin", **filters)
    assert sorted(r["id"] for r in rows) == review_ids(big, f"body_text like '%zeppelin%' and {where}")
    rows = await search(ds, q="lantern", **filters)
    allowed = set(review_ids(big, where))
    assert len(rows) == 50 and {r["id"] for r in rows} <= allowed
    assert rows[0]["ranked_among"] == min(BOUND, len(allowed))


async def test_rating_distribution_per_blog_and_book_counts_its_own_reviews(ds, big):
    with sqlite3.connect(big) as conn:
        expected = dict(conn.execute("select stars, count(*) from reviews where source_slug = 'alpha' group by stars"))
        book = conn.execute("select book_id from reviews where id = 10").fetchone()[0]
    rows = (await ds.client.get("/shelfmark/rating_distribution.json", params={"_shape": "array", "blog": "alpha"})).json()
    assert {r["stars"]: r["reviews"] for r in rows} == expected
    rows = (await ds.client.get("/shelfmark/rating_distribution.json", params={"_shape": "array", "book": str(book)})).json()
    assert sum(r["reviews"] for r in rows) == 1
    everything = (await ds.client.get("/shelfmark/rating_distribution.json", params={"_shape": "array"})).json()
    assert sum(r["reviews"] for r in everything) == REVIEWS
    assert re.search(r"\d", str(everything[0]["rating"]))


async def test_a_book_page_shows_the_first_100_reviews_and_links_to_all(ds, big):
    with sqlite3.connect(big) as conn:
        book, count = conn.execute("select book_id, count(*) from reviews where book_title = 'Shared Book'").fetchone()
    assert count == REVIEWS // 10
    html = (await ds.client.get(f"/book/{book}")).text
    assert html.count('<section class="review-card">') == 100
    assert f"The first 100 of {count} reviews" in html
    rows = (await ds.client.get("/shelfmark/book_reviews.json", params={"_shape": "array", "id": str(book)})).json()
    assert len(rows) == count
    assert [r["published"] for r in rows] == sorted(r["published"] for r in rows)
