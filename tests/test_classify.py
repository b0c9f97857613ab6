"""scraper.extract.classify: the kind of a page from its Evidence, and the reason given.

Here listings, empty and standing pages, reviews and the leftovers. evidence() builds a plain single post that
each test changes in what it is about (also used by test_classify_kinds.py and test_classify_signals.py);
interviews, lists, announcements, events and other media are in test_classify_kinds.py, body_signals and what it
reads in the body in test_classify_signals.py.
"""

from __future__ import annotations

import pytest

from scraper.extract.classify import Evidence, classify


# -- a plain single post, changed by each test ---------------------------------------------------------------------


POST_URL = "https://tidalpages.example/2025/03/the-glass-road/"


def evidence(**overrides) -> Evidence:
    """A plain single post with enough words and nothing else: each test adds what it is about."""
    values = dict(
        url=POST_URL, title="Some post", words=400, post_bodies=1, articles=1, body_classes=["single-post"],
        og_type="article", categories=[], tags=[], book_source=None, book_has_author=False, rating=False,
        books_named=0, qa_blocks=0, jsonld_review=False, source_hint=False,
    )
    values.update(overrides)
    return Evidence(**values)


def kind(**overrides) -> str:
    return classify(evidence(**overrides))[0]


REVIEW = dict(title="The Glass Road by Ines Marlow", book_source="title", book_has_author=True)


# -- listings ------------------------------------------------------------------------------------------------------


def test_listing_by_post_bodies():
    k, reason = classify(evidence(post_bodies=2, **REVIEW))
    assert k == "listing" and "2 posts" in reason


def test_listing_by_articles_when_no_post_body_was_found():
    k, reason = classify(evidence(post_bodies=0, articles=3, rating=True, **REVIEW))
    assert k == "listing" and "3 posts" in reason
    assert kind(post_bodies=0, articles=2, rating=True, **REVIEW) == "review"
    # one post body found: extra <article>s beside it (related posts) do not make a listing
    assert kind(post_bodies=1, articles=3, rating=True, **REVIEW) == "review"


@pytest.mark.parametrize("cls", ["home", "archive", "category", "tag", "search-results", "home-template", "paged", "itemListView"])
def test_listing_by_body_class(cls):
    k, reason = classify(evidence(body_classes=[cls], **REVIEW))
    assert k == "listing" and cls in reason


def test_post_body_class_overrides_listing_class():
    # WordPress puts "blog" on some single posts too; "single-post" says it is one post
    assert kind(body_classes=["blog", "single-post"], **REVIEW) == "review"


@pytest.mark.parametrize(
    "url",
    [
        "https://tidalpages.example/",
        "https://tidalpages.example/page/2/",
        "https://tidalpages.example/category/reviews/",
        "https://tidalpages.example/tag/sea/",
        "https://tidalpages.example/2025/03/",
        "https://tidalpages.example/2025/",
        "https://tidalpages.example/search/label/Fantasy",
        "https://tidalpages.example/?paged=3",
        "https://tidalpages.example/index.php?start=20",
        "https://tidalpages.livejournal.example/?skip=20",  # a journal's older entries (LiveJournal, Dreamwidth)
    ],
)
def test_listing_by_url(url):
    k, reason = classify(evidence(url=url, body_classes=[], **REVIEW))
    assert k == "listing" and "URL" in reason


def test_listing_url_with_a_jsonld_review_is_not_a_listing():
    assert kind(url="https://tidalpages.example/", body_classes=[], jsonld_review=True, book_source="jsonld", book_has_author=True) == "review"


@pytest.mark.parametrize("url, expected", [
    ("https://tidalpages.example/?p=4127", "review"),  # WordPress plain permalinks
    ("https://us3.list-archive.example/?u=ab12&id=cd34", "review"),  # a newsletter campaign archive
    ("https://tidalpages.example/?s=glass", "listing"),
    ("https://tidalpages.example/?cat=7", "listing"),
    ("https://tidalpages.example/", "listing"),
])
def test_the_root_url_is_a_listing_unless_its_query_names_one_item(url, expected):
    assert kind(url=url, **REVIEW) == expected


