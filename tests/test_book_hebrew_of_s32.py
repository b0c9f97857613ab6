"""A Hebrew post whose first paragraph opens with the quoted title and whose headline credits one person with "של"
(of): that one-word person is the author where the text has them write (bookhebrewof). Near misses: a headline's
"של" person the text never has write (a character), a title quoted inside a sentence rather than opening it, and a
headline quoting a character's words."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookhebrewof import hebrew_of_book

_HE = [
    '"הגשר הצר" הוא רומן קצר על משפחה בעיירה קטנה, וביאליק כותב אותו בשפה עשירה ואיטית. האב מחליט לבנות גשר מעל הנחל, והשכנים צוחקים עליו.',
    "הכוח של הספר הוא בפרטים הקטנים: ריח הלחם, קול המים, השתיקות בין האב לבנו. ביאליק לא ממהר לשום מקום.",
    "מי שמחפש עלילה סוערת יתאכזב, אבל זה ספר שכדאי לקרוא לאט, בערב שקט.",
    "ציון: 4 מתוך 5",
]


def _book(headline: str, paragraphs: list[str] = _HE):
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (f'<html lang="he" dir="rtl"><head><meta charset="utf-8"><title>{headline} - מוסף ספרים</title></head><body>'
            f'<main><h1 class="article-title">{headline}</h1><div class="article-body">{body}</div></main></body></html>')
    page = extract_page(html, "https://sfarim.example.co.il/news/5512")
    return page.book_title, page.book_author


def test_quoted_opening_title_and_the_headline_of_person():
    assert _book("בין הנחל לגשר: חוזרים אל הרומן של ביאליק") == ("הגשר הצר", "ביאליק")


def test_unit_reading_of_the_shape():
    text = "\n".join(_HE)
    assert hebrew_of_book("חוזרים אל הרומן של ביאליק", _HE, Context(text, (), "he")) == ("הגשר הצר", "ביאליק")


def test_of_person_the_text_never_has_write_is_no_author():
    paragraphs = [p.replace("וביאליק כותב אותו", "והסבתא מספרת אותו").replace("ביאליק לא", "הסבתא לא") for p in _HE]
    text = "\n".join(paragraphs)
    assert hebrew_of_book("חוזרים אל הסיפור של סבתא", paragraphs, Context(text, (), "he")) is None


def test_title_quoted_inside_a_sentence_is_not_read():
    paragraphs = ['זה רומן קצר שנקרא "הגשר הצר", וביאליק כותב אותו בשפה עשירה ואיטית. האב מחליט לבנות גשר מעל הנחל.',
                  *_HE[1:]]
    text = "\n".join(paragraphs)
    assert hebrew_of_book("חוזרים אל הרומן של ביאליק", paragraphs, Context(text, (), "he")) is None


def test_headline_quoting_a_character_words_reads_no_of_person():
    text = "\n".join(_HE)
    assert hebrew_of_book('"אני לא אבנה את זה", אומר האב', _HE, Context(text, (), "he")) is None
