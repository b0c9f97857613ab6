"""Books and bylines in forms found on engines the rules had not seen: a rich-text editor that writes each paragraph
as a bare <div>; a Chinese owner after a grammatical word ("终于把X的《T》"); a Hindi owner right before a quoted title
with no book noun between; a catalogue card's label before the author's name; an old theme whose site name is the
page's h1 (the post's title an h2) and whose byline row labels the writer.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

import pytest

from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.bookld import from_card
from scraper.extract.bookopening import marked_paragraphs
from scraper.extract.booktitles import cjk_owner

FILLER = ("The middle chapters slow to a walk, and the harbour scenes carry more weight than the plot can bear. "
          "Still, the last forty pages are the best writing I have read this year, and I finished them twice. ")


def _record(html: str, url: str = "https://lanternletters.example/posts/a-letter"):
    return extract_page(html.encode(), url)


# -- a rich-text editor's paragraphs are divs ----------------------------------------------------------------------


def _trix(opening: str) -> str:
    return f"""<html lang="en"><head><title>Notes from the ferry</title></head><body>
<article class="post"><header><h1 class="post__title">Notes from the ferry</h1></header>
<div class="post__body trix-content">
<div>{opening}</div><div><br></div>
<div>{FILLER}</div><div>{FILLER}</div><div>{FILLER}</div>
<div>I would hand it to anyone who likes slow books about water. Four stars of five.</div>
</div></article></body></html>"""


def test_paragraphs_written_as_bare_divs_are_read_for_the_book():
    record = _record(_trix("A parcel came this week with Oona Velasquez's <em>The Salt Orchard</em> inside, and I read "
                           "it on the ferry. Velasquez writes tides better than anyone."))
    assert (record.book_title, record.book_author) == ("The Salt Orchard", "Oona Velasquez")


def test_a_div_that_holds_paragraphs_is_no_paragraph_of_its_own():
    body = lxml_html.fromstring("<div><div>Intro line with <em>Grey Harbour</em> in it.<p>One real paragraph here.</p></div>"
                                "<div>A bare div paragraph with three words or more.</div></div>")
    # the outer div holds a <p>: only the <p> and the bare div are paragraphs, in document order
    assert marked_paragraphs(body) == ["One real paragraph here.", "A bare div paragraph with three words or more."]


def test_a_bare_div_with_no_one_owning_the_title_gives_no_book():
    record = _record(_trix("A parcel came this week with <em>The Salt Orchard</em> inside, and I read it on the ferry."))
    assert record.book_author is None


# -- Chinese: the owner after a grammatical word ----------------------------------------------------------------------


def test_a_chinese_owner_after_an_object_marker_is_the_family_name_and_given_name():
    text = "去年冬天终于把刘晓岚的《盐湖夜话》读完了，整整拖了三年。"
    assert cjk_owner(text) == ("盐湖夜话", "刘晓岚")
    assert cjk_owner("周末和郑一鸣的《北窗》一起带去了山里。") == ("北窗", "郑一鸣")


def test_a_run_after_a_grammatical_word_that_opens_with_no_family_name_is_no_owner():
    # "今年的" (this year's), "图书馆的" (the library's): no family name opens the run
    assert cjk_owner("去年冬天终于把图书馆的《盐湖夜话》读完了。") is None
    assert cjk_owner("我是读了今年的《盐湖夜话》才知道这个作者的。") is None


# -- Hindi: the owner right before the quoted title ---------------------------------------------------------------------


def test_a_hindi_owner_before_a_quoted_title_with_no_book_noun():
    page = f"""<html lang="hi"><head><title>बरसात की एक लंबी रात</title></head><body><article><h1>बरसात की एक लंबी रात</h1>
<div class="entry-content"><p>सुधा करमरकर का "पीली हवेली" मैंने इस बार बारिश के मौसम में दोबारा पढ़ा।</p>
<p>करमरकर की भाषा बहुत सीधी है, पर हर पन्ने पर कोई न कोई दृश्य आँखों के सामने आ जाता है। पुराने घर का आँगन, छत पर सूखते कपड़े, और दादी की आवाज़।</p>
<p>कमज़ोरी यह है कि अंत जल्दी में लिखा गया लगता है, जैसे लेखिका थक गई हों। फिर भी मुझे यह किताब बहुत पसंद आई और मैं इसे सबको पढ़ने के लिए कहूँगी।</p>
<p>मेरी रेटिंग: 5 में से 4</p></div></article></body></html>"""
    record = _record(page, "https://barsat.example/peeli-haveli")
    assert (record.book_title, record.book_author) == ("पीली हवेली", "सुधा करमरकर")


# -- a catalogue card labels its author -------------------------------------------------------------------------------


def test_a_card_label_before_the_author_is_no_part_of_the_name():
    for label in ("Author:", "Auteur :", "مؤلف:", "著者："):
        tree = lxml_html.fromstring(f"""<html><body><div class="book-meta"><h1 class="book-title">The Salt Orchard</h1>
