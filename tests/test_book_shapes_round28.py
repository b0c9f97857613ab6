"""Book shapes of the holdout29 round (helper BOOK2), in our own words and markup, with near misses: a Thai or Lao cover
caption that names the title "of" its writer; a record line in an Arabic-script sentence is no record; a free-copy note set
in italics before a plea stays the review's."""

from __future__ import annotations

import lxml.html
import pytest

from scraper.extract.book import Book, Context
from scraper.extract.bookbiblio import from_bibliography
from scraper.extract.bookcover import thai_cover
from scraper.extract.housekeeping import a_note

# Thai: "Kanda Rungroj doesn't lecture; she lays out the river town and leaves." (a made-up writer and book)
_TH = "กานดา รุ่งโรจน์ ไม่ได้สั่งสอน เธอวางภาพเมืองริมน้ำไว้ตรงหน้าแล้วเดินจากไป"
# Lao: "Somphone Vongsa writes of the village by the river."
_LO = "ສົມພອນ ວົງສາ ຂຽນເລື່ອງບ້ານແຄມນ້ຳ ດ້ວຍພາສາງ່າຍໆ"


def test_thai_cover_caption_names_the_title_of_its_writer():
    captioned = [("ปกหนังสือ เมืองริมน้ำ ของ กานดา รุ่งโรจน์ ฉบับพิมพ์ครั้งที่สอง", "")]
    assert thai_cover(captioned, Context(_TH), []) == ("เมืองริมน้ำ", "กานดา รุ่งโรจน์")


def test_thai_cover_caption_by_its_writer_to_the_caption_end():
    captioned = [("ปกเล่มที่ซื้อมา เมืองริมน้ำ โดย กานดา รุ่งโรจน์", "")]
    assert thai_cover(captioned, Context(_TH), []) == ("เมืองริมน้ำ", "กานดา รุ่งโรจน์")


def test_lao_cover_caption_names_the_title_of_its_writer():
    captioned = [("ປົກ ບ້ານແຄມນ້ຳ ຂອງ ສົມພອນ ວົງສາ ສະບັບພິມໃໝ່", "")]
    assert thai_cover(captioned, Context(_LO), []) == ("ບ້ານແຄມນ້ຳ", "ສົມພອນ ວົງສາ")


@pytest.mark.parametrize("caption, text", [
    ("ปกหนังสือ เมืองริมน้ำ ของ มาลี ใจดี ฉบับพิมพ์ใหม่", _TH),  # a writer the text never names
    ("ปกหนังสือ เมืองริมน้ำ ของ สำนักพิมพ์ ทะเลใส", _TH + " สำนักพิมพ์ ทะเลใส"),  # the publisher's, not a writer
    ("ปกหนังสือ เมืองริมน้ำ ของ ฉัน", _TH + " ฉัน"),  # "my" copy
    ("ร้านหนังสือ เมืองริมน้ำ ของ กานดา รุ่งโรจน์", _TH),  # no cover phrase first
    ("ปกหนังสือ เมืองริมน้ำ ของ กานดา รุ่งโรจน์ และ เพื่อน ร่วมงาน", _TH),  # more than a name after "of"
])
def test_thai_cover_of_near_misses(caption, text):
    assert thai_cover([(caption, "")], Context(text), []) is None


def test_two_cover_captions_of_different_writers_name_no_book():
    text = _TH + " มาลี ใจดี"
    captioned = [("ปกหนังสือ เมืองริมน้ำ ของ กานดา รุ่งโรจน์", ""), ("ปกหนังสือ ทุ่งลม ของ มาลี ใจดี", "")]
    assert thai_cover(captioned, Context(text), []) is None


# Arabic and Persian: a sentence of clauses split by commas, one holding a year, is no "Title، Author، …" record
def test_arabic_sentence_with_a_year_is_no_record():
    line = ("نادر، راوي القصة، رجل عاد إلى بلدته بعد عام 1967، وصار يكتب الرسائل إلى أخيه الغائب من دون أن يعرف "
            "إن كانت تصل إليه أم لا")
    text = line + "\nراوي القصة يتكلم كثيرًا. راوي القصة لا ينام."
    assert from_bibliography([line], Context(text)) is None


