"""scraper.extract.classify.body_signals: what the cleaned body says about the page, and the kind it leads to.

Counts over invented Markdown bodies: books in headings and bold list units, interview turns, quoted ratings and
promo sections; a post that opens by naming another medium or scores one in its verdict (beside book reviews that
merely mention a film or a game); books named only in a closing list of read-alikes. The plain single post the
tests change, evidence(), is in test_classify.py.
"""

from __future__ import annotations

import pytest

from scraper.extract.classify import body_signals, classify
from tests.test_classify import REVIEW, evidence, kind


# -- body_signals: counts over the cleaned body --------------------------------------------------------------------


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


# -- a post about another medium that tells you so in its opening or its verdict -----------------------------------


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


# -- read-alikes closing a review ----------------------------------------------------------------------------------


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
    # (with a mark of one reviewed work, which the fallback asks for: test_classify_essays.py)
    k, reason = classify(evidence(title="Staff pick: a light in winter", words=210, books_named=3, closing_list_books=3,
                                  work_clues=("calls its book 'the book', 'the novel' 2×",)))
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


@pytest.mark.parametrize("line", [
    "Arvosana: 4 out of 5, with a heavy heart.",
    "Meine Wertung: 4 von 5, knapp.",
    "Ocena: 8 z 10 — polecam.",
    "Hodnocení 7 ze 10",
    "Оценка: 4 из 5.",
    "Alama: 3 kati ya 5 kwa kitabu hiki.",
    "Puanım 10 üzerinden 7, biraz cömert.",
    "Betyg: 3 av 5.",
])
def test_a_score_said_in_words_is_a_scored_line(line):
    assert _signals(f"A paragraph about the story and how it ends.\n\n{line}")["scored_lines"] == 1


@pytest.mark.parametrize("line", [
    "We met from 5 to 10 in the evening.",
    "Chapters 4 and 5 drag.",
    "The tour runs 4 von 50 Tagen.",
    "Part 2 of 5 in the series.",  # a plain "of" counts parts, not a score
])
def test_numbers_that_are_not_a_score(line):
    assert _signals(f"A paragraph about the story.\n\n{line}")["scored_lines"] == 0


@pytest.mark.parametrize("line, verdict", [
    ("Hindamine: 4/5.", 1),
    ("Ma note : 4 sur 5", 1),
    ("Tathmini ya mwisho:alama 3 kati ya 5", 1),
    ("Yine de sevdim. 10 üzerinden 7 veriyorum.", 1),
    ("Film: 3/5, the ending drags.", 0),  # a verdict given to another medium
    ("A friend of mine gives 5 stars to every island story she finds.", 0),  # a score in passing
    ("| Riddley's Walk | 9/10 | Salt Lines | 7/10 |", 0),  # a table of scores
])
def test_the_post_s_own_verdict_line(line, verdict):
    signals = _signals(f"A paragraph about the story and how it ends.\n\n{line}")
    assert signals["scored_lines"] == 1 and signals["verdict_lines"] == verdict


def test_a_score_in_a_flattened_table_is_not_the_post_s_verdict():
    row = " ".join(f"Book number {n} by Someone Else, a fine read in all. {n % 9 + 1}/10" for n in range(8))
    assert _signals(f"A paragraph.\n\n{row}")["verdict_lines"] == 0


def test_an_episode_s_chapter_times_are_counted():
    notes = "We talk with a translator about her craft.\n\nKapitel: 00:00 Hallo · 04:12 Anfänge · 1:02:30 Schluss"
    assert _signals(notes)["chapter_marks"] == 3
    assert _signals("The train left at 12:30 and I read the whole way, 2024-05-01.")["chapter_marks"] == 1


def test_show_notes_naming_a_book_without_a_verdict_are_not_a_review():
    notes = dict(title="Übersetzen, mit Lea Brandt", words=150, book_source="body", book_has_author=True, book_mentions=3)
    k, reason = classify(evidence(chapter_marks=5, **notes))
    assert k == "other" and "chapter times" in reason
    assert kind(chapter_marks=5, rating=True, **notes) == "review"  # notes that score the book are its review
    assert kind(chapter_marks=5, **dict(notes, book_source="title")) == "review"  # the episode's title names the book
    assert kind(chapter_marks=1, **notes) == "review"  # a time or two in a review is no episode