<p class="book-author">{label} <a href="/authors/oona-velasquez">Oona Velasquez</a></p></div></body></html>""")
        book = from_card(tree)
        assert book is not None and book.author == "Oona Velasquez", label


def test_a_name_with_no_label_keeps_every_word():
    tree = lxml_html.fromstring("""<html><body><div class="book-meta"><h1 class="book-title">The Salt Orchard</h1>
<p class="book-author">Oona María Velasquez</p></div></body></html>""")
    assert from_card(tree).author == "Oona María Velasquez"


# -- an old theme: the site's name is the h1, the post's title an h2 over a byline row --------------------------------


def _kubrick(byline: str, top: str = "") -> str:
    return f"""<html lang="en"><head><title>Salt and tides | Ferry Reader</title></head><body><div id="page">
<div id="header"><h1><a href="https://ferryreader.example/">Ferry Reader</a></h1><div class="description">Books read crossing</div></div>
<div id="content"><div class="post" id="post-12"><h2>Salt and tides</h2>
<small>{byline}</small>
<div class="entry">{top}<p>I picked up <em>The Salt Orchard</em> by Oona Velasquez on a grey morning.</p>
<p>{FILLER}</p><p>{FILLER}</p><p>Velasquez leaves the ending open, and I liked it. Four stars of five.</p></div></div></div>
<div id="sidebar"><ul><li>Archives</li><li><a href="/2026/11/">November 2026</a></li></ul></div></div></body></html>"""


def test_a_byline_row_that_labels_the_writer_and_links_the_author_archive_is_left_out():
    record = _record(_kubrick('3 November 2026 | Written by: <a href="/author/mira/">Mira</a>'),
                     "https://ferryreader.example/salt-and-tides/")
    assert "Written by" not in record.body_markdown and "Ferry Reader" not in record.body_markdown
    assert "grey morning" in record.body_markdown and record.title == "Salt and tides"
    assert (record.book_title, record.book_author) == ("The Salt Orchard", "Oona Velasquez")


def test_a_byline_row_inside_the_post_text_is_left_out_too():
    record = _record(_kubrick("", '<p><small>3 November 2026 | Written by: <a href="/author/mira/">Mira</a></small></p>'),
                     "https://ferryreader.example/salt-and-tides/")
    assert "Written by" not in record.body_markdown and "grey morning" in record.body_markdown


def test_a_labelled_line_at_the_top_without_an_author_archive_link_stays():
    # a reading note's own label line over the review: the review's, not the engine's
    record = _record(_kubrick("", '<p><small>Read: 3 November 2026 | Format: <a href="/tag/paperback/">paperback</a></small></p>'),
                     "https://ferryreader.example/salt-and-tides/")
    assert "Format" in record.body_markdown


# -- a title the review quotes is no author ---------------------------------------------------------------------------


def test_a_name_the_text_quotes_as_a_title_is_a_work_not_an_author():
    from scraper.extract.bookdoubts import quoted_work
    text = "Больше всего люблю «Белую ночь», а глава «Старая мельница» тянется. Финал Белой ночи всё искупает."
    assert quoted_work("Белой ночи", text)  # the declined form of a quoted story's title
    assert quoted_work("Старой мельницы", text)
    assert not quoted_work("Ольга Петрова", text)
    assert not quoted_work("Белой", text + " Белой")  # one word against two: not that title
    assert quoted_work("Grey Harbour", 'The chapter "Grey Harbour" drags.') and not quoted_work("Mira Holt", 'The chapter "Grey Harbour" drags.')


# -- a man's adjectival surname in the genitive -----------------------------------------------------------------------


def test_a_mans_adjectival_surname_in_the_genitive_is_given_back_in_the_nominative():
    from scraper.extract.book import Context
    from scraper.extract.bookgenitive import genitive_author
    uk = "«Сині озера» Тараса Зеленого я читала двічі, і вдруге вони сподобалися більше."
    assert genitive_author([uk], Context(uk), [], "uk") == ("Сині озера", "Тарас Зелений")
    pl = "„Dom nad rzeką” Jana Kowalskiego czytałam w pociągu do Gdyni, powoli i z ołówkiem."
    assert genitive_author([pl], Context(pl), [], "pl") == ("Dom nad rzeką", "Jan Kowalski")
    ru = "«Тихий двор» Олега Вишневского я прочитала за вечер и не пожалела."
    assert genitive_author([ru], Context(ru), [], "ru") == ("Тихий двор", "Олег Вишневский")


def test_a_russian_genitive_in_ogo_has_no_one_nominative():
    from scraper.extract.book import Context
    from scraper.extract.bookgenitive import genitive_author
    ru = "«Тихий двор» Ивана Толстого я прочитала за вечер."  # Толстой or Толстый: the page never says
    assert genitive_author([ru], Context(ru), [], "ru") is None


# -- holdout11 round: a Korean title's original in brackets, a CJK credit line by roles, a shop's product word ----------


def test_a_korean_titles_original_in_brackets_is_no_author():
    from scraper.extract.book import Context
    from scraper.extract.bookscripts import script_pair
    from scraper.extract.booktitles import cjk_title
    line = "『바닷가의 등대』(海辺の灯台)를 다시 읽었다. 첫 장부터 마음이 아팠다."
    assert script_pair(line, Context(line)) is None and cjk_title(line) is None
    # a Japanese title with its author in brackets stays the author's
    line = "『海辺の灯台』（山田花子）を読んだ。"
    assert script_pair(line, Context(line)) == ("海辺の灯台", "山田花子")


def test_a_cjk_credit_line_gives_the_author_by_role():
    from scraper.extract.bookcjkslash import role_credit
    assert role_credit(["소설 > 한국 소설", "김바다 저 · 이노을 역 · 파도출판"]) == "김바다"
    assert role_credit(["山田花子 著 / 佐藤一郎 訳"]) == "山田花子"
    assert role_credit(["李明 著 | 江城出版社 出版"]) == "李明"
    # one role alone is no credit line; two authors are no telling
    assert role_credit(["김바다 저"]) is None
    assert role_credit(["김바다 저 · 이노을 저 · 파도출판"]) is None


def test_a_shops_product_word_before_the_title_goes_when_the_page_names_the_title_alone():
    from scraper.extract.booktitles import product_word
    assert product_word("Книга Сад над річкою", "Книга Сад над річкою … Сад над річкою - фото 1") == "Сад над річкою"
    assert product_word("کتاب باغ شب", "کتاب باغ شب باغ شب") == "باغ شب"
    assert product_word("کتاب صوتی باغ شب", "کتاب صوتی باغ شب باغ شب") == "باغ شب"  # an audiobook: two words
    # named only whole: the word is the title's own ("Книга Балтиморов", "Libro de Manuel")
    assert product_word("Книга Балтиморов", "Книга Балтиморов. Книга Балтиморов вышла в 2015.") == "Книга Балтиморов"
    assert product_word("The Salt Orchard", "The Salt Orchard") == "The Salt Orchard"


def test_a_shops_product_word_before_a_quoted_title_goes_with_the_quotes():
    from scraper.extract.booktitles import product_word
    # the quotes set the title apart: no need for the page to name it alone (a title cut before its closing quote too)
    assert product_word("Книга «Тихая пристань»", "") == "Тихая пристань"
    assert product_word('Книга "Тихая пристань', "") == "Тихая пристань"
    assert product_word("Kitap “Sessiz Liman”", "") == "Sessiz Liman"
    assert product_word("Livro „Porto calmo“", "") == "Porto calmo"
    # near misses: a quote inside the title, not opening it, and an empty pair, leave the title as it is
    assert product_word("Книга Балтиморов «и другие»", "") == "Книга Балтиморов «и другие»"
    assert product_word("Книга «»", "") == "Книга «»"


def test_a_record_line_cut_by_slashes_gives_title_and_author():
    from scraper.extract.book import Context
    from scraper.extract.bookbiblio import from_bibliography
    text = "شناسنامه کتاب: باغ شب / مینا رستگار / نشر ماه / ۲۴۰ صفحه\nرستگار این بار آرام‌تر می‌نویسد. رستگار را دوست دارم."
    assert from_bibliography(text.split("\n"), Context(text)) == ("باغ شب", "مینا رستگار")


def test_a_title_credited_in_brackets_in_a_caption_is_the_book():
    from scraper.extract.book import Context
    from scraper.extract.bookopening import bracket_credit
    texts = ["My battered copy of The Salt Orchard (Oona Velasquez, 2019), bought on the pier.", "Velasquez writes tides well."]
    assert bracket_credit(texts, Context("\n".join(texts))) == ("The Salt Orchard", "Oona Velasquez")
    # an author the text never names again is no telling
    assert bracket_credit(texts[:1], Context(texts[0])) is None


def test_the_book_noun_by_a_name_in_the_opening_gives_the_headlines_author():
    from scraper.extract.book import Context
    from scraper.extract.bookclues import writer
    text = "Kali ini saya mau bahas novel yang wajib dibaca, karya Dewi Larasati yang terbit tahun 2019.\nCeritanya panjang."
    assert writer(Context(text), "Rumah di Tepi Sungai") == "Dewi Larasati"
    text = "This week I finally read the novel by Oona Velasquez that everyone lent me.\nIt is long."
    assert writer(Context(text), "The Salt Orchard") == "Oona Velasquez"
    # lower-case words after the name are no part of it; a name deep in the post is not the opening's
    text = "Intro.\nMore.\nStill more.\nMuch later I compared it with a novel by Ada Brenner."
    assert writer(Context(text), "The Salt Orchard") is None


def test_the_blogs_own_name_in_the_page_title_is_no_books_author():
    from scraper.extract.bookrescue import Page
    from scraper.extract.bookrescueauthor import plausible
    tree = lxml_html.fromstring("<html><head><title>一本很厚的书 - 江边听雨 - 博客园</title></head><body><p>x</p></body></html>")
    page = Page("一本很厚的书", ["作者：江边听雨"], tree=tree)
    assert not plausible("江边听雨", page)  # "T - <blog> - <platform>": the blog's name
    assert plausible("林秋白", page)
    tree = lxml_html.fromstring("<html><head><title>林秋白的新书</title></head><body><p>x</p></body></html>")
    assert plausible("林秋白", Page("林秋白的新书", ["作者：林秋白"], tree=tree))  # named in the headline itself


def test_a_japanese_author_with_a_kana_given_name_in_brackets_after_the_title():
    from scraper.extract.booktitles import cjk_title
    assert cjk_title("『海辺のひかり』(森野ゆう)の感想") == ("海辺のひかり", "森野ゆう")
    assert cjk_title("『海辺のひかり』(全三巻)の感想") is None  # a set of volumes, no name


def test_a_thai_translated_title_with_its_original_in_brackets_of_a_latin_name():
    from scraper.extract.bookrescue import Page, rescue
    lines = ["ตอนเด็กอ่าน บ้านบนเนินเขา (The House on the Hill) ของ Claire Vasseur-Blanc เป็นหนังสือนอกเวลา", "อ่านซ้ำแล้วชอบกว่าเดิม"]
    book = rescue(None, Page("อ่านซ้ำตอนโต", lines))
    assert book is not None and (book.title, book.author) == ("บ้านบนเนินเขา", "Claire Vasseur-Blanc")
    # no original in brackets: the Thai phrase is not set off as a title
    assert rescue(None, Page("อ่านซ้ำตอนโต", ["ตอนเด็กอ่าน บ้านบนเนินเขา ของ Claire Vasseur-Blanc", "อ่านซ้ำ"])) is None


def test_a_figure_captioned_title_dash_author_whose_image_names_the_title():
    from scraper.extract.book import Context
    from scraper.extract.bookcover import figure_captions, from_caption
    tree = lxml_html.fromstring("""<html><body><figure><img src="c.jpg" alt="নদীর ধারে বইয়ের প্রচ্ছদ">
