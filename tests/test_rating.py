"""scraper.extract.rating: ratings as reviewers write them, normalised to 0–1, and what is not a rating."""

from __future__ import annotations

import pytest

from lxml import html as lxml_html

from scraper.extract.rating import Block, Rating, find_rating, parse_rating, rating_blocks


def value(text: str) -> float | None:
    rating = parse_rating(text)
    return None if rating is None else rating.value


# -- parse_rating: the shapes ----------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("4/5", 0.8),
        ("3 / 5", 0.6),
        ("4,5/5", 0.9),
        ("4.5/5", 0.9),
        ("0/5", 0.0),
        ("7/10", 0.7),
        ("10/10", 1.0),
        ("17/20", 0.85),
        ("72/100", 0.72),
    ],
)
def test_fractions(text, expected):
    assert value(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("★★★½", 0.7),
        ("★★★☆☆", 0.6),
        ("★☆☆☆☆", 0.2),
        ("★★★★★", 1.0),
        ("★★", 0.4),  # fewer than five glyphs are still out of five
        ("⭐⭐⭐⭐", 0.8),
        ("⭐️⭐️⭐️⭐️½", 0.9),  # emoji stars with the presentation selector, and a half
        ("🌟🌟🌟", 0.6),
        ("★★★★☆☆☆☆☆☆", 0.4),  # ten-star scale set by the empty stars
    ],
)
def test_star_glyphs(text, expected):
    assert value(text) == pytest.approx(expected)


def test_star_glyphs_with_their_fraction_use_the_fraction_and_keep_both_as_raw():
    rating = parse_rating("⭐️⭐️⭐️⭐️ (4/5)")
    assert rating == Rating("⭐️⭐️⭐️⭐️ (4/5)", 0.8)
    # the written fraction wins over a glyph count that disagrees with it
    assert value("★★★★★ 2/5") == pytest.approx(0.4)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("4 out of 5", 0.8),
        ("2 out of 10", 0.2),
        ("four stars", 0.8),
        ("Two stars", 0.4),
        ("4.5 stars", 0.9),
        ("1 star", 0.2),
        ("3 and a half stars", 0.7),
        ("3 and a half out of 5", 0.7),
        ("3-stars", 0.6),
        ("quatre étoiles", 0.8),
        ("cinco estrellas", 1.0),
        ("4 sur 5", 0.8),
        ("3 de 5", 0.6),
        ("4 von 5 Sternen", 0.8),
    ],
)
def test_words(text, expected):
    assert value(text) == pytest.approx(expected)


def test_raw_is_the_rating_as_written():
    assert parse_rating("I give it 4 out of 5 stars, no more").raw == "4 out of 5 stars"
    assert parse_rating("  four stars  ").raw == "four stars"


@pytest.mark.parametrize("text", ["", "   ", "no rating here", "12/05/2024", "24/7", "6/5", "11/10", "1/2", "9/7", "5/0"])
def test_parse_rating_refuses(text):
    assert parse_rating(text) is None


def test_more_than_five_stars_in_words_is_not_a_rating():
    assert parse_rating("six stars") is None
    assert parse_rating("10 stars") is None


# -- find_rating: where the rating is ------------------------------------------------------------


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Rating: 4/5", 0.8),
        ("My rating: ★★★★☆", 0.8),
        ("Verdict — 7/10", 0.7),
        ("Valoración: 4/5", 0.8),
        ("Puntuación: 3 de 5", 0.6),
        ("Note : 4/5", 0.8),
        ("Bewertung: 4 von 5 Sternen", 0.8),
        ("Voto: 8/10", 0.8),
        ("Rated: five stars", 1.0),
        ("Stars: ★★★", 0.6),
    ],
)
def test_labelled_lines(line, expected):
    rating = find_rating(["The crossing takes three hundred pages and I minded none of them.", line])
    assert rating is not None and rating.value == pytest.approx(expected)


@pytest.mark.parametrize(
    "line, expected",
    [("Rating: 4", 0.8), ("Rating: 3.5", 0.7), ("Rating: 3 and a half", 0.7), ("Score: 8", 0.8), ("Rating: 10", 1.0)],
)
def test_bare_number_after_a_label(line, expected):
    # up to 5 is out of five, up to 10 out of ten
    rating = find_rating([line])
    assert rating is not None and rating.value == pytest.approx(expected)


