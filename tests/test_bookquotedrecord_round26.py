"""A record line whose title is quoted beside its author's name (bookquotedrecord, read in bookbiblio.from_bibliography):
the quotes end the title, whatever remark on the edition follows before the publisher and the year."""

from scraper.extract.book import Context
from scraper.extract.bookbiblio import from_bibliography
from scraper.extract.bookquotedrecord import quoted_record


def _read(line: str, text: str = ""):
    return from_bibliography([line, "Първи ред на текста.", text or "Втори ред."], Context("\n".join([line, text])))


def test_name_then_quoted_title_with_an_edition_remark_bulgarian():
    line = "Десислава Петкова, „Пясъчният часовник“. Второ издание, изд. „Светлина“, 2024."
    assert _read(line) == ("Пясъчният часовник", "Десислава Петкова")


def test_name_then_quoted_title_with_an_edition_remark_russian():
    line = "Аркадий Северцев, «Дом у старой пристани». Новое издание, М.: Речной мост, 2021."
    assert _read(line) == ("Дом у старой пристани", "Аркадий Северцев")


def test_quoted_title_then_name_french():
    line = "« Le Pont de brume », Hélène Marchal. Réédition, Éditions du Quai, 2019, 240 p."
    assert _read(line) == ("Le Pont de brume", "Hélène Marchal")


def test_initials_and_a_colon_english():
    assert quoted_record("J. R. Vance: “Salt and Iron”, second printing, Harbour Press, 2011.")[:2] == ("Salt and Iron", "J. R. Vance")


def test_near_miss_a_sentence_quoting_someone_is_no_record():
    assert quoted_record("I said, “this is fine”. Then 2019 came.") is None
    assert _read("Тя ми каза: „Чети това“. Беше 2019 година, есента.") is None


def test_near_miss_no_record_after_the_title():
    # a name and a quoted title, then the post's own words and no year, pages, price or publisher: not read here
    assert _read("Десислава Петкова, „Пясъчният часовник“. Прочетох я на един дъх, за едно лято.") is None


def test_near_miss_the_blogger_is_no_author():
    line = "Ана Колева, „Бележки от пътя“. Блог, 2023."
    assert from_bibliography([line], Context(line, not_authors=("Ана Колева",))) is None


# a name in a script without capitals, vouched for by the text naming its family name again

def test_hebrew_record_line_with_a_quoted_title():
    line = 'מיכל אלון, "חלון לים", הוצאת גשר, 288 עמודים'
    text = "אלון כותבת בשקט.\nהספר של אלון קצר."
    assert from_bibliography(["פתיחה של הביקורת כאן.", text, line], Context(f"{text}\n{line}")) == ("חלון לים", "מיכל אלון")


def test_georgian_record_line_with_a_quoted_title():
    line = "ნინო ბერიძე, „ზამთრის ბაღი“, გამომცემლობა „მთა“, 2021, 240 გვერდი"
    text = "ბერიძე წერს ნელა.\nბერიძის წიგნი მოკლეა."
    assert from_bibliography(["შესავალი სიტყვები აქ.", text, line], Context(f"{text}\n{line}")) == ("ზამთრის ბაღი", "ნინო ბერიძე")


def test_near_miss_a_caseless_name_the_text_never_names_again():
    line = 'מיכל אלון, "חלון לים", הוצאת גשר, 288 עמודים'
    assert quoted_record(line, lambda n: False) is None
    assert quoted_record(line) is None  # (no vouching: a caseless name is read only with one)
