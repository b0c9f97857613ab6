"""Review detection, holdout26 round (det): a post filed as a review by its address (reviewaddress.filed_by_address, now
with the transliterated words of el, ru/uk, hu, hi, kn, he, ja, zh) keeps a book read in its text; a reader's review
kept in its box on a book's page is no "empty" page at 40 words (agglutinative scripts say much in few words); a post
that says it writes no review, or whose title is about books in the plural, in the Indic languages; a score given to
a screen series or film in Indonesian and Malay, which write no article; a cover revealed in more languages; an
invitation to a messenger group whose address is written out, not linked. Our own words and markup; near misses."""

from __future__ import annotations

import re

import pytest

from scraper.extract import adaptation, announce
from scraper.extract.booksplural import about_books
from scraper.extract.classify import classify
from scraper.extract.reviewaddress import filed_by_address
from scraper.extract.reviewed import denies_review
from tests.cleaning import assert_lantern_review_kept as assert_review_kept
from tests.cleaning import LANTERN_REVIEW as LANTERN
from tests.cleaning import clean_lantern as clean
from tests.cleaning import hugo, paras, rules
from tests.test_classify import evidence, kind


# -- filed as a review by its address ------------------------------------------------------------------------------------

@pytest.mark.parametrize("url", [
    "https://efimerida.example.gr/kritiki/pezografia/1234-to-potami",  # el, with a subsection after it
    "https://vivlia.example.gr/vivliokritikes/to-spiti-sto-vouno",  # el
    "https://knigi.example.ru/retsenzii/tikhiy-dom",  # ru
    "https://konyv.example.hu/kritikak/a-csend-haza",  # hu
    "https://pustak.example.in/sameeksha/ghar-ki-chhat",  # hi
    "https://odu.example.in/vimarshe/male-haadu",  # kn
    "https://sfarim.example.co.il/bikoret/habayit-bakfar",  # he
    "https://hon.example.jp/shohyo/umi-no-ie",  # ja
])
def test_filed_as_a_review_by_its_address(url):
    assert filed_by_address(url)


@pytest.mark.parametrize("url", [
    "https://efimerida.example.gr/kritiki/",  # the section's own page
    "https://efimerida.example.gr/politiki/ekloges-2026",  # politics: no review word
    "https://knigi.example.ru/novosti/retsenzii-nedeli-spisok",  # a post about reviews, in news
    "https://blog.example.hu/kritikus-szemmel/a-csend-haza",  # "kritikus" (a critic's eye): another word
])
def test_not_filed_as_a_review(url):
    assert not filed_by_address(url)


BODY_BOOK = dict(title="A soldier who writes so as not to forget", book_source="body", book_has_author=True, book_mentions=2,
                 words=320, body=(("Line one.",), "Line one."))


def test_a_book_read_in_the_text_of_a_post_filed_as_a_review_is_reviewed():
    assert kind(url="https://efimerida.example.gr/kritiki/pezografia/1234-to-potami", **BODY_BOOK) == "review"
    assert kind(url="https://konyv.example.hu/kritikak/a-csend-haza", **BODY_BOOK) == "review"


def test_a_book_named_twice_in_an_unfiled_post_is_not():
    assert kind(url="https://efimerida.example.gr/politiki/1234-to-potami", **BODY_BOOK) == "other"
    assert kind(url="https://blog.example.org/2026/11/a-walk-by-the-river", **BODY_BOOK) == "other"


# -- a reader's review kept in its box, short in words ---------------------------------------------------------------------

BOXED = ("filed as a review by the page's reader's review box", "speaks of the product page's one work")


def test_a_readers_review_of_fifty_words_in_its_box_is_a_review():
    ev = evidence(title="Salt and Iron", book_source="record", book_has_author=True, rating=True, words=48, work_clues=BOXED)
    assert classify(ev)[0] == "review"


@pytest.mark.parametrize("overrides", [
    dict(work_clues=None),  # no reader's box: a page left nearly empty
    dict(book_source=None, book_has_author=False),  # a box, but no book's page around it
    dict(words=30),  # a line under a record, not a review
])
def test_short_pages_stay_empty(overrides):
    ev = dict(title="Salt and Iron", book_source="record", book_has_author=True, rating=True, words=48, work_clues=BOXED)
    ev.update(overrides)
    assert classify(evidence(**ev))[0] == "empty"


# -- not a review, in the Indic languages; a title about books in the plural -------------------------------------------

@pytest.mark.parametrize("line", [
    "या कादंबऱ्यांबद्दल मी इथं परीक्षण लिहीत नाही, फक्त आठवणी सांगतो.",  # mr
    "हे परीक्षण नाही; ही एक आठवण आहे.",  # mr
    "ಇದು ವಿಮರ್ಶೆ ಅಲ್ಲ, ಒಂದು ನೆನಪು.",  # kn
    "இது விமர்சனம் அல்ல, ஒரு நினைவு.",  # ta
    "ఇది సమీక్ష కాదు, ఒక జ్ఞాపకం.",  # te
    "મારે સમીક્ષા લખવી નથી, આ સમીક્ષા નથી.",  # gu
])
def test_the_post_says_it_is_no_review(line):
    assert denies_review([line])


