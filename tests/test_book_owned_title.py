"""The title set in apposition right after the owner's book noun ("Nermin Aksoy'un ilk romanı Sessiz Avlu'yu …",
"Mara Holt's second novel, The Glass Orchard, …", "le roman d'… « … »"), read when the opening says whose book the
post is about and nothing else gave a title.

Near misses: a place after the noun with a case ending of place, one capitalised word, a person, a sentence that ends
at the noun. Every text here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookowned import owned_title


def test_turkish_title_with_its_case_ending():
    text = ("Nermin Aksoy'un ilk romanı Sessiz Avlu'yu sonunda okudum. Aksoy acele etmiyor.\n"
            "Aksoy'un dili sade ama derin.")
    assert owned_title(text.split("\n"), "Nermin Aksoy", Context(text, language="tr")) == ["Sessiz Avlu"]


def test_english_title_set_off_by_commas():
    text = "Mara Holt's second novel, The Glass Orchard, is quieter than her first. Holt takes her time."
    assert owned_title([text], "Mara Holt", Context(text, language="en")) == ["The Glass Orchard"]


def test_quoted_title_after_the_noun():
    text = "Ilona Varga's novel „Der Uhrmacher von Pécs“ came out in spring. Varga writes in German."
    assert owned_title([text], "Ilona Varga", Context(text)) == ["Der Uhrmacher von Pécs"]


def test_a_place_after_the_noun_is_no_title():
    text = "Nermin Aksoy'un son romanı New York'ta geçiyor. Aksoy şehri iyi tanıyor."
    assert owned_title([text], "Nermin Aksoy", Context(text, language="tr")) == []


def test_one_word_a_person_or_a_stop_is_no_title():
    one = "Mara Holt's novel Hamnet is quiet. Holt takes her time."
    assert owned_title([one], "Mara Holt", Context(one)) == []
    person = "Mara Holt's novel Agnes Brill narrates, and Brill is unforgettable; Brill is all we hear. Holt stays back."
    assert owned_title([person], "Mara Holt", Context(person)) == []
    stop = "I read Mara Holt's novel. The Next Day we talked about Holt for hours."
    assert owned_title([stop], "Mara Holt", Context(stop)) == []


PAGE = """<html lang="tr"><head><title>Bir avluda geçen uzun bir yaz | Okuma Defteri</title></head><body>
<div class="entry"><h3>Bir avluda geçen uzun bir yaz</h3><p class="date">3 Aralık 2026</p>
<div class="entry-content">
<p>Nermin Aksoy'un ilk romanı Sessiz Avlu'yu iki yıldır rafımda bekletiyordum. Bu hafta nihayet başladım ve üç günde bitirdim.</p>
<p>Roman, İzmir'de eski bir avlulu evde yaşayan üç kuşak kadının bir yazını anlatıyor. Aksoy olayları düz bir çizgide anlatmıyor;
mektuplar, anılar ve kısa sahneler iç içe geçiyor. Büyükannenin sesi özellikle güçlü, torunun sesi ise biraz silik kalıyor.</p>
<p>Dili sade ama katmanlı. Bazı bölümlerde tempo düşüyor, ama son elli sayfada bütün parçalar yerine oturuyor ve başa dönüp bazı
sayfaları yeniden okumak istiyorsunuz. Aksoy'un bir sonraki kitabını merakla bekliyorum.</p>
<p>Kısacası: sakin, dikkatli ve akılda kalan bir ilk roman. Benim notum 10 üzerinden 8.</p>
</div></div></body></html>"""


def test_a_turkish_post_gets_the_owned_title():
    record = extract_page(PAGE, "https://okumadefteri.example.net/index.php/2026/12/03/bir-avluda-uzun-bir-yaz/")
    assert record.is_review
    assert (record.book_title, record.book_author) == ("Sessiz Avlu", "Nermin Aksoy")