def test_arabic_script_record_line_still_read():
    line = "بوف سبز، نادر کاظمی، نشر ماهور، ۱۳۹۸، ۲۴۰ صفحه، 2019"
    text = line + "\nنادر کاظمی در این کتاب … نادر کاظمی"
    assert from_bibliography([line], Context(text)) == ("بوف سبز", "نادر کاظمی")


def _block(html: str):
    return lxml.html.fragment_fromstring(html)


@pytest.mark.parametrize("html", [
    "<p><em>หมายเหตุ: ผู้เขียนได้รับหนังสือเล่มนี้จากสำนักพิมพ์เพื่ออ่านและเขียนถึง</em></p>",  # Thai: received from the publisher
    "<p><i>Примітка: книжку мені надіслало видавництво.</i></p>",  # Ukrainian: the publishing house sent it
])
def test_a_note_in_italics_naming_the_publisher_and_a_giving(html):
    block = _block(html)
    assert a_note(block.text_content(), block)


@pytest.mark.parametrize("html", [
    # the same words not set apart in italics: left to the other rules (a plea's lead-in may say "publisher")
    "<p>หมายเหตุ: ผู้เขียนได้รับหนังสือเล่มนี้จากสำนักพิมพ์เพื่ออ่านและเขียนถึง</p>",
    # italics for half the line only
    "<p><em>หมายเหตุ:</em> ผู้เขียนได้รับหนังสือเล่มนี้จากสำนักพิมพ์เพื่ออ่านและเขียนถึง</p>",
    # in italics, but no giving: a plea for the publisher's newsletter
    "<p><em>ติดตามข่าวสารจากสำนักพิมพ์ของเราทุกสัปดาห์</em></p>",
    # in italics, something free and sent, but no publisher: a newsletter plea's lead-in (French, Vietnamese)
    "<p><em>Recevez gratuitement notre lettre, envoyée chaque vendredi.</em></p>",
    "<p><em>Nhận miễn phí bản tin của chúng tôi, gửi mỗi thứ Sáu.</em></p>",
])
def test_a_note_near_misses(html):
    block = _block(html)
    assert not a_note(block.text_content(), block)


# French review labels: "[Avis]", "Avis :", "Mon avis sur", "… : mon avis", "Note de lecture :"
from scraper.extract.bookheadline import from_title  # noqa: E402

_FR = "J'ai mis un mois à finir Le Phare des Brumes de Lucie Marchand, et je ne regrette rien."


@pytest.mark.parametrize("headline", [
    "[Avis] Le Phare des Brumes",
    "Avis : Le Phare des Brumes",
    "Mon avis sur Le Phare des Brumes",
    "Le Phare des Brumes : mon avis",
    "Note de lecture : Le Phare des Brumes",
])
def test_french_review_labels(headline):
    book = from_title(headline, Context(_FR, language="fr"))
    assert book is not None and book.title == "Le Phare des Brumes"


@pytest.mark.parametrize("headline, text, title", [
    ("[Avis] Le Phare des Brumes, enfin fini", _FR, "Le Phare des Brumes"),  # French: the remark after a comma
    ("Review: The Salt Ledger, finally finished", "I finally read The Salt Ledger over the holidays.", "The Salt Ledger"),
    ("Rezension: Das stille Haus, endlich gelesen", "Ich habe Das stille Haus im Urlaub gelesen.", "Das stille Haus"),
])
def test_a_remark_after_a_comma_is_cut_where_the_text_names_the_title(headline, text, title):
    assert from_title(headline, Context(text, language="fr")).title == title


@pytest.mark.parametrize("headline, text", [
    # the text names the whole title, comma and all
    ("Review: Eat, pray, repeat", "I read Eat, pray, repeat in one go; Eat is the best part."),
    # a capital after the comma: no remark
    ("Review: Love, Anthony", "Love was the theme. I liked Love, Anthony."),
    # the text never names the head alone
    ("Avis : Le Phare, enfin fini", "Rien à voir avec un phare."),
])
def test_comma_near_misses_keep_the_headline(headline, text):
    book = from_title(headline, Context(text, language="fr"))
    assert book is not None and "," in book.title


