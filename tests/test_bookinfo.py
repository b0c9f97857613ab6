"""Info lines about a book: record labels read without their label, fact labels (edition, publisher, translator,
original title) never read as title and author, remarks (volumes, a reread) never read as authors.

Every line and page here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

import pytest

from scraper.extract.bookbiblio import from_bibliography
from scraper.extract.booklabelfields import labelled_fields
from scraper.extract.bookinfo import drop_remarks, is_fact_label, is_record_label, is_remark, unlabelled
from scraper.extract.booktitles import cjk_title
from tests.test_bookclues import PROSE, book_of


@pytest.mark.parametrize("label", ["Ficha", "Ficha técnica", "Scheda", "Fiche", "Book details", "Datos del libro", "书目"])
def test_record_labels(label):
    assert is_record_label(label) and not is_fact_label(label)


@pytest.mark.parametrize("label", ["Edizione letta", "Edición", "Publisher", "Verlag", "Traducción", "Título original",
                                   "Original title", "Pages", "ISBN", "版本", "出版社", "옮긴이", "Voto"])
def test_fact_labels(label):
    assert is_fact_label(label) and not is_record_label(label)


def test_a_record_line_is_read_without_its_label():
    assert unlabelled("Ficha: *Las horas del molino*, Tomasa Arévalo. Ediciones Cierzo, 2019. 210 páginas.") \
        == "*Las horas del molino*, Tomasa Arévalo. Ediciones Cierzo, 2019. 210 páginas."
    found = from_bibliography(["Ficha: Las horas del molino, Tomasa Arévalo. Ediciones Cierzo, 2019. 210 páginas."])
    assert found == ("Las horas del molino", "Tomasa Arévalo")


def test_a_fact_line_gives_no_book():
    assert unlabelled("Edizione letta: Sabbia Nera, Tascabili Blu, a cura di Ottavio Rena, 288 pagine.") is None
    assert from_bibliography(["Edizione letta: Sabbia Nera, Tascabili Blu, a cura di Ottavio Rena, 288 pagine."]) is None
    assert from_bibliography(["Publisher: Harbour Lights, Grey Gull Books, 2021, 300 pages."]) is None


def test_an_unlabelled_line_is_unchanged():
    line = "Orchards of Salt, Wendell Prior. Lantern House, 2016, 244 pp."
    assert unlabelled(line) == line
    assert from_bibliography([line]) == ("Orchards of Salt", "Wendell Prior")


@pytest.mark.parametrize("remark", ["全三部", "（全两册）", "上卷", "3 vols.", "tome 2", "nueva edición", "修订版", "重读", "再读", "浅析", "再読", "読了", "读完"])
def test_remarks(remark):
    assert is_remark(remark)


@pytest.mark.parametrize("name", ["李明", "王小川", "佐藤一郎", "Tomasa Arévalo"])
def test_names_are_no_remarks(name):
    assert not is_remark(name)


def test_drop_remarks_keeps_a_bracketed_name():
    assert drop_remarks("《江边的雾》（全三部）") == "《江边的雾》"
    assert drop_remarks("The Quiet Orchard (2 vols.)") == "The Quiet Orchard"
    assert drop_remarks("《江边的雾》（李明）") == "《江边的雾》（李明）"


def test_a_reread_before_the_brackets_is_no_author():
    assert cjk_title("重读《江边的雾》：一个人的河流") is None
    assert cjk_title("李明《江边的雾》") == ("江边的雾", "李明")


def test_an_author_label_beats_a_remark_in_the_title_value():
    pairs = [("书名", "《江边的雾》（全三部）"), ("作者", "李明"), ("出版", "南岸文艺出版社")]
    assert labelled_fields(pairs) == ("江边的雾", "李明")
    assert labelled_fields([("Title", "The Quiet Orchard (2 vols.)"), ("Author", "Wendell Prior")]) == ("The Quiet Orchard", "Wendell Prior")


def test_page_with_a_labelled_record_line():
    body = PROSE + "<p><strong>Ficha:</strong> <em>Las horas del molino</em>, Tomasa Arévalo. Ediciones Cierzo, 2019. 210 páginas.</p>" \
        "<p><strong>Nota:</strong> 8/10</p>"
    assert book_of("Molinos y ausencias", body, lang="es") == ("Las horas del molino", "Tomasa Arévalo")


def test_page_whose_only_info_line_is_the_edition_gives_no_wrong_book():
    body = PROSE + "<p><strong>Edizione letta:</strong> Sabbia Nera, Tascabili Blu, a cura di Ottavio Rena, 288 pagine.</p>" \
        "<p><strong>Voto:</strong> 8 su 10</p>"
    title, author = book_of("Un'estate al faro", body, lang="it")
    assert (title, author) != ("Edizione letta: Sabbia Nera", "Tascabili Blu")
    assert author != "Tascabili Blu" and "Edizione" not in (title or "")


def test_an_epigraphs_source_is_not_the_reviewed_book():
    from lxml.html import fromstring

    from scraper.extract.bookopening import marked_paragraphs as _marked_paragraphs
    body = fromstring("<div><blockquote><p>The sea keeps what the shore forgets, every single night.</p>"
                      "<cite>Orla Penhallow, Tide Songs</cite></blockquote>"
                      "<p>I read <em>The Salt Ledger</em> on a long train ride north last winter.</p></div>")
    paragraphs = _marked_paragraphs(body)
    assert not any("“Orla Penhallow, Tide Songs”" in p for p in paragraphs)
    assert any("“The Salt Ledger”" in p for p in paragraphs)


def test_the_blogs_address_is_not_an_author():
    from scraper.extract.book import Context
    from scraper.extract.bookheadline import from_title
    text = "The tide rose at the Halls again, and I kept reading. Tidewater Halls is where I write about books."
    assert from_title("A house of many rooms - Tidewater Halls", Context(text)) is not None  # the text vouches for "Halls"
    assert from_title("A house of many rooms - Tidewater Halls", Context(text, ("tidewaterhalls",))) is None



def test_a_korean_record_line_with_the_role_word():
    assert from_bibliography(["『바다의 정원』, 윤서아 지음, 파도출판, 2019년."]) == ("바다의 정원", "윤서아")
    assert from_bibliography(["《江边的雾》，李明 著，南岸文艺出版社，2015年。"]) == ("江边的雾", "李明")


def test_a_persian_record_line_with_its_label():
    from scraper.extract.book import Context
    line = "مشخصات کتاب: باغ انار، مریم رحیمی، نشر سپیده، ۱۲۰ صفحه."
    assert from_bibliography([line], Context(line + "\nرحیمی در این رمان")) == ("باغ انار", "مریم رحیمی")
    # without the text naming the writer again, two words after a title may be anything: no book
    assert from_bibliography([line], Context(line)) is None
    # a publisher in the name's place is no author
    other = "باغ انار، نشر سپیده، ۱۲۰ صفحه."
    assert from_bibliography([other], Context(other + " سپیده")) is None


def test_a_number_with_a_comma_is_not_split():
    assert from_bibliography(["Orchards of Salt, Wendell Prior. Lantern House, 2016, 1,244 pp."]) == ("Orchards of Salt", "Wendell Prior")


def test_by_in_indonesian_is_oleh_not_di():
    from scraper.extract.book import Context
    from scraper.extract.bookheadline import from_title
    text = "Saya membaca ulang Tirta di rumah. Tirta tumbuh. Lautan Sunyi karya lama."
    assert from_title("Membaca Ulang Tirta di Pantai Selatan", Context(text, language="id")) is None
    found = from_title("Lautan Sunyi, oleh Sari Wulandari", Context(text + " Wulandari", language="id"))
    assert found is not None and (found.title, found.author) == ("Lautan Sunyi", "Sari Wulandari")
    # in Italian "di" still says who wrote it
    assert from_title("Il mare d'inverno, di Carla Ferri", Context("Ferri", language="it")).author == "Carla Ferri"


@pytest.mark.parametrize("pairs, expected", [
    ([("Kitap", "Gece Treni"), ("Yazar", "Selim Kaya"), ("Yayınevi", "Deniz Yayınları")], ("Gece Treni", "Selim Kaya")),
    ([("Judul", "Lautan Sunyi"), ("Penulis", "Sari Wulandari"), ("Penerbit", "Ombak")], ("Lautan Sunyi", "Sari Wulandari")),
    ([("Τίτλος", "Το σπίτι στο λιμάνι"), ("Συγγραφέας", "Νίκος Αλεξίου")], ("Το σπίτι στο λιμάνι", "Νίκος Αλεξίου")),
])
def test_title_and_author_labels_in_more_languages(pairs, expected):
    assert labelled_fields(pairs) == expected


def test_a_publisher_label_in_more_languages_is_a_fact():
    assert is_fact_label("Yayınevi") and is_fact_label("Penerbit") and is_fact_label("ناشر")


def test_nominatives_of_genitive_names():
    from scraper.extract.bookgenitive import nominatives
    assert "Стрілецький" in nominatives("Стрілецького")
    assert "Бойко" in nominatives("Бойка")
    assert "Nowak" in nominatives("Nowaka")
    assert nominatives("Zielińskiego") == ["Zieliński"]


def _genitive(paragraph: str, labels: list[str], language: str = "uk"):
    from scraper.extract.book import Context
    from scraper.extract.bookgenitive import genitive_author
    return genitive_author([paragraph], Context(paragraph), labels, language)


def test_a_genitive_author_is_given_back_in_the_nominative_the_page_uses():
    paragraph = "Минулого літа я нарешті прочитала «Сад над річкою» Павла Стрілецького, і він мене здивував."
    assert _genitive(paragraph, ["Стрілецький", "Проза"]) == ("Сад над річкою", "Павло Стрілецький")
    # an adjectival surname has one nominative (bookgenitive._adjectival); a noun's may be several: with the nominative
    # nowhere on the page, no telling, no book ("Коваля": Коваль or Коваля)
    assert _genitive(paragraph, ["Проза"]) == ("Сад над річкою", "Павло Стрілецький")
    assert _genitive(paragraph.replace("Стрілецького", "Коваля"), ["Проза"]) is None


def test_a_first_name_outside_the_regular_class_needs_the_page():
    paragraph = "Вчора перечитав «Сад над річкою» Петра Стрілецького, повільно."  # Петро or Петр: no telling
    assert _genitive(paragraph, ["Стрілецький"]) is None
    assert _genitive(paragraph + " Петро Стрілецький народився у Львові.", ["Стрілецький"]) == ("Сад над річкою", "Петро Стрілецький")
    # a man's -а off any other consonant is dropped (Івана: Іван)
    assert _genitive(paragraph.replace("Петра", "Івана"), ["Стрілецький"]) == ("Сад над річкою", "Іван Стрілецький")


def test_a_polish_genitive_with_the_nominative_in_the_text():
    paragraph = "Czytałem „Dom nad stawem” Jana Nowaka jeszcze na studiach, i wróciłem po latach. Jan Nowak pisał wolno."
    assert _genitive(paragraph, [], "pl") == ("Dom nad stawem", "Jan Nowak")


def test_thai_title_of_a_tagged_author():
    from scraper.extract.bookrescue import Page, rescue
    lines = ["เมื่อวานได้อ่าน บ้านริมคลอง ของมาลัยทองเป็นครั้งที่สอง รู้สึกต่างจากเดิมมาก", "ตัวละครทุกตัวมีชีวิต"]
    page = Page("คืนฝนตก: อ่านบ้านริมคลองอีกครั้ง", lines, ["มาลัยทอง", "นิยาย"])
    book = rescue(None, page)
    assert book is not None and (book.title, book.author) == ("บ้านริมคลอง", "มาลัยทอง")
    # the phrase is not in the headline: not told apart from any "X of Y" in the text
    assert rescue(None, Page("คืนฝนตก", lines, ["มาลัยทอง"])) is None
    # the name after "of" is no tag: no telling where it ends
    assert rescue(None, Page("คืนฝนตก: อ่านบ้านริมคลองอีกครั้ง", lines, ["นิยาย"])) is None


def test_a_sentence_opening_verb_is_no_first_name():
    from scraper.extract.bookrescue import Page
    from scraper.extract.bookrescueauthor import _latin_author
    lines = ["Prendo Calvetti come guida perché, rileggendo il romanzo su una terrazza, mi sono accorto di molte cose che da "
             "ragazzo non avevo visto, e la città mi è sembrata diversa.",
             "Marta Calvetti, Le rondini, un verso che ricordo.", "Il finale resta il migliore."]
    assert _latin_author(Page("Il faro, riletto", lines), "Il faro", 1) is None


def test_the_one_book_card_on_a_page():
    from lxml.html import fromstring

    from scraper.extract.bookld import from_card
    card = ("<div class='book-card'><img alt='cover'><div class='book-card-info'><h2 class='book-title'><a href='/b/1'>"
            "Salt and Cedar</a></h2><a class='book-author' href='/a/7'>Noor Haddad</a></div></div>")
    book = from_card(fromstring(f"<html><body><main>{card}<p>My review.</p></main></body></html>"))
    assert book is not None and (book.title, book.author) == ("Salt and Cedar", "Noor Haddad")
    # two cards are a list, a card in the sidebar is chrome: no book
    other = card.replace("Salt and Cedar", "River Hours")
    assert from_card(fromstring(f"<html><body><main>{card}{other}</main></body></html>")) is None
    assert from_card(fromstring(f"<html><body><main><p>x</p></main><aside>{card}</aside></body></html>")) is None


@pytest.mark.parametrize("text, expected", [
    ("Ficha: Las horas del molino", "Las horas del molino"),
    ("Titolo: Il mare d'inverno", "Il mare d'inverno"),
    ("书名：江边的雾", "江边的雾"),
    ("Dune: The Desert Years", "Dune: The Desert Years"),  # a title's own colon stays
    ("Salt and Cedar", "Salt and Cedar"),
])
def test_a_title_never_keeps_its_label(text, expected):
    from scraper.extract.book import clean_title
    assert clean_title(text) == expected


def test_a_declined_cyrillic_surname_is_not_taken_as_the_writer():
    from scraper.extract.bookrescue import Page
    from scraper.extract.bookrescueauthor import _latin_author
    lines = ["Цього року я перечитала повість Павла Стрілецького, і вона звучить інакше, ніж у школі, повільніше і тихіше.",
             "Стрілецького я читаю повільно."]
    assert _latin_author(Page("Сад, якого вже немає", lines), "Сад", 1) is None


@pytest.mark.parametrize("pairs", [
    [("Título original", "The Quiet House"), ("Título", "La casa callada"), ("Autora", "Ana Ruiz Vela")],
    [("Título", "La casa callada"), ("Título original", "The Quiet House"), ("Autora", "Ana Ruiz Vela")],
])
def test_an_original_title_is_not_the_title(pairs):
    assert labelled_fields(pairs) == ("La casa callada", "Ana Ruiz Vela")


def test_a_share_button_is_no_book_card():
    from lxml.html import fromstring

    from scraper.extract.bookld import from_card
    share = "<div><span class='facebook-name'>Lamp and Leaf</span><span class='facebook-author'>Mara Quell</span></div>"
    assert from_card(fromstring(f"<html><body><main>{share}<p>My review.</p></main></body></html>")) is None
    card = "<div class='card'><h3 class='bookTitle'>River Hours</h3><p class='book__author'>Noor Haddad</p></div>"
    book = from_card(fromstring(f"<html><body><main>{card}</main></body></html>"))
    assert book is not None and (book.title, book.author) == ("River Hours", "Noor Haddad")


@pytest.mark.parametrize("headline, expected", [
    ("《江边的雾》/ 重读", ("江边的雾", None)),
    ("《江边的雾》（全三部）", ("江边的雾", None)),
    ("『海辺の灯台』再読", ("海辺の灯台", None)),
    ("《江边的雾》（李明）", ("江边的雾", "李明")),
])
def test_remarks_after_a_bracketed_title_in_a_headline(headline, expected):
    from scraper.extract.book import Context
    from scraper.extract.bookheadline import from_title
    book = from_title(headline, Context("x"))
    assert book is not None and (book.title, book.author) == expected


@pytest.mark.parametrize("pairs, expected", [
    ([("Títol", "La casa del rellotge"), ("Autor", "Martí Puigvert"), ("Editorial", "Edicions del Pont")],
     ("La casa del rellotge", "Martí Puigvert")),
    ([("पुस्तक", "नदी का घर"), ("लेखक", "रमाकांत"), ("प्रकाशक", "सरिता प्रकाशन")], ("नदी का घर", "रमाकांत")),
    ([("الكتاب", "بيت على النهر"), ("الكاتبة", "ليلى حداد")], ("بيت على النهر", "ليلى حداد")),
    ([("書名", "海辺の灯台"), ("著者", "森ひかり")], ("海辺の灯台", "森ひかり")),
])
def test_labels_and_caseless_names_in_more_scripts(pairs, expected):
    assert labelled_fields(pairs) == expected


def test_a_labelled_value_in_two_scripts_or_with_figures_is_no_name():
    from scraper.extract.bookcaselessname import caseless_name
    assert caseless_name("प्रेमचंद") == "प्रेमचंद" and caseless_name("ليلى حداد") == "ليلى حداد"
    assert caseless_name("रमाकांत 2019") is None and caseless_name("森 Hikari") is None
    assert caseless_name("लेखक के बारे में कुछ शब्द और कई बातें यहाँ") is None  # a sentence, not a name


def test_bracketed_labels_of_a_japanese_info_box_on_a_page():
    body = ("<p>【書名】月夜の台所</p><p>【著者】森ひかり</p><p>【出版社】青空文庫社</p><p>【評価】★★★★☆</p>"
            "<p>学生のころに一度読んだ本を、本棚の整理で見つけて読み返しました。主人公が夜中に台所で料理をする場面が静かで、"
            "何度も読み返したくなります。後半は少し駆け足でしたが、それでも好きな一冊です。</p>"
            "<p>同じ作者の別の本も読んでみたいと思いました。寒い夜に温かいお茶を飲みながら読むのがおすすめです。</p>")
    assert book_of("二十年ぶりの再読", body, lang="ja") == ("月夜の台所", "森ひかり")


def test_hindi_labels_on_a_page():
    body = ("<p>पुस्तक: नदी का घर</p><p>लेखक: रमाकांत</p><p>प्रकाशक: सरिता प्रकाशन</p><p>मेरी रेटिंग: 5 में से 4</p>"
            "<p>यह उपन्यास मैंने गर्मी की छुट्टियों में पढ़ा। एक छोटे शहर के परिवार की कहानी है, जहाँ हर कोई अपने दुख को "
            "चुपचाप सहता है। भाषा सरल है और पात्र जीवंत लगते हैं। अंत थोड़ा जल्दी में लिखा गया लगता है, पर पूरी किताब पढ़ने लायक है।</p>"
            "<p>जो पाठक पारिवारिक कहानियाँ पसंद करते हैं, उन्हें यह ज़रूर पढ़नी चाहिए। मैं इसे अपने दोस्तों को भी दूँगी।</p>")
    assert book_of("एक घर की कहानी", body, lang="hi") == ("नदी का घर", "रमाकांत")


@pytest.mark.parametrize("line, expected", [
    ("Ada Brenner – Het stille water. De Zwaluw Pers, 320 blz., €18,50.", ("Het stille water", "Ada Brenner")),
    ("Het stille water – Ada Brenner. De Zwaluw Pers, 2019, 320 blz.", ("Het stille water", "Ada Brenner")),
    ("Mirela Dobre — Casa de pe deal. Editura Sfera, 2021, 240 p.", ("Casa de pe deal", "Mirela Dobre")),
])
def test_a_record_line_opening_with_author_and_title_across_a_dash(line, expected):
    # the publisher after the full stop is not the author, nor "Author – Title" the title
    assert from_bibliography([line]) == expected


def test_a_dash_between_two_name_like_halves_is_no_telling():
    assert from_bibliography(["Ada Brenner – Quiet Water Falls. De Zwaluw Pers, 320 blz."]) is None  # nor the publisher as author


@pytest.mark.parametrize("paragraph, more, language, expected", [
    ("Το «Σπίτι στο λιμάνι» του Νίκου Αλεξίου το διάβασα σε δύο βράδια.", "Ο Αλεξίου γράφει απλά.", "el",
     ("Σπίτι στο λιμάνι", "Νίκος Αλεξίου")),
    ("Το «Σπίτι στο λιμάνι» του Γιάννη Μαρκάκη με κράτησε ξύπνια.", "Ο Μαρκάκης γράφει απλά.", "el",
     ("Σπίτι στο λιμάνι", "Γιάννης Μαρκάκης")),
    ("Román „Tichý dům“ od Jany Novákové jsem přečetla za dva večery.", "Nováková píše úsporně.", "cs",
     ("Tichý dům", "Jana Nováková")),
])
def test_greek_and_czech_genitive_authors(paragraph, more, language, expected):
    from scraper.extract.book import Context
    from scraper.extract.bookgenitive import genitive_author
    assert genitive_author([paragraph], Context(paragraph + " " + more), [], language) == expected
    # a page that never gives the surname in the nominative: no telling
    assert genitive_author([paragraph], Context(paragraph), [], language) is None


@pytest.mark.parametrize("paragraph, more, language, expected", [
    ("Роман Анны Лебедевой «Северный ветер» я прочитала за два вечера.", "Лебедева пишет просто.", "ru",
     ("Северный ветер", "Анна Лебедева")),
    ("Powieść Marty Wrony „Cisza nad wydmami” czytałam dwa wieczory.", "Wrona pisze oszczędnie.", "pl",
     ("Cisza nad wydmami", "Marta Wrona")),
])
def test_a_book_noun_and_the_genitive_name_before_the_quoted_title(paragraph, more, language, expected):
    from scraper.extract.book import Context
    from scraper.extract.bookgenitive import genitive_author
    assert genitive_author([paragraph], Context(paragraph + " " + more), [], language) == expected
    assert genitive_author([paragraph], Context(paragraph), [], language) is None  # the nominative nowhere: no telling


def test_book_items_and_card_parts_found_as_the_xpath_finds_them():
    """bookld reads the Book items and the card parts in Python walks; the XPath they replace is the judge."""
    from lxml import etree
    from lxml.html import fromstring

    from scraper.extract.bookld import _BOK, _CARD_CHROME, _CARD_PART, _book_items, _in_chrome

    page = fromstring("""<html><body class="BOOKs">
      <div itemscope itemtype="https://schema.org/Book"><span itemprop="name">A</span></div>
      <div itemtype="http://schema.org/BookSeries">series</div><div typeof="schema:Book">rdfa</div>
      <div typeof="Book Product">two types</div><div typeof="Bookshop">not a book</div><div typeof="">empty</div>
      <div itemtype="">none</div><p class="Book-Title">T</p><p class="facebook-name">F</p><p class="bOoK">mixed</p>
      <aside><p class="book-title">in an aside</p></aside><div class="related-posts"><p class="book-title">R</p></div>
      <div class="widgets"><p class="book-author">W</p></div><nav><span class="book-name">N</span></nav>
      <footer><div><b class="BOOK__author">deep</b></div></footer><p class="book">plain</p></body></html>""")
    items = etree.XPath("//*[@itemtype or @typeof][contains(@itemtype,'schema.org/Book')"
                        " or contains(concat(' ', @typeof, ' '), ' Book ') or contains(@typeof, ':Book')]")
    assert _book_items(page) == items(page) and len(items(page)) == 4
    parts = [el for el in page.iter(etree.Element) if "book" in (el.get("class") or "").translate(_BOK)]
    assert parts == page.xpath(f"//*[{_CARD_PART}]") and len(parts) == 10
    assert [el for el in parts if not _in_chrome(el)] == page.xpath(f"//*[{_CARD_PART}][not({_CARD_CHROME})]")
    assert len([el for el in parts if not _in_chrome(el)]) == 5