@pytest.mark.parametrize("line", [
    "या कादंबरीचं परीक्षण खूप छान आहे.",  # mr: the review is fine
    "ಈ ವಿಮರ್ಶೆ ತುಂಬಾ ಚೆನ್ನಾಗಿದೆ.",  # kn: this review is very good
    "हे पुस्तक मला आवडलं नाही.",  # mr: I did not like the book (a review's verdict)
    "मी अजून या पुस्तकाचं परीक्षण लिहिलं नाही, पण ते आवडलं.",  # mr: I have not written its review yet
])
def test_a_review_saying_something_else_is_not_denied(line):
    assert not denies_review([line])


@pytest.mark.parametrize("title", ["उन्हाळ्यात वाचलेली पुस्तकं", "आजीची पुस्तके", "ಮಳೆಗಾಲದಲ್ಲಿ ಓದಿದ ಪುಸ್ತಕಗಳು",
                                   "ఈ ఏడాది పుస్తకాలు", "അമ്മയുടെ പുസ്തകങ്ങൾ", "દાદીના પુસ્તકો"])
def test_a_title_about_books_in_the_plural(title):
    assert about_books(title)


@pytest.mark.parametrize("title", ["उन्हाळ्यातलं पुस्तक", "ಮಳೆಗಾಲದ ಪುಸ್ತಕ", "అమ్మ పుస్తకం", "पुस्तकांचं गाव"])
def test_a_title_about_one_book_or_a_place_of_books(title):
    assert not about_books(title)


# -- a score given to a screen series or a film, in Indonesian and Malay ----------------------------------------------

def test_a_score_given_to_the_series_on_a_page_that_names_a_screen():
    markdown = ("Serial itu tayang di Netflix tahun lalu.\n\n"
                "Sebagai serial, saya memberi *Rumah Garam* nilai 7/10. Novelnya belum saya nilai.")
    scored = ["Sebagai serial, saya memberi *Rumah Garam* nilai 7/10. Novelnya belum saya nilai."]
    assert adaptation.series_scored(scored, markdown)


def test_a_book_series_scored_with_no_screen_is_the_books():
    markdown = "Trilogi ini saya baca sekaligus.\n\nSebagai serial, trilogi ini layak 8/10."
    assert not adaptation.series_scored(["Sebagai serial, trilogi ini layak 8/10."], markdown)


@pytest.mark.parametrize("line", ["Filmnya saya beri 6/10, terlalu terburu-buru.", "Untuk film ini, nilai saya 5/10.",
                                  "Sinetron itu dapat 4/10 dari saya."])
def test_a_score_given_to_a_film_in_indonesian(line):
    assert adaptation.given_to_other_unmarked(line)


@pytest.mark.parametrize("line", ["Novel ini saya beri 8/10.", "Bukunya dapat 9/10, filmnya belum saya tonton.",
                                  "Saya memberi buku ini 4/5, lebih baik dari filmnya."])
def test_a_score_given_to_the_book_in_indonesian(line):
    assert not adaptation.given_to_other_unmarked(line)


# -- a cover revealed ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", ["Hé lộ bìa sách mới của tiểu thuyết Mùa Gió", "Công bố bìa: Mùa Gió (bản đặc biệt)",
                                   "Prezentacja okładki: Sól i żelazo", "Odhalení obálky nového románu", "Αποκάλυψη εξωφύλλου: Το αλάτι",
                                   "Borítóleleplezés: A só háza", "Kapak tasarımı açıklandı: Tuz Evi", "Представляем обложку романа «Соль»",
                                   "Omslagsavslöjande: Saltets hus", "Kansipaljastus: Suolan talo"])
def test_a_cover_reveal_in_more_languages(title):
    assert announce.reveal(title)


@pytest.mark.parametrize("title", ["Bìa sách đẹp nhưng nội dung nhạt", "Okładka kłamie: recenzja Soli i żelaza",
                                   "Kapak güzel, roman daha güzel", "Το εξώφυλλο και το βιβλίο: κριτική"])
def test_a_review_that_speaks_of_the_cover_reveals_none(title):
    assert not announce.reveal(title)


def test_a_reveal_title_makes_an_announcement():
    ev = evidence(title="Hé lộ bìa mới: bản kỷ niệm", book_source="details", book_has_author=True, rating=True, words=220)
    assert classify(ev)[0] == "announcement"


# -- an invitation to a messenger group, its address written out ---------------------------------------------------------

@pytest.mark.parametrize("invite", [
    "<p>Join our readers' circle for more talk like this: wa.me/15550100</p>",
    "<p>Новые рецензии каждую пятницу: t.me/solyanaya_polka</p>",
    "<p>Bergabunglah dengan grup baca kami di chat.whatsapp.com/AbCdEf123</p>",
])
def test_a_written_out_invitation_to_a_messenger_group_goes(invite):
    text, report = clean(hugo(paras(*LANTERN) + invite))
    assert_review_kept(text)
    assert "follow-me line" in rules(report) and not re.search(r"wa\.me|t\.me|whatsapp", text)


def test_a_messenger_address_inside_a_long_paragraph_stays():
    line = ("Halfway through, the sisters start a group chat whose address, t.me/ghostisland, the author prints in full "
            "as a joke, and the whole middle section of the novel is told through its messages, which works better than "
            "it has any right to and gives the book its strange, breathless rhythm.")
    text, _ = clean(hugo(paras(*LANTERN[:2], line, *LANTERN[2:])))
    assert "t.me/ghostisland" in text
