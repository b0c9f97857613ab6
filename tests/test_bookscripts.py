"""A title beside its author marked by each language's own cues: Turkish genitive and possessive suffixes, a
Japanese bracketed title with a kana name, Arabic li- and the construct state, Hindi possessive postpositions.

Every line and page here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

import pytest

from scraper.extract.book import Context
from scraper.extract.bookscripts import construct_author, script_pair
from tests.test_bookclues import book_of


@pytest.mark.parametrize("line, page, expected", [
    ("Işıl Yılmaz'ın Gece Treni'ni bir haftada okudum.", "", ("Gece Treni", "Işıl Yılmaz")),
    ("Bu yaz Deniz Aydın'ın “Kırmızı Kayık” adlı romanını okudum.", "", ("Kırmızı Kayık", "Deniz Aydın")),
    ("『月夜の台所』 森ひかり", "", ("月夜の台所", "森ひかり")),
    ("『月夜の台所』（森ひかり 著）", "", ("月夜の台所", "森ひかり")),
    ("قرأت «بيت على النهر» لليلى حداد في يومين.", "ليلى حداد", ("بيت على النهر", "ليلى حداد")),
    # li- glued to the role ("of the late …", "of the writer …"), the name bare after it
    ("أعدت قراءة «مدينة الملح» للراحل سامي نصار هذا الصيف.", "سامي نصار", ("مدينة الملح", "سامي نصار")),
    ("«مدينة الملح» للكاتب سامي نصار", "سامي نصار", ("مدينة الملح", "سامي نصار")),
    ("रमाकांत का उपन्यास 'नदी का घर' मैंने दोबारा पढ़ा।", "रमाकांत", ("नदी का घर", "रमाकांत")),
    # Hebrew "of", gershayim inside the initials (the mark and its ASCII stand-in), the surname named again
    ("קראתי את \"בית בגליל\" של נ״ב כהן בשבוע אחד.", "הסגנון של כהן יבש.", ("בית בגליל", "נ״ב כהן")),
    ("סוף סוף קראתי את \"בית בגליל\" של נ\"ב כהן.", "כהן כותב יפה.", ("בית בגליל", "נ\"ב כהן")),
])
def test_each_scripts_cue_pairs_title_and_author(line, page, expected):
    assert script_pair(line, Context(line + "\n" + page)) == expected


@pytest.mark.parametrize("line, page", [
    ("Bu kitabı Ankara'da okudum, Kış Masalı'nı da sevdim.", ""),  # a place's genitive, one capitalised word
    ("『月夜の台所』 読み返した", ""),  # a verb after the title, not a name
    ("『月夜の台所』を読んだ。", ""),
    ("قرأت «بيت على النهر» ليلة كاملة في يومين.", ""),  # li- read off a word the page never names again
    ("أعدت قراءة «مدينة الملح» للراحل سامي نصار هذا الصيف.", ""),  # the name nowhere else: no telling
    ("इन्हीं का उपन्यास 'नदी का घर' भी पढ़ें।", ""),  # a pronoun before the postposition
    ("קראתי את \"בית בגליל\" של נ״ב כהן בשבוע אחד.", ""),  # "of" someone the page never names again
    ("रमाकांत का उपन्यास 'नदी का घर' मैंने दोबारा पढ़ा।", ""),  # a name nowhere else on the page: no telling
])
def test_no_pair_without_the_cue_or_a_second_naming(line, page):
    assert script_pair(line, Context(line + "\n" + page)) is None


def test_the_blogger_is_no_author():
    line = "Işıl Yılmaz'ın Gece Treni'ni okudum."
    assert script_pair(line, Context(line, ("Işıl Yılmaz",))) is None


def test_a_tag_named_after_the_arabic_book_noun_in_the_headline():
    headline = "ثلاث نساء على الشاطئ: قراءة في رواية ليلى حداد"
    assert construct_author("بيت على النهر", headline, ["ليلى حداد", "الرواية العربية"]) == "ليلى حداد"
    assert construct_author("بيت على النهر", headline, ["الرواية العربية"]) is None  # a topic, not a person
    assert construct_author("بيت على النهر", "ثلاث نساء على الشاطئ", ["ليلى حداد"]) is None  # the headline does not say whose


TR_PROSE = ("<p>Kitabı iki akşamda bitirdim. Anlatıcı küçük bir kasabada büyüyen bir çocuğun gözünden ailesini anlatıyor ve "
            "her bölüm bir mevsimle açılıyor. Dil sade, cümleler kısa, ama bazı sayfalarda durup yeniden okumak zorunda kaldım.</p>"
            "<p>En çok babaannenin mutfakta anlattığı hikâyeler etkiledi beni. Son bölüm biraz aceleye gelmiş gibi, yine de "
            "herkese öneririm.</p><p>Puanım: 5 üzerinden 4</p>")


def test_a_turkish_page_naming_its_book_with_suffixes_in_the_opening():
    body = "<p>Işıl Yılmaz'ın Gece Treni'ni sonunda okudum ve pişman olmadım.</p>" + TR_PROSE
    assert book_of("Bir tren, bir kış", body, lang="tr") == ("Gece Treni", "Işıl Yılmaz")


def test_a_hindi_page_naming_its_book_with_a_possessive():
    body = ("<p>रमाकांत का उपन्यास 'नदी का घर' मैंने गर्मी की छुट्टियों में दोबारा पढ़ा। एक छोटे शहर के परिवार की कहानी है, "
            "जहाँ हर कोई अपने दुख को चुपचाप सहता है।</p><p>भाषा सरल है और पात्र जीवंत लगते हैं। रमाकांत कहीं-कहीं उपदेश देने "
            "लगते हैं, पर पूरी किताब पढ़ने लायक है। अंत थोड़ा जल्दी में लिखा गया लगता है।</p><p>मेरी रेटिंग: 5 में से 4</p>")
    assert book_of("एक घर की कहानी", body, lang="hi") == ("नदी का घर", "रमाकांत")


def test_a_hindi_author_named_in_full_once_and_then_by_surname():
    line = "सुरेश वर्मा का उपन्यास 'नदी का घर' मैंने दोबारा पढ़ा।"
    assert script_pair(line, Context(line + "\nवर्मा की भाषा सरल है।")) == ("नदी का घर", "सुरेश वर्मा")
    # a word that opens the sentence before the name is no part of it
    line = "फिर वर्मा का उपन्यास 'नदी का घर' मैंने दोबारा पढ़ा।"
    assert script_pair(line, Context(line + "\nवर्मा की भाषा सरल है।")) == ("नदी का घर", "वर्मा")


@pytest.mark.parametrize("line, page, expected", [
    ("윤서아의 『바다의 정원』을 읽었다.", "윤서아 작가는 조용하게 쓴다.", ("바다의 정원", "윤서아")),
    ("森ひかりの『月夜の台所』を読みました。", "森ひかりの本はいつも静かだ。", ("月夜の台所", "森ひかり")),
    ("『月夜の台所』（森ひかり）を読みました。", "", ("月夜の台所", "森ひかり")),
    # the name with its role and a book noun: the role says "person", named once is enough
    ("오랜만에 윤서아 작가의 장편소설 『바다의 정원』을 펼쳤다.", "", ("바다의 정원", "윤서아")),
])
def test_korean_and_japanese_owners_of_a_bracketed_title(line, page, expected):
    assert script_pair(line, Context(line + "\n" + page)) == expected


@pytest.mark.parametrize("line", [
    "소설의 『바다의 정원』을 읽었다.",  # a noun, not a name, before 의
    "한국 작가의 장편소설 『바다의 정원』을 읽었다.",  # "a Korean writer's": a surname syllable opens the word, but no name
    "森ひかりの『月夜の台所』を読みました。",  # a name with kana that the page names once: a particle may open the run
])
def test_no_owner_without_a_name_named_again(line):
    assert script_pair(line, Context(line)) is None


@pytest.mark.parametrize("lines, expected", [
    (["قرأت رواية «بيت على النهر» للكاتبة ليلى حداد في يومين."], ("بيت على النهر", "ليلى حداد")),
    (["קראתי את \"הבית על הנהר\" מאת נועה כהן בשני ערבים."], ("הבית על הנהר", "נועה כהן")),
])
def test_the_quoted_title_right_before_a_cued_name_beats_the_headline(lines, expected):
    from scraper.extract.bookrescue import Page, rescue
    book = rescue(None, Page("قراءة شتوية", lines + ["الفصول قصيرة والإيقاع سريع."]))
    assert book is not None and (book.title, book.author) == expected


def test_a_one_word_hindi_name_that_the_headline_names_again():
    from scraper.extract import extract_page
    page = """<html lang="hi"><head><title>पुस्तक समीक्षा: नदी का घर — रमाकांत</title></head><body><article>
