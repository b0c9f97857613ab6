"""Book and author in the forms each language gives them, beyond "Title by Author": an honorific between a CJK name and
its bracketed title, a Turkish genitive before a title and a book noun, a Slavic name in the genitive and a Russian
title in the accusative, a Hindi title without quotes, a headline that names the book and then the post's own words,
a bibliographic record set on two lines.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

import pytest

from scraper.extract.book import Context
from scraper.extract.bookbiblio import from_bibliography
from scraper.extract.bookpagetitles import named_part
from scraper.extract.bookgenitive import genitive_author, nominative_title
from scraper.extract.bookscripts import script_pair
from scraper.extract.booktitles import cjk_owner


# -- an honorific between the owner and the bracketed title ------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("先週、森山一郎さんの『雨の駅』を読み終えた。", ("雨の駅", "森山一郎")),
    ("久しぶりに川村花子先生の『冬の庭』を開いた。", ("冬の庭", "川村花子")),  # after a particle (hiragana)
    ("梅田氏の『灯台守の夜』は静かな本だ。", ("灯台守の夜", "梅田")),
    ("アンナ・ベルクさんの『白い港』を読んだ。", ("白い港", "アンナ・ベルク")),  # a katakana name
    # Chinese: the run before 老师 is unspaced; the name is its end that the text names again
    ("这个月读了王红老师的《江边的雾》，王红的文字很安静。", ("江边的雾", "王红")),
    ("刘一舟先生的《北方的信》", ("北方的信", "刘一舟")),
])
def test_an_honorific_between_a_cjk_name_and_its_title(text, expected):
    assert cjk_owner(text) == expected


@pytest.mark.parametrize("text", [
    "担任の先生の『雨の駅』を借りた。",  # "the teacher's": a role, no name
    "図書館で借りた『雨の駅』を読んだ。",  # no owner at all
    "我很喜欢这位老师的《江边的雾》。",  # "this teacher": a demonstrative, and no name named again
])
def test_an_honorific_without_a_name_gives_no_author(text):
    assert cjk_owner(text) is None


@pytest.mark.parametrize("line, page, expected", [
    ("윤하늘 님의 『겨울 정원』을 읽었다.", "윤하늘은 문장이 짧다.", ("겨울 정원", "윤하늘")),
    ("한별씨의 《밤의 도서관》은 오래 남는다.", "한별의 다른 책도 읽고 싶다.", ("밤의 도서관", "한별")),
    ("先月、森ひかりさんの『月夜の台所』を買った。", "森ひかりの文章は軽い。", ("月夜の台所", "森ひかり")),
    ("한별 작가님의 《밤의 도서관》은 오래 남는다.", "", ("밤의 도서관", "한별")),  # the role and its honorific
])
def test_korean_and_japanese_honorifics_are_no_part_of_the_name(line, page, expected):
    assert script_pair(line, Context(line + "\n" + page)) == expected


# -- Turkish: the genitive owner, the title, a book noun with its suffixes ----------------------------------------


@pytest.mark.parametrize("line, expected", [
    ("Dün gece Selin Aksoy'un Sessiz Liman romanını bitirdim.", ("Sessiz Liman", "Selin Aksoy")),
    ("Kerem Ulu'nun Kırık Saat kitabında zaman geriye akıyor.", ("Kırık Saat", "Kerem Ulu")),
])
def test_a_turkish_owner_before_a_title_and_a_book_noun(line, expected):
    assert script_pair(line, Context(line)) == expected


@pytest.mark.parametrize("line", [
    "Bu yazın Güzel Anları kitabı gibi bir şey okumadım.",  # no apostrophe: no genitive name
    "Ankara'nın Eski Sokakları romanını andırıyor.",  # a one-word place in the genitive
])
def test_a_turkish_genitive_that_is_no_person(line):
    assert script_pair(line, Context(line)) is None


# -- a headline: the book, then the post's own words --------------------------------------------------------------


def test_the_headline_part_the_text_names_is_the_book():
    text = "Ich habe Die gläserne Stadt wieder gelesen. Die gläserne Stadt ist kälter, als ich dachte."
    assert named_part("Ein paar Gedanken über Die gläserne Stadt", Context(text)) == "Die gläserne Stadt"
    text = "Releí La casa del lago este verano. La casa del lago es más triste de lo que recordaba."
    assert named_part("Unas notas sobre La casa del lago", Context(text)) == "La casa del lago"
    text = "Sulu Sokak okudum. Sulu Sokak bir mahalle romanı."
    assert named_part("Sulu Sokak hakkında birkaç söz", Context(text)) == "Sulu Sokak"


@pytest.mark.parametrize("headline, text, not_authors", [
    # the blogger's own name, or a person the text calls by surname, is no book
    ("Mira Holt on quiet endings", "Mira Holt reads slowly. Mira Holt has a cat.", ("Mira Holt",)),
    ("Jonas Ek about winter reading", "Jonas Ek wrote it. Ek likes snow, and Ek is tired.", ()),
    # a theme the text names once, in a word of its own
    ("Winter in Lisbon, a note", "Lisbon was grey. Winter came early.", ()),
    # an event or a place the post reports from, however often the text names it
    ("Notes from the Lakeside Poetry Weekend", "The Lakeside Poetry Weekend had six readings. Lakeside Poetry Weekend again.", ()),
    ("Lakeside Poetry Weekend recap", "The Lakeside Poetry Weekend had six readings. Lakeside Poetry Weekend again.", ()),
])
def test_a_headline_part_that_is_a_person_or_a_theme_is_no_book(headline, text, not_authors):
    assert named_part(headline, Context(text, not_authors)) is None


# -- Slavic genitive names; a Russian title in the accusative ------------------------------------------------------


@pytest.mark.parametrize("paragraph, more, language, expected", [
    # a man's first name in the genitive (-а off a consonant, -я for -й), his surname's nominative in the text
    ("Перечитал «Тихую заводь» Семёна Громова за два вечера.", "Громов пишет сухо.", "ru", ("Тихая заводь", "Семён Громов")),
    ("Дочитал «Северный склон» Андрея Лукина.", "Лукин не торопится.", "ru", ("Северный склон", "Андрей Лукин")),
    ("Wreszcie „Szklany dom” Tadeusza Kowala.", "Kowal pisze krótko.", "pl", ("Szklany dom", "Tadeusz Kowal")),
    ("Взял в дорогу «Долгую зиму» Павла Ветрова.", "Ветров знает север.", "ru", ("Долгая зима", "Павел Ветров")),
])
def test_a_mans_genitive_name_and_an_accusative_title_in_the_nominative(paragraph, more, language, expected):
    assert genitive_author([paragraph], Context(paragraph + " " + more), [], language) == expected


def test_a_genitive_name_whose_nominative_the_page_never_uses_gives_no_book():
    paragraph = "Перечитал «Тихую заводь» Семёна Громова за два вечера."
    assert genitive_author([paragraph], Context(paragraph), [], "ru") is None


@pytest.mark.parametrize("title, url, words, expected", [
    ("Реку и берег", "https://kniga.example/post/reka-i-bereg/", set(), "Река и берег"),  # the URL spells the nominative
    ("Реку и берег", "https://kniga.example/post/12345/", {"Река"}, "Река и берег"),  # the page uses it
    ("Реку и берег", "https://kniga.example/post/12345/", set(), "Реку и берег"),  # no telling: as written
    ("Путешествие из Тулы в Москву", "", set(), "Путешествие из Тулы в Москву"),  # only the head is declined
    ("Белый пароход", "", set(), "Белый пароход"),  # a masculine title reads the same
])
def test_an_accusative_title_is_given_in_the_nominative_only_where_that_can_be_told(title, url, words, expected):
    assert nominative_title(title, url, words) == expected


# -- Hindi: a title without quotes after the book noun ------------------------------------------------------------


def test_a_hindi_title_without_quotes_that_the_url_spells():
    line = "सुरेश वर्मा का उपन्यास धूप मैंने दो दिन में पढ़ा।"
    context = Context(line + "\nवर्मा की भाषा सरल है।")
    assert script_pair(line, context, [], "https://kahani.example/story/dhoop-samiksha-x1") == ("धूप", "सुरेश वर्मा")
    # neither the URL nor the page names the title again: the words after the book noun may be anything
    assert script_pair(line, context, [], "https://kahani.example/story/8f2k1") is None


def test_a_hindi_title_without_quotes_that_the_page_names_again():
    line = "सुरेश वर्मा का उपन्यास धूप मैंने दो दिन में पढ़ा।"
    context = Context(line + "\nधूप की नायिका चुप रहती है। वर्मा की भाषा सरल है।")
    assert script_pair(line, context, []) == ("धूप", "सुरेश वर्मा")


# -- a bibliographic record on two lines --------------------------------------------------------------------------


def test_a_record_set_on_two_lines():
    lines = ["Anna Lindqvist: Das gläserne Haus", "Steidl, 212 Seiten", "Ein Haus am See, drei Schwestern und ein Winter."]
    assert from_bibliography(lines) == ("Das gläserne Haus", "Anna Lindqvist")


@pytest.mark.parametrize("lines", [
    ["Anna Lindqvist: ein Nachmittag im Park", "Gestern, 14:00 Uhr", "Wir lasen im Schatten."],  # a time, no record
    ["Ich habe lange auf dieses Buch gewartet", "212 Seiten", "Ein Haus am See."],  # a sentence over a page count
])
def test_two_lines_that_are_no_record(lines):
    assert from_bibliography(lines) is None
