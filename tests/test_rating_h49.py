"""Round holdout49 (notes49): a score's "of" in Malay/Indonesian, Welsh, Maltese, Albanian, Hausa and Yoruba, the Malay
labels of a score, and a lone star that opens a book-data line as its bullet (ja/zh papers), which is no score of one
star. Our own sentences; near misses left alone."""

import pytest

from scraper.extract.rating import find_rating

BODY = ["Sebuah novel tentang dua beradik yang membesar di pinggir pelabuhan, ditulis dengan bahasa yang tenang.",
        "The second half slows down, but the ending is earned and the prose stays clear all the way through."]


def _value(lines):
    rating = find_rating(lines)
    return None if rating is None else round(rating.value, 3)


@pytest.mark.parametrize("line, value", [
    ("Penilaian: 3 bintang daripada 5", 0.6),  # ms/id: stars, then "of" as daripada
    ("Penarafan saya: 9 daripada 10", 0.9),
    ("Markah: 4 daripada 5", 0.8),
    ("Sgôr: 4 allan o 5", 0.8),  # cy
    ("Marc: 8 minn 10", 0.8),  # mt
    ("Vlerësimi im: 3 nga 5", 0.6),  # sq
    ("Maki: 4 cikin 5", 0.8),  # ha
    ("Ìdíwọ̀n: 2 nínú 5", 0.4),  # yo
])
def test_of_words_and_labels(line, value):
    assert _value(BODY + [line]) == value


def test_malay_raw_keeps_its_scale():
    rating = find_rating(BODY + ["Penilaian: 3 bintang daripada 5"])
    assert rating is not None and rating.raw == "3 bintang daripada 5"


@pytest.mark.parametrize("line", [
    "Harganya lebih murah daripada 40 ringgit di kedai buku kami.",  # "than", no score before it
    "Dia membaca 2 daripada 5 buku itu dalam seminggu sebelum cuti.",  # a count inside a sentence
    "Penilaian pertama saya berubah selepas bab keempat.",  # the label's word in prose, no score
])
def test_malay_near_misses(line):
    assert _value(BODY + [line]) is None


@pytest.mark.parametrize("line", [
    "★『海辺の町』山田一郎著／白鳥社／本体一八〇〇円",  # ja: the book-data line of a paper's review
    "☆「小さな灯り」佐藤花子著（青空書房・二二〇〇円）",
    "★《河边的房子》李明 著，北方出版社",  # zh
    "★ «La maison du port», Jeanne Martin, Éditions du Quai",  # a quote after one space
    "★Recommended for the long train ride home",  # a mark written on to a word
])
def test_star_bullet_is_no_score(line):
    assert _value(BODY + [line]) is None


@pytest.mark.parametrize("line, value", [
    ("★", 0.2),  # one star alone
    ("★ Avoid.", 0.2),  # a space and a verdict
    ("★ – not for me", 0.2),
    ("★★★☆☆「まあまあ」", 0.6),  # a row of stars, then a quoted verdict
    ("Rating: ★", 0.2),
])
def test_star_bullet_near_misses_stay_scores(line, value):
    assert _value(BODY + [line]) == value
