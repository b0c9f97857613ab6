"""The first-person recommendation (shortverdict.py) after review rev32f: the Georgian forms that also say "we"
(გირჩევთ, ვურჩევთ) and the Bengali future or third-person endings (করবে, করবেন, করছিল) are no "I recommend"; and
the short floor is lowered only when what is recommended is the book (a pronoun or nothing after the verb, or its
sentence names the book), not "I would recommend we switch to something shorter"."""

from types import SimpleNamespace

import pytest

from scraper.extract.shortverdict import floor, recommends


@pytest.mark.parametrize("line", [
    "გირჩევთ, ბილეთები წინასწარ შეიძინოთ.",                        # ka: we advise you to buy tickets early
    "ჩვენ ამ კრებულს ყველა სკოლას ვურჩევთ.",                       # ka: we recommend it to every school
    "বোর্ড আগামী বছর বইটি পাঠ্যতালিকায় রাখার সুপারিশ করবে।",          # bn: the board will recommend
    "শিক্ষকেরা বইটি সুপারিশ করবেন।",                                # bn: the teachers will recommend
    "পরিষদ বইটি সুপারিশ করছিল।",                                    # bn: the council was recommending
])
def test_we_and_third_person_forms_are_no_recommendation(line):
    assert not recommends([line])


@pytest.mark.parametrize("line", [
    "ამ წიგნს ყველას გირჩევ.",                                      # ka: I recommend it to you
    "ამ წიგნს ყველა მეგობარს ვურჩევდი.",                            # ka: I'd recommend it to every friend
    "বইটি আমি সবাইকে সুপারিশ করি।",                                  # bn: I recommend it to everyone
])
def test_first_person_forms_still_recommend(line):
    assert recommends([line])


def _ev(lines, title="The Glass Orchard"):
    return SimpleNamespace(rating=False, scored_lines=0, verdict_lines=0, averaged=0, reply_scores=0,
                           book_source="title", book_title=title, book_has_author=True, title=title,
                           body=(tuple(lines), "\n".join(lines)))


@pytest.mark.parametrize("line", [
    "A quiet, careful book. I'd recommend it to anyone who grew up by the sea.",
    "Ich empfehle es allen, die Familienromane mögen.",
    "Polecam.",
    "ყველას ვერ ვურჩევ, მაგრამ პოეზიის მოყვარულებს მოეწონებათ.",
    "If you like slow novels, I would recommend The Glass Orchard without a second thought.",
    "I can only recommend this novel to fans of her earlier work.",
])
def test_floor_lowered_when_the_book_is_recommended(line):
    assert floor(_ev([line])) == 60


@pytest.mark.parametrize("line", [
    "Our group may be too busy for it. If not, I would recommend we switch to something shorter.",
    "I'd recommend arriving early, as seats are limited.",
    "I recommend that you bring a chair; the hall has few seats.",
])
def test_floor_kept_when_something_else_is_recommended(line):
    assert floor(_ev([line])) == 100


_QUESTION = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{h}</title></head>
<body class="single-post"><header><a href="/">Tidewater Readers</a></header><main><article><h1>{h}</h1>
<div class="entry-content"><p>Our reading circle voted for The Lantern Keeper by Ada Ferrow for April, and I have not
opened it yet. My neighbour says the novel is slow at the start but rewarding, and the branch library keeps the novel
in large print as well. Before I order six copies: does it suit a group that mostly reads thrillers?</p>
<p>If not, I would recommend we move to something lighter. Any replies welcome in the comments, thank you!</p>
</div></article></main><footer><p>© 2026 Tidewater Readers</p></footer></body></html>"""


def test_a_readers_question_recommending_another_plan_is_no_review():
    from scraper.extract import extract_page
    page = _QUESTION.format(h="Has anyone read The Lantern Keeper by Ada Ferrow?")
    record = extract_page(page, "https://tidewater.example.org/2026/03/lantern-keeper-question/")
    assert record.kind != "review", record.reason