<figcaption>নদীর ধারে — সুমিতা রায়চৌধুরী, পুরোনো সংস্করণ</figcaption></figure><p>x</p></body></html>""")
    text = "সুমিতা লিখেছেন গ্রামের কথা। সুমিতা রায়চৌধুরী আমার প্রিয়।"
    assert from_caption(figure_captions(tree), Context(text)) == ("নদীর ধারে", "সুমিতা রায়চৌধুরী")
    # the author never named in the text: a photographer's credit as likely as a writer
    assert from_caption(figure_captions(tree), Context("গ্রামের কথা।")) is None
    # a caption whose first part the image does not name is a description, not a title
    tree = lxml_html.fromstring("""<html><body><figure><img src="p.jpg" alt="পাড়ের ছবি">
<figcaption>নদীর ধারে — সুমিতা রায়চৌধুরী</figcaption></figure></body></html>""")
    assert from_caption(figure_captions(tree), Context(text)) is None


# -- holdout12 round ----------------------------------------------------------------------------------------------------


def test_a_headline_title_dash_author_whose_surname_the_text_gives_in_the_genitive():
    from scraper.extract.book import Context
    from scraper.extract.bookheadline import from_title
    text = "Jag är nog sist med att läsa Maja Lindqvists debut. Lindqvists humor bär hela boken."
    book = from_title("Flickan som gick över isen – Maja Lindqvist", Context(text))
    assert book is not None and (book.title, book.author) == ("Flickan som gick över isen", "Maja Lindqvist")


def test_a_note_set_off_in_italics_is_never_the_books_title():
    from scraper.extract.bookdoubts import note_line
    assert note_line("Recensionsexemplar från förlaget, som skickade boken.")
    assert note_line("Content warning: violence, a drowning, grief.")
    assert not note_line("The Salt Orchard")


def test_a_title_in_guillemets_in_the_opening_is_a_title_candidate():
    from scraper.extract.book import Context
    from scraper.extract.bookpageclues import Clues
    from scraper.extract.bookbody import _titles
    body = lxml_html.fromstring("<div><p><em>Προειδοποίηση περιεχομένου: βία, θάνατος.</em></p>"
                                "<p>Το «Η γέφυρα του ψαρά» το διάβασα φέτος το καλοκαίρι.</p></div>")
    text = "Το «Η γέφυρα του ψαρά» το διάβασα φέτος. «Η γέφυρα του ψαρά» με συγκίνησε."
    titles = _titles(Clues(title="Ένα χωριό στη θάλασσα", body=body, context=Context(text), language="el"), None)
    assert titles[0] == "Η γέφυρα του ψαρά"  # the one the text names, before the headline it never names
    assert not any("Προειδοποίηση" in t for t in titles)  # the warning set in italics is no title


def test_a_title_case_by_in_a_headline_splits_title_and_author():
    from scraper.extract.bookheadline import from_title
    book = from_title("The Salt Orchard By Oona Velasquez")
    assert book is not None and (book.title, book.author) == ("The Salt Orchard", "Oona Velasquez")


def test_a_card_label_with_a_space_before_its_colon_in_a_script_with_vowel_marks():
    tree = lxml_html.fromstring("""<html><body><div class="book-meta"><h1 class="book-title">บ้านริมทะเล</h1>
