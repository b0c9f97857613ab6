"""scraper.extract.medium: posts about another medium, forum threads of several voices, two books reviewed together.

Every title, page and verdict here is invented for these tests. The negatives matter as much as the positives: a book
review that mentions its film, that was written after the series, or that sits on a forum, stays a review.
"""

from __future__ import annotations

import json

import pytest

from scraper.extract import extract_page
from scraper.extract.classify import Evidence, body_signals, classify
from scraper.extract.medium import info_box_medium, judge, thread_of_voices, title_medium, two_books, url_section, verdict_for_other


def evidence(**overrides) -> Evidence:
    values = dict(
        url="https://lanternshelf.example/2025/06/a-post/", title="A post", words=400, post_bodies=1, articles=1,
        body_classes=["single-post"], og_type="article", categories=[], tags=[], book_source=None, book_has_author=False,
        rating=False, books_named=0, qa_blocks=0, jsonld_review=False, source_hint=False,
    )
    values.update(overrides)
    return Evidence(**values)


# -- the title names another medium ------------------------------------------------------------------------------


@pytest.mark.parametrize("title", [
    "Film review: The Salt Orchard",
    "The Salt Orchard | TV review",
    "Game review — Lanterns of Ombra",
    "Filmkritik: Das Salzfeld",
    "Critique du film « Le Verger de sel »",
    "Reseña de la serie «El huerto de sal»",
    "Recensione del film Il frutteto di sale",
    "Crítica do filme O Pomar de Sal",
    "Recenzja serialu Sadownik (sezon pierwszy)",
    "Рецензия на фильм «Соляной сад»",
    "Dizi incelemesi: Tuz Bahçesi",
    "《盐之园》剧评：慢得刚刚好",
    "『塩の庭』ドラマ感想",
    "소금 정원 드라마 후기",
    "ביקורת סרט: גן המלח",
    "The Salt Orchard, season 2: the orchard burns",
    "Staffel 3 von „Salzgarten“ ist die beste",
    "《盐之园》第二季",
    "二十四集的耐心",
    "The Salt Orchard S02E05 recap",
    "The Salt Orchard, Riverside Playhouse review: an orchard under lights",
    "The Salt Orchard adaptation loses the sea",
    "Verfilmung von „Salzgarten“: zu glatt",
    "《盐之园》改编剧：慢得刚刚好",
    "《盐之园》剧版：比书更慢",
    "『塩の庭』実写版を観てきた",
    "The Salt Orchard season finale: the sea wins",
])
def test_a_title_naming_another_medium_as_the_subject(title):
    assert title_medium(title)


@pytest.mark.parametrize("title", [
    "Ender's Dance review",  # a book's name ending in a medium-looking word is not a label
    "The Fifth Game review",
    "The Salt Orchard by Mira Hale",
    "Book review: The Salt Orchard, now a series",
    "Season 2 sent me back to the novel: The Salt Orchard",  # the writer read the book: about the book
    "看完第二季，我去读了原著小说",
    "A Season of Salt by Mira Hale",
    "短篇小说集《盐》",
    "The Cinema Years, a memoir",
    "Before the adaptation: reading The Salt Orchard",
    "读完小说，再看电视剧《盐之园》",  # the writer read the novel
    "漫畫《鹽之園》第12集：海終於來了",  # a comic's volume
])
def test_a_title_about_the_book_names_no_other_medium(title):
    assert title_medium(title) is None


def test_a_title_naming_the_book_with_its_author_is_read_for_a_label_only():
    title = "Adaptation and memory: The Salt Orchard by Mira Hale"
    assert title_medium(title) and title_medium(title, names_the_book=True) is None
    assert title_medium("Film review: The Salt Orchard by Mira Hale, on screen", names_the_book=True)
    ev = evidence(title=title, book_source="title", book_has_author=True, book_title="The Salt Orchard", rating=True)
    assert classify(ev)[0] == "review"