@pytest.mark.parametrize("url, expected", [
    # a board engine's post carries the list's search state and page along: the item's number makes it one post
    ("https://salmon-shelf.example.kr/board/?q=YToyOntzOjM6ImtleSI7fQ&bmode=view&idx=5521907", "review"),
    ("https://salmon-shelf.example.kr/bbs/board.php?bo_table=book&wr_id=318&page=4", "review"),
    ("https://lesekreis.example.de/index.php?mid=rezensionen&page=2&document_srl=77120", "review"),
    ("https://lesekreis.example.de/index.php?mid=rezensionen&search_keyword=tolkien&document_srl=77120", "review"),
    # near misses: the same lists without an item, a taxonomy's number, and a forum topic's later page
    ("https://salmon-shelf.example.kr/board/?q=YToyOntzOjM6ImtleSI7fQ&bmode=list", "listing"),
    ("https://salmon-shelf.example.kr/bbs/board.php?bo_table=book&page=4", "listing"),
    ("https://lesekreis.example.de/?cat=12&paged=3", "listing"),
    ("https://lesekreis.example.de/forum/viewtopic.php?t=8812&start=30", "listing"),
    ("https://lesekreis.example.de/category/krimi/?post_id=5", "listing"),  # (its path says so, not only its query)
    ("https://lesekreis.example.de/index.php?tag=krimi&p=2", "listing"),  # "p=": the list's second page
    ("https://lesekreis.example.de/index.php?s=krimi&id=7", "listing"),  # "id=": a category's, as often
    # Blogger's mobile view of a post ("?m=1") is the post; WordPress's month archive ("?m=202405") is a listing
    ("https://lesekreis.blogspot.example/2025/03/der-glasweg.html?m=1", "review"),
    ("https://lesekreis.example.de/?m=202405", "listing"),
])
def test_a_query_naming_one_item_is_a_post_whatever_list_state_it_carries(url, expected):
    assert kind(url=url, body_classes=[], **REVIEW) == expected


@pytest.mark.parametrize("url, expected", [
    ("https://blog.example.net/shelf/1482", "review"),  # a post numbered 1482, not the year 1482
    ("https://blog.example.net/2024/", "listing"),
    ("https://blog.example.net/2024/05/", "listing"),
])
def test_a_year_archive_is_a_plausible_year(url, expected):
    assert kind(url=url, **REVIEW) == expected


# -- empty and about -----------------------------------------------------------------------------------------------


def test_empty():
    k, reason = classify(evidence(words=59, **REVIEW))
    assert k == "empty" and "59 words" in reason
    assert kind(words=60, rating=True, **REVIEW) == "review"


@pytest.mark.parametrize("path", ["/about/", "/about-me", "/contact.html", "/review-policy/", "/impressum"])
def test_about_by_path(path):
    k, reason = classify(evidence(url="https://tidalpages.example" + path))
    assert k == "about" and "standing page" in reason


@pytest.mark.parametrize("path", ["/about/news/tide-tables-at-the-reading-room/", "/contact/events/2025/poetry-night.html",
                                  "/impressum/presse/neue-leseecke/"])
def test_a_post_filed_below_a_standing_section_is_no_standing_page(path):
    # a library or a shop files its news under "about" or "contact": the post has its own slug two parts down
    assert kind(url="https://tidalpages.example" + path, rating=True, **REVIEW) == "review"
    # near misses: the section itself, and one page just below it, stay standing pages
    assert kind(url="https://tidalpages.example" + path.rsplit("/", 2)[0] + "/") == "about"


def test_about_by_page_body_class():
    assert kind(url="https://tidalpages.example/my-shelves/", body_classes=["page", "page-template-default"]) == "about"


def test_page_body_class_with_a_book_is_not_about():
    assert kind(url="https://tidalpages.example/the-glass-road/", body_classes=["page"], rating=True, **REVIEW) == "review"


# -- reviews -------------------------------------------------------------------------------------------------------


def test_jsonld_review():
    k, reason = classify(evidence(jsonld_review=True, book_source="jsonld", book_has_author=True, title="Weekend reading"))
    assert k == "review" and "schema.org Review" in reason


def test_review_from_title_book_with_rating():
    k, reason = classify(evidence(rating=True, **REVIEW))
    assert k == "review"
    assert "title" in reason and "rating" in reason