@pytest.mark.parametrize("headline", [
    "Avis Rent a Car opens a new office",  # the car rental, no label
    "Avisos de la semana",  # Spanish "notices"
])
def test_avis_is_no_label_without_its_mark(headline):
    book = from_title(headline, Context(_FR, language="fr"))
    assert book is None or book.title.startswith("Avis")


# An info line "**A** – *T*<br>Publisher, 2026<br>128 pages": the title ends where its markup does
from scraper.extract.bookopening import info_line, marked_paragraphs  # noqa: E402


def _info(html: str, text: str):
    body = lxml.html.fragment_fromstring(f"<div>{html}<p>{text}</p></div>")
    return info_line(marked_paragraphs(body)[0], Context(text))


@pytest.mark.parametrize("html, text, book", [
    ("<p><strong>Lotte Brink</strong> – <em>Zoutwater</em><br>Duinpers, 2025<br>212 blz.</p>",
     "Brink schrijft helder. Lotte Brink kent de kust; Brink blijft dichtbij.", ("Zoutwater", "Lotte Brink")),
    ("<p><strong>Jonas Feld</strong> – <em>Das stille Haus</em><br>Nordverlag, 2024<br>304 Seiten</p>",
     "Feld erzählt ruhig. Jonas Feld lässt sich Zeit, und Feld hat recht.", ("Das stille Haus", "Jonas Feld")),
])
def test_info_line_title_ends_with_its_markup(html, text, book):
    assert _info(html, text) == book


def test_info_line_whole_title_when_nothing_follows_the_markup():
    html = "<p><strong>Anna de Wit</strong> – <em>Zoutwater</em></p>"
    assert _info(html, "De Wit schrijft helder. Anna de Wit; De Wit.") == ("Zoutwater", "Anna de Wit")


def test_info_line_near_miss_unnamed_author():
    html = "<p><strong>Anna de Wit</strong> – <em>Zoutwater</em><br>Uitgeverij Duin, 2025</p>"
    assert _info(html, "Een boek over de zee.") is None


# A genitive author fronted before the quoted title, given back as the text names them
from scraper.extract.bookgenitivefront import fronted_genitive  # noqa: E402


@pytest.mark.parametrize("headline, text, book", [
    # Lithuanian: "Tomo Žilinsko „Rūkas“" (Tomas Žilinskas's "Rūkas")
    ("Tomo Žilinsko „Rūkas“: miestas be šešėlių", "Tomas Žilinskas „Rūką“ rašė ilgai. Žilinsko sakiniai ilgi.",
     ("Rūkas", "Tomas Žilinskas")),
    # Lithuanian with a book noun between: "Rūtos Vaitkutės romanas „Upė“"
    ("Rūtos Vaitkutės romanas „Upė“", "Rūta Vaitkutė rašo tyliai, o Upė teka lėtai.", ("Upė", "Rūta Vaitkutė")),
    # Latvian: "Ilzes Kalniņas „Sniegs“" (Ilze Kalniņa's "Sniegs")
    ("Ilzes Kalniņas „Sniegs“ — klusa grāmata", "Ilze Kalniņa raksta klusi; Kalniņas valoda ir skaidra.", ("Sniegs", "Ilze Kalniņa")),
    # Russian: "Андрея Светлова «Тихий берег»"
    ("Андрея Светлова «Тихий берег»: рецензия", "Андрей Светлов пишет о море. Светлов не спешит.", ("Тихий берег", "Андрей Светлов")),
])
def test_fronted_genitive_author(headline, text, book):
    language = "ru" if headline[0] in "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ" else "lv" if "Ilzes" in headline else "lt"
    assert fronted_genitive(headline, Context(text, language=language)) == book


@pytest.mark.parametrize("headline, text, not_authors", [
    # the text never gives the name in another form: left to other rules
    ("Tomo Žilinsko „Rūkas“", "Knyga apie miestą be šešėlių.", ()),
    # the name in the text is another person's (stems differ)
    ("Tomo Žilinsko „Rūkas“", "Tadas Žukauskas „Rūką“ skaitė garsiai.", ()),
    # a quoted sentence, not a title
    ("Tomo Žilinsko „Aš grįšiu.“", "Tomas Žilinskas kalbėjo.", ()),
    # the blogger's own name
    ("Tomo Žilinsko „Rūkas“", "Tomas Žilinskas rašo šį tinklaraštį.", ("Tomas Žilinskas",)),
    # two other forms named as often: no telling
    ("Tomo Žilinsko „Rūkas“", "Tomas Žilinskas ir Tomui Žilinskui.", ()),
])
def test_fronted_genitive_near_misses(headline, text, not_authors):
    assert fronted_genitive(headline, Context(text, not_authors, "lt")) is None