def test_a_season_heading_is_read_but_a_mention_in_the_body_is_not():
    heading = "# Salt Orchard, season 2\n\nThe second season opens on the burnt orchard. " + "Words about it. " * 20
    assert body_signals(heading.split("\n\n"), heading)["other_medium"]
    mention = ("# The Salt Orchard\n\nMira Hale's novel, which the second season of the show adapts loosely, is better on "
               "the page. I read it in two evenings and loved every chapter of it. " + "More on the prose. " * 20)
    assert not body_signals(mention.split("\n\n"), mention)["other_medium"]
    # a section of a book review about the show, after its opening paragraphs
    section = ("Mira Hale's novel follows three sisters on a salt marsh, and I read it in two evenings.\n\n"
               "## Season 2 of the show\n\nThe adaptation cuts the letters. " + "More on the prose. " * 20)
    assert not body_signals(section.split("\n\n"), section)["other_medium"]


# -- the verdict goes to another medium ----------------------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "Final rating for the series: 3/5",
    "My verdict on the film: ★★★½",
    "Ocena: 7/10 dla filmu.",
    "Итог: 8/10 для сериала.",
    "给这部剧三星，中规中矩。",
    "Film: ★★★½",
    "Gra – 7/10",
    "电影：4/5",
])
def test_a_verdict_given_to_another_medium(line):
    assert verdict_for_other([line])


@pytest.mark.parametrize("lines", [
    ["Rating: 4/5"],
    ["5/5 for the novel, and my verdict on the film: 2/5"],  # the book is rated on the same line
    ["My verdict on the film: ★★", "Rating for the book: ★★★★★"],  # a scored line rates the book
    ["Rating: 4/5", "My verdict on the film: 2/5"],  # the plain rating is the book's
    ["给原著五星，给这部剧两星。"],
    ["Book: ★★★★★", "Film: ★★"],
    ["Series: The Salt Cycle, book 2 — 4/5"],  # a book's series, named in its info line
])
def test_a_verdict_that_rates_the_book_is_the_book_s(lines):
    assert verdict_for_other(lines) is None


# -- the site's section and the info box ---------------------------------------------------------------------------


@pytest.mark.parametrize("url, section", [
    ("https://films.lanternshelf.example/2025/06/the-salt-orchard/", "films"),
    ("https://paper.example/stage/2025/jun/02/salt-orchard-riverside", "stage"),
    ("https://paper.example/tv-and-radio/2025/jun/02/salt-orchard-season-two", "tv-and-radio"),
    ("https://blog.example/kino/salzgarten-kritik/", "kino"),
    ("https://blog.example/jeux-video/le-verger-de-sel/", "jeux-video"),
])
def test_a_section_of_another_medium(url, section):
    assert url_section(url) == section


@pytest.mark.parametrize("url", [
    "https://lanternshelf.example/2025/06/film/",  # the post's own slug
    "https://lanternshelf.example/series/salt-cycle/the-salt-orchard/",  # a book series
    "https://paper.example/music/2025/jun/02/a-memoir-of-the-road-review",  # books about music are filed there
    "https://lanternshelf.example/books/the-film-club/",
    "https://tv.example/the-salt-orchard/",  # the site's own name, not a section
])
def test_no_section_of_another_medium(url):
    assert url_section(url) is None


def test_a_post_in_a_film_section_is_not_a_review_unless_its_title_names_the_book():
    ev = evidence(url="https://paper.example/film/2025/jun/02/salt-orchard", title="The Salt Orchard: salt and light",
                  rating=True, words=500)
    assert classify(ev)[0] == "other"
    ev = evidence(url="https://paper.example/film/2025/jun/02/salt-orchard", title="The Salt Orchard: the novel first",
                  rating=True, words=500)
    assert classify(ev)[0] == "review"


def test_an_info_box_of_a_film_or_a_game():
    assert info_box_medium(["Regie: Ana Ruiz", "Besetzung: Tom Vale, Jo Marr", "A line of prose about it."])
    assert info_box_medium(["Platforms: PC, Switch", "Running time: about 30 hours"])
    assert info_box_medium(["导演：林一", "集数：24"])


@pytest.mark.parametrize("lines", [
    ["Director: Ana Ruiz"],  # one label: a mention
    ["Author: Mira Hale", "Publisher: Tidewater", "Director: Ana Ruiz", "Runtime: 2h"],  # a book's box (and its film's)
    ["Narrator: Jo Marr", "Cast: a full cast", "Runtime: 11 h 20 min"],  # an audiobook's
])
def test_a_book_s_info_box_is_not_another_medium_s(lines):
    assert info_box_medium(lines) is None


