"""Review detection, round 34: an episode's notes that keep returning to the book they score; a headline whose last
clause names the book set off (with Persian's definite object, "کتاب را"); a book fair's news in the scripts the
event words lacked; an episode's music credit closing its notes. Our own words and markup, with near misses."""

from __future__ import annotations

import pytest

from scraper.extract.classify import Evidence, classify
from scraper.extract.fairwords import BOOK_FAIR
from scraper.extract.headline import headline_work
from scraper.extract.musiccredit import music_credit
from scraper.extract.reviewed import work_clues

PODCAST = "its JSON-LD declares a PodcastEpisode as its subject, not a book"


def evidence(**overrides) -> Evidence:
    values = dict(
        url="https://lanternshelf.example/2025/06/a-post/", title="A post", words=400, post_bodies=1, articles=1,
        body_classes=["single-post"], og_type="article", categories=[], tags=[], book_source=None, book_has_author=False,
        rating=False, books_named=0, qa_blocks=0, jsonld_review=False, source_hint=False,
    )
    values.update(overrides)
    return Evidence(**values)


# -- an episode page whose notes review one book -----------------------------------------------------------------

@pytest.mark.parametrize("title,book", [("第12期 河边的钟表匠", "钟表匠的夏天"), ("Ep. 12 – The clockmaker's summer", "Tide Clocks")])
def test_episode_notes_that_keep_returning_to_the_scored_book_are_a_review(title, book):
    ev = evidence(title=title, book_source="body", book_has_author=True, book_title=book, book_mentions=4,
                  rating=True, scored_lines=1, verdict_lines=1, page_medium=PODCAST)
    assert classify(ev)[0] == "review"


@pytest.mark.parametrize("overrides", [
    dict(book_mentions=1),  # the notes name the book once: a guest's book, scored or not
    dict(rating=False, verdict_lines=0, scored_lines=0),  # no verdict of the notes' own
    dict(books_named=3),  # several books in the notes
    dict(page_medium="its JSON-LD declares a TVEpisode as its subject, not a book"),  # a declared film or show stays
])
def test_episode_notes_near_misses_stay_other(overrides):
    values = dict(title="Episode 12: The clockmaker's summer", book_source="body", book_has_author=True, book_title="Tide Clocks",
                  book_mentions=4, rating=True, scored_lines=1, verdict_lines=1, page_medium=PODCAST)
    values.update(overrides)
    assert classify(evidence(**values))[0] == "other"


# -- a headline whose last clause names the book set off --------------------------------------------------------

_FA_BODY = ("رمان کوتاه این نویسنده درباره‌ی یک خانه در شمال است. کتاب را در یک شب خواندم و صبح دوباره از اول شروع کردم.\n"
            "ضعف کتاب در پایان است، اما این رمان هنوز ارزش خواندن دارد.")
_EN_BODY = ("The novel opens in a flooded town and never leaves it. I read the book twice this winter.\n"
            "Its weakness is the last chapter, but the book still earns its place on the shelf.")


@pytest.mark.parametrize("title,book,body", [
    ("خانه‌ای که به دریا رسید؛ نگاهی دوباره به «باغ سرد»", "باغ سرد", _FA_BODY),
    ("The house that reached the sea: a second look at “The Cold Orchard”", "The Cold Orchard", _EN_BODY),
    ("Salz und Stille – über „Der kalte Garten“", "Der kalte Garten", "Das Buch ist leise. Dieses Buch bleibt."),
])
def test_a_headline_closing_on_the_book_set_off_names_its_subject(title, book, body):
    lines = body.splitlines()
    ev = evidence(title=title, book_source="body", book_has_author=True, book_title=book, book_mentions=1,
                  body=(tuple(lines), body))
    assert headline_work(ev)
    assert classify(ev)[0] == "review"