def test_bare_number_beyond_ten_is_not_a_rating():
    assert find_rating(["Rating: 11"]) is None


def test_labelled_line_wins_over_stars_and_title():
    rating = find_rating(["★★", "Rating: 4/5"], title="The Glass Road (1/5)")
    assert rating.value == pytest.approx(0.8)


def test_star_line_wins_over_title_and_prose():
    rating = find_rating(["★★", "Overall I give it 4 out of 5 stars."], title="The Glass Road (3/5)")
    assert rating.raw == "★★" and rating.value == pytest.approx(0.4)


def test_title_rating():
    rating = find_rating(["No rating in the body at all, only opinions."], title="The Glass Road by Ines Marlow (4/5)")
    assert rating.raw == "4/5"


def test_prose_rating_near_the_end():
    lines = ["The book opens on a ferry.", "It never quite docks.", "All told, I give it 4 out of 5 stars."]
    rating = find_rating(lines)
    assert rating.value == pytest.approx(0.8)
    assert rating.raw == "4 out of 5 stars"


def test_prose_rating_far_from_the_end_is_ignored():
    lines = ["I give it 4 out of 5 stars."] + [f"Paragraph {i} about the harbour town." for i in range(12)]
    assert find_rating(lines) is None


def test_long_label_line_is_not_a_label():
    line = "Rating: " + "this is a long digression about how I rate books in general " * 3 + "and none of it is a score"
    assert find_rating([line]) is None


@pytest.mark.parametrize(
    "line",
    [
        "8/10 people agree this is the best ferry novel of the decade.",
        "In chapter 3/4 the narrator finally reaches the island.",
        "Posted on 12/05/2024 by Marta.",
        "The bakery is open 24/7 and so, apparently, is the narrator.",
        "We open the stars chart on 12/05/2024 and rate nothing.",
        "Note: this is a spoiler-free review.",
    ],
)
def test_non_ratings_in_the_body(line):
    assert find_rating(["The crossing is long.", line]) is None


def test_fraction_bigger_than_its_scale_in_a_labelled_line():
    assert find_rating(["Rating: 6/5"]) is None
    assert find_rating(["Score: 12/10"]) is None


# -- shapes the corpus taught, tried on phrasings written for these tests ----------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("13/20", 0.65),  # French school marks
        ("2,5/5", 0.5),  # decimal comma
        ("3 von 5 Sternen", 0.6),
        ("2 estrelas (em 5)", 0.4),
        ("3 van 5 sterren", 0.6),
        ("4 av 5", 0.8),
        ("two out of five", 0.4),
        ("three paws out of five", 0.6),  # a unit noun before "out of" too
        ("3.5 out of 5 mugs of cocoa", 0.7),  # any unit after "out of"
        ("4 out of 5 owls", 0.8),
        ("4 ⭐", 0.8),  # a number and one star glyph
        ("6/10 points", 0.6),
        ("3.5 / 5.0", 0.7),
        ("Three-and-a-half stars", 0.7),
        ("2 1/2 stars", 0.5),
    ],
)
def test_more_shapes(text, expected):
    assert value(text) == (pytest.approx(expected) if expected is not None else None)


def test_any_unit_is_part_of_the_raw_rating_only_when_it_ends_the_text():
    assert parse_rating("3.5 out of 5 mugs of cocoa").raw == "3.5 out of 5 mugs of cocoa"
    assert parse_rating("I'd say three out of five, because the middle drags").raw == "three out of five"


def test_one_point_off_is_not_a_second_score():
    assert parse_rating("one point off for the epilogue") is None