def test_an_info_box_in_the_body_makes_a_film_post_other():
    markdown = ("Director: Ana Ruiz\n\nCast: Tom Vale, Jo Marr\n\nRunning time: 118 minutes\n\n"
                + "The orchard burns in the first ten minutes and the rest is memory. " * 10)
    assert body_signals(markdown.split("\n\n"), markdown)["other_medium"]


# -- forum threads -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("url", [
    "https://forum.quillhall.example/viewtopic.php?t=4410",
    "https://readers.example/threads/june-read-the-salt-orchard.8812/",
    "https://talk.example/t/june-read-the-salt-orchard/512",
    "https://www.example.com/r/bookclub/comments/1abc2d/june_read_the_salt_orchard/",
    "https://literature.example/questions/4410/why-does-the-brother-never-write-back",
])
def test_a_forum_topic_with_several_scores_is_a_thread(url):
    assert thread_of_voices(url, "June read: The Salt Orchard", 3)
    assert thread_of_voices(url, "June read: The Salt Orchard — your thoughts?", 0)
    assert thread_of_voices(url, "June read: The Salt Orchard", 2) is None  # two scores: perhaps one member's


def test_one_member_s_sub_scores_are_not_a_thread():
    url = "https://forum.quillhall.example/viewtopic.php?t=4412"
    # "Plot: 4/5", "Prose: 5/5", "Overall: 4.5/5" under a title naming the book and its author
    assert thread_of_voices(url, "The Salt Orchard by Mira Hale", 3, names_the_book=True) is None


def test_one_member_s_review_on_a_forum_is_not_a_thread():
    url = "https://forum.quillhall.example/viewtopic.php?t=4411"
    assert thread_of_voices(url, "Review: The Salt Orchard by Mira Hale", 1) is None
    assert thread_of_voices(url, "Is The Salt Orchard worth it? My review", 0) is None
    # a blog post that scores twice (a review with a sub-score) is no thread
    assert thread_of_voices("https://lanternshelf.example/2025/06/salt-orchard/", "The Salt Orchard?", 3) is None


# -- two books -------------------------------------------------------------------------------------------------------


def test_two_books_in_their_own_headings_each_scored_are_two_reviews():
    assert two_books("Dos lecturas de verano", 2, 2)
    assert two_books("《盐》和《糖》：一个月两本", 2, 0)
    assert two_books("Two novels about orchards", 2, 1)
    assert two_books("“Salt” and “Sugar”: a month of orchards", 0, 0, 2)  # two books named as items, no headings
    assert two_books("“Salt” and “Sugar”: a month of orchards", 0, 0, 1) is None  # the other named only in passing


def test_a_title_announcing_several_short_reviews():
    assert two_books("Mini reviews: three quiet novels", 0, 3, 3)
    assert two_books("Kurzrezensionen aus dem Juni", 0, 0, 2)
    assert two_books("Mini review: The Salt Orchard", 0, 1, 1) is None  # one book, briefly


def test_one_book_with_its_sequel_named_once_is_one_review():
    assert two_books("The Salt Orchard by Mira Hale", 2, 1) is None  # one verdict
    assert two_books("The Salt Orchard by Mira Hale", 1, 4) is None  # sub-scores of one book


# -- the decision, as classify makes it ----------------------------------------------------------------------------


def test_a_declared_review_of_an_adaptation_is_not_a_book_review():
    ev = evidence(jsonld_review=True, book_source="jsonld", book_title="The Salt Orchard (stage adaptation)", rating=True)
    assert classify(ev)[0] == "other" and "stage adaptation" in classify(ev)[1]
    # a review plugin's authorless CreativeWork, on a page whose title or section names another medium
    ev = evidence(jsonld_review=True, book_source="jsonld", book_title="The Salt Orchard", rating=True,
                  title="The Salt Orchard, Riverside Playhouse review: the sea on a sheet")
    assert classify(ev)[0] == "other"
    ev = evidence(jsonld_review=True, book_source="jsonld", book_title="The Salt Orchard", rating=True,
                  url="https://paper.example/stage/2025/jun/02/salt-orchard", title="The Salt Orchard: salt and light")
    assert classify(ev)[0] == "other"
    assert classify(evidence(jsonld_review=True, book_source="jsonld", book_title="The Salt Orchard", rating=True,
                             title="The Salt Orchard: salt and light"))[0] == "review"
    # a declared Review of the book itself, with its author, is believed whatever the title says
    ev = evidence(jsonld_review=True, book_source="jsonld", book_has_author=True, book_title="The Salt Orchard",
                  title="The Salt Orchard: the book behind season 2")
    assert classify(ev)[0] == "review"