def test_review_without_rating_needs_enough_words():
    assert kind(words=119, **REVIEW) == "other"
    assert kind(words=120, **REVIEW) == "review"
    assert kind(words=90, rating=True, **REVIEW) == "review"


def test_too_short_other_reason():
    k, reason = classify(evidence(words=80, **REVIEW))
    assert k == "other" and "80 words" in reason and "too short" in reason


def test_review_filed_in_a_review_category():
    base = dict(title="A quiet week on the coast", book_source="citation", book_has_author=False, words=170)
    assert kind(categories=["Book Reviews"], **base) == "review"
    assert kind(tags=["reseñas"], **base) == "review"
    assert kind(source_hint=True, **base) == "review"
    assert kind(categories=["Walks"], **base) != "review"


def test_rated_piece_about_a_named_book():
    assert kind(title="A quiet week on the coast", book_source="citation", book_has_author=False, rating=True, words=200) == "review"


def test_a_rated_post_whose_book_was_not_found_is_a_review():
    k, reason = classify(evidence(title="Grey mornings", words=180, rating=True))
    assert k == "review" and "not found" in reason
    assert kind(title="Grey mornings", words=90, rating=True) != "review"  # too short to tell
    assert kind(title="Grey mornings", words=180, rating=True, books_named=2) != "review"  # several books
    assert kind(title="Grey mornings", words=180, rating=True, scored_lines=3) != "review"  # a scale, a list, a round-up
    assert kind(title="Grey mornings", words=180, rating=True, scored_lines=2) == "review"  # a score and its echo
    assert kind(title="Grey mornings", words=180, rating=True, promo_sections=1) != "review"  # a tour stop


# -- the leftovers -------------------------------------------------------------------------------------------------


def test_a_short_post_with_its_own_score_line_is_a_review_though_the_rating_was_not_read():
    # one score line ("Ocena: 8 z 10") is the post's verdict even when the rating rules could not read its scale
    k, reason = classify(evidence(title="Wieczór z powieścią", words=120, scored_lines=1, verdict_lines=1))
    # a score in passing ("she gives five stars to every island novel") is nobody's verdict on this post's book
    assert kind(title="Wieczór z powieścią", words=120, scored_lines=1) == "announcement"
    assert k == "review" and "not found" in reason
    assert kind(title="Wieczór z powieścią", words=120, scored_lines=3, verdict_lines=1) == "announcement"  # a scale or a list
    assert kind(title="Wieczór z powieścią", words=120, scored_lines=1, verdict_lines=1, promo_sections=1) == "announcement"  # a tour stop
    assert kind(title="Wieczór z powieścią", words=120, scored_lines=1, verdict_lines=1, books_named=2) == "announcement"
    assert kind(title="Wieczór z powieścią", words=90, scored_lines=1, verdict_lines=1) == "announcement"  # too short to tell
    # news, reveals and giveaways are told by their title before any score
    assert kind(title="Cover reveal: Wieczór", words=120, scored_lines=1, verdict_lines=1) == "announcement"


def test_short_post_without_a_book_is_an_announcement():
    k, reason = classify(evidence(title="Sunday", words=179))
    assert k == "announcement" and "179 words" in reason


def test_one_post_of_some_length_is_a_review_even_when_its_book_was_not_read():
    # a headline in a script the book rules cannot read, an author named in passing, a rating in words no rule reads:
    # on a book blog, a review; a mark of one reviewed work is named in the reason when there is one
    k, reason = classify(evidence(title="Sunday", words=180, work_clues=("names an author in full and again by surname",)))
    assert k == "review" and "book not found" in reason and "surname" in reason
    k, reason = classify(evidence(title="Sunday", words=180, work_clues=()))
    assert k == "review" and "length and shape" in reason
    # near misses: shorter, or saying it is no review (test_classify_essays.py)
    assert classify(evidence(title="Sunday", words=179, work_clues=()))[0] != "review"
    assert classify(evidence(title="Sunday", words=180, work_clues=(), denies_review=True))[0] == "other"


@pytest.mark.parametrize("overrides", [dict(books_named=2), dict(scored_lines=3)])
def test_a_long_post_about_several_things_without_a_book_is_other(overrides):
    k, reason = classify(evidence(title="Sunday", words=600, **overrides))
    assert k == "other" and "no reviewed book" in reason