@pytest.mark.parametrize(
    "line, expected, raw",
    [
        ("Mijn oordeel: ●●●○○", 0.6, "●●●○○"),
        ("Nota final: 7,5/10", 0.75, "7,5/10"),
        ("La mia valutazione: 3 stelle su 5", 0.6, "3 stelle su 5"),
        ("Ma note : 12/20", 0.6, "12/20"),
        ("Minha avaliação: ★★★☆☆", 0.6, "★★★☆☆"),
        ("Betyg: 3 av 5", 0.6, "3 av 5"),
        ("Grade: C+", 0.7, "C+"),
        ("Grade: A", 0.95, "A"),
        ("Grade: B+", 0.85, "B+"),
        ("Note finale : A-", 0.9, "A-"),
        ("Valutazione: 🍷🍷🍷", 0.6, "🍷🍷🍷"),  # any pictograph repeated after a label
        ("| Rating | 7/10 |", 0.7, "7/10"),
        ("Score: 4 (out of 5)", 0.8, "4"),
        ("Voto: 6 e mezzo", 0.65, "6 e mezzo"),
        ("Hodnocení: 70 %", 0.7, "70 %"),
        ("Ma note : ❤❤❤♡♡", 0.6, "❤❤❤♡♡"),
        ("Rating: two and a half teapots out of five", 0.5, "two and a half teapots out of five"),
        ("Valoració: 7 sobre 10", 0.7, "7 sobre 10"),
        ("Min vurdering: 4 ud af 6 stjerner", 0.667, "4 ud af 6 stjerner"),
        ("Terningkast 4", 0.667, "4"),  # a throw of a die, out of six
    ],
)
def test_labels_in_other_words_and_languages(line, expected, raw):
    rating = find_rating(["The lighthouse keeper's daughter narrates, and she is good company.", line])
    assert rating is not None and rating.value == pytest.approx(expected) and rating.raw == raw


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Kurz gesagt: klug und warm. Meine Wertung: 4 von 5 Sternen.", 0.8),
        ("En resumen, una joya. Mi nota: 9/10", 0.9),
        ("All told a fine debut. Verdict: 3/5, and I'll read the next one.", 0.6),
        ("Pages: 312 | Rating: 4.5/5 | Publisher: Faber", 0.9),
    ],
)
def test_label_after_a_sentence_in_the_same_line(line, expected):
    assert find_rating([line]).value == pytest.approx(expected)


@pytest.mark.parametrize(
    "line",
    [
        "Note: A short one this week, the cat was ill.",  # a letter that starts a sentence is no grade
        "Verdict: a quiet triumph.",
        "Note: 2",  # "Note" with a bare number is a German school grade or a French score out of 5 or 20: unread
        "Total 1.412 pages this month.",
        "Rating systems are silly and I refuse to use one.",
    ],
)
def test_labels_without_a_score(line):
    assert find_rating(["Snow falls on the orchard for most of the book.", line]) is None


@pytest.mark.parametrize(
    "line, expected",
    [
        ("●●○○○", 0.4),
        ("⭐⭐⭐⭐⭐", 1.0),
        ("★★½", 0.5),
        ("6/10", 0.6),
        ("7/10 — the middle sags, the ending soars.", 0.7),
        ("Three and a half stars.", 0.7),
        ("9/10 would lend to a friend", 0.9),
        ("4.5/5, easily.", 0.9),
        ("★★★★☆ A generous, untidy, lovable book.", 0.8),
        ("85%", 0.85),
        ("🌕🌕🌕🌗🌑", 0.7),  # moons count like newspaper dots: a row of five or ten  # a percentage only where a score stands alone or after a label
    ],
)
def test_a_line_of_its_own(line, expected):
    rating = find_rating(["The orchard burns in chapter two.", line, "More thoughts on the sequel soon."])
    assert rating is not None and rating.value == pytest.approx(expected)


@pytest.mark.parametrize(
    "line",
    [
        "5/5 of the people in my book club finished it, which never happens.",
        "3/4 of the novel is set in one kitchen.",
        "Top 10 orchard novels, ranked, is coming next week.",
        "●●●",  # three dots are an ellipsis or a divider, not a scale
        "○○○○○",  # no dot filled in: a divider
        "Read on 4/5, a rainy Sunday.",
        "Finished: 3/5",
        "90% of it is letters between two sisters.",
        "Progress: I read 2 chapters out of 10 on the ferry",
    ],
)
def test_lines_that_look_like_scores_but_are_not(line):
    assert find_rating(["The orchard burns in chapter two.", line]) is None


def test_score_after_a_full_width_colon():
    assert find_rating(["とても静かな小説だった。", "読後感：3.5/5"]).value == pytest.approx(0.7)


def test_score_closing_a_line_after_a_separator():
    rating = find_rating(["The orchard burns in chapter two.", "Slow, then devastating. 4/5."])
    assert rating.raw == "4/5" and rating.value == pytest.approx(0.8)
    assert find_rating(["A quick, funny read. 3/5"]).value == pytest.approx(0.6)  # "read" here is no date


