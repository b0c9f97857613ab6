"""scraper.extract.classify: the kind of a page from its Evidence, and the reason given."""

from __future__ import annotations

import pytest

from scraper.extract.classify import Evidence, body_signals, classify

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


# -- listings -------------------------------------------------------------------------


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
    ],
)
def test_listing_by_url(url):
    k, reason = classify(evidence(url=url, body_classes=[], **REVIEW))
    assert k == "listing" and "URL" in reason


def test_listing_url_with_a_jsonld_review_is_not_a_listing():
    assert kind(url="https://tidalpages.example/", body_classes=[], jsonld_review=True, book_source="jsonld", book_has_author=True) == "review"


# -- empty and about ---------------------------------------------------------------------


def test_empty():
    k, reason = classify(evidence(words=59, **REVIEW))
    assert k == "empty" and "59 words" in reason
    assert kind(words=60, rating=True, **REVIEW) == "review"


@pytest.mark.parametrize("path", ["/about/", "/about-me", "/contact.html", "/review-policy/", "/impressum"])
def test_about_by_path(path):
    k, reason = classify(evidence(url="https://tidalpages.example" + path))
    assert k == "about" and "standing page" in reason


def test_about_by_page_body_class():
    assert kind(url="https://tidalpages.example/my-shelves/", body_classes=["page", "page-template-default"]) == "about"


def test_page_body_class_with_a_book_is_not_about():
    assert kind(url="https://tidalpages.example/the-glass-road/", body_classes=["page"], rating=True, **REVIEW) == "review"


# -- reviews ---------------------------------------------------------------------------------


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


# -- interviews, lists, announcements, events ---------------------------------------------------


def test_interview_by_qa_blocks():
    k, reason = classify(evidence(qa_blocks=3, **REVIEW))
    assert k == "interview" and "questions and answers" in reason
    assert kind(qa_blocks=2, rating=True, **REVIEW) == "review"


@pytest.mark.parametrize("title", ["An interview with Ines Marlow", "Q&A: Ines Marlow", "Entrevista a Lucía Ferrer", "In conversation with two translators"])
def test_interview_by_title(title):
    k, reason = classify(evidence(title=title))
    assert k == "interview" and "title" in reason


@pytest.mark.parametrize("title", ["Our best books of 2025", "Top 10 sea novels", "March wrap-up", "My favourite reads", "Los mejores libros del año", "12 books for a long winter"])
def test_list_by_title(title):
    k, reason = classify(evidence(title=title))
    assert k == "list" and "list" in reason


def test_list_title_with_a_single_book_is_a_review():
    assert kind(title="The best book I read this year: The Glass Road by Ines Marlow", book_source="title", book_has_author=True) == "review"


def test_list_by_books_named():
    k, reason = classify(evidence(title="What the winter held", books_named=4))
    assert k == "list" and "4 books" in reason
    assert kind(title="What the winter held", books_named=3) != "list"


@pytest.mark.parametrize("title", ["Cover reveal: The Salt Archive", "Blog tour stop", "Giveaway time!", "A short hiatus", "News from the shelf"])
def test_announcement_by_title(title):
    k, reason = classify(evidence(title=title))
    assert k == "announcement" and "announces" in reason


def test_announcement_title_with_a_rated_book_is_a_review():
    assert kind(title="Blog tour: The Glass Road by Ines Marlow", book_source="title", book_has_author=True, rating=True) == "review"
    assert kind(title="Blog tour: The Glass Road by Ines Marlow", book_source="title", book_has_author=True) == "announcement"


@pytest.mark.parametrize("title", ["Festival recap", "Live at the harbour library", "A reading night in Porto", "An evening of readings at the library"])
def test_event_by_title(title):
    k, reason = classify(evidence(title=title))
    assert k == "event" and "event" in reason


def test_event_by_section():
    k, reason = classify(evidence(title="Saturday at the harbour", categories=["Live music"]))
    assert k == "event" and "event" in reason
    assert kind(title="Saturday at the harbour", categories=["Essays"]) != "event"


