"""Worded ratings in Turkish and its Turkic neighbours (the star word: yıldız, ulduz, yulduz, жұлдыз; the half: buçuk,
yarım, жарым), the star word before its count in Swahili ("nyota nne"), and labels
with "my" after the noun (ro "Nota mea", sw "Alama yangu"); with near misses (hotels, counts, a school mark in a story)."""

from scraper.extract.rating import find_rating


def _value(line):
    found = find_rating([line])
    return found.value if found else None


def test_turkic_star_words():
    assert _value("Puanım: dört buçuk yıldız") == 0.9  # tr
    assert _value("Sonuçta dört yıldız.") == 0.8
    assert _value("Qiymətim: üç yarım ulduz") == 0.7  # az
    assert _value("Bahom: to'rt yulduz") == 0.8  # uz
    assert _value("Бағам: бес жұлдыз") == 1.0  # kk


def test_swahili_and_malay_star_first():
    assert _value("Alama: nyota tatu na nusu kati ya tano") == 0.7
    assert _value("Tathmini yangu: nyota nne") == 0.8
    assert _value("Nyota 4 kati ya 5.") == 0.8


def test_label_with_my_after():
    assert _value("Nota mea: 8") == 0.8  # ro, out of ten
    assert _value("Punctajul meu: 7/10") == 0.7
    assert _value("Alama yangu: 9/10") == 0.9  # sw


def test_closing_score_alone_still_read():
    assert _value("Yavaş ama güzel bir roman. Benden dört yıldız.") == 0.8
    assert _value("A slow book, and a good one. Four stars.") == 0.8


def test_near_misses():
    # a four-star hotel, a five-star resort, in a sentence of the story
    assert _value("Dört yıldızlı bir otelde üç gece kaldık.") is None
    assert _value("Walilala katika hoteli ya nyota tano karibu na pwani.") is None
    assert _value("Mereka menginap di hotel bintang lima selama seminggu.") is None
    # counts and marks that are no scores
    assert _value("Alama za barabarani zilikuwa 3 tu kijijini.") is None
    assert _value("Nota mea la bacalaureat a fost 9, dar asta e altă poveste.") is None
    assert _value("Kitapta üç yüz yıldız adı geçiyor.") is None
    # a score shared by two books in a reply (tr, en, de): rates more than one
    assert _value("Zweig'ın kısa romanını da dene, tek oturuşta biter. İkisine de beş yıldız.") is None
    assert _value("Try the short one by the same author too. Both get five stars.") is None
    assert _value("Lies auch den zweiten Band, beide vier Sterne.") is None