@pytest.mark.parametrize("headline, text, language, book", [
    ("Jonas Felds „Das stille Haus“: ein Sommerbuch", "Jonas Feld erzählt ruhig, und Feld lässt sich Zeit.", "de", ("Das stille Haus", "Jonas Feld")),
    ("Anna Berglunds ”Vinterhamn” – en recension", "Anna Berglund skriver kort. Berglund vet.", "sv", ("Vinterhamn", "Anna Berglund")),
])
def test_fronted_genitive_s(headline, text, language, book):
    assert fronted_genitive(headline, Context(text, language=language)) == book


@pytest.mark.parametrize("headline, text, language", [
    ("Book Club «Salt»: our November pick", "The Book Clubs of our town met twice.", "en"),  # English declines no name
    ("Neue Bücher „Herbst“", "Die Neuen Büchern gefallen mir.", "de"),  # no genitive -s on the second word alone
    ("Tomo Žilinsko „Rūkas“", "Tomas Žilinskas „Rūką“ rašė ilgai.", None),  # no language: no telling
])
def test_fronted_genitive_language_near_misses(headline, text, language):
    assert fronted_genitive(headline, Context(text, language=language)) is None


# Chinese and Japanese: a word for the work's kind between the owner's particle and the brackets
from scraper.extract.booktitles import cjk_owner  # noqa: E402


@pytest.mark.parametrize("text, book", [
    ("上个月终于读了周明远的长篇小说《雾港》，周明远写海边小城写得很细。", ("雾港", "周明远")),
    ("第一次读林晓的中篇《北窗》时还在上学。后来林晓又出了新书。", ("北窗", "林晓")),
    ("久しぶりに森川一郎の長編『海辺の町』を読んだ。森川一郎らしい静かな話だ。", ("海辺の町", "森川一郎")),
])
def test_cjk_owner_with_a_kind_word(text, book):
    assert cjk_owner(text) == book


@pytest.mark.parametrize("text", [
    "我读了一本关于梵高的传记《星夜》，写得一般。",  # a biography is about its subject, not by them
    "这本书的中篇《北窗》最好看。",  # "this book's novella": no person
    "今年的新作《北窗》很受欢迎。",  # "this year's new work": no person
])
def test_cjk_owner_kind_word_near_misses(text):
    assert cjk_owner(text) is None


@pytest.mark.parametrize("headline, text", [
    # Polish: the genitive name before the title, the text's nominative
    ("Marty Lis „Nad stawem”", "Marta Lis pisze krótko. Lis zna wieś."),
])
def test_fronted_genitive_author_polish(headline, text):
    assert fronted_genitive(headline, Context(text, language="pl")) == ("Nad stawem", "Marta Lis")


# The full title the text quotes right after the author's name, for a short title the headline named
from scraper.extract.bookfulltitle import full_title  # noqa: E402


@pytest.mark.parametrize("short, author, text, title", [
    # Arabic: "the novel of Nabil Haddad «The tale of the lighthouse keeper»", headlined «The keeper»
    ("الحارس", "نبيل حداد", "صدرت رواية نبيل حداد «حكاية غريبة عن الحارس» قبل أربعين عامًا، وما زالت تُقرأ.",
     "حكاية غريبة عن الحارس"),
    # Polish: "Jan Nowak, „Notes from the house on the river. Notes”"
    ("Zapiski", "Jan Nowak", "Jan Nowak, „Ciche zapiski”, ukazały się w 1950 roku.", "Ciche zapiski"),
])
def test_full_title_after_the_author(short, author, text, title):
    assert full_title(Book(short, author), text).title == title