@pytest.mark.parametrize("title", ["Octobre : bilan du mois, et une Salzgarten de Mira Hale", "Lesemonat März",
                                   "Spring wrap-up: The Salt Orchard by Mira Hale and the rest"])
def test_a_period_s_wrap_up_that_scores_several_books_is_a_list(title):
    base = dict(title=title, book_source="title", book_has_author=True, book_title="Paper Kite")
    assert kind(scored_lines=6, **base) == "list"
    assert kind(scored_lines=1, rating=True, **base) == "review"  # one book scored once: its review


def test_a_score_said_again_in_words_is_its_echo_not_a_second_verdict():
    post = "Ocena: 4/5\n\nSome paragraphs about the novel and its winter.\n\nDaję mu mocne 4 z 5."
    assert _signals(post)["scored_lines"] == 1
    assert _signals(post.replace("4 z 5", "2 z 5"))["scored_lines"] == 2  # another score is another verdict


def test_bold_questions_in_a_script_with_its_own_question_mark():
    # a conversation in Persian (written for this test): bold questions ending on "؟", answers between them
    markdown = "\n\n".join([
        "نویسنده را در کتابفروشی کوچکی در شیراز دیدیم.",
        "**چرا داستان را از مادربزرگ شروع کردید؟**", "چون او اولین کسی بود که برایم قصه گفت.",
        "**نوشتن به لهجه سخت نبود؟**", "چرا، اما آدم‌های رمان جور دیگری حرف نمی‌زنند.",
        "**کتاب بعدی درباره چیست؟**", "درباره دریا، از چشم زن‌هایی که در ساحل ماندند.",
    ])
    assert body_signals(markdown.splitlines(), markdown)["qa_blocks"] >= 3
    # and lines led by the Arabic label for a question, "س:"
    labelled = "\n\n".join(["س: ما الذي أعادك إلى البحر؟", "ج: الحنين.", "س: ومتى تنتهين؟", "ج: لا أعرف.",
                            "س: وماذا بعد؟", "ج: رواية عن اللؤلؤ."])
    assert body_signals(labelled.splitlines(), labelled)["qa_blocks"] >= 3
    # near miss: a review that asks its reader one bold question, and plain sentences ending on "؟", stays unscored
    review = "\n\n".join(["**هل تستحق الرواية القراءة؟**", "نعم، فالسرد هادئ والشخصيات حيّة؟ ربما.",
                          "قرأتها في ليلتين ولم أتركها."])
    assert body_signals(review.splitlines(), review)["qa_blocks"] < 3


def test_a_recap_whose_title_reads_as_a_book_but_whose_body_scores_others_is_a_list():
    # the title parsed as "Title by Author" ("Reading recap: Six Books and a Long Rain"), the body scores other books
    base = dict(title="Lesestapel März: Sechs Bücher und ein langer Regen", book_source="title", book_has_author=True,
                book_title="Sechs Bücher und ein langer Regen", books_named=5, scored_lines=4)
    k, reason = classify(evidence(book_mentions=1, **base))
    assert k == "list" and "never returns" in reason
    # near miss: a review of the title's book that it keeps naming, with scored read-alikes at its end
    assert kind(book_mentions=4, rating=True, **base) == "review"