@pytest.mark.parametrize(
    "lines",
    [
        # a best-of list: a different score per book
        ["My favourites of the spring:", "1. Orchard Fire by N. Bell", "Rating: 5/5", "2. Salt Roads by T. Ames",
         "Rating: 3.5/5", "3. Paper Moon by R. Ito", "Rating: 4/5"],
        # a round-up quoting other bloggers, each with their score at the end of the line
        ["- Ana at Inkwell: “Too long by half.” – 2/5", "- Joe at Night Shelf: “I cried on a bus.” – ★★★★★",
         "- Mei at Tea & Tomes: “Solid.” – 3 stars"],
        # a star legend on a review-policy page
        ["How I rate:", "★★★★★ – I will not shut up about it", "★★★★ – very good", "★★★ – fine",
         "★★ – not for me", "★ – I finished it out of spite"],
        # the same score for every book in a list is still a list
        ["Five books I loved:", "- Orchard Fire", "⭐⭐⭐⭐⭐", "- Salt Roads", "⭐⭐⭐⭐⭐", "- Paper Moon", "⭐⭐⭐⭐⭐"],
        # one line comparing two scores is no rating line
        ["★★★ when I was twenty, ★★★★★ now"],
    ],
)
def test_pages_rating_several_things_have_no_rating(lines):
    assert find_rating(lines) is None


def test_overall_label_wins_over_sub_scores():
    lines = ["Characters: 5/5", "Plot: 3/5", "Prose: 4/5", "Overall: 4/5"]
    assert find_rating(lines).value == pytest.approx(0.8)
    assert find_rating(["Gesamtwertung: 3,5/5", "Spannung: 2/5", "Stil: 5/5"]).value == pytest.approx(0.7)


def test_the_reviewers_rating_wins_over_a_recommendation_scored_in_passing():
    lines = ["★★★½", "The orchard burns in chapter two.", "If you liked it, try Salt Roads by T. Ames – 5/5"]
    assert find_rating(lines).value == pytest.approx(0.7)
    lines = ["The orchard burns in chapter two.", "Also try: Salt Roads (5/5)."]
    assert find_rating(lines, title="Orchard Fire by N. Bell (3/5)").value == pytest.approx(0.6)


@pytest.mark.parametrize(
    "line, expected",
    [
        ("In the end I'd give it three and a half stars.", 0.7),
        ("I'm giving this one 8 out of 10.", 0.8),
        ("Le pongo un 7 de 10.", 0.7),
        ("Je lui donne 3 étoiles sur 5.", 0.6),
        ("Ich gebe dem Buch 4 von 5 Sternen.", 0.8),
        ("Do al libro 4 stelle.", 0.8),
        ("Ik geef het 3 sterren.", 0.6),
        ("Dou a este livro 5 estrelas.", 1.0),
        ("A solid 4/5 from me.", 0.8),
        ("10/10, would cry on public transport again.", 1.0),
    ],
)
def test_first_person_prose_near_the_end(line, expected):
    rating = find_rating(["The orchard burns in chapter two.", line])
    assert rating is not None and rating.value == pytest.approx(expected)


@pytest.mark.parametrize(
    "line",
    [
        "My mother gave it two stars and has not spoken of it since.",
        "I once got a one-star review for a cookbook, so I sympathise.",
        "I gave the audiobook narrator three stars, to be kind.",
        "The Goodreads average sits at 3.8/5, which seems low.",
        "Film: 3/5. The novel remains a five for me.",
        "Everyone in the club gave it 4 stars except Tom.",
        "Her first novel wrecked me (I gave it five stars and a breathless review), so I said yes to the tour.",
    ],
)
def test_prose_about_someone_elses_score(line):
    assert find_rating(["The orchard burns in chapter two.", line]) is None


def test_quoted_lines_are_someone_elses_words():
    quote = "“A perfect book, 5/5,” said the jacket."
    blocks = [Block(quote, quoted=True)]
    assert find_rating(["The orchard burns in chapter two.", quote], blocks=blocks) is None
    assert find_rating([quote, "Rating: 3/5"], blocks=blocks).value == pytest.approx(0.6)


