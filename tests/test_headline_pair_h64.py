"""scraper.extract.bookslugpair.headline_pair: the headline writes "<label>: <title> <by> <author>, <remark>" and the
address spells the same title and author side by side, though the text calls the book only "this novel". The label
before the headline's colon is no part of the title. Our own words, in Swahili, Tagalog, Italian and Latvian."""

from __future__ import annotations

import pytest

from scraper.extract.book import Context
from scraper.extract.bookslugpair import headline_pair


@pytest.mark.parametrize("headline, text, url, lang, expected", [
    ("MAPITIO: Mwezi Mweupe ya Halima Omari Juma, safari ya bahari", "Riwaya hii ya Halima Omari Juma ni tamu. Juma anaandika kwa utulivu.",
     "https://gazeti.example.co.tz/makala/mapitio-mwezi-mweupe-halima-omari-juma/", "sw", ("Mwezi Mweupe", "Halima Omari Juma")),
    ("Pagsusuri: Ang Lumang Bangka ni Rosa Dimaculangan, isang kuwento ng dagat",
     "Ang nobelang ito ni Rosa Dimaculangan ay tahimik. Mahusay si Dimaculangan.",
     "https://balita.example.ph/pagsusuri-ang-lumang-bangka-rosa-dimaculangan", "tl", ("Ang Lumang Bangka", "Rosa Dimaculangan")),
    ("Letture — Il pozzo salato di Marta Pieri, un'estate al mare", "Il romanzo di Marta Pieri è lento. Pieri scrive bene.",
     "https://rivista.example.it/letture-il-pozzo-salato-marta-pieri/", "it", ("Il pozzo salato", "Marta Pieri")),
])
def test_headline_pairs(headline, text, url, lang, expected):
    assert headline_pair(headline, url, Context(text, (), lang)) == expected


def test_near_miss_address_without_author():
    # the address spells the label and the title only: nothing agrees on the author
    text = "Riwaya hii ya Halima Omari Juma ni tamu. Juma anaandika kwa utulivu."
    assert headline_pair("MAPITIO: Mwezi Mweupe ya Halima Omari Juma", "https://gazeti.example.co.tz/mapitio-mwezi-mweupe/",
                         Context(text, (), "sw")) is None


def test_near_miss_address_names_another_book():
    text = "Grāmata ir klusa. Ozola raksta mierīgi, un Ozola valoda ir tīra."
    assert headline_pair("Recenzija: Baltā māja no Ieva Ozola", "https://lasam.example.lv/recenzija-zila-upe-ieva-ozola/",
                         Context(text, (), "lv")) is None


def test_near_miss_person_named_once():
    # an ordinary review whose headline names a guest, whom the text never names again
    text = "Il romanzo è lento e bello. La scrittrice vive al mare."
    assert headline_pair("Incontri: Il pozzo salato di Marta Pieri", "https://rivista.example.it/incontri-il-pozzo-salato-marta-pieri/",
                         Context(text, (), "it")) is None


def test_near_miss_headline_without_label_or_address_words():
    text = "Ang nobelang ito ni Rosa Dimaculangan ay tahimik. Mahusay si Dimaculangan."
    assert headline_pair("Ang Lumang Bangka ni Rosa Dimaculangan", "https://balita.example.ph/?p=4821", Context(text, (), "tl")) is None


def _page(headline: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><title>{headline} - Balita</title></head><body><nav><a href='/'>Balita</a></nav><article>"
            f"<h1>{headline}</h1>{body}</article><footer>© 2026 Balita</footer></body></html>")


def test_page_reads_the_headline_pair():
    from scraper.extract import extract_page
    html = _page("PAGSUSURI: Ang Lumang Bangka ni Rosa Dimaculangan, isang kuwento ng dagat", [
        "Ang nobelang ito ni Rosa Dimaculangan ay sumusunod sa isang mangingisda na nawalan ng anak sa bagyo at naghahanap ng dahilan upang bumalik sa dagat.",
        "Mahusay si Dimaculangan sa mga tahimik na eksena: ang pag-aayos ng lambat, ang paghihintay sa pantalan, ang mga gabing walang hangin.",
        "Medyo mabagal ang gitnang bahagi, pero sulit ang huling kabanata. Marka: 4 sa 5",
    ])
    record = extract_page(html, "https://balita.example.ph/pagsusuri-ang-lumang-bangka-rosa-dimaculangan")
    assert (record.book_title, record.book_author) == ("Ang Lumang Bangka", "Rosa Dimaculangan")


def test_near_miss_comma_names_a_venue():
    # a stage review: the headline pairs the play with its theatre by a comma, and the address spells both
    text = "Kamerální divadlo Rosa uvádí hru znovu. V divadle Rosa se hraje v malém sále; Rosa je plná."
    assert headline_pair("Tichá řeka, Divadlo Rosa recenze: voda na jevišti", "https://divadlo.example.cz/ticha-reka-divadlo-rosa",
                         Context(text, (), "cs")) is None
