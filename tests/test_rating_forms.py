"""scraper.extract.rating: scores written in other forms of the same characters (full-width CJK forms, the digits of
Arabic, Persian, Devanagari, Bengali and Thai), read everywhere a score or a label is read (a line, a title, a
sentence, a rescued block), with the raw rating kept as the reviewer wrote it; dates and chapters in those forms that
are no score; and what a star widget says to a screen reader (its hidden text, its aria-label) in any wording.
"""

from __future__ import annotations

import unicodedata

import pytest
from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.casefold import _PLAIN_FORMS, plain_forms
from scraper.extract.rating import find_rating, has_score, parse_rating, rating_blocks
from scraper.extract.ratinglooks import may_score


def test_plain_forms_reads_each_character_as_nfkc_does_and_keeps_the_length():
    for code, ascii_form in _PLAIN_FORMS.items():
        char = chr(code)
        assert len(ascii_form) == 1 and ascii_form.isascii(), char
        if char.isdecimal():
            assert ascii_form == str(unicodedata.digit(char))
        elif code not in (0x066B, 0x066A, 0x2044, 0x2215):
            assert unicodedata.normalize("NFKC", char) == ascii_form, char
    mixed = "评分：４．５／５，三月 ٤ من ٥"
    assert plain_forms(mixed) == "评分:4.5/5,三月 4 من 5" and len(plain_forms(mixed)) == len(mixed)
    assert plain_forms("4/5 stars") == "4/5 stars"


@pytest.mark.parametrize("line, raw, value", [
    ("读后感评分：４．５／５", "４．５／５", 0.9),  # zh, full-width digits, point and slash
    ("我的打分：８／１０", "８／１０", 0.8),
    ("オススメ度：★★★☆☆", "★★★☆☆", 0.6),  # ja, a "how much I recommend it" label
    ("満足度：７／１０", "７／１０", 0.7),
    ("추천도: ３／５", "３／５", 0.6),  # ko
    ("คะแนนของฉัน: ๓/๕", "๓/๕", 0.6),  # th digits
    ("تقييمي للرواية: ٣ من ٥", "٣ من ٥", 0.6),  # ar
    ("امتیاز من: ۷ از ۱۰", "۷ از ۱۰", 0.7),  # fa
    ("मेरी रेटिंग: ३/५", "३/५", 0.6),  # hi
    ("রেটিং: ৩/৫", "৩/৫", 0.6),  # bn
    ("Waardering: 3 van de 5 sterren", "3 van de 5 sterren", 0.6),  # nl, "van de"
    ("Mijn cijfer: 7 op 10", "7 op 10", 0.7),
])
def test_a_labelled_score_in_other_forms_and_digits(line, raw, value):
    found = find_rating(["Het boek / 这本书 / the book, a paragraph before the verdict.", line])
    assert found is not None and (found.raw, found.value) == (raw, value)
    assert may_score(line)


@pytest.mark.parametrize("line, value", [
    ("５／５", 1.0), ("⭑⭑⭑⭒⭒", 0.6), ("★★★⯨☆", 0.7), ("８．５／１０", 0.85), ("٩/١٠", 0.9),
])
def test_a_line_that_is_only_a_score(line, value):
    assert find_rating([line]).value == value
    assert parse_rating(line).value == value


def test_the_title_and_a_first_person_sentence_read_other_forms_too():
    assert find_rating(["A review without a score line."], title="『白い船』感想（４／５）").raw == "４／５"
    lines = ["长段落。" * 5, "总之，我给这本书打 ４／５。"]  # (a space before a number, as many Chinese writers set it)
    assert find_rating(lines).raw == "４／５"


@pytest.mark.parametrize("line", [
    "読了日：４／５",  # ja: the day it was read (April 5), not a score
    "阅读日期：4/5",
    "작성일: ４／５",
    "التاريخ: ٤/٥",
    "दिनांक: ४/५",
    "第４／５章まで読んだ。",  # a chapter
    "２０２６／４／５",  # a date written in full
])
def test_dates_and_chapters_in_other_forms_are_no_score(line):
    assert find_rating(["Long before this line, the review of the book.", line]) is None


def _body(markup: str):
    return lxml_html.fromstring(f"<div class='post'>{markup}<p>{'The review text goes on about the novel. ' * 8}</p></div>")