def test_rating_image_alt_text_and_a_rating_line_the_cleaning_lost():
    assert find_rating(["No score in the text."], blocks=[Block("3 out of 5 lanterns", image=True)]).raw == "3 out of 5 lanterns"
    assert find_rating(["No score in the text."], blocks=[Block("Rating: ★★☆☆☆")]).value == pytest.approx(0.4)
    # an image that is not a rating, and an unlabelled score in a removed block, are not read
    assert find_rating(["No score in the text."], blocks=[Block("Cover of Five Stars by A. Writer", image=True)]) is None
    assert find_rating(["No score in the text."], blocks=[Block("Salt Roads ★★★★★")]) is None


def test_jsonld_value_with_the_words_as_written():
    jsonld = Rating("4/5", 0.8)
    assert find_rating(["★★★★☆"], jsonld=jsonld) == Rating("★★★★☆", 0.8)
    # when the page says something else, the structured data decides
    assert find_rating(["★★☆☆☆"], jsonld=jsonld) == jsonld
    assert find_rating(["No score."], jsonld=jsonld) == jsonld


# -- rating_blocks: the post body as a reader sees it ----------------------------------------------


def test_rating_blocks_read_alt_text_in_place_split_at_br_and_mark_quotations():
    body = lxml_html.fragment_fromstring(
        "<div><p><strong>My verdict:</strong> <img src='s.png' alt='4 out of 5 stars'></p>"
        "<blockquote><p>Five stars, said everyone.</p></blockquote>"
        "<p>Salt Roads<br>By T. Ames<br>Rating: 3/5</p><figure><img src='x.png' alt='Cover'></figure></div>"
    )
    blocks = rating_blocks(body)
    texts = [b.text for b in blocks]
    assert "My verdict: 4 out of 5 stars" in texts
    assert Block("4 out of 5 stars", False, True) in blocks
    assert Block("Five stars, said everyone.", True, False) in blocks
    assert "Rating: 3/5" in texts and "By T. Ames" in texts
    assert find_rating([], blocks=[b for b in blocks if "Rating" not in b.text]).value == pytest.approx(0.8)


def test_a_listing_excerpt_run_into_its_rating_line_is_not_a_rating_line():
    merged = "Score: 3/5 Hannah Keel has written a novel about a ferry that never docks, and the first chapter…"
    assert find_rating([merged]) is None
    assert find_rating(["Score: 3/5 for the ferry, and that is generous"]).value == pytest.approx(0.6)


# -- through extract_page: the post body's images, quotations and edges reach the rating ------------------

_PARA = (
    "<p>Every chapter of this novel opens on the same stretch of shingle, and by the end I knew each stone of it. "
    "The narrator is a retired ferryman who counts boats the way other people count sheep, and his voice is dry, "
    "patient and funny. Nothing much happens for a hundred pages, then everything happens at once.</p>"
)


def _review_page(top: str = "", bottom: str = "") -> str:
    title = "The Shingle Year by Ona Petrie"
    return (
        f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article class='post'><h1 class='entry-title'>{title}</h1><div class='entry-content'>{top}{_PARA}{_PARA}"
        "<blockquote><p>“An easy five stars,” wrote one newspaper. “5/5.”</p></blockquote>"
        f"{_PARA}{bottom}</div></article><footer>© 2025 Shingle Reads</footer></body></html>"
    )


@pytest.mark.parametrize(
    "top, bottom, raw, expected",
    [
        ("", "<p><strong>My rating:</strong> <img src='/s/35.png' alt='3.5 out of 5 stars'></p>", "3.5 out of 5 stars", 0.7),
        ("", "<figure><img src='/r.png' alt='4 out of 5 pebbles'><figcaption>My rating</figcaption></figure>", "4 out of 5 pebbles", 0.8),
        ("", "<h2>Verdict: ★★★★☆</h2>", "★★★★☆", 0.8),  # a closing heading is kept when it rates
        ("<p><strong>7/10.</strong> A slow burn with a fine ending.</p>", "", "7/10", 0.7),
        ("", "<p>⭐⭐⭐</p>", "⭐⭐⭐", 0.6),  # a closing line with no letters is kept when it rates
        ("", "", None, None),  # the newspaper's five stars in the blockquote are not the reviewer's
    ],
)
def test_extract_page_reads_the_rating_where_the_reviewer_put_it(top, bottom, raw, expected):
    from scraper.extract import extract_page

    record = extract_page(_review_page(top, bottom), "https://shingle.example/2025/03/the-shingle-year/")
    assert record.is_review
    assert record.rating_raw == raw
    assert record.rating == (pytest.approx(expected) if expected is not None else None)


