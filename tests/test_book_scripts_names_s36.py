"""Book records across scripts (round 36): a caseless record in commas closed by a full stop whose last part names a
publisher's house ("T، A، kind، House.": fragmentrecord._closed_on_house). Near misses: a sentence of clauses closed by
its stop, a name among them and no house at its end; a stop-closed line whose house is not its last part. An unlabelled
headline "T / A: remark" in a script without capitals, A a name of two words (an initial counts) the text calls by
its last word twice (bookslashremark.remarked_slash). Near misses: two topics parted by a slash, a pair whose second
part the text never calls by its last word, a house after the slash.

Every line here is invented for these tests (invented books and people, in our own words)."""

from __future__ import annotations

from scraper.extract import extract_page


def _page(headline: str, paragraphs: list[str], lang: str, url: str = "https://daftar.example.org/2026/11/post"):
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{headline} — Daftar</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{headline}</h1><div class="entry-content">{body}</div>'
            f'</article></body></html>')
    record = extract_page(html, url)
    return record.book_title, record.book_author


_AR = [
    "في قرية صغيرة على ضفة النهر يعيش صياد عجوز مع حفيدته، وينتظران كل صباح عودة القارب الذي خرج ولم يرجع. "
    "هذه هي الحكاية التي تبني عليها الكاتبة روايتها الهادئة.",
    "تكتب الساعدي بجمل قصيرة وواضحة، وتترك الصمت بين الشخصيات يقول أكثر من الحوار. الفصول الوسطى بطيئة قليلاً، "
    "لكن النهاية تستحق الصبر.",
]


def test_arabic_record_closed_by_a_stop_on_its_house():
    book = _page("صياد ينتظر النهر", _AR + ["<em>قارب الفجر، سلمى الساعدي، رواية، منشورات الضفة.</em>"], "ar")
    assert book == ("قارب الفجر", "سلمى الساعدي")


def test_arabic_sentence_of_clauses_closed_by_a_stop_is_no_record():
    book = _page("صياد ينتظر النهر", _AR + ["قرأتها في ليلة، سلمى الساعدي تعرف البحر، وأحببت الحفيدة كثيراً."], "ar")
    assert book[1] != "سلمى الساعدي"


def test_stop_closed_line_whose_house_is_not_last_is_no_record():
    book = _page("صياد ينتظر النهر", _AR + ["قارب الفجر، سلمى الساعدي، منشورات الضفة، أنصح بها للجميع."], "ar")
    assert book[1] != "سلمى الساعدي"


_HE = [
    "את הרומן של גלבוע קראתי בחופשה, בבית קטן ליד הים. זה סיפור על אחות ואח שחוזרים לבית ההורים אחרי שנים, "
    "ומגלים שכל חדר שומר סוד אחר.",
    "גלבוע כותבת משפטים קצרים וחדים, ולא מסבירה יותר מדי. יש פרקים באמצע שחוזרים על עצמם, אבל הסוף חזק מאוד.",
    "הדמויות המשניות, השכנה הזקנה והדייג שמגיע כל בוקר, נותנות לספר נשימה. לפעמים רציתי לדעת עליהן יותר, "
    "ולפעמים דווקא השתיקה שלהן עבדה טוב יותר מכל הסבר. זה ספר שכדאי לקרוא לאט, בערב, עם חלון פתוח.",
    "הביקורת שלי: ספר קטן ומדויק, לא מושלם, שנשאר איתי הרבה אחרי שסגרתי אותו. ציון: 4 מתוך 5.",
]


def test_hebrew_headline_title_slash_initial_and_surname_with_a_remark():
    assert _page("הבית שליד הים / ר. גלבוע: על סודות ואחים", _HE, "he") == ("הבית שליד הים", "ר. גלבוע")


def test_hebrew_headline_two_topics_parted_by_a_slash_name_no_author():
    assert _page("ים / בית: מחשבות של קיץ", _HE, "he")[1] is None


def test_hebrew_pair_whose_second_part_the_text_never_calls_by_its_last_word():
    assert _page("הבית שליד הים / חופשה ארוכה: על סודות ואחים", _HE, "he")[1] != "חופשה ארוכה"


def test_hebrew_house_after_the_slash_is_no_author():
    text = _HE + ["ההוצאה הוצאת גלבוע עשתה עבודה יפה, וגם הכריכה של הוצאת גלבוע יפה."]
    assert _page("הבית שליד הים / הוצאת גלבוע", text, "he")[1] != "הוצאת גלבוע"


# A name opening the review's line, then a comma and the book's title in its quotation marks, is the record's front:
# the writer (bookrecordfront.record_front, read by bookrescueauthor), over a character the opening names in full.
# Near misses: the same name and quoted title inside a sentence; a name opening the line before a quoted phrase that
# is no title.
_RU_REST = [
    "Первая часть — чистая приключенческая история: корабли, погони, странные сигналы с окраины системы. Вторая "
    "становится романом о плене и выборе, а третья поднимает ставки до судьбы всей колонии.",
    "Минусы тоже есть: женские персонажи почти декоративны, а длинные научные лекции хочется пролистать. Но финал "
    "третьей части — из лучшего, что я читал в этом жанре за последние годы.",
    "Оценка: 8/10",
]


def _ru(opening: str):
    return _page("Оптимизм на краю галактики", [opening] + _RU_REST, "ru")


def test_name_before_a_quoted_title_at_the_line_front_is_the_writer():
    book = _ru("Игорь Велесов, «Мосты над бездной» — трилогия, которую почему-то помнят хуже, чем она того стоит. "
               "Рассказчик, Марк Озеров, ведёт нас через всю историю от первого лица. Велесов писал её десять лет.")
    assert book[1] == "Игорь Велесов"


def test_name_and_quoted_title_inside_a_sentence_is_no_record_front():
    book = _ru("Как однажды заметил мой друг Игорь Велесов, «Мосты над бездной» — трилогия, которую помнят хуже, чем "
               "она того стоит. Рассказчик, Марк Озеров, ведёт нас через всю историю от первого лица.")
    assert book[1] != "Игорь Велесов"


def test_name_at_the_front_before_a_quoted_phrase_that_is_no_title():
    book = _ru("Марк Озеров, «человек без прошлого», ведёт нас через трилогию «Мосты над бездной» от первого лица. "
               "Это книга, которую почему-то помнят хуже, чем она того стоит, и я хочу это исправить.")
    assert book[1] != "Марк Озеров"
