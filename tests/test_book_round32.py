"""Round 32 book rules, in our own words and markup:

- booktitles.cjk_title: a picture's word after a bracketed title ("《T》封面", "『T』表紙", an image's alt text) is no name;
- bookcoverhead: a caption opening on a picture credit's label ("Foto: …", "ছবি: …") has no title in its lead;
- bookcjkline: a slashed record line "《T》／A著／出版社" names the title and its author;
- bookbiblio: Italian pages and prices written before their figures ("pagine 210", "euro 15") mark a record line,
  and "Name, Title, Publisher, pages, price" names the book (bookdescribedrecord);
- bookbiblio._headed: a box's rating line between its "Author: Title" head and its details line is passed.
"""

from scraper.extract.book import Context
from scraper.extract.bookbiblio import BIBLIO_TAIL, from_bibliography
from scraper.extract.bookcjkline import cjk_record
from scraper.extract.bookcover import from_caption
from scraper.extract.booktitles import cjk_title


# --- cjk_title: a picture word is no name ---------------------------------------------------------------------

def test_a_cover_word_after_the_brackets_is_no_author():
    assert cjk_title("《北方的河流》封面") is None
    assert cjk_title("『灯台守の夏』表紙") is None
    assert cjk_title("《北方的河流》书影") is None
    assert cjk_title("《北方的河流》实拍") is None


def test_a_name_after_the_brackets_still_reads():
    assert cjk_title("《北方的河流》王晓东") == ("北方的河流", "王晓东")
    assert cjk_title("『灯台守の夏』山本夏子") == ("灯台守の夏", "山本夏子")


# --- bookcoverhead: a credit's label is no title ---------------------------------------------------------------

BN = Context("বইটি পড়ে আমি মুগ্ধ। ছবি দেখে মনে পড়ল পুরোনো দিনের কথা। লেখক চৌধুরী খুব সহজ ভাষায় লেখেন।\nচৌধুরী আমাদের প্রিয়।")
PL = Context("Czytałam ją w pociągu. Foto z okładki wisi u mnie nad biurkiem. Nowacka pisze krótko.\nNowackiej nie da się czytać szybko.")


def test_a_photo_credit_caption_under_a_cover_names_no_title():
    assert from_caption([("ছবি: লেখকের সংগ্রহ থেকে", "বইয়ের প্রচ্ছদ")], BN, ["রহিম চৌধুরী"]) is None
    assert from_caption([("Foto: archiwum wydawnictwa", "okładka książki")], PL, ["Ewa Nowacka"]) is None


def test_a_cover_caption_opening_on_the_title_still_reads():
    # near miss: the lead is the book's title, a remark about the copy after it
    assert from_caption([("Ciche podwórko: wydanie z biblioteki mojej babci", "file: ciche okladka")], PL,
                        ["Ewa Nowacka"]) == ("Ciche podwórko", "Ewa Nowacka")


# --- bookcjkline: the slashed record ---------------------------------------------------------------------------

ZH = Context("《北方的河流》／王晓东著／青石出版社\n王晓东写河上的人家，写得很慢。")


def test_a_slashed_record_line():
    assert cjk_record(["《北方的河流》／王晓东著／青石出版社"], ZH) == ("北方的河流", "王晓东")
    assert cjk_record(["『灯台守の夏』/ 山本夏子 著 / 港書房 / 2024年"], Context("")) == ("灯台守の夏", "山本夏子")
    assert cjk_record(["《北方的河流》｜王晓东 编著｜2023"], ZH) == ("北方的河流", "王晓东")


def test_a_slashed_line_without_a_role_word_or_with_an_edition_is_no_record():
    assert cjk_record(["《北方的河流》／青石出版社／2023"], ZH) is None  # no author's role word: a publisher, a year
    assert cjk_record(["《北方的河流》／新版／2023"], ZH) is None
    assert cjk_record(["《北方的河流》／上下卷著／2023"], ZH) is None  # volumes, no name