def test_rating_blocks_read_star_icons_drawn_by_css_and_labelled_widgets():
    icons = "".join(f"<i class='fa-solid fa-star{x}'></i>" for x in ["", "", "", "-half-stroke"]) + "<i class='fa-regular fa-star'></i>"
    body = lxml_html.fragment_fromstring(f"<div><p>Text of the review.</p><p>Verdict: <span class='stars'>{icons}</span></p></div>")
    # (a row of icons is a widget, told by its review's box: rt8, holdout18)
    assert any(b[:3] == ("★★★½☆", False, True) and b.widget for b in rating_blocks(body))
    assert find_rating(["Text of the review.", "Verdict:"], blocks=rating_blocks(body)).value == pytest.approx(0.7)
    widget = lxml_html.fragment_fromstring("<div><p>Text.</p><div class='score' aria-label='Rated 2 out of 5'></div></div>")
    assert find_rating(["Text."], blocks=rating_blocks(widget)).value == pytest.approx(0.4)
    # a link title that mentions stars, and two icons, are not ratings
    other = lxml_html.fragment_fromstring(
        "<div><p><a href='/best' title='Five stars and counting: our favourites'>best</a></p>"
        "<p><i class='star'></i><i class='star'></i></p></div>"
    )
    assert find_rating(["Text."], blocks=rating_blocks(other)) is None


def test_a_rating_image_wins_over_a_score_closing_a_line():
    lines = ["The orchard burns in chapter two.", "If you liked it, try Salt Roads – 5/5", "My rating:"]
    assert find_rating(lines, blocks=[Block("2 out of 5 stars", image=True)]).value == pytest.approx(0.4)
    assert find_rating(lines).value == pytest.approx(1.0)  # with nothing better, the closing score stands


def test_prose_rating_at_the_end_of_a_long_closing_paragraph():
    closing = "The middle third drifts, and the sister's chapters never found their footing for me. " * 4
    rating = find_rating(["The orchard burns in chapter two.", closing + "Still, I'd give it three and a half stars."])
    assert rating.value == pytest.approx(0.7)


# -- scores out of ten in words; a row of star images; lines written straight into the post box ----------


@pytest.mark.parametrize(
    "line, expected, raw",
    [
        ("Mi nota: ocho sobre diez, y me quedo corta.", 0.8, "ocho sobre diez"),
        ("Note : sept sur dix.", 0.7, "sept sur dix"),
        ("Urteil: neun von zehn", 0.9, "neun von zehn"),
        ("Cijfer: zeven uit tien", 0.7, "zeven uit tien"),
        ("Nota: seis em dez", 0.6, "seis em dez"),
        ("Giudizio: sei su dieci, non di più", 0.6, "sei su dieci"),
    ],
)
def test_scores_out_of_ten_written_in_words(line, expected, raw):
    rating = find_rating(["The ferryman's daughter narrates, and she is good company.", line])
    assert rating is not None and rating.value == pytest.approx(expected) and rating.raw == raw


def test_a_row_of_star_images_is_one_rating_read_from_their_alt_texts():
    star = "<img src='/i/{0}.gif' alt='{1}'>"
    row = "".join(star.format(*s) for s in [("on", "⭐"), ("on", "⭐"), ("on", "⭐"), ("on", "⭐"), ("half", "½"), ("off", "")])
    # a Blogger-style post: lines and <br>s written straight into the post box, the cover in a <div> of its own
    body = lxml_html.fragment_fromstring(
        "<div class='post-body'><div class='separator'><a href='/c.jpg'><img src='/c.jpg' alt='cover'></a></div>"
        f"A long winter on the ferry, and a narrator I liked.<br><br><b>Nota final:</b> {row}<br>"
        "Thanks to the publisher for the copy.</div>"
    )
    blocks = rating_blocks(body)
    assert Block("⭐⭐⭐⭐½", False, True) in blocks  # the row once, not each star
    assert not any(b.text == "⭐" for b in blocks)
    assert any(b.text.startswith("Nota final:") and not b.image for b in blocks)
    rating = find_rating(["A long winter on the ferry, and a narrator I liked.", "Nota final:", "Thanks to the publisher for the copy."],
                         blocks=blocks)
    assert rating is not None and rating.value == pytest.approx(0.9)


