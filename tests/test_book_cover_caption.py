"""A cover's caption that quotes the book's title ("A, „T“ — new edition", "„T“ — the first edition's cover"): the name
before the quote, or the one tagged person whose family name the text names (declined, too); the tag of a Georgian
name under its romanised slug; and a title whose comma part is not a remark in a script without capitals.
Near misses: no cover, a phrase before the quote, two tagged people, a person the text never names.

Every line and page here is invented for these tests (invented books, people and sites, in our own words and markup).
"""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract.book import Book, Context
from scraper.extract.bookcover import figure_captions, from_caption
from scraper.extract.bookrescue import Page, _trim_remark
from scraper.extract.booktags import tag_links


def figure(src: str, alt: str, caption: str) -> list:
    return figure_captions(lxml_html.fromstring(f"""<html><body><figure><img src="{src}" alt="{alt}">
<figcaption>{caption}</figcaption></figure><p>x</p></body></html>"""))


KA = "ბერიძის ენა მარტივია. ბერიძის გმირები სოფელში ცხოვრობენ და ბერიძე მათ არ ასწავლის."
RU = "Вереск пишет сухо. Вереск не объясняет ничего, и это хорошо."


def test_a_name_before_the_quoted_title():
    assert from_caption(figure("/m/712-cover.jpg", "", "ლევან ბერიძე, „მთის სახლი“ — ახალი გამოცემა, „ნავი“, 2025"),
                        Context(KA)) == ("მთის სახლი", "ლევან ბერიძე")
    assert from_caption(figure("/i/a.jpg", "Обложка книги", "Анна Вереск, «Тихий берег» — новое издание, 2024"), Context(RU)) \
        == ("Тихий берег", "Анна Вереск")


def test_a_tagged_person_for_a_title_quoted_alone():
    captioned = figure("/m/beridze-cover.jpg", "", "„მთის სახლი“ — 1971 წლის პირველი გამოცემის ყდა")
    assert from_caption(captioned, Context(KA), ["ლევან ბერიძე", "ქართული პროზა"]) == ("მთის სახლი", "ლევან ბერიძე")
    # two tagged people, or one the text never names: no telling
    assert from_caption(captioned, Context(KA), ["ლევან ბერიძე", "ნინო ბერიძე"]) is None
    assert from_caption(captioned, Context("სოფელი და მთა."), ["ლევან ბერიძე"]) is None


def test_near_misses():
    # no cover: a photo of a place
    assert from_caption(figure("/i/harbour.jpg", "Гавань", "Анна Вереск, «Тихий берег» — 2024"), Context(RU)) is None
    # a phrase before the quote, not a person
    assert from_caption(figure("/i/a.jpg", "Обложка", "Новое издание романа «Тихий берег», 2024"), Context(RU)) is None


def test_a_georgian_tag_under_its_romanised_slug():
    page = """<html><body><div class="article__tags"><a href="/tag/levan-beridze">ლევან ბერიძე</a>
<a href="/tag/kartuli-proza">ქართული პროზა</a><a href="/tag/sxva">მთის სახლი</a></div></body></html>"""
    assert tag_links(lxml_html.fromstring(page)) == ["ლევან ბერიძე", "ქართული პროზა"]


def test_a_comma_part_in_a_script_without_capitals_is_no_remark():
    page = Page("ბავშვობა", ["მე ვკითხულობ. მე ვფიქრობ."], context=Context("მე ვკითხულობ. მე ვფიქრობ."))
    book = Book("მე, ბებია და ილიკო", "ლევან ბერიძე")
    assert _trim_remark(book, page).title == "მე, ბებია და ილიკო"
    # near miss: a Latin title's lower-case remark the page names bare twice still goes
    latin = Page("Notes", ["The Glass Orchard was slow. The Glass Orchard ends well."],
                 context=Context("The Glass Orchard was slow. The Glass Orchard ends well."))
    assert _trim_remark(Book("The Glass Orchard, ten years later", "Ada Berg"), latin).title == "The Glass Orchard"


def test_an_alt_text_naming_a_cover_after_its_title_with_a_cued_writer():
    from scraper.extract.bookcover import cover_alt_book
    ko = "잠이 안 와서 읽음. 윤서아 작가 첫 책이라고 함. 바다 정원 얘기가 계속 나옴."
    assert cover_alt_book(["바다 정원 상점 1권 표지"], Context(ko), "[후기] 바다 정원 다 읽음") == ("바다 정원 상점", "윤서아")
    zh = "作者：李明\n这本书写江边的一个小镇。"
    assert cover_alt_book(["江边的雾的封面"], Context(zh), "读江边的雾") == ("江边的雾", "李明")
    # near misses: the headline and text never name the pictured title; two cued writers; no cover word; a noun
    # before 작가 ("한국 작가", "a Korean writer") is no name
    assert cover_alt_book(["바다 정원 상점 1권 표지"], Context(ko), "[후기] 겨울 이야기") is None
    two = ko + " 박하늘 작가도 좋아함."
    assert cover_alt_book(["바다 정원 상점 1권 표지"], Context(two), "[후기] 바다 정원 다 읽음") is None
    assert cover_alt_book(["바다 정원 상점 1권"], Context(ko), "[후기] 바다 정원 다 읽음") is None
    noun = "잠이 안 와서 읽음. 한국 작가 책은 오랜만."
    assert cover_alt_book(["바다 정원 상점 1권 표지"], Context(noun), "[후기] 바다 정원 다 읽음") is None


def test_a_cover_caption_phrase_before_the_title_and_the_author_from_a_portrait_s_caption():
    he = "כהן כותבת לאט. בספריה המאוחרים של כהן יש פחות הומור."
    captioned = figure("/img/cover.jpg", "", 'עטיפת המהדורה החדשה של "הבית על הנהר"') + \
        figure("/img/portrait.jpg", "", "נועה כהן בביתה בחיפה, 1990")
    assert from_caption(captioned, Context(he)) == ("הבית על הנהר", "נועה כהן")
    es = "Llull escribe corto. Llull no explica nada dos veces."
    captioned = figure("/i/a.jpg", "portada", "la nueva edición de «El jardín»") + figure("/i/b.jpg", "retrato", "Marta Llull en Palma, 1999")
    assert from_caption(captioned, Context(es)) == ("El jardín", "Marta Llull")
    # near misses: a portrait of someone the text never names; two candidates (a tag and a portrait of different people)
    captioned = figure("/img/cover.jpg", "", 'עטיפת המהדורה החדשה של "הבית על הנהר"') + \
        figure("/img/p.jpg", "", "דנה לוי בביתה בחיפה, 1990")
    assert from_caption(captioned, Context(he)) is None
    captioned = figure("/i/a.jpg", "portada", "la nueva edición de «El jardín»") + figure("/i/b.jpg", "retrato", "Marta Llull en Palma, 1999")
    assert from_caption(captioned, Context(es + " Pau Llull también."), ["Pau Llull"]) is None