@pytest.mark.parametrize("widget, raw, value", [
    # a star widget whose score is written only for screen readers, in several wordings and class names
    ("<div class='stars-row'><span class='sr-only'>Valorado con 4 de 5 estrellas</span></div>", "4 de 5 estrellas", 0.8),
    ("<div class='c-rating'><span class='visually-hidden'>Bewertet mit 3 von 5</span></div>", "3 von 5", 0.6),
    ("<p class='review-score'><span class='screen-reader-text'>Note : 16/20</span></p>", "16/20", 0.8),
    ("<div itemprop='reviewRating'><i></i><span class='a11y-text'>تقييم ٤ من ٥</span></div>", "٤ من ٥", 0.8),
    ("<div class='rating-stars' aria-label='Valutato 4 su 5'></div>", "4 su 5", 0.8),
])
def test_a_star_widgets_text_for_screen_readers_is_the_rating(widget, raw, value):
    found = find_rating([], None, rating_blocks(_body(widget)))
    assert found is not None and (found.raw, found.value) == (raw, value)


@pytest.mark.parametrize("markup", [
    # hidden text outside any rating widget: a date, a link's note, a counter
    "<p class='byline'>By Ana <span class='sr-only'>posted 4 of 5 days ago</span></p>",
    "<a href='/next' class='nav-link'>Next <span class='screen-reader-text'>post 3 of 5</span></a>",
    # a widget's text with two numbers is not one score
    "<div class='rating'><span class='sr-only'>Average 4.2 of 5 from 10 ratings, 3 of 5 from me</span></div>",
])
def test_hidden_text_that_is_not_a_widgets_one_score_is_no_rating(markup):
    assert find_rating([], None, rating_blocks(_body(markup))) is None


def test_a_reader_review_with_only_a_star_widget_through_extract_page():
    page = (
        "<!doctype html><html lang='es'><head><meta charset='utf-8'><title>Opinión sobre La tregua | librería</title></head>"
        "<body><header><nav><a href='/'>Inicio</a><a href='/cesta'>Cesta</a></nav></header><main>"
        "<h1>La tregua, de Mario Benedetti</h1>"
        "<div class='opinion'><div class='opinion__cabecera'><div class='estrellas-valoracion'>"
        "<span class='sr-only'>Valorado con 4 de 5 estrellas</span></div><strong>Un diario que duele</strong></div>"
        "<div class='opinion__texto'>"
        "<p>Martín Santomé lleva la cuenta de los días que le faltan para jubilarse y lo anota todo en su diario: la "
        "oficina, los hijos que no lo entienden, el café de la tarde. Benedetti escribe con una sencillez que engaña.</p>"
        "<p>Cuando aparece Laura Avellaneda el diario cambia de tono y yo cambié de ritmo de lectura. Es una novela "
        "breve sobre la felicidad que llega tarde, y sobre lo poco que dura. Me quedé con ganas de más páginas.</p>"
        "<p>Le quito una estrella por el final, que me pareció demasiado rápido.</p></div></div></main></body></html>"
    )
    record = extract_page(page, "https://libreria.example.es/libro/la-tregua/opiniones/8812/")
    assert record.is_review
    assert (record.rating_raw, record.rating) == ("4 de 5 estrellas", 0.8)


@pytest.mark.parametrize("text", ["おすすめ度：４／５", "٨ من ١٠", "คะแนน ๗/๑๐"])
def test_the_cleaning_sees_a_score_in_other_forms_too(text):
    assert has_score(text)


@pytest.mark.parametrize("lines, raw, value", [
    (["Подводя черту: для меня это семь из десяти, минус балл за затянутый финал."], "семь из десяти", 0.7),  # ru prose
    (["Моя оцінка: сім з десяти"], "сім з десяти", 0.7),  # uk, worded
    (["Bence klasik ama biraz uzun. 5 üzerinden 4 veririm, fazlası hak edilmemiş."], "5 üzerinden 4", 0.8),  # tr prose
    (["Hinnang: 4/5. Järgmine raamat on juba riiulis."], "4/5", 0.8),  # et label, then a new sentence
    (["Arvosana: 8/10"], "8/10", 0.8),  # fi
    (["Értékelés: 9/10"], "9/10", 0.9),  # hu
])
def test_more_languages_labels_number_words_and_first_person_sentences(lines, raw, value):
    found = find_rating(["Первый абзац. Ensimmäinen kappale. İlk paragraf, kitabın konusu."] + lines)
    assert found is not None and (found.raw, found.value) == (raw, value)


@pytest.mark.parametrize("line", [
    "Три дня я читал эту книгу и не пожалел.",  # a number word opening a sentence
    "Я прочитал два из пяти томов цикла.",  # two of five volumes, no label, no first-person cue
])
def test_russian_number_words_in_prose_are_no_score(line):
    assert find_rating(["Первый абзац о книге.", line]) is None