<p class="book-author">ผู้แต่ง : <a href="/author/1">สมชาย ใจดี</a></p></div></body></html>""")
    assert from_card(tree).author == "สมชาย ใจดี"


def test_several_labelled_fields_on_one_line_are_read_one_at_a_time():
    from scraper.extract.booklabelfields import field_pairs, labelled_fields
    line = "الكتاب: بيت على النهر | المؤلف: سلمى الحداد | الناشر: دار الفجر | عدد الصفحات: ٢٤٠"
    assert labelled_fields(field_pairs([line], None)) == ("بيت على النهر", "سلمى الحداد")
    assert labelled_fields(field_pairs(["Title: The Salt Orchard · Author: Oona Velasquez · Pages: 312"], None)) == \
        ("The Salt Orchard", "Oona Velasquez")


@pytest.mark.parametrize("headline", ["İnceleme: Kuzey Rüzgârı", "Kitap yorumu - Kuzey Rüzgârı", "Resensi: Kuzey Rüzgârı",
                                      "Omtale: Kuzey Rüzgârı"])
def test_review_labels_of_more_languages_are_no_part_of_the_title(headline):
    from scraper.extract.book import REVIEW_PREFIX
    assert REVIEW_PREFIX.sub("", headline) == "Kuzey Rüzgârı"


def test_a_social_posts_page_title_names_the_book_in_its_quoted_words():
    from scraper.extract.book import Context
    from scraper.extract.bookpageclues import Clues
    from scraper.extract.bookpagetitles import extended_title
    clues = Clues(title="leituras.social", context=Context("Tenório escreve bem. Li de uma vez."))
    book = extended_title('Ana Reis: "resenha: A casa do rio (Marta Tenório) — cw:…" - leituras.social', clues, None)
    assert book is not None and (book.title, book.author) == ("A casa do rio", "Marta Tenório")
    # no review label before the bracket: a bracketed name is as likely a remark
    assert extended_title('Ana Reis: "A casa do rio (Marta Tenório) — que livro"', clues, None) is None


def test_a_hindi_full_name_its_book_noun_and_a_quoted_title_opening_a_sentence():
    from scraper.extract.book import Context
    from scraper.extract.bookscripts import script_pair
    line = 'सुधा करमरकर का उपन्यास "पीली हवेली" मैंने कॉलेज में पढ़ा था, तब मुझे यह राधा की कहानी लगी थी।'
    assert script_pair(line, Context(line)) == ("पीली हवेली", "सुधा करमरकर")


def test_a_vietnamese_classifier_noun_title_of_a_name():
    from scraper.extract.book import Context
    from scraper.extract.bookscripts import script_pair
    line = "Tuần này mình đọc lại cuốn Bến nước cũ của Trần Thị Lan, lần này chậm hơn."
    assert script_pair(line, Context(line)) == ("Bến nước cũ", "Trần Thị Lan")
    # "của" after a thing that is no book: no classifier noun before it
    line = "Ngôi nhà của Trần Thị Lan ở gần sông."
    assert script_pair(line, Context(line)) is None


def test_a_cover_s_caption_title_comma_author_when_the_image_says_it_is_a_cover():
    from scraper.extract.book import Context
    from scraper.extract.bookcover import figure_captions, from_caption

    def figure(alt: str, caption: str) -> list:
        return figure_captions(lxml_html.fromstring(f"""<html><body><figure><img src="c.jpg" alt="{alt}">