def test_a_schedule_of_dated_stops_or_a_meeting_s_hours_is_an_event_s_section():
    # a tour's stops (Dutch, written for this test): day and month, the stop's name, a dash, what happens there
    tour = "\n".join(["Het boek verschijnt in het voorjaar.", "## Wie doet er mee", "- 2.4. Leeshoek Anna — interview",
                      "- 5.4. Boekenwurm Bas — recensie", "- 8.4. De Leesclub Zwolle — voorleesavond"])
    assert _signals(tour)["promo_sections"] == 1
    # a meeting's hours (Vietnamese, written for this test)
    meeting = "Câu lạc bộ đọc sách họp vào Chủ nhật, 19:00 – 21:00, tại quán cà phê Gác Nhỏ."
    assert _signals(meeting)["promo_sections"] == 1
    assert kind(promo_sections=1, words=400) != "review"
    # near misses: a reading diary's dated lines with no stop named before a dash, a score range, a single time
    diary = "\n".join(["- 2.4. begonnen, langzaam", "- 5.4. halverwege", "- 8.4. uit, en wat een slot"])
    assert _signals(diary)["promo_sections"] == 0
    assert _signals("Tussen 3.5–4.0 sterren, afgerond 4/5. Ik las het om 23:10 uit.")["promo_sections"] == 0


def test_a_read_along_s_schedule_and_scores_only_in_its_replies():
    # a read-along's call (Spanish, written for this test): the book cut into parts, and the replies under a counted
    # heading, one of which scores the author's last book
    call = "\n".join(["Leemos juntos la nueva novela de Olvido Marín y sorteamos diez ejemplares.", "## Calendario",
                      "- Semana 1: capítulos 1–6", "- Semana 2: capítulos 7–13", "- Semana 3: capítulos 14–20",
                      "## Solicitudes (38)", "¡Me apunto! Su última novela se llevó un 5/5 de mi parte."])
    signals = _signals(call)
    assert signals["promo_sections"] == 1 and signals["reply_scores"] == 1 == signals["scored_lines"]
    k, reason = classify(evidence(rating=True, **dict(REVIEW, **{key: signals[key] for key in ("promo_sections", "reply_scores", "scored_lines")})))
    assert k == "announcement", reason
    # near misses: sub-scores with ranges, ranges that do not follow one another, and a review's own score above
    # its comments stay no schedule and the post's verdict
    assert _signals("- Trama: 4-5\n- Estilo: 3-4\n- Ritmo: 4-5")["promo_sections"] == 0
    assert _signals("- 1–6\n- 3–9\n- 2–4")["promo_sections"] == 0
    review = "Mi nota: 4/5\n\n## Comentarios (3)\n\nYo le daría 3/5."
    assert _signals(review)["reply_scores"] == 1 and _signals(review)["scored_lines"] == 2
    assert kind(rating=True, promo_sections=1, scored_lines=2, reply_scores=1, **REVIEW) == "review"


def test_a_meeting_s_hours_with_a_wave_dash():
    assert _signals("読書会は土曜の20:30〜22:00、オンラインで開きます。")["promo_sections"] == 1
    assert _signals("20:30に読み終えた。")["promo_sections"] == 0


# -- speakers taking turns in any script: counted when one of them asks questions ----------------------------------


@pytest.mark.parametrize(
    "turns",
    [
        ["书评周刊：您为什么写灯塔？", "周雨桐：因为灯塔会等人。", "书评周刊：海鸟呢？", "周雨桐：它们总是回来。"],
        ["Редакция: Почему маяк?", "Анна: Потому что он ждёт.", "Редакция: А птицы?", "Анна: Всегда возвращаются."],
        ["مجله: چرا فانوس دریایی؟", "سارا: چون منتظر می‌ماند.", "مجله: و پرندگان؟", "سارا: همیشه برمی‌گردند."],
    ],
)
def test_speakers_in_any_script_who_ask_questions_are_an_interview(turns):
    assert body_signals(turns, "\n".join(turns))["qa_blocks"] >= 3


@pytest.mark.parametrize(
    "lines",
    [
        # a list's info lines repeated per book: labels that take turns but ask nothing
        ["书名：《灯塔》", "作者：周雨桐", "书名：《海鸟》", "作者：李青", "两本都值得一读。"],
        ["Название: Маяк", "Автор: Анна Серова", "Название: Птицы", "Автор: Иван Лодкин"],
        # one voice asking rhetorical questions under a single label
        ["我的看法：为什么要写灯塔？", "我的看法：谁会等人？", "结尾很好。"],
    ],
)
def test_labels_that_ask_nothing_or_one_voice_are_not_turns(lines):
    assert body_signals(lines, "\n".join(lines))["qa_blocks"] < 3
