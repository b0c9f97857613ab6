"""reviewlabel (s28): a review's label before a headline's colon in the languages the label list lacked (Swahili,
Hausa, Yoruba, Amharic, Somali, Hindi, Tamil, Telugu, Kannada, Malayalam, Bengali, Sinhala) is taken off the title as
"Review:" is; and, the label off, a headline "T <by> A <its remark in lower case>" reads T and A
(``bookheadline._remarked``). Near misses: the same word in a headline's sentence with no colon, a lower-case word
after "by" that is no name, a one-word "name". Examples in our own words and markup."""

import pytest

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookheadline import from_title
from scraper.extract.reviewlabel import labelled


def _book(title, language, text):
    book = from_title(title, Context(text, (), language))
    return (book.title, book.author) if book else None


@pytest.mark.parametrize("title, language, text, expected", [
    ("Mapitio: Mvua ya Jioni – Amina Salim", "sw", "Salim anaandika kwa upole. Salim ni mwandishi.",
     ("Mvua ya Jioni", "Amina Salim")),
    ("Sharhi: Gidan Kashe Kaya – Bello Musa", "ha", "Musa ya rubuta littafin. Musa yana da salo.",
     ("Gidan Kashe Kaya", "Bello Musa")),
    ("Àgbéyẹ̀wò: Ìlú Òjò – Tunde Afolabi", "yo", "Afolabi kọ ìwé yìí. Afolabi mọ̀ ọ́n kọ.",
     ("Ìlú Òjò", "Tunde Afolabi")),
    ("समीक्षा: नीला घर – Kavita Rao", "hi", "Rao ने यह उपन्यास लिखा। Rao की भाषा सरल है।",
     ("नीला घर", "Kavita Rao")),
])
def test_label_before_the_colon_is_taken_off(title, language, text, expected):
    assert _book(title, language, text) == expected


@pytest.mark.parametrize("title", [
    "Uhakiki: Mvua ya Jioni", "ግምገማ: የቡና ቤት ታሪክ", "விமர்சனம்: மழைக்காலம்", "Dib-u-eegis: Guriga Badda",
    "നിരൂപണം: മഴയുടെ വീട്", "পর্যালোচনা: নীল বাড়ি", "විචාරය: නිල් ගෙදර",
])
def test_headline_label_files_a_review(title):
    assert labelled(title)


def test_label_word_in_a_headline_sentence_is_no_label():
    # (sw "a review of Swahili literature": no colon after the word, no label; the headline is no book's)
    assert not labelled("Uhakiki wa fasihi ya Kiswahili kwa wanafunzi")
    assert _book("Uhakiki wa fasihi ya Kiswahili kwa wanafunzi", "sw", "Tunasoma pamoja.") is None


@pytest.mark.parametrize("title, language, text, expected", [
    ("Review: The Glass Orchard by Nora Castell still haunts me", "en",
     "Castell writes with care. I read it twice.", ("The Glass Orchard", "Nora Castell")),
    ("Reseña: El patio vacío de Lucía Ferrer sigue doliendo", "es",
     "Ferrer escribe con calma. Ferrer no cede.", ("El patio vacío", "Lucía Ferrer")),
    ("Uhakiki: Bahari ya Juma Hassani bado inanigusa", "sw",
     "Bahari ni riwaya fupi. Hassani anaandika vizuri. Bahari inasomeka.", ("Bahari", "Juma Hassani")),
])
def test_label_then_title_by_author_then_remark(title, language, text, expected):
    assert _book(title, language, text) == expected


def test_by_then_a_one_word_place_is_no_author():
    # ("by the Sea": lower case after "by"; "Sea" alone is no name)
    found = _book("Review: The House by the Sea still haunts me", "en", "The sea is grey. I read it twice.")
    assert not (found and found[1])


def test_of_needs_the_title_named_more_than_the_name():
    # (Swahili "ya" is "of" as much as "by": the text never names "Bahari" alone, so no author is read)
    found = _book("Uhakiki: Bahari ya Juma Hassani bado inanigusa", "sw", "Juma Hassani. Hassani anaandika.")
    assert not (found and found[1] == "Juma Hassani" and found[0] == "Bahari")


def test_swahili_review_page():
    html = """<html lang="sw"><head><title>Rafu Yetu: Mapitio: Njia ya Mto – Zuhura Abdallah</title></head><body>
    <div class="post hentry"><h3 class="post-title entry-title">Mapitio: Njia ya Mto – Zuhura Abdallah</h3>
    <div class="post-body entry-content">
    <p>Riwaya hii inamfuata Neema, msichana anayesafiri kando ya mto kutafuta kaka yake aliyepotea zamani.</p>
    <p>Abdallah anaandika kwa lugha nyepesi lakini yenye uzito, na kila sura inaongeza siri mpya.</p>
    <p>Safari yake inampitisha katika vijiji vidogo, masoko ya samaki na nyumba za wageni, na kila mahali anakutana na
    watu wanaomkumbusha kwamba mto unabeba kumbukumbu za wote wanaoishi kando yake.
    Mazungumzo ni mafupi na ya kweli.</p>
    <p>Wahusika wa pembeni wamechorwa vizuri: mvuvi mzee anayejua kila kona ya maji, mwalimu aliyekata tamaa, na mama
    anayeuza chai usiku. Kila mmoja anampa Neema kipande cha jibu analolitafuta, na msomaji anakusanya vipande hivyo
    pamoja naye hadi mwisho.</p>
    <p>Sehemu ya mwisho ni ndefu kidogo, na baadhi ya sura za katikati zinarudia mambo yaleyale, lakini kitabu hiki
    kinafaa kusomwa na kila mpenzi wa hadithi za safari na familia.</p>
    <p><b>Alama:</b> 4 kati ya 5</p></div></div></body></html>"""
    record = extract_page(html, "https://rafuyetu.example/2026/11/mapitio-njia-ya-mto.html")
    assert (record.book_title, record.book_author) == ("Njia ya Mto", "Zuhura Abdallah")