def test_images_apart_are_not_one_row():
    body = lxml_html.fragment_fromstring("<div><p><img src='a.png' alt='⭐'> Our star pick of the month <img src='b.png' alt='4/5'></p></div>")
    blocks = rating_blocks(body)
    assert Block("⭐", False, True) in blocks and Block("4/5", False, True) in blocks


@pytest.mark.parametrize(
    "line, raw, value",
    [
        ("Итог: 7 из 10, перечитаю летом.", "7 из 10", 0.7),  # ru "of", after a label the list does not name
        ("Моя оценка: 4 з 5", "4 з 5", 0.8),  # uk "of", ru label
        ("**הדירוג שלי:** 3 מתוך 5", "3 מתוך 5", 0.6),  # he: "mine" after the noun
        ("التقييم: ٣٫٥ من ٥", "٣٫٥ من ٥", 0.7),  # with the Arabic decimal point
        ("تقييمي: ٧ من ١٠", "٧ من ١٠", 0.7),  # Arabic-Indic digits, raw kept as written
        ("Βαθμολογία: 9 στα 10", "9 στα 10", 0.9),
        ("Ocena: 5 na 6", "5 na 6", 0.833),
        ("평점: ８/10", "８/10", 0.8),  # full-width digit
        ("Moje hodnocení: 70 %", "70 %", 0.7),  # "my" before the label, in a language the label list has no "my" for
        ("Benim puanım: 10 üzerinden 7", "10 üzerinden 7", 0.7),  # tr: the scale first
        ("Nilai saya: 3 dari 5", "3 dari 5", 0.6),  # id/ms "of"
        ("امتیاز: ۳ از ۵", "۳ از ۵", 0.6),  # fa "of", Persian digits
        ("คะแนน: 3 ดาวจาก 5", "3 ดาวจาก 5", 0.6),  # th "stars of"
        ("मेरी रेटिंग: 10 में से 7", "10 में से 7", 0.7),  # hi: the scale first
    ],
)
def test_ratings_in_other_scripts(line, raw, value):
    assert find_rating(["Ein langer Absatz über das Buch, der nichts bewertet.", line]) == Rating(raw, value)


def test_of_in_other_languages_needs_a_rating_place():
    # "3 из 10 рассказов" in the middle of prose is a count, not a score
    assert find_rating(["Мне понравились только 3 из 10 рассказов сборника, остальные скучные и длинные."]) is None


@pytest.mark.parametrize("line, raw", [
    ("**Mon verdict :** à lire absolument, 9/10", "9/10"),
    ("Veredicto: imprescindible — 5 de 5", "5 de 5"),
    ("Verdict: a slow burn worth it, four stars.", "four stars"),
])
def test_a_labelled_line_with_a_few_words_before_its_one_score(line, raw):
    rating = find_rating(["A paragraph about the novel, long enough to be prose and give no score.", line])
    assert rating is not None and rating.raw == raw


def test_a_labelled_line_with_two_scores_after_words_is_not_read_as_one():
    assert find_rating(["Verdict: plot 3/5, prose 5/5"]) is None


@pytest.mark.parametrize("line, raw", [
    ("Till slut ger jag den tre av fem, mest för havet.", "tre av fem"),  # sv number words, "I give it"
    ("Pour moi, c'est un roman à quatre étoiles, malgré la fin.", "quatre étoiles"),  # "for me"
])
def test_a_first_person_verdict_in_words_near_the_end(line, raw):
    rating = find_rating(["A paragraph about the novel, long enough to be prose and give no score."] * 3 + [line])
    assert rating is not None and rating.raw == raw


def test_a_score_in_a_themes_callout_box_is_the_writers_not_a_quotation():
    body = lxml_html.fragment_fromstring(
        "<div><p>The ferry novel, again.</p><blockquote class='prompt-tip'><p><strong>Voto:</strong> 7/10</p></blockquote>"
        "<blockquote><p>“Rating: 2/10”, wrote a critic in 1961.</p></blockquote></div>")
    blocks = rating_blocks(body)
    assert [b.quoted for b in blocks if "7/10" in b.text] == [False]
    assert all(b.quoted for b in blocks if "2/10" in b.text)