@pytest.mark.parametrize("short, author, text", [
    # the text quotes the short title alone too: it is the book's name ("Dune" and Herbert's "Children of Dune")
    ("Dune", "Frank Herbert", "Unlike Frank Herbert’s “Children of Dune”, “Dune” itself moves fast."),
    # the longer quoted title does not end with the short one
    ("Dune", "Frank Herbert", "Frank Herbert, “Dune Messiah”, came later."),
    # the longer title is far from the author's name
    ("الحارس", "نبيل حداد", "كتب نبيل حداد كثيرًا عن البحر والمدن والناس في سنوات طويلة قبل «حكاية غريبة عن الحارس»."),
    # two longer titles after the name: no telling
    ("Zapiski", "Jan Nowak", "Jan Nowak, „Ciche zapiski”; Jan Nowak, „Nowe zapiski”."),
])
def test_full_title_near_misses(short, author, text):
    assert full_title(Book(short, author), text).title == short


def test_full_title_without_an_author_does_nothing():
    assert full_title(Book("Zapiski", None), "Jan Nowak, „Ciche zapiski”.").title == "Zapiski"


# Turkish and Azerbaijani: the author named by "signature" before the title
from scraper.extract.booksigned import signed_author  # noqa: E402


@pytest.mark.parametrize("title, text, author", [
    ("Sessiz Liman", "Geçen ay Deniz Arslan imzalı “Sessiz Liman” elime geçti ve bir haftada bitirdim.", "Deniz Arslan"),
    ("Sessiz Liman", "Deniz Arslan imzasıyla çıkan Sessiz Liman'ı yıllar sonra yeniden okudum.", "Deniz Arslan"),
    ("Sakit Liman", "Elvin Məmmədov imzası ilə çıxan \"Sakit Liman\" romanını ikinci dəfə oxudum.", "Elvin Məmmədov"),
])
def test_signed_author(title, text, author):
    assert signed_author(Book(title, None), text).author == author


@pytest.mark.parametrize("title, text", [
    # a publisher's imprint signs it, no person
    ("Sessiz Liman", "Mavi Kuş Yayınları imzalı “Sessiz Liman” raflarda."),
    # another title follows the signature
    ("Sessiz Liman", "Deniz Arslan imzalı “Kuru Dal” da güzeldi; Sessiz Liman ise daha iyi."),
    # two people sign the same title: no telling
    ("Sessiz Liman", "Deniz Arslan imzalı Sessiz Liman ile Selin Kaya imzalı Sessiz Liman aynı değil."),
    # no signature word
    ("Sessiz Liman", "Deniz Arslan yazdı, Sessiz Liman çıktı."),
])
def test_signed_author_near_misses(title, text):
    assert signed_author(Book(title, None), text).author is None


def test_signed_author_keeps_an_author_found():
    assert signed_author(Book("Sessiz Liman", "Ayşe Demir"), "Deniz Arslan imzalı Sessiz Liman").author == "Ayşe Demir"


@pytest.mark.parametrize("headline, title", [
    ("પુસ્તક પરિચય: સાંજનો દરિયો", "સાંજનો દરિયો"),  # Gujarati "book introduction: T"
    ("पुस्तक समीक्षा: शाम का समंदर", "शाम का समंदर"),  # Hindi "book review: T"
    ("বই রিভিউ: সন্ধ্যার সমুদ্র", "সন্ধ্যার সমুদ্র"),  # Bengali "book review: T"
])
def test_indic_book_review_labels(headline, title):
    book = from_title(headline, Context("", language="gu"))
    assert book is not None and book.title == title


def test_indic_book_word_alone_is_no_label():
    # "Books: my list for the winter" - the word for book without "review"/"introduction" labels nothing
    book = from_title("પુસ્તક: શિયાળાની મારી યાદી", Context("", language="gu"))
    assert book is None or book.title != "શિયાળાની મારી યાદી"


# Korean: a word for the work's kind between the owner's 의 and the brackets
from scraper.extract.bookscripts import script_pair  # noqa: E402

_KO_LINE = "지난달 김도윤의 장편소설 『겨울 바다』를 다시 읽었다."
_KO_TEXT = _KO_LINE + "\n김도윤은 바닷가 마을의 겨울을 천천히 그린다.\n김도윤의 문장은 짧다."