# --- bookbiblio: Italian record details, a publisher after the title ---------------------------------------------

IT = Context("Lo lessi d'estate. Ferrante non cede mai alla nostalgia.\nLuisa Ferrante, La casa sul fiume, Sellerio, pagine 210, euro 15")


def test_italian_pages_and_price_before_their_figures():
    assert BIBLIO_TAIL.search("Sellerio, pagine 210")
    assert BIBLIO_TAIL.search("Sellerio, pagg. 210")
    assert BIBLIO_TAIL.search("Sellerio, euro 15")
    assert BIBLIO_TAIL.search("Sellerio, 15 euro")
    assert not BIBLIO_TAIL.search("Un libro che vale ogni pagina, davvero")
    assert not BIBLIO_TAIL.search("europeo e moderno")
    assert not BIBLIO_TAIL.search("Behind a 6 ft fence, the garden")  # feet are no price


def test_name_title_publisher_with_pages_and_price():
    line = "Luisa Ferrante, La casa sul fiume, Sellerio, pagine 210, euro 15"
    assert from_bibliography(["Un'estate sul fiume", "Lo lessi d'estate.", line], IT) == ("La casa sul fiume", "Luisa Ferrante")
    pl = Context("Czytałam długo. Wiśniewska pisze o rzece.\nAnna Wiśniewska, Dom nad rzeką, Znak, 320 stron, 39 zł")
    assert from_bibliography(["Jesień", "Czytałam długo.", "Anna Wiśniewska, Dom nad rzeką, Znak, 320 stron, 39 zł"], pl) \
        == ("Dom nad rzeką", "Anna Wiśniewska")


def test_a_signature_with_a_place_is_no_record():
    # near miss: a name, a town, a month: no pages, price or ISBN
    sig = Context("Pisałam to długo. Wiśniewska to ja.\nAnna Wiśniewska, Kraków, Marzec")
    assert from_bibliography(["Jesień", "Pisałam to długo.", "Anna Wiśniewska, Kraków, Marzec"], sig) is None


# --- bookbiblio._headed: a rating line inside the box ------------------------------------------------------------

SK = Context("Recenzia: Rieka\nJana Horváthová: Dom pri rieke\nHodnotenie: 4 z 5\nIkar, 288 strán\n"
             "Horváthová píše pomaly. Horváthová vie, čo robí.")
EN = Context("Review\nMara Quill: The Salt Orchard\nRating: 4/5\nHarbour Press, 312 pages\nQuill writes slowly; Quill knows.")


def test_a_rating_line_between_head_and_details_is_passed():
    assert from_bibliography(["Recenzia: Rieka", "Jana Horváthová: Dom pri rieke", "Hodnotenie: 4 z 5", "Ikar, 288 strán"], SK) \
        == ("Dom pri rieke", "Jana Horváthová")
    assert from_bibliography(["Review", "Mara Quill: The Salt Orchard", "Rating: 4/5", "Harbour Press, 312 pages"], EN) \
        == ("The Salt Orchard", "Mara Quill")


def test_a_line_between_that_is_no_score_is_not_passed():
    # near miss: a sentence between the head and the details: no box
    other = Context("Review\nMara Quill: The Salt Orchard\nA slow book about a quiet town.\nHarbour Press, 312 pages\nQuill writes; Quill knows.")
    found = from_bibliography(["Review", "Mara Quill: The Salt Orchard", "A slow book about a quiet town.", "Harbour Press, 312 pages"], other)
    assert found is None or found[1] != "Mara Quill"  # (the head is not joined to the details two lines below)