def test_og_type_of_a_video_page():
    assert judge(evidence(og_type="video.episode"), "A post")[0] == "other"
    assert judge(evidence(og_type="article"), "A post") is None


def test_classify_keeps_book_reviews_that_only_mention_an_adaptation():
    ev = evidence(title="The Salt Orchard by Mira Hale: better than the series", book_source="title",
                  book_has_author=True, book_title="The Salt Orchard", rating=True, scored_lines=1)
    assert classify(ev)[0] == "review"


# -- whole pages through extract_page --------------------------------------------------------------------------------

_PAGE = """<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}</head>
<body class="post-template single-post"><header><a href="/">Lantern Shelf</a></header>
<article class="post"><h1 class="entry-title">{title}</h1><div class="entry-content">{body}</div></article>
<footer><p>© Lantern Shelf</p></footer></body></html>"""


def _page(title: str, body: str, head: str = "", lang: str = "en") -> str:
    return _PAGE.format(title=title, body=body, head=head, lang=lang)


_NOVEL_PARAS = (
    "<p>Mira Hale's novel follows three sisters who inherit an orchard on a salt marsh and spend a decade trying to "
    "keep the trees alive while the sea creeps a little further in every winter.</p>"
    "<p>The prose is plain and exact, and the middle section, told by the youngest sister in letters to a brother who "
    "never answers, is the best writing I have read this year. The ending rushes, but only a little.</p>"
    "<p>I came to the book late, after everyone at work had talked about it for months, and I was glad I had waited "
    "until I could read it slowly over a long weekend with nothing else to do.</p>"
)


def test_a_book_review_that_mentions_its_film_stays_a_review():
    body = _NOVEL_PARAS + ("<p>The film adaptation is out next spring; whatever it does with the letters, read the "
                           "book first.</p><p>Rating: 4/5</p>")
    record = extract_page(_page("The Salt Orchard by Mira Hale", body), "https://lanternshelf.example/2025/06/salt-orchard/")
    assert record.is_review, record.reason


def test_a_review_of_the_novel_written_after_the_series_stays_a_review():
    body = ("<p>I watched the series first, like most people, and then read the novel in one sitting.</p>" + _NOVEL_PARAS
            + "<p>Rating: 5/5</p>")
    record = extract_page(_page("The Salt Orchard by Mira Hale", body), "https://lanternshelf.example/2025/07/salt-orchard-novel/")
    assert record.is_review, record.reason


def test_a_stage_production_declared_as_a_review_of_its_adaptation_is_not_a_book_review():
    ld = {"@context": "https://schema.org", "@type": "Review",
          "itemReviewed": {"@type": "CreativeWork", "name": "The Salt Orchard (stage adaptation)"},
          "reviewRating": {"@type": "Rating", "ratingValue": 4, "bestRating": 5},
          "author": {"@type": "Person", "name": "Tomas Reed"}}
    body = ("<p>The Riverside company's version of the novel puts the whole orchard on a revolving platform, and the "
            "three actors playing the sisters never leave the stage in two hours.</p>"
            "<p>The letters become songs, which works better than it sounds, and the sea is a sheet of blue silk pulled "
            "across the boards by the crew whenever a winter passes. The lighting is the real star.</p>"
            "<p>Runs until the end of March, then tours to three more towns in the spring.</p>")
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    record = extract_page(_page("The Salt Orchard, Riverside Playhouse: the sea on a sheet of silk", body, head),
                          "https://lanternshelf.example/stage/salt-orchard-riverside/")
    assert record.kind == "other" and "stage adaptation" in record.reason