def test_event_title_with_a_book_is_not_an_event():
    assert kind(title="Festival recap", book_source="citation", book_has_author=True, rating=True) == "review"


# -- the leftovers --------------------------------------------------------------------------------


def test_short_post_without_a_book_is_an_announcement():
    k, reason = classify(evidence(title="Sunday", words=179))
    assert k == "announcement" and "179 words" in reason


def test_one_post_of_some_length_is_a_review_even_when_its_book_was_not_read():
    # a headline in a script the book rules cannot read, an author named in passing: on a book blog, a review
    k, reason = classify(evidence(title="Sunday", words=180))
    assert k == "review" and "book not found" in reason


@pytest.mark.parametrize("overrides", [dict(books_named=2), dict(scored_lines=3)])
def test_a_long_post_about_several_things_without_a_book_is_other(overrides):
    k, reason = classify(evidence(title="Sunday", words=600, **overrides))
    assert k == "other" and "no reviewed book" in reason


# -- layout: book headings, quoted ratings, tour sections, other media, books in passing ----------


def test_list_by_book_headings_even_when_a_heading_gave_the_book():
    k, reason = classify(evidence(title="What got me through February", book_source="heading", book_has_author=True, book_headings=3, rating=True))
    assert k == "list" and "3 books" in reason
    assert kind(title="What got me through February", book_source="heading", book_has_author=True, book_headings=1, rating=True) == "review"


def test_round_up_of_quoted_ratings():
    k, reason = classify(evidence(title="The club on Harbour Lights", book_source="body", book_has_author=True, rating=True, quoted_ratings=4))
    assert k == "other" and "4 people" in reason
    # a review titled after its book may quote a blurb or two with stars
    assert kind(quoted_ratings=4, rating=True, **REVIEW) == "review"


def test_tour_stop_by_its_sections():
    k, reason = classify(evidence(title="Harbour Lights, Ivo Brandt", book_source="title", book_has_author=True, promo_sections=2))
    assert k == "announcement" and "extract" in reason
    assert kind(title="Harbour Lights, Ivo Brandt", book_source="title", book_has_author=True, promo_sections=2, rating=True) == "review"


@pytest.mark.parametrize("title", ["Album notes: The Harbour Choir, “Low Tide”", "Film review | The Salt Archive", "Podcast: two hours on lighthouses", "Película: El faro"])
def test_other_media_by_their_label(title):
    k, reason = classify(evidence(title=title, book_source="title", book_has_author=True, rating=True))
    assert k == "other" and "medium" in reason


@pytest.mark.parametrize("title", ["The Fifth Season by N. K. Jemisin", "A Game of Thrones by George R. R. Martin", "Record of a Spaceborn Few by Becky Chambers"])
def test_media_words_inside_book_titles_are_not_labels(title):
    assert kind(title=title, book_source="title", book_has_author=True, rating=True) == "review"


def test_a_book_mentioned_in_passing():
    k, reason = classify(evidence(title="Why I read on trains", book_source="body", book_has_author=True, book_mentions=2))
    assert k == "other" and "neither rates it" in reason
    assert kind(title="Why I read on trains", book_source="body", book_has_author=True, book_mentions=3) == "review"
    assert kind(title="Why I read on trains", book_source="body", book_has_author=True, book_mentions=2, rating=True) == "review"
    # set apart in an info box or a bibliographic line, it is the post's subject
    assert kind(title="A summer by the dyke", book_source="details", book_has_author=True) == "review"


def test_events_still_win_over_a_book_in_passing():
    assert kind(title="Notes from the harbour book fair", book_source="body", book_has_author=True, book_mentions=4) == "event"


# -- body_signals: counts over the cleaned body -----------------------------------------------------