<figcaption>{caption}</figcaption></figure><p>x</p></body></html>"""))

    bn = "রায়চৌধুরী লিখেছেন গ্রামের কথা। রায়চৌধুরীর ভাষা সহজ।"
    assert from_caption(figure("বইয়ের প্রচ্ছদ", "নদীর ধারে, সুমিতা রায়চৌধুরী। প্রথম প্রকাশ ১৯৬১"), Context(bn)) == ("নদীর ধারে", "সুমিতা রায়চৌধুরী")
    ru = "Вереск пишет сухо. Вереск не объясняет ничего."
    assert from_caption(figure("Обложка книги", "Тихий берег, Анна Вереск. Издание 2019 года"), Context(ru)) == ("Тихий берег", "Анна Вереск")
    en = "Marrow writes short chapters. Marrow never explains."
    assert from_caption(figure("The cover of the paperback", "The Tide Clock, Ilse A. Marrow. First published 2011"), Context(en)) \
        == ("The Tide Clock", "Ilse A. Marrow")
    # near misses: a photo that is no cover (a place and a photographer), an author the text never names again
    assert from_caption(figure("Лодки у берега", "Тихий берег, Анна Вереск. Фото автора"), Context(ru)) is None
    assert from_caption(figure("Обложка книги", "Тихий берег, Анна Вереск"), Context("Книга о море.")) is None
    # a cover's caption that is a sentence, not "T, A"
    assert from_caption(figure("book cover", "Found this in a shop, next to the window"), Context(en)) is None


def test_an_image_without_alt_text_is_named_by_its_file_for_a_dashed_caption():
    from scraper.extract.book import Context
    from scraper.extract.bookcover import figure_captions, from_caption

    def figure(src: str, caption: str) -> list:
        return figure_captions(lxml_html.fromstring(f"""<html><body><figure><img src="{src}" alt="">