def test_a_game_review_in_polish_is_not_a_book_review():
    body = ("<p>Grałam w tę grę dwa tygodnie, zaraz po lekturze cyklu, i widać, że twórcy znają książki na pamięć. "
            "Postacie mówią tak, jak w powieściach, a mapa jest wierna co do rzeki.</p>"
            "<p>Minusy: sterowanie na padzie jest toporne, a zadania poboczne powtarzają się po dziesiątej godzinie. "
            "Muzyka za to jest piękna i zostaje w głowie na długo po wyłączeniu konsoli.</p>"
            "<p>Najlepsze są rozmowy w sadzie: każda z trzech sióstr ma własny głos, a wybory z pierwszego aktu wracają "
            "w trzecim w sposób, którego się nie spodziewałam. Widać, że scenarzyści długo siedzieli nad tekstem, "
            "zamiast wymyślać wszystko od nowa, i że ktoś w studiu naprawdę kocha ten cykl.</p>"
            "<p>Grafika jest skromna, ale morze, które co zimę zabiera kawałek lądu, robi wrażenie nawet na starym "
            "laptopie. Przeszłam całość w czterdzieści godzin, z większością zadań pobocznych, i chętnie zacznę drugi raz "
            "od początku, tym razem jako najstarsza siostra, bo jej wątek wydaje się najciekawszy.</p>"
            "<p>Ocena: 8/10 dla gry. Jeśli znacie książki, zagrajcie koniecznie.</p>")
    record = extract_page(_page("Sadownicy: Słone Pola na PC | Recenzja gry", body, lang="pl"),
                          "https://graczka.example/2025/05/sadownicy-recenzja/")
    assert not record.is_review and record.kind == "other", record.reason


def _forum(posts: list[tuple[str, str]], title: str) -> str:
    rows = "".join(
        f'<div class="post"><div class="postprofile"><a href="/memberlist.php?u={n}" class="username">{who}</a></div>'
        f'<div class="postbody"><div class="content"><p>{text}</p></div></div></div>' for n, (who, text) in enumerate(posts))
    return (f'<!doctype html><html><head><title>{title} - Quill Hall</title></head><body><div id="page-body">'
            f'<h2 class="topic-title">{title}</h2>{rows}</div></body></html>')


def test_a_forum_thread_of_several_readers_scoring_a_book_is_not_a_review():
    posts = [
        ("wren", "We closed June with The Salt Orchard by Mira Hale. Score it and say what stayed with you. Mine: 8/10, "
                 "mostly for the letters in the middle part, which I read twice."),
        ("okapi_reads", "6/10 here. The sisters blurred together for me and the sea felt like a device more than a place."),
        ("hal", "A solid 9/10. The ending rushes but the orchard itself is the most alive thing I have read about in years."),
        ("mossy", "I only got halfway, so no score from me yet. The letters are gorgeous, though, and I keep thinking about "
                  "the brother who never writes back. Was he dead all along, or did he simply stop caring? The book never "
                  "says, and I think that is the point, but it drove me up the wall on the train this morning."),
        ("hal", "Mossy, finish it! The last part answers more than you think, even if it rushes. Also, whoever picked this "
                "one: thank you, it was the best month we have had since the winter, and the library still has copies."),
        ("wren", "So far 8, 6 and 9. July's pick goes up on Friday, vote in the other thread please."),
    ]
    record = extract_page(_forum(posts, "June read: The Salt Orchard by Mira Hale — your scores?"),
                          "https://forum.quillhall.example/viewtopic.php?t=4410")
    assert not record.is_review, record.reason


def test_one_member_s_review_on_a_forum_stays_a_review():
    review = "</p><p>".join((
        "I finished The Salt Orchard by Mira Hale last week and wanted to write it up properly for the board.",
        "Three sisters inherit an orchard on a salt marsh and try for ten years to keep it alive as the sea creeps in.",
        "The middle part, letters from the youngest sister to a brother who never answers, is the best thing in it; "
        "the prose is plain and exact and never shows off, and the orchard itself feels like a fourth sister.",
        "The ending rushes and one subplot about a land sale goes nowhere, but these are small complaints.",
        "Rating: 4/5. Recommended to anyone who liked quiet family novels with a strong sense of place."))
    record = extract_page(_forum([("wren", review)], "Review: The Salt Orchard by Mira Hale"),
                          "https://forum.quillhall.example/viewtopic.php?t=4411")
    assert record.is_review, record.reason


def test_two_books_reviewed_one_after_the_other_are_not_one_review():
    body = ("<p>Este verano leí dos novelas sobre huertos, una detrás de otra, y aquí va lo que pienso de cada una.</p>"
            "<h3>El huerto de sal, de Mira Hale</h3><p>Tres hermanas heredan un huerto junto al mar y luchan diez años "
            "por salvar los árboles. La parte central, en cartas, es lo mejor del libro; el final va demasiado deprisa.</p>"
            "<p><strong>Nota:</strong> 4/5</p>"
            "<h3>Las ramas quietas, de Ona Ferrer</h3><p>Una familia de Lleida pierde la cosecha y se queda a vivir en el "
            "huerto vacío. Más áspera y más corta, con un padre inolvidable y unos hijos que apenas existen.</p>"
            "<p><strong>Nota:</strong> 3/5</p>")
    record = extract_page(_page("Dos huertos para el verano", body, lang="es"), "https://lanternshelf.example/2025/08/dos-huertos/")
    assert not record.is_review and record.kind == "list", record.reason