def test_body_signals_books_in_headings_and_bold_list_units():
    markdown = "\n".join([
        "Intro line.",
        "### 1. Harbour Lights by Ivo Brandt", "Good.",
        "### 2. Tidewater by Rosa de la Cruz", "Better.",
        "1. **Ironwood, J. M. Fenwick**: a forest of decisions. 4/5",
        "- **The Salt Archive – Petra Lindqvist** – tides. 3/5",
    ])
    signals = body_signals(markdown.splitlines(), markdown)
    assert signals["book_headings"] == 2 and signals["books_named"] == 4


def test_body_signals_interviews():
    turns = ["**AB:** Why lighthouses?", "Because they wait.", "**CD:** Because they wait.", "**AB:** And the birds?", "**CD:** Always."]
    assert body_signals(turns, "\n".join(turns))["qa_blocks"] >= 3
    questions = ["**Why a lighthouse?**", "It waits.", "**The book has no villain.**", "No.", "**Did you plan it?**", "Never.", "**It ends at sea.**"]
    assert body_signals(questions, "\n".join(questions))["qa_blocks"] >= 3
    info = ["**Genre:** fiction", "**Pages:** 304", "**Rating:** 4/5", "**Rating:** again 4/5", "Plain prose."]
    assert body_signals(info, "\n".join(info))["qa_blocks"] < 3


def test_body_signals_quoted_ratings_and_promo_sections():
    lines = ["“Loved it.” — Ana, 5/5", "“Slow.” — Bo, 2/5", "«Très beau.» — Cé, ★★★★", "Rating breakdown: plot 4/5"]
    assert body_signals(lines, "\n".join(lines))["quoted_ratings"] == 3
    markdown = "Hello.\n## Leseprobe\nText.\n## Gewinnspiel\nMitmachen.\n## About the author\nBio."
    assert body_signals(markdown.splitlines(), markdown)["promo_sections"] == 2


def test_a_rated_post_whose_book_was_not_found_is_a_review():
    k, reason = classify(evidence(title="Grey mornings", words=180, rating=True))
    assert k == "review" and "not found" in reason
    assert kind(title="Grey mornings", words=90, rating=True) != "review"  # too short to tell
    assert kind(title="Grey mornings", words=180, rating=True, books_named=2) != "review"  # several books
    assert kind(title="Grey mornings", words=180, rating=True, scored_lines=3) != "review"  # a scale, a list, a round-up
    assert kind(title="Grey mornings", words=180, rating=True, scored_lines=2) == "review"  # a score and its echo
    assert kind(title="Grey mornings", words=180, rating=True, promo_sections=1) != "review"  # a tour stop


def test_three_scored_books_are_short_takes():
    k, reason = classify(evidence(title="Short takes", books_named=3, scored_lines=3))
    assert k == "list" and "3 books" in reason
    assert kind(title="Short takes", books_named=3, scored_lines=1, rating=True, **{k: v for k, v in REVIEW.items() if k != "title"}) == "review"


def test_words_of_the_book_title_are_not_the_posts():
    # "evening", "welcome", "best" inside the reviewed book's title
    for title, book in [("The Evening Ferry by Mara Holt", "The Evening Ferry"), ("Welcome to Saltmarsh by Ivo Brandt", "Welcome to Saltmarsh"),
                        ("The Best of Tides by Rosa de la Cruz", "The Best of Tides")]:
        assert kind(title=title, book_title=book, book_source="title", book_has_author=True) == "review", title
    # a leading label stays the post's own, even when a sloppy title swallowed it
    assert kind(title="Cover reveal: The Evening Ferry by Mara Holt", book_title="Cover reveal: The Evening Ferry",
                book_source="title", book_has_author=True) == "announcement"
    assert kind(title="Presentazione: Il traghetto di Mara Holt", book_title="Il traghetto", book_source="title", book_has_author=True) == "event"


@pytest.mark.parametrize("title", ["Revelación de portada: La casa del faro", "Révélation de couverture : Les Cendres", "Cover-Enthüllung: Das Haus am Deich",
                                   "Rivelazione della copertina: Il traghetto", "Revelação de capa: O rio escuro", "Gewinnspiel: drei Bücher"])
def test_announcements_in_other_languages(title):
    assert kind(title=title, book_source="title", book_has_author=True) == "announcement"


