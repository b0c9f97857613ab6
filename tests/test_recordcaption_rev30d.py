"""A cover's record caption (recordcaption), narrowed: "ben", "bat", "ten", "des", "dei", "wa", "ap" are name particles
only in lower case (capitalised, they are first names: "Ben …", "Des …"); a picture's word before "by" is a photo's
credit, not a title ("Llun gan …", "Mynd eftir …", "Obrázek od …"); the house as its own sentence needs a page count,
a binding or a publisher's word, not a bare year ("Oslo, 2021." is a photo's place and date)."""

import pytest

from scraper.extract import extract_page
from scraper.extract.recordcaption import record_parts


@pytest.mark.parametrize("caption, parts", [
    ("Des Kearney: The Salt Harbour", ("The Salt Harbour", "Des Kearney")),
    ("Ben Adeyemi: The Long Rains (Harbour Press, 2019)", ("The Long Rains", "Ben Adeyemi")),
    ("Dei Pritchard – Y Môr Llwyd", ("Y Môr Llwyd", "Dei Pritchard")),
    ("Bat Levanon: Orchard Songs", ("Orchard Songs", "Bat Levanon")),
    ("Ten Boom Vries: Het Stille Huis", ("Het Stille Huis", "Ten Boom Vries")),
])
def test_a_capitalised_first_name_is_no_particle(caption, parts):
    assert record_parts(caption) == parts


@pytest.mark.parametrize("caption, parts", [
    ("Noam ben Ezra: The Orchard Year", ("The Orchard Year", "Noam Ezra")),
    ("Owain ap Rhys: Clychau'r Gaeaf", ("Clychau'r Gaeaf", "Owain Rhys")),
    ("Wambui wa Kariuki: The Salt Road", ("The Salt Road", "Wambui Kariuki")),
])
def test_a_lower_case_particle_still_is_one(caption, parts):
    assert record_parts(caption) == parts


@pytest.mark.parametrize("caption", [
    "Llun gan Elin Prys", "Mynd eftir Guðrúnu Helgadóttur", "Fotografi nga Besnik Lala", "Obrázek od Jana Nováka",
    "Ilustrace od Evy Malé", "Kuvitus Mikko Salo", "Zdjęcie autorstwa Ewy Nowak",
])
def test_a_pictures_credit_is_no_record(caption):
    assert record_parts(caption) is None


@pytest.mark.parametrize("caption", [
    "Liv Berg: På kontoret. Bergen, 2021.", "Jan Ruh: Im Garten. München, 2019.", "Ann Lee: At the harbour. Leeds, 2018.",
])
def test_a_place_and_a_year_are_no_house(caption):
    assert record_parts(caption) is None


@pytest.mark.parametrize("caption", [
    "Liv Berg: Huset ved sjøen. Gyldendal forlag, 2021.", "Jan Ruh: Die Insel. Hanser Verlag, 2019.",
    "Ann Lee: The Harbour. Tidewater Press, 2018.", "Liv Berg: Huset ved sjøen. Oktober, 312 sider.",
    "Eeva Salo: Saari. Otava, nidottu, 2020.",
])
def test_a_house_with_its_edition_is_read(caption):
    assert record_parts(caption) is not None


def test_a_lead_cover_captioned_with_a_ben_author_is_the_books():
    page = ('<html lang="en"><head><title>Review</title></head><body><article class="post">'
            '<h1 class="entry-title">A review</h1>'
            '<figure class="post-thumb"><img src="/uploads/long-rains-cover.jpg" alt="Book cover">'
            '<figcaption>Ben Adeyemi: The Long Rains (Harbour Press, 2019)</figcaption></figure>'
            '<div class="entry-content"><p>Adeyemi wrote this novel over ten years, and it shows in every page: a village '
            'waiting for the rains, a family waiting for a son who does not come home.</p><p>Adeyemi never hurries; the '
            'ending is quiet and right, and I have pressed the book on three friends since.</p></div>'
            '</article></body></html>')
    result = extract_page(page, "https://blog.example.org/2026/11/long-rains/")
    assert "Ben Adeyemi: The Long Rains" in result.body_markdown