@pytest.mark.parametrize("title,book,body", [
    ("What to read after «The Cold Orchard»?", "The Cold Orchard", _EN_BODY),  # a question
    ("A second look at “The Cold Orchard”", "The Cold Orchard", _EN_BODY),  # no separator: no closing clause
    ("Winter notes: “Night Ferries”", "The Cold Orchard", _EN_BODY),  # the set-off title is another
    ("Winter notes: a second look at “The Cold Orchard”", "The Cold Orchard", "I walked by the sea. It rained all week."),  # no "the book"
])
def test_headline_closing_near_misses(title, book, body):
    lines = body.splitlines()
    ev = evidence(title=title, book_source="body", book_has_author=True, book_title=book, book_mentions=1,
                  body=(tuple(lines), body))
    assert not headline_work(ev)


def test_persian_definite_object_counts_as_the_book():
    assert any("the book" in clue for clue in work_clues(_FA_BODY.splitlines(), _FA_BODY))
    # near miss: "کتاب‌ها را" (the books, plural) and a bare "کتاب" in passing are no reference to one book
    text = "کتاب‌ها را به کتابخانه بردیم. کتاب فروشی محله بسته بود."
    assert not any("the book" in clue for clue in work_clues(text.splitlines(), text))


# -- a book fair's news ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "மதுரை புத்தகக் காட்சி மார்ச் 3-இல் தொடக்கம்: 600 அரங்குகள்",  # ta
    "पटना पुस्तक मेला: इस बार 300 स्टॉल",  # hi
    "শিলিগুড়ি বইমেলা শুরু: নতুন বইয়ের ভিড়",  # bn
    "افتتاح معرض الإسكندرية للكتاب: ٤٠٠ دار نشر",  # ar
    "نمایشگاه کتاب شیراز: ۵۰۰ ناشر",  # fa
    "Bokmessen i Bergen: 200 utstillere",  # nb
])
def test_a_book_fairs_news_is_an_event(title):
    assert BOOK_FAIR.search(title)
    ev = evidence(title=title, book_source="title", book_has_author=True, book_title="200 utstillere", words=180)
    assert classify(ev)[0] == "event"


@pytest.mark.parametrize("title", [
    "புத்தக விமர்சனம்: கடல் வீடு",  # ta "book review"
    "पुस्तक समीक्षा: नदी का घर",  # hi "book review"
    "বইটি পড়ে শেষ করলাম",  # bn "I finished the book"
    "كتاب البحر: مراجعة",  # ar "the book of the sea: a review"
    "The Book Fairy by Ann Lowe",
])
def test_book_fair_near_misses(title):
    assert not BOOK_FAIR.search(title)


def test_a_rated_review_of_a_book_bought_at_a_fair_stays_a_review():
    ev = evidence(title="பட்டணம் புத்தகக் காட்சியில் வாங்கியது: கடல் வீடு", book_source="title", book_has_author=True,
                  book_title="கடல் வீடு", rating=True, words=400)
    assert classify(ev)[0] == "review"


# -- an episode's music credit ----------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["BGM: Lena Holt - Harbour Waltz (piano: Ivo Brand)", "片尾曲：林川《夜航》", "Intro music: Sea Lanterns by The Dune Trio",
                                  "Musik: Karla Weiss – Nachtfähre", "배경음악: 바다 등대"])
def test_a_music_credit_line(line):
    assert music_credit(line)


@pytest.mark.parametrize("line", ["Music: the novel hums with it. Every chapter ends on a song.", "Musical notes run through the book",
                                  "音乐在这本书里无处不在。每一章都有一首歌。", "Rating: 4/5", "Musique"])
def test_music_credit_near_misses(line):
    assert not music_credit(line)


def test_a_music_credit_after_the_notes_is_dropped_but_kept_inside_the_review():
    from scraper.extract import extract_page
    prose = " ".join(["The notes walk through the clockmaker's summer and the river town where the book is set."] * 3)
    html = (f"<html><head><title>Ep 9 | Tide Talk</title></head><body><article><h1>Ep 9: Tide Clocks</h1>"
            f"<p>{prose}</p><p>Music: the novel hums with it, and every chapter ends on a song we hum along to on air.</p>"
            f"<p>{prose}</p><p>BGM: Lena Holt - Harbour Waltz</p></article></body></html>")
    record = extract_page(html, "https://tidetalk.example/episodes/9-tide-clocks")
    assert "Harbour Waltz" not in record.body_markdown
    assert "every chapter ends on a song" in record.body_markdown