# -- a post about another medium that tells you so in its opening or its verdict ------------------------


@pytest.mark.parametrize(
    "opening",
    [
        "*Ciudad de Niebla* es un videojuego de exploración para una sola persona, publicado por un estudio de Bilbao.",
        "*Das Schloss* ist ein Kartenspiel für zwei bis vier Leute, das Kafkas Roman in Runden aus Anträgen verwandelt.",
        "Paper Lanterns was a six-part television series, and I watched it in one sitting over the bank holiday.",
        "*Le Dernier Phare* est un jeu de société coopératif pour deux à quatre joueurs, tiré d'un roman de Verne.",
    ],
)
def test_a_post_that_opens_by_naming_another_medium_is_not_a_review(opening):
    markdown = f"{opening}\n\nIt borrows its names from the novel and not much else, and that is fine.\n\nRating: 7/10"
    signals = body_signals(markdown.split("\n\n"), markdown)
    assert signals["other_medium"]
    k, reason = classify(evidence(**{**REVIEW, "rating": True, **signals}))
    assert k == "other" and "podcast, a game" in reason


def test_a_verdict_that_scores_another_medium_is_not_a_review():
    markdown = "Two hosts, twelve episodes and one very long Russian novel, taken a part at a time.\n\nNote : 3/5 pour ce podcast, pas pour Tolstoï."
    assert body_signals(markdown.split("\n\n"), markdown)["other_medium"]


@pytest.mark.parametrize(
    "markdown",
    [
        "*The Salt Path* is a novel that plays a game with its reader, and wins every round of it.\n\nRating: 4/5",
        "The novel is a film in prose, cut like a thriller and lit like an old noir, and I loved it.\n\nRating: 4/5",
        "I came to this book after the film, which is a faithful adaptation with one bad ending.\n\nRating: 4/5 for the book, 2/5 for the film",
        "*Dune* is a series I have loved since the first book, and this is the best of it by far.\n\nRating: 5/5",
        "*La Carte* est un jeu de piste littéraire, où chaque chapitre renvoie au précédent.\n\nNote : 4/5",
    ],
)
def test_a_book_review_mentioning_a_film_or_a_game_is_still_a_review(markdown):
    signals = body_signals(markdown.split("\n\n"), markdown)
    assert not signals["other_medium"]
    assert kind(**{**REVIEW, "rating": True, **signals}) == "review"


@pytest.mark.parametrize(
    "markdown, other",
    [
        # watched, never read: a piece about the adaptation
        ("Last weekend we watched the new four-part *Salt Roads* on the BBC, all of it in one go.\n\n"
         "The casting is right and the coast looks cold. Score: 8/10", True),
        ("Hemos jugado a *La Isla del Faro* cada viernes de este mes con mis sobrinos, y ya es un clásico.\n\nNota: 7/10", True),
        # watched first, then read: a review of the book
        ("I watched the film first, years ago, and only this winter I read the novel it came from.\n\nRating: 4/5", False),
        # an audiobook is a book
        ("I played the audiobook on the long drive north, and the narrator is superb throughout.\n\nRating: 4/5", False),
    ],
)
def test_an_opening_that_watched_or_played_the_thing_and_never_read_it(markdown, other):
    signals = body_signals(markdown.split("\n\n"), markdown)
    assert signals["other_medium"] is other


@pytest.mark.parametrize("url, expected", [
    ("https://tidalpages.example/?p=4127", "review"),  # WordPress plain permalinks
    ("https://us3.list-archive.example/?u=ab12&id=cd34", "review"),  # a newsletter campaign archive
    ("https://tidalpages.example/?s=glass", "listing"),
    ("https://tidalpages.example/?cat=7", "listing"),
    ("https://tidalpages.example/", "listing"),
])
def test_the_root_url_is_a_listing_unless_its_query_names_one_item(url, expected):
    assert kind(url=url, **REVIEW) == expected


