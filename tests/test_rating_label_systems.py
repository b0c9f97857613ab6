"""scraper.extract.rating: the label before a score, as more languages write it.

A mark on a school's scale has its own label word (ko "학점", "성적" for a letter grade, fa "نمره" for the Iranian
mark out of 20); the overall score of a review box is named in each language, before or after the label (it
"complessivo", es "general", pl "ogólna", cs "celkové", ru "общая", ja "総合" written with no space); and "my own"
can stand after the label (id "pribadi", it "personale") or before it ("persönliche Wertung"). Near misses: the same
words where no score follows them, and a label whose line goes on past its score.
"""

from __future__ import annotations

import pytest

from scraper.extract.rating import find_rating


@pytest.mark.parametrize(
    "line, raw, value",
    [
        ("성적: A-", "A-", 0.9),
        ("독서모임 학점: C+", "C+", 0.7),
        ("نمره من: ۱۵ از ۲۰", "۱۵ از ۲۰", 0.75),
        ("Nilai pribadi: 8/10", "8/10", 0.8),
        ("Valutazione personale: ★★★☆☆", "★★★☆☆", 0.6),
        ("Persönliche Wertung: 4 von 5", "4 von 5", 0.8),
        ("Évaluation personnelle : 16/20", "16/20", 0.8),
    ],
)
def test_a_score_after_a_label_of_more_languages(line, raw, value):
    rating = find_rating(["The plot in a few lines comes first.", line, "A last thought on the translation."])
    assert rating is not None and (rating.raw, rating.value) == (raw, value)


@pytest.mark.parametrize(
    "lines, raw, value",
    [
        (["Trama: 3 su 5", "Personaggi: 5 su 5", "Giudizio complessivo: 4 su 5"], "4 su 5", 0.8),
        (["Personajes: 6 sobre 10", "Valoración general: 8 sobre 10", "Estilo: 9 sobre 10"], "8 sobre 10", 0.8),
        (["Fabuła: 2/5", "Ocena ogólna: 3/5", "Język: 4/5"], "3/5", 0.6),
        (["Postavy: 5/5", "Celkové hodnocení: 4/5", "Děj: 3/5"], "4/5", 0.8),
        (["Сюжет: 7/10", "Общая оценка: 8/10", "Язык: 10/10"], "8/10", 0.8),
        (["ストーリー：★★★☆☆", "キャラクター：★★★★★", "総合評価：★★★★☆"], "★★★★☆", 0.8),
    ],
)
def test_the_overall_row_of_a_review_box_wins_over_its_other_rows(lines, raw, value):
    rating = find_rating(["Notes on the book first.", *lines])
    assert rating is not None and (rating.raw, rating.value) == (raw, value)


def test_without_an_overall_word_the_rows_rate_several_things():
    assert find_rating(["Notes first.", "Trama: 3 su 5", "Personaggi: 5 su 5", "Stile: 4 su 5"]) is None


@pytest.mark.parametrize(
    "line",
    [
        "In general, 4 out of 5 readers I know gave up before the middle.",
        "Personal note: I read this on the train, 3/5 of it in one sitting.",
        "성적표를 받은 날 3/5 정도 읽었다 그리고 잠들었다",
        "Il giudizio complessivo della critica, all'uscita, era tiepido.",
    ],
)
def test_the_label_words_where_no_score_of_the_book_follows(line):
    assert find_rating(["The plot in a few lines comes first.", line, "A last thought on the translation."]) is None


@pytest.mark.parametrize(
    "line, raw, value",
    [
        # a score in points after a label, in scripts that write the points word right after the number
        ("별점: 3.5점", "3.5점", 0.7),
        ("評価：3点", "3点", 0.6),
        ("评分：7分。", "7分", 0.7),
        # "of" in ro, hr/bs/sr/sl (Latin and Cyrillic)
        ("Notă: 8 din 10", "8 din 10", 0.8),
        ("Ocjena: 3 od 5", "3 od 5", 0.6),
        ("Моја оцена: 4 од 5", "4 од 5", 0.8),
    ],
)
def test_points_words_and_more_words_for_of(line, raw, value):
    rating = find_rating(["The plot in a few lines comes first.", line, "A last thought on the translation."])
    assert rating is not None and (rating.raw, rating.value) == (raw, value)


@pytest.mark.parametrize(
    "line",
    [
        "평점: 3점짜리 리뷰는 쓰지 않기로 했다",
        "3 od 5 priča u zbirci su odlične, ostale slabije.",
        "Za djecu od 5 do 10 godina ova knjiga nije.",
    ],
)
def test_points_and_of_where_they_give_no_score(line):
    assert find_rating(["The plot in a few lines comes first.", line, "A last thought on the translation."]) is None


@pytest.mark.parametrize(
    "line, raw, value",
    [
        # uk number words written with an apostrophe, straight or typographic, as the score and as the scale
        ("Оцінка: чотири з п'яти", "чотири з п'яти", 0.8),
        ("Оцінка: п’ять з п’яти", "п’ять з п’яти", 1.0),
        ("Чесно ставлю цій книжці дев'ять з десяти.", "дев'ять з десяти", 0.9),
    ],
)
def test_ukrainian_number_words_with_an_apostrophe(line, raw, value):
    rating = find_rating(["The plot in a few lines comes first.", line])
    assert rating is not None and (rating.raw, rating.value) == (raw, value)


def test_ukrainian_books_counted_are_no_score():
    line = "За відпустку я взяла п'ять книжок і дочитала лише дві з п'яти, решту повезла назад."
    assert find_rating(["The plot in a few lines comes first.", line]) is None


def test_a_czech_school_mark_is_not_read_as_a_score_out_of_five():
    # cs "Známka: 1" is the best mark (1 to 5, as the German "Note: 1"), not a fifth; with its scale it is a score
    assert find_rating(["The plot in a few lines comes first.", "Známka: 1"]) is None
    rating = find_rating(["The plot in a few lines comes first.", "Známka: 4/5"])
    assert rating is not None and rating.value == 0.8


@pytest.mark.parametrize("line, value", [("نمره‌ام: ۱۸", 0.9), ("نمره من: ۱۵٫۵", 0.775), ("نمره: ۲۵", None)])
def test_the_iranian_school_mark_is_out_of_twenty_without_its_scale(line, value):
    rating = find_rating(["The plot in a few lines comes first.", line])
    assert (rating.value if rating else None) == value


@pytest.mark.parametrize("line, value", [
    ("نمره‌ی من: ۱۶ از ۲۰. برای هر کسی که شهرهای کوچک را دوست دارد توصیه می‌کنم.", 0.8),  # the ezafe after the silent h
    ("نمرهٔ من: ۱۴", 0.7),  # the ezafe as a hamza above
    ("نمره‌ی کتاب در سایت‌ها ۴ است و من با آن موافق نیستم.", None),  # the book's mark elsewhere: not "my mark:"
])
def test_the_iranian_school_mark_with_the_ezafe_before_my(line, value):
    rating = find_rating(["The plot in a few lines comes first.", line])
    assert (rating.value if rating else None) == value