@pytest.mark.parametrize("line, raw, value", [
    ("Rating: 🐦‍⬛🐦‍⬛🐦‍⬛", "🐦‍⬛🐦‍⬛🐦‍⬛", 0.6),  # a pictograph drawn with two, joined
    ("Score: 🐈⬛🐈⬛🐈⬛🐈⬛/5", "🐈⬛🐈⬛🐈⬛🐈⬛/5", 0.8),  # the same with its joiner lost, and a scale after it
    ("Valoración: 🍷🍷🍷🍷🍷🍷/10", "🍷🍷🍷🍷🍷🍷/10", 0.6),
    ("Bewertung: 🦉🦉🦉", "🦉🦉🦉", 0.6),  # one pictograph repeated, as before
])
def test_a_run_of_pictographs_after_a_label(line, raw, value):
    found = find_rating([line])
    assert found is not None and (found.raw, found.value) == (raw, value)


def test_a_review_boxs_total_row_of_stars_is_the_overall_score_among_its_criteria():
    criterion = "<div class='box-row'><span>{}</span><div class='box-stars'>{}</div></div>"
    icons = lambda full, half=0: "".join(["<i class='icon-star'></i>"] * full + ["<i class='icon-star-half'></i>"] * half
                                         + ["<i class='icon-star-empty'></i>"] * (5 - full - half))
    box = (criterion.format("Trama", icons(5)) + criterion.format("Stile", icons(2, 1))
           + f"<div class='box-total-score'>3,5<div class='box-total-stars'>{icons(3, 1)}</div><span>Voto complessivo</span></div>")
    found = find_rating([], None, rating_blocks(_body(box)))
    assert found is not None and found.value == 0.7
    # without a total, three different rows are a list of criteria: no one rating
    rows = criterion.format("Trama", icons(5)) + criterion.format("Stile", icons(2, 1)) + criterion.format("Ritmo", icons(4))
    assert find_rating([], None, rating_blocks(_body(rows))) is None


@pytest.mark.parametrize("widget, value", [
    ("<span class='allstar40 rating' title='推荐'></span>", 0.8),  # a site's words for four stars
    ("<span class='static-stars' title='really liked it'><span class='star on'></span></span>", 0.8),
])
def test_a_star_widgets_word_for_its_level(widget, value):
    assert find_rating([], None, rating_blocks(_body(widget))).value == value


def test_the_same_words_outside_a_star_widget_are_no_rating():
    assert find_rating([], None, rating_blocks(_body("<a class='tag' title='推荐'>推荐</a><p title='liked it'>liked it</p>"))) is None


def test_first_chars_lets_no_match_of_the_label_pattern_go():
    from scraper.extract.casefold import first_chars
    from scraper.extract.rating import LABEL
    import re
    assert first_chars(r"(?:my|our)\s+|(?:मेरी\s+)?रेटिंग|valoraci[oó]n") == "mov" + "मर"
    assert first_chars(r"\w+x") is None and first_chars(r"a?") is None and first_chars(r"[^a]b") is None
    # the label pattern with and without its lookahead finds the same labels, in any case and script
    start = LABEL.pattern.index("(?=[")
    plain = re.compile(LABEL.pattern[:start] + LABEL.pattern[LABEL.pattern.index("])", start) + 2:], re.I)
    assert plain.pattern != LABEL.pattern
    for line in ["MY RATING: 4/5", "Итог: девять", "ΒΑΘΜΟΛΟΓΊΑ: 8", "おすすめ度：４", "Il mio voto da lettrice: 8", "no label here at all",
                 "Hinne: 5/5.", "ſtars: 4", "Nota final — 9", "평점 4.5"]:
        assert [m.span() for m in plain.finditer(line)] == [m.span() for m in LABEL.finditer(line)], line


@pytest.mark.parametrize("line, value", [
    ("Benim puanım: 9/10", 0.9),  # tr
    ("मेरी रेटिंग: 5 में से 4", 0.8),  # hi, the scale first
    ("Ma note : 16/20", 0.8),  # fr, out of twenty
    ("Mi nota: 4,5 de 5", 0.9),  # es, a decimal comma
    ("Моя оценка: 9 из 10", 0.9),  # ru
])
def test_forms_that_read_before_still_read(line, value):
    assert find_rating(["A paragraph of the review first, about the book itself.", line]).value == value
