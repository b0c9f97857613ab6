"""A reading club's post whose book was not found (announce.club, classify): the club's title in more languages and
scripts ("Книжковий клуб", "نادي القراءة", "Câu lạc bộ sách", "מועדון קריאה", "ชมรมรักการอ่าน"), and its post,
unrated, about a book the rules could not read, is the club's meeting, not a review (as one named only in its text
was). Near misses: another kind of club, a club's post with its own rating, a long post under a title naming no club.

Our own titles.
"""

from __future__ import annotations

import pytest

from scraper.extract import announce
from tests.test_classify import evidence, kind


CLUB_TITLES = [
    "Книжковий клуб у листопаді: говоримо про «Тіні»",
    "نادي القراءة: لقاء شهر نوفمبر",
    "Câu lạc bộ sách tháng 11: cùng đọc một cuốn",
    "מועדון קריאה - המפגש של נובמבר",
    "ชมรมรักการอ่าน ครั้งที่ 4",
    "Klub buku bulan ini",
    "Λέσχη ανάγνωσης: η συνάντηση του Νοεμβρίου",
]


@pytest.mark.parametrize("title", CLUB_TITLES)
def test_a_reading_clubs_title(title):
    assert announce.club(title)


@pytest.mark.parametrize("title", [
    "ชมรมฟุตบอลโรงเรียน",  # a football club
    "Кіноклуб: осінній показ",
    "نادي السينما",
    "Câu lạc bộ bóng đá",
    "Một cuốn sách về mùa đông",
])
def test_near_misses_of_a_clubs_title(title):
    assert not announce.club(title)


@pytest.mark.parametrize("title", CLUB_TITLES[:4])
def test_a_clubs_unrated_post_whose_book_was_not_found_is_its_meeting(title):
    assert kind(title=title, words=400, book_source=None) == "event"


def test_a_clubs_post_with_its_own_rating_is_left_to_the_rating_rules():
    assert kind(title=CLUB_TITLES[0], words=400, book_source=None, rating=True, verdict_lines=1) == "review"


def test_a_long_post_under_no_clubs_title_keeps_its_length():
    assert kind(title="Một cuốn sách về mùa đông", words=400, book_source=None) == "review"