@pytest.mark.parametrize("title", [
    "Recenzja gry: Ostatni Zimowy Port",  # pl: "review of the game"
    "Сериал «Северный ветер»: восемь серий спустя",  # ru: the series
    "映画『冬の灯台』を二十年ぶりに観た",  # ja: the film, no separator after the label
    "电影《北方的灯》观后感",  # zh: the film
])
def test_a_title_labelling_another_medium_in_other_languages_is_not_a_book_review(title):
    assert kind(title=title, rating=True) == "other"


@pytest.mark.parametrize("title", ["Một ngày ở Hội sách mùa thu", "Relacja z targi książki w Krakowie", "북토크 후기: 겨울의 작가들"])
def test_event_titles_in_other_languages(title):
    assert kind(title=title) == "event"


def test_a_book_whose_title_has_no_medium_label_is_still_reviewed():
    assert kind(title="『冬の灯台』を読んだ", book_source="title", book_has_author=True, rating=True) == "review"


@pytest.mark.parametrize("url, expected", [
    ("https://blog.example.net/shelf/1482", "review"),  # a post numbered 1482, not the year 1482
    ("https://blog.example.net/2024/", "listing"),
    ("https://blog.example.net/2024/05/", "listing"),
])
def test_a_year_archive_is_a_plausible_year(url, expected):
    assert kind(url=url, **REVIEW) == expected


# -- read-alikes closing a review ---------------------------------------------------------------------------------------

_PROSE = [
    "Our branch manager handed me this one in the staff room with a look that said I would not be allowed to refuse it.",
    "It is a quiet novel about a lighthouse keeper's daughter who inherits the light and a debt, and spends a winter learning both.",
    "The town is drawn with real affection: the fishmonger who reads tarot, the ferry that never runs on time, the choir.",
    "I read the last third at the circulation desk between returns and had to explain to a patron why my eyes were red.",
    "Patrons who liked gentle fantasy or slow family sagas will find plenty here; readers who need a twist every chapter may not.",
    "It is short, warm and strange, and I have already put three copies on hold for people who asked me for something kind.",
    "Nothing dramatic happens for a hundred pages and I did not want anything to, which surprised me more than the ending did.",
]


def _signals(markdown: str) -> dict:
    return body_signals(markdown.splitlines(), markdown)


def test_books_named_only_in_a_closing_list_of_read_alikes_are_counted_apart():
    markdown = "\n\n".join(_PROSE) + "\n\n**You might also enjoy:**\n\n- Harbour Lights by Ivo Brandt\n" \
        "- Tidewater by Rosa de la Cruz\n- Ironwood by J. M. Fenwick\n\nDid this help you? 4 readers said yes"
    signals = _signals(markdown)
    assert signals["books_named"] == 3 and signals["closing_list_books"] == 3
    k, reason = classify(evidence(title="Staff pick: a light in winter", words=210, books_named=3, closing_list_books=3))
    assert k == "review" and "not found" in reason


def test_a_list_in_the_middle_or_a_list_post_is_not_a_closing_list():
    middle = "\n\n".join(_PROSE[:4]) + "\n\n- Harbour Lights by Ivo Brandt\n- Tidewater by Rosa de la Cruz\n\n" + "\n\n".join(_PROSE[4:])
    assert _signals(middle)["closing_list_books"] == 0
    # a short introduction and then the books: the post is the list
    short_intro = _PROSE[0] + "\n\n- Harbour Lights by Ivo Brandt\n- Tidewater by Rosa de la Cruz\n- Ironwood by J. M. Fenwick"
    assert _signals(short_intro)["closing_list_books"] == 0
    # books discussed in the prose too, or lists before it: not only read-alikes
    twice = "- Tidewater by Rosa de la Cruz\n\n" + "\n\n".join(_PROSE) + "\n\n- Tidewater by Rosa de la Cruz\n- Ironwood by J. M. Fenwick"
    assert _signals(twice)["closing_list_books"] == 0
    assert kind(title="Grey mornings", words=210, books_named=3, closing_list_books=0) != "review"