<figcaption>{caption}</figcaption></figure><p>x</p></body></html>"""))

    hi = "वर्मा जी की भाषा सरल है। वर्मा जी ने यह उपन्यास जल्दी लिखा।"
    assert from_caption(figure("/up/2026/nadi-kinare-cover.jpg", "नदी किनारे — सुधा रानी वर्मा, नीलकंठ प्रकाशन"), Context(hi)) \
        == ("नदी किनारे", "सुधा रानी वर्मा")
    es = "Llull escribe corto. Llull no explica nada."
    assert from_caption(figure("/img/portada-el-jardin.png?w=600", "El jardín — Marta Llull, Ediciones Faro"), Context(es)) \
        == ("El jardín", "Marta Llull")
    # near misses: a photo file that names no cover; a cover file under a "T, A" caption (only an alt text vouches for the comma)
    assert from_caption(figure("/up/almora-bazaar.jpg", "नदी किनारे — सुधा रानी वर्मा, नीलकंठ प्रकाशन"), Context(hi)) is None
    assert from_caption(figure("/up/nadi-kinare-cover.jpg", "नदी किनारे, सुधा रानी वर्मा"), Context(hi)) is None
    # "discover" is no cover
    assert from_caption(figure("/img/discover-lisbon.jpg", "El jardín — Marta Llull, Ediciones Faro"), Context(es)) is None