@pytest.mark.parametrize("line", [_KO_LINE, "김도윤의 소설집 『겨울 바다』는 얇다.", "김도윤의 신작 『겨울 바다』가 나왔다."])
def test_korean_owner_with_a_kind_word(line):
    assert script_pair(line, Context(_KO_TEXT, language="ko"), []) == ("겨울 바다", "김도윤")


@pytest.mark.parametrize("line, text", [
    # "Korea's novel": a country, no person
    ("한국의 장편소설 『겨울 바다』를 읽었다.", "한국의 장편소설 『겨울 바다』를 읽었다. 한국 문학은 넓다. 한국은 춥다."),
    # a name the text never names again
    ("박서준의 장편소설 『겨울 바다』를 읽었다.", "박서준의 장편소설 『겨울 바다』를 읽었다. 바다가 좋았다."),
])
def test_korean_owner_kind_word_near_misses(line, text):
    assert script_pair(line, Context(text, language="ko"), []) is None


def test_thai_cover_caption_with_of_written_on_to_the_name():
    captioned = [("ปกหนังสือ เมืองริมน้ำ ของกานดา รุ่งโรจน์ ฉบับพิมพ์ใหม่", "")]
    assert thai_cover(captioned, Context(_TH), []) == ("เมืองริมน้ำ", "กานดา รุ่งโรจน์")


@pytest.mark.parametrize("caption, text", [
    # "ของขวัญ…" (a gift) is no "of": the words after it are not a name the text sets apart
    ("ปกหนังสือ เมืองริมน้ำ ของขวัญจากแม่ ฉบับพิมพ์ใหม่", "เล่มนี้เป็นของขวัญจากแม่ ฉบับพิมพ์ใหม่สวยมาก"),
    # the name only inside a longer run of the text, never a phrase of its own
    ("ปกหนังสือ เมืองริมน้ำ ของ กานดา รุ่งโรจน์", "อ่านงานของกานดา รุ่งโรจน์แล้วชอบ"),
])
def test_thai_cover_glued_of_near_misses(caption, text):
    assert thai_cover([(caption, "")], Context(text), []) is None


# "Author „T“: the post's remark" — the head before the colon, an unmarked shape the text vouches for
@pytest.mark.parametrize("headline, text, language, book", [
    ("Kovács Réka „Az üres ház”: egy csendes regény", "Kovács ír lassan. Kovács Réka regénye.", "hu", ("Az üres ház", "Kovács Réka")),
    ("Ada Marsh “The Salt Ledger”: a quiet winter read", "Marsh writes slowly; Marsh is patient.", "en", ("The Salt Ledger", "Ada Marsh")),
    ("The Salt Ledger – Ada Marsh: a quiet winter read", "Marsh writes slowly; Marsh is patient.", "en", ("The Salt Ledger", "Ada Marsh")),
])
def test_author_quoted_title_before_a_remark(headline, text, language, book):
    found = from_title(headline, Context(text, language=language))
    assert found is not None and (found.title, found.author) == book


@pytest.mark.parametrize("headline, text, language", [
    # Russian: the name before the title may be a genitive ("Андрея Светлова «T»"): left to bookgenitivefront
    ("Андрея Светлова «Тихий берег»: море без края", "Светлова мы любим. Светлова читают.", "ru"),
    # the text never names the person
    ("Ada Marsh “The Salt Ledger”: a quiet winter read", "A slow book about the coast.", "en"),
])
def test_author_quoted_title_before_a_remark_near_misses(headline, text, language):
    found = from_title(headline, Context(text, language=language))
    assert found is None or found.author is None


# a genitive name read as the author by the headline's "Name «T»: review" shape, given back as the text names them
from scraper.extract.bookgenitivefront import nominative_author  # noqa: E402


def test_nominative_author_for_a_genitive_read_off_the_headline():
    book = Book("Тихий берег", "Андрея Светлова")
    context = Context("Андрей Светлов пишет о море. Светлов не спешит.", language="ru")
    assert nominative_author(book, "Андрея Светлова «Тихий берег»: рецензия", context).author == "Андрей Светлов"