@pytest.mark.parametrize("title", [
    "รีวิวหนังสือ: บ้านริมคลองเก่า",  # หนังสือ (book) opens with หนัง (film): a book review
    "รีวิวนิยาย บ้านริมคลองเก่า",
])
def test_a_medium_word_opening_a_longer_book_word_is_not_a_medium(title):
    assert title_medium(title) is None


def test_a_thai_film_review_is_still_another_medium():
    assert title_medium("รีวิวหนัง บ้านริมคลองเก่า ฉบับโรงภาพยนตร์")


@pytest.mark.parametrize("title", ["映画化された『塩の庭』を読み返す", "영화화 소식에 다시 읽은 소금 정원", "电影原著《盐之园》读后"])
def test_a_cjk_title_opening_with_a_book_word_built_on_a_medium_word_is_not_labelled_other(title):
    ev = evidence(title=title, book_source="title", book_has_author=True, book_title="塩の庭", rating=True)
    assert classify(ev)[0] == "review"


def test_a_cjk_title_opening_with_the_film_word_is_still_other():
    ev = evidence(title="映画『塩の庭』を観た", book_source=None, book_has_author=False, rating=True)
    assert classify(ev)[0] == "other"


PODCAST = "its JSON-LD declares a PodcastEpisode as its subject, not a book"


def test_a_podcast_episode_whose_written_notes_review_one_book_is_a_review():
    base = dict(title="Folge 31 – Die Salzgärten von Mira Hale", book_source="title", book_has_author=True,
                book_title="Die Salzgärten", page_medium=PODCAST)
    assert classify(evidence(rating=True, **base))[0] == "review"
    assert classify(evidence(verdict_lines=1, scored_lines=1, **base))[0] == "review"
    # "Ep. 31 – …" labels the episode page: the written review still decides
    assert classify(evidence(rating=True, **dict(base, title="Ep. 31 – The Salt Orchard by Mira Hale",
                                                 book_title="The Salt Orchard")))[0] == "review"


@pytest.mark.parametrize("overrides", [
    dict(rating=False),  # show notes naming the book, no verdict: an episode about it
    dict(rating=True, book_source="body"),  # a book only mentioned in the notes
    dict(rating=True, page_medium="its JSON-LD declares a TVEpisode as its subject, not a book"),  # a film/TV type stays
    dict(rating=True, page_medium="its JSON-LD declares a Movie as its subject, not a book"),
])
def test_an_episode_page_without_a_written_review_of_a_book_stays_other(overrides):
    values = dict(title="Folge 31 – Die Salzgärten von Mira Hale", book_source="title", book_has_author=True,
                  book_title="Die Salzgärten", page_medium=PODCAST)
    values.update(overrides)
    assert classify(evidence(**values))[0] == "other"


@pytest.mark.parametrize("url", ["https://kinoiksiazka.example.pl/ekranizacje/412-dom-nad-rozlewiskiem.html",
                                 "https://lanternshelf.example/adaptations/2025/the-salt-orchard-on-screen/",
                                 "https://lesezelt.example/verfilmungen/der-salzgarten/"])
def test_a_section_of_screen_adaptations_weighs_a_film_against_its_book(url):
    # the title names the novel as well as the film ("what the series kept from the novel"): still the adaptation's
    ev = evidence(url=url, title="Co serial zostawił z powieści, a co zgubił", rating=True, words=500)
    k, reason = classify(ev)
    assert k == "other" and "adaptations" in reason
    # near misses: a review that names its book with its author in the title stays one, and so does a book review
    # filed by a blog under its book's slug "adaptations-of-grief"
    assert classify(evidence(url=url, title="Dom nad rozlewiskiem by Ola Wren", book_source="title", book_has_author=True,
                             rating=True, words=500))[0] == "review"
    assert url_section("https://lanternshelf.example/reviews/adaptations-of-grief/") is None
