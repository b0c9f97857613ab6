"""The word for a review as a category or tag writes it, in each language and script (reviewwords.REVIEW_TERMS), and
a short post's marks of one work in the scripts the rules read too narrowly (reviewed.set_off_titles, titled_work):

- "Рецензии", "რეცენზიები", "書評", "รีวิวหนังสือ", "Adolygiadau", "समीक्षा" file a post as a review; "Reviewers
  wanted", "Kritikus", "Adaptations", "Новости", "お知らせ" do not;
- a short post filed so, with one other mark of one work, is a review (in Russian and Japanese categories here);
- Georgian's Mkhedruli letters, lower case to Unicode, still set a title off ("„ზღვის სახლი“" named twice); a
  quotation of prose in a cased script that opens on a small letter still does not;
- a page title's part in quotation marks ("Иван Петров — «Тихий дом»") is the title the post sets off.

Our own words.
"""

from __future__ import annotations

import pytest

from scraper.extract.classify import REVIEW_TERMS, classify
from scraper.extract.reviewed import set_off_titles, titled_work, work_clues
from tests.test_classify import evidence


@pytest.mark.parametrize("label", [
    "Рецензии", "рецензія", "რეცენზიები", "წიგნის მიმოხილვა", "書評", "読書感想文", "서평", "รีวิวหนังสือ",
    "Adolygiadau", "समीक्षा", "Recenzje", "Arvostelut", "Kritikák", "Book Reviews", "Reseñas", "Κριτικές βιβλίων",
    "գրախոսություն", "مراجعات الكتب",
])
def test_the_word_for_a_review_in_a_category(label):
    assert REVIEW_TERMS.search(label)


@pytest.mark.parametrize("label", [
    "Reviewers wanted", "Kritikus", "Adaptations", "Новости", "お知らせ", "ข่าวสาร", "სიახლეები", "Preview", "#cinéma",
])
def test_near_misses_of_the_word_for_a_review(label):
    assert not REVIEW_TERMS.search(label)


@pytest.mark.parametrize("categories", [["Рецензии"], ["書評"], ["რეცენზიები"]])
def test_a_short_post_filed_in_another_language_with_one_mark_is_a_review(categories):
    k, reason = classify(evidence(title="Тихий дом", words=150, categories=categories,
                                  work_clues=("names one set-off title again",)))
    assert k == "review" and "filed as a review" in reason


@pytest.mark.parametrize("categories", [["Новости"], ["お知らせ"]])
def test_a_short_post_filed_as_news_stays_no_review(categories):
    k, _ = classify(evidence(title="Тихий дом", words=150, categories=categories,
                             work_clues=("names one set-off title again",)))
    assert k != "review"


GEORGIAN = ("ნიკო ხარაძის რომანი „ზღვის სახლი“ დიდხანს ვერ დავიწყე. ბოლოს წავიკითხე და ვნანობ.\n\n"
            "„ზღვის სახლი“ მშვიდი, ნელი წიგნია.")


def test_a_georgian_title_set_off_and_named_again():
    assert "ზღვის სახლი" in set_off_titles(GEORGIAN)
    assert "names one set-off title again" in work_clues(GEORGIAN.split("\n\n"), GEORGIAN)


def test_a_quotation_of_prose_on_a_small_letter_is_still_no_title():
    text = "She says “the sea was quiet that year” and later “the sea was quiet that year” again."
    assert not set_off_titles(text)


@pytest.mark.parametrize("markdown, page_title", [
    (GEORGIAN, "ნიკო ხარაძე — „ზღვის სახლი“"),
    ("Роман «Тихий дом» Ивана Петрова я читал неделю.", "Иван Петров — «Тихий дом»"),
    ("I read *The Salt Gate* in two sittings.", "Mara Lind – “The Salt Gate” | Ana reads"),
])
def test_a_page_title_part_in_quotes_names_the_title_set_off(markdown, page_title):
    assert titled_work(markdown, page_title)


@pytest.mark.parametrize("markdown, page_title", [
    ("Роман «Тихий дом» Ивана Петрова я читал неделю.", "Иван Петров — «Пустой дом»"),
    (GEORGIAN, "შემოდგომის შეხვედრა — კლუბი"),
])
def test_near_misses_of_a_titled_work(markdown, page_title):
    assert not titled_work(markdown, page_title)


@pytest.mark.parametrize("text", [
    "Tôi đọc truyện này trong hai đêm. Cuốn này làm tôi nhớ quê.",  # vi
    "Այս գիրքը կարդացի մեկ շաբաթում: Վեպը դանդաղ է, բայց ազնիվ:",  # hy
    "Бұл кітап туралы көп естідім. Осы романды бір аптада оқыдым.",  # kk
    "මේ පොත මට ගොඩක් දේ කිව්වා. මෙම නවකතාව සෙමින් කියවන්න.",  # si
    "ეს წიგნი დიდხანს ვერ დავიწყე. ამ რომანში ზღვა ცოცხალია.",  # ka
])
def test_this_book_the_novel_in_more_languages(text):
    assert any(clue.startswith("calls its book") for clue in work_clues(text.split(". "), text))


@pytest.mark.parametrize("text", [
    "Tôi đọc truyện này trong hai đêm. Hôm nay trời mưa.",  # said once
    "Այս ֆիլմը դիտեցի երեկ: Ֆիլմը երկար է:",  # a film
    "ეს ფილმი ვნახე. ამ ფილმში ზღვაა.",  # a film
    "Бұл кітап туралы естідім.",  # once
])
def test_near_misses_of_this_book(text):
    assert not any(clue.startswith("calls its book") for clue in work_clues(text.split(". "), text))