@pytest.mark.parametrize("book, headline, text", [
    # the author found is not the headline's two words before the title
    (Book("Тихий берег", "Андрей Светлов"), "Андрея Светлова «Тихий берег»: рецензия", "Андрей Светлов пишет."),
    # another title
    (Book("Другая книга", "Андрея Светлова"), "Андрея Светлова «Тихий берег»", "Андрей Светлов пишет."),
    # no other form in the text
    (Book("Тихий берег", "Андрея Светлова"), "Андрея Светлова «Тихий берег»", "Светлова читают."),
])
def test_nominative_author_near_misses(book, headline, text):
    assert nominative_author(book, headline, Context(text, language="ru")).author == book.author


# Persian "«T» از A" (by), "«T» اثر A" (work of), as Arabic's "«T» لA"
@pytest.mark.parametrize("headline, text, book", [
    ("«بوف سبز» از نادر کاظمی: روایتی از تنهایی", "نادر کاظمی در این کتاب آرام می‌نویسد. کاظمی صبور است.", ("بوف سبز", "نادر کاظمی")),
    ("رمان «بوف سبز» اثر نادر کاظمی", "نادر کاظمی می‌نویسد.", ("بوف سبز", "نادر کاظمی")),
    ("«حكاية الحارس» لنبيل حداد: الضحك والبحر", "كتب نبيل حداد رواية هادئة. حداد لا يستعجل.", ("حكاية الحارس", "نبيل حداد")),
])
def test_persian_and_arabic_quoted_title_by(headline, text, book):
    assert script_pair(headline, Context(text, language="fa"), []) == book


@pytest.mark.parametrize("headline, text", [
    ("«بوف سبز» از نگاه من", "از نگاه من این کتاب خوب است. از نگاه من."),  # "from my view": no person
    ("«بوف سبز» از نادر کاظمی", "کتابی درباره‌ی دریا."),  # the name never named again
])
def test_persian_quoted_title_by_near_misses(headline, text):
    assert script_pair(headline, Context(text, language="fa"), []) is None


# "Author: „T“ – remark": the quoted title after the author's colon ends where its quotes do
@pytest.mark.parametrize("headline, text, book", [
    ("Anna Berglund: „Stilla vatten“ – en sommarbok", "Berglund skriver kort. Berglund vet.", ("Stilla vatten", "Anna Berglund")),
    ("Jonas Feld: „Das stille Haus“ – ein Sommerbuch", "Feld erzählt ruhig. Feld hat Zeit.", ("Das stille Haus", "Jonas Feld")),
    ("Jonas Feld: „Das stille Haus“", "Feld erzählt ruhig. Feld hat Zeit.", ("Das stille Haus", "Jonas Feld")),
])
def test_author_colon_quoted_title_then_a_remark(headline, text, book):
    found = from_title(headline, Context(text))
    assert (found.title, found.author) == book


def test_author_colon_partly_quoted_title_is_not_cut():
    # words run on after the quotes without a separator: part of the title, not a remark
    found = from_title('Anna Berglund: "Stilla vatten" och andra noveller', Context("Berglund skriver. Berglund vet."))
    assert found is not None and "noveller" in found.title


@pytest.mark.parametrize("opening, text, language, book", [
    ("Vasarą perskaičiau Tomo Žilinsko romaną „Rūkas“ ir nesigailiu.", "Tomas Žilinskas rašo lėtai. Žilinsko sakiniai ilgi.", "lt",
     ("Rūkas", "Tomas Žilinskas")),
    ("Beidzot izlasīju Ilzes Kalniņas romānu „Sniegs“ vienā vakarā.", "Ilze Kalniņa raksta klusi.", "lv", ("Sniegs", "Ilze Kalniņa")),
])
def test_fronted_genitive_in_the_opening_paragraph(opening, text, language, book):
    assert fronted_genitive(None, Context(opening + "\n" + text, language=language), [opening]) == book


@pytest.mark.parametrize("opening, language", [
    ("Vasarą perskaičiau Tomo Žilinsko „Rūką“ ir nesigailiu.", "lt"),  # no book noun: the title may be declined
    ("Vasarą perskaičiau Tomo Žilinsko romaną „Rūkas“.", "pl"),  # not Lithuanian or Latvian
])
def test_fronted_genitive_opening_near_misses(opening, language):
    text = opening + "\nTomas Žilinskas rašo lėtai."
    assert fronted_genitive(None, Context(text, language=language), [opening]) is None