def test_a_publisher_after_the_title_is_no_author():
    # "T · Publisher · pages · price": the publisher's word opens the part, no person
    gr = Context("Το διάβασα ξανά. Ο Παππάς γράφει αργά.\nΟ κήπος του χειμώνα · Εκδόσεις Πέτρα · 240 σελ. · 15,50 €")
    found = from_bibliography(["Ένα βιβλίο", "Το διάβασα ξανά.", "Ο κήπος του χειμώνα · Εκδόσεις Πέτρα · 240 σελ. · 15,50 €"], gr)
    assert found is None or found[1] != "Εκδόσεις Πέτρα"
    de = Context("Ich las es zweimal. Brandt schreibt ruhig.\nDer stille Hof · Verlag Nordlicht · 240 Seiten · 22 €")
    found = from_bibliography(["Ein Buch", "Ich las es zweimal.", "Der stille Hof · Verlag Nordlicht · 240 Seiten · 22 €"], de)
    assert found is None or found[1] != "Verlag Nordlicht"


# --- bookthaikind: "T <kind>…ของA" opening the post, T in the headline --------------------------------------------

from scraper.extract.bookthaikind import kind_of  # noqa: E402

TH_OPEN = "บ้านริมคลอง, ฤดูฝน นวนิยายเล่มแรกของสมชาย ใจงาม กลับมาพิมพ์ใหม่ ผู้เขียนอ่านอีกรอบแล้วยังชอบ"
TH = Context(TH_OPEN + "\nสมชายเขียนเรื่องเล็กๆ ได้ดีมาก ฉากริมน้ำสวยงาม")
LO_OPEN = "ແມ່ນ້ຳສີຄຳ ນະວະນິຍາຍຂອງບຸນມີ ສີວົງ ພິມໃໝ່ອີກຄັ້ງ ຂ້ອຍອ່ານແລ້ວມັກຫຼາຍ"
LO = Context(LO_OPEN + "\nບຸນມີຂຽນໄດ້ງາມ ແລະ ງ່າຍ")


def test_thai_title_kind_of_writer_with_the_writer_tagged():
    headline = "เรื่องเล่าของน้ำ: อ่าน บ้านริมคลอง, ฤดูฝน อีกครั้ง"
    assert kind_of(headline, [headline, TH_OPEN], ["รีวิวหนังสือ", "สมชาย ใจงาม"], TH) == ("บ้านริมคลอง, ฤดูฝน", "สมชาย ใจงาม")
    # no tag: the given name alone, which the text says again
    assert kind_of(headline, [TH_OPEN], [], TH) == ("บ้านริมคลอง, ฤดูฝน", "สมชาย")


def test_lao_title_kind_of_writer():
    headline = "ອ່ານ ແມ່ນ້ຳສີຄຳ ອີກຄັ້ງ"
    assert kind_of(headline, [LO_OPEN], ["ບຸນມີ ສີວົງ"], LO) == ("ແມ່ນ້ຳສີຄຳ", "ບຸນມີ ສີວົງ")


def test_thai_near_misses():
    # the headline does not name the opening's words: no title
    assert kind_of("บันทึกการอ่านเดือนนี้", [TH_OPEN], ["สมชาย ใจงาม"], TH) is None
    # "of" a publisher, or a pronoun: no writer
    pub = "บ้านริมคลอง, ฤดูฝน หนังสือของสำนักพิมพ์แสงดาว พิมพ์ใหม่ปีนี้"
    assert kind_of("อ่าน บ้านริมคลอง, ฤดูฝน อีกครั้ง", [pub], [], Context(pub + "\nสำนักพิมพ์แสงดาว ดีมาก")) is None
    mine = "บ้านริมคลอง, ฤดูฝน หนังสือของฉัน เล่มโปรด"
    assert kind_of("อ่าน บ้านริมคลอง, ฤดูฝน อีกครั้ง", [mine], [], Context(mine + "\nฉันชอบมาก ฉันอ่านซ้ำ")) is None
    # a name the text never says again, nor any tag: no writer
    once = "บ้านริมคลอง, ฤดูฝน นวนิยายของวิชัย ทองดี พิมพ์ใหม่"
    assert kind_of("อ่าน บ้านริมคลอง, ฤดูฝน อีกครั้ง", [once], [], Context(once)) is None