<h1>पुस्तक समीक्षा: नदी का घर — रमाकांत</h1><div class="entry-content">
<p>रमाकांत का "नदी का घर" मैंने पहली बार कॉलेज में पढ़ा था और तब आधा छोड़ दिया था। इस बार पूरा पढ़ा और देर तक सोचता रहा।</p>
<p>उपन्यास एक परिवार की तीन पीढ़ियों की कहानी है जो एक ही घर में रहती हैं। भाषा सीधी है, पर हर अध्याय में कुछ ऐसा है जो
चुभता है। बीच के हिस्से में कहानी थोड़ी धीमी पड़ती है, लेकिन आख़िरी पन्ने बहुत सुंदर हैं।</p>
<p>जिन्हें पारिवारिक उपन्यास पसंद हैं, उन्हें यह ज़रूर पढ़ना चाहिए। मेरी रेटिंग: 4/5</p></div></article></body></html>"""
    record = extract_page(page, "https://kitabghar.example/2026/11/nadi-ka-ghar/")
    assert (record.book_title, record.book_author) == ("नदी का घर", "रमाकांत")
    # near miss: without the headline naming her again, a one-word name before "का" is no telling (any noun may stand there)
    from scraper.extract.book import Context
    from scraper.extract.bookscripts import script_pair
    line = 'रमाकांत का "नदी का घर" मैंने पहली बार कॉलेज में पढ़ा था।'
    assert script_pair(line, Context(line, (), "hi"), []) is None
    assert script_pair(line, Context(line, (), "hi"), ["पुस्तक समीक्षा: नदी का घर — रमाकांत"]) == ("नदी का घर", "रमाकांत")


def test_a_korean_owner_named_once_of_the_title_the_page_s_title_names():
    # a site's comment page: its title names the book; the comment names its owner once ("윤서아의 『T』")
    line = "윤서아의 『바다의 정원』을 이번에 처음 완독했다."
    page_title = "달빛독자님의 코멘트 - 바다의 정원 | 책마당"
    assert script_pair(line, Context(line + "\n문장이 조용하다."), [page_title]) == ("바다의 정원", "윤서아")
    # a tag naming the title vouches the same way
    assert script_pair(line, Context(line), ["바다의 정원", "국내소설"]) == ("바다의 정원", "윤서아")
    # near misses: the page's title names another book; a noun (no surname syllable first) before 의
    assert script_pair(line, Context(line), ["달빛독자님의 코멘트 - 겨울 항구 | 책마당"]) is None
    noun = "소설의 『바다의 정원』을 이번에 처음 완독했다."
    assert script_pair(noun, Context(noun), [page_title]) is None
