"""A short post in a language that writes fewer words than English for the same text is measured in English words'
worth at the classifier's floors (detshort, s33): the agglutinating languages glue case endings and possessives on
(Hungarian, Finnish, Turkish …), the Semitic ones glue the article and the prepositions on (Hebrew, Arabic), the
Slavic and Baltic ones write no articles. A rated Hungarian capsule of some fifty words, or an unrated Russian one of
ninety with the marks of one work read, was filed as empty or too short. An English post as short under a page whose
lang attribute says Hungarian, a Hungarian post half as long, and unrated notices as long (a publisher's
announcement, an event notice) are not reviews. Texts of our own.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.reviewlength import english_words
from scraper.extract.words import count_words


def _page(lang: str, title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
            '<meta property="article:published_time" content="2026-11-20T09:00:00+00:00"></head><body>'
            f'<article class="post"><h1 class="entry-title">{title}</h1><div class="entry-content">{body}</div>'
            '</article></body></html>')


_HU = [
    "Egy kis halászfaluban él egy öregasszony, aki minden télen kertet ültet a hó alá. A szomszédok először nevetnek "
    "rajta, aztán tavasszal csak csodálkoznak, mert a kertje virágzik elsőként az egész parton.",
    "Szabó Anna rövid, tiszta mondatokban ír, és a könyv csendje nekem nagyon jólesett a hosszú esték után. A végén "
    "elsírtam magam a buszon.",
]


def test_a_rated_hungarian_capsule_of_fifty_words_is_a_review():
    assert 45 <= count_words("\n".join(_HU)) < 60
    record = extract_page(_page("hu", "Szabó Anna: A téli kert", _HU + ["7/10"]),
                          "https://olvasok.example.hu/2026/11/szabo-anna-a-teli-kert")
    assert record.kind == "review", (record.kind, record.reason)
    assert record.rating is not None and record.book_title == "A téli kert"


def test_an_english_post_under_a_hungarian_lang_attribute_stays_empty():
    text = ("An old woman in a fishing village plants a garden under the snow every winter. Her neighbours laugh, "
            "then wonder in spring. Anna writes short, clean sentences and the quiet of the book did me good. "
            "I cried on the bus at the end.")
    assert count_words(text) < 60
    record = extract_page(_page("hu", "Anna Szabo: The Winter Garden", [text, "7/10"]),
                          "https://olvasok.example.hu/2026/11/winter-garden")
    assert record.kind == "empty", (record.kind, record.reason)


def test_a_hungarian_post_half_as_long_stays_empty():
    record = extract_page(_page("hu", "Szabó Anna: A téli kert", [_HU[1], "7/10"]),
                          "https://olvasok.example.hu/2026/11/teli-kert-rovid")
    assert record.kind == "empty", (record.kind, record.reason)


_RU = [
    "<b>Предупреждение:</b> в книге есть сцены насилия над детьми и смерть близкого человека.",
    "Зорин писал эту повесть почти десять лет, и это чувствуется: каждая глава выверена до запятой. Мальчик из "
    "заводского посёлка растёт рядом с отцом, который пьёт, и матерью, которая молчит.",
    "Зорин не объясняет и не судит, он просто смотрит, как смотрел бы сам мальчик: на гудок смены, на очередь за "
    "хлебом, на соседку, которая каждое утро моет крыльцо.",
    "Читать тяжело, и всё же оторваться невозможно. Последние страницы, где сын возвращается в посёлок взрослым, я "
    "перечитал дважды.",
    "<i>Глеб Зорин. Заводская окраина. Екатеринбург, 1988.</i>",
]


def test_an_unrated_russian_capsule_of_ninety_words_with_its_marks_is_a_review():
    words = count_words("\n".join(p.replace("<b>", "").replace("</b>", "").replace("<i>", "").replace("</i>", "")
                                  for p in _RU))
    assert words < 100
    record = extract_page(_page("ru", "Посёлок у завода", _RU), "https://knizhnaya-polka.example.ru/2026/11/okraina.html")
    assert record.kind == "review", (record.kind, record.reason)


def test_a_russian_publishers_announcement_as_long_is_no_review():
    paragraphs = [
        "Издательство «Уральский берег» выпускает новое издание повести, которая давно стала классикой. В книгу "
        "вошли архивные фотографии посёлка, письма Зорина к матери и послесловие его младшей дочери.",
        "Тираж пять тысяч экземпляров, твёрдый переплёт, иллюстрации художницы Веры Ланиной. Книга поступит в "
        "магазины в начале декабря, предзаказ уже открыт на сайте издательства.",
        "<i>Глеб Зорин. Заводская окраина. Екатеринбург, 2026.</i>",
    ]
    record = extract_page(_page("ru", "Новое издание «Заводской окраины»", paragraphs),
                          "https://uralbereg.example.ru/news/okraina-2026.html")
    assert record.kind != "review", (record.kind, record.reason)


def test_a_hebrew_event_notice_as_long_is_no_review():
    paragraphs = [
        "ביום חמישי הקרוב נקיים בספרייה העירונית ערב קריאה לכבוד ספרה החדש של מיכל אדלר, ״הגן שמתחת לשלג״. "
        "הסופרת תקרא פרקים מהספר ותשוחח עם הקהל על הכתיבה ועל הכפר שבו גדלה.",
        "הכניסה חופשית, אבל מספר המקומות מוגבל, ולכן מומלץ להירשם מראש באתר הספרייה. יוגש כיבוד קל, "
        "ועותקים חתומים של הספר יימכרו במקום במחיר מיוחד.",
        "מחכים לכם!",
    ]
    record = extract_page(_page("he", "ערב קריאה בספרייה", paragraphs), "https://sifriya.example.co.il/2026/11/erev-kria/")
    assert record.kind != "review", (record.kind, record.reason)


def test_words_worth_asks_the_script_and_leaves_other_languages_alone():
    russian = ["Мальчик из посёлка растёт рядом с отцом, который пьёт, и матерью, которая молчит."]
    assert english_words(russian, 100, "ru") == 115
    assert english_words(russian, 100, "de") == 100  # (a language that writes its articles)
    assert english_words(["A boy grows up in a factory town beside a father who drinks."], 100, "ru") == 100
