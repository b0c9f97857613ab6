"""Two ways a review names its book without quoting it, written for the holdout62 round in our own words:

- bookboldrecord.colon_record: a box of "A: *T*" over a record line ("House, year, 312 s."), as Nordic and Central
  European papers open or close a review (fi, sv, de, et, nb); near misses: a quotation's source over a translator's
  credit, a "Read also: *T*" box, a bio box whose person the review never names, a dated line, a third paragraph.
- bookthaiof.bare_headline_of: a headline "T ของ A B: phrase" with the title bare, the text's opening calling the book
  "this <kind> of A" (th, lo, km); near misses: a headline about the writer's life over "many novels of A", a publisher
  after "of", a headline running on past the name, a text calling the book someone else's.
"""

from lxml import html

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookboldrecord import colon_record
from scraper.extract.bookthaiof import bare_headline_of


def _post(box: str, prose: str) -> html.HtmlElement:
    return html.fromstring(f"<article><div class='body'>{box}<p>{prose}</p></div></article>")


def test_colon_record_in_several_languages():
    for box, prose, expected in (
        ("<aside><p>Maija Kettunen: <em>Lasiset linnut</em></p><p>WSOY, 2025, 312 s.</p></aside>",
         "Kettunen kirjoittaa lintujen muutosta kuin perheen hajoamisesta.", ("Lasiset linnut", "Maija Kettunen")),
        ("<div><p>Anders Holmgren: <i>Vinterhamnen</i></p><p>Norstedts, 2024, 286 s.</p></div>",
         "Holmgren låter hamnen tala när människorna tiger.", ("Vinterhamnen", "Anders Holmgren")),
        ("<section><p>Greta Lindauer: <em>Die Uhr im Keller</em></p><p>Hanser, München 2023, 240 S.</p></section>",
         "Lindauer erzählt von einer Familie, die jede Stunde zählt.", ("Die Uhr im Keller", "Greta Lindauer")),
        ("<aside><p>Kadri Saar: <em>Sügisene saar</em></p><p>Tänapäev, Tallinn, 2022</p></aside>",
         "Saar kirjutab saarest, mis ei lase kedagi minema.", ("Sügisene saar", "Kadri Saar")),
        ("<aside><p>Ingrid Vold: <em>Fjellets stemme</em></p><p>Gyldendal, 2021, 198 s.</p></aside>",
         "Vold lar fjellet fortelle historien.", ("Fjellets stemme", "Ingrid Vold")),
    ):
        book = colon_record(_post(box, prose))
        assert book is not None and (book.title, book.author) == expected, box


def test_colon_record_near_misses():
    for box, prose in (
        # a quotation's source over a translator's credit: no record line
        ("<aside><p>Maija Kettunen: <em>Lasiset linnut</em></p><p>Suomentanut Pekka Aro</p></aside>",
         "Kettunen on kirjoittanut paljon."),
        # a pointer to another piece: no name before the colon
        ("<aside><p>Lue myös: <em>Syksyn uudet romaanit</em></p><p>Otava, 2025, 300 s.</p></aside>",
         "Tässä arviossa puhutaan toisesta kirjasta."),
        # the person in the box is never named in the review (a credit, a bio)
        ("<aside><p>Maija Kettunen: <em>Lasiset linnut</em></p><p>WSOY, 2025, 312 s.</p></aside>",
         "Romaani kertoo lintujen muutosta kuin perheen hajoamisesta."),
        # a dated line is a byline, no record
        ("<aside><p>Anders Holmgren: <i>Vinterhamnen</i></p><p>Stockholm, 12.3.2024, 14:30</p></aside>",
         "Holmgren låter hamnen tala."),
        # a third paragraph: a longer box, not the two-line record
        ("<aside><p>Anders Holmgren: <i>Vinterhamnen</i></p><p>Norstedts, 2024, 286 s.</p><p>Köp boken här</p></aside>",
         "Holmgren låter hamnen tala."),
        # the italics hold a sentence, not a title
        ("<aside><p>Greta Lindauer: <em>Ich schreibe nur nachts, wenn alle schlafen.</em></p><p>Hanser, München 2023, 240 S.</p></aside>",
         "Lindauer erzählt gern von sich."),
    ):
        assert colon_record(_post(box, prose)) is None, box


TH_LINES = ["นวนิยายเล่มนี้ของสมชาย ดวงดี เล่าเรื่องครูหนุ่มที่ย้ายไปสอนหนังสือบนดอยและค่อย ๆ ลืมเมืองที่จากมา",
            "ดวงดีเขียนภาพภูเขาได้เงียบและเย็น"]


def _bare(headline, lines, not_authors=()):
    return bare_headline_of(headline, lines, Context("\n".join(lines), not_authors))


def test_bare_headline_title_of_its_writer():
    assert _bare("ทะเลหมอก ของ สมชาย ดวงดี: ความเหงาที่ไม่มีชื่อ", TH_LINES) == ("ทะเลหมอก", "สมชาย ดวงดี")
    assert _bare("ทะเลหมอก โดย สมชาย ดวงดี", TH_LINES) == ("ทะเลหมอก", "สมชาย ดวงดี")
    lao = ["ປຶ້ມຫົວນີ້ຂອງບຸນມີ ແສງທອງ ເລົ່າເລື່ອງແມ່ຍິງຄົນໜຶ່ງທີ່ລໍຖ້າລູກຊາຍກັບບ້ານ"]
    assert _bare("ດອກໄມ້ປ່າ ໂດຍ ບຸນມີ ແສງທອງ", lao) == ("ດອກໄມ້ປ່າ", "ບຸນມີ ແສງທອງ")
    khmer = ["សៀវភៅនេះរបស់សុខា ចាន់ និយាយអំពីក្មេងស្រីម្នាក់នៅជនបទ"]
    assert _bare("ផ្កាព្រៃ របស់ សុខា ចាន់ ៖ ក្តីស្រឡាញ់", khmer) == ("ផ្កាព្រៃ", "សុខា ចាន់")


def test_bare_headline_near_misses():
    # the writer's life, the text naming "many novels" of him (no "this")
    assert _bare("ชีวิต ของ สมชาย ดวงดี: นักเขียนผู้ไม่เคยหยุด",
                 ["นวนิยายหลายเรื่องของสมชาย ดวงดี ถูกนำไปสร้างเป็นละคร และเขายังเขียนทุกวัน"]) is None
    # a publisher after "of"
    assert _bare("บ้านหลังเก่า ของ สำนักพิมพ์ แสงดาว", ["หนังสือเล่มนี้ของสำนักพิมพ์แสงดาว พิมพ์สวยมาก"]) is None
    # the headline runs on past the name: its head is no "T of A"
    assert _bare("ทะเลหมอก ของ สมชาย ดวงดี และเพื่อน ๆ ในค่ายนักเขียน", TH_LINES) is None
    # the text calls the book another person's
    assert _bare("ทะเลหมอก ของ สมชาย ดวงดี", ["นวนิยายเล่มนี้ของสมหญิง ใจดี เล่าเรื่องครูหนุ่มบนดอย"]) is None
    # a quoted title is bookthaiof.headline_of's, and the blog's own writer is no author
    assert _bare('"ทะเลหมอก" ของ สมชาย ดวงดี', TH_LINES) is None
    assert _bare("ทะเลหมอก ของ สมชาย ดวงดี", TH_LINES, ("สมชาย ดวงดี",)) is None


_TH_PAGE = """<html lang="th"><head><meta charset="utf-8"><title>{head} | นิตยสารอ่าน</title></head><body>
<main><article><h1>{head}</h1><div class="meta">เรื่อง: วิภา แก้วใส</div><div class="body">
<p>{first}</p>
<p>เรื่องราวเริ่มต้นในฤดูฝน ครูหนุ่มเดินทางขึ้นดอยพร้อมกระเป๋าใบเดียว เขาคิดว่าจะอยู่เพียงปีเดียว แต่หมู่บ้านเล็ก ๆ กลับค่อย ๆ เปลี่ยนเขาไปทีละน้อย ผู้เขียนเล่าด้วยน้ำเสียงเรียบ ๆ ไม่เร่งร้อน</p>
<p>จุดแข็งของหนังสือคือภาษาที่เงียบและแม่นยำ ส่วนจุดอ่อนคือตอนจบที่รวบรัดเกินไป ทำให้ตัวละครรองหลายคนหายไปโดยไม่มีคำอธิบาย แต่โดยรวมแล้วเป็นงานที่ควรค่าแก่การอ่านอย่างยิ่ง</p>
<p>ดวงดีไม่ตัดสินตัวละครของเขา และปล่อยให้ผู้อ่านคิดต่อเองหลังปิดเล่ม ซึ่งเป็นสิ่งที่นักเขียนรุ่นใหม่หลายคนยังทำไม่ได้</p>
</div></article></main></body></html>"""


def test_thai_review_end_to_end():
    page = _TH_PAGE.format(head="ทะเลหมอก ของ สมชาย ดวงดี: ความเหงาที่ไม่มีชื่อ", first=TH_LINES[0])
    record = extract_page(page, "https://an.example.co/read/1201")
    assert (record.book_title, record.book_author) == ("ทะเลหมอก", "สมชาย ดวงดี")


def test_thai_writer_portrait_left_alone():
    page = _TH_PAGE.format(head="ชีวิต ของ สมชาย ดวงดี: นักเขียนผู้ไม่เคยหยุด",
                           first="นวนิยายหลายเรื่องของสมชาย ดวงดี ถูกนำไปสร้างเป็นละคร และเขายังคงเขียนหนังสือทุกเช้าที่บ้านริมแม่น้ำ")
    record = extract_page(page, "https://an.example.co/read/1202")
    assert record.book_title != "ชีวิต"


_FI_PAGE = """<html lang="fi"><head><meta charset="utf-8"><title>Lintujen talvi – Lehti</title></head><body>
<main><article><h1>Lintujen talvi</h1><div class="byline">Aino Virta</div><div class="article-body">
{box}
<p>Kettunen kirjoittaa lintujen muutosta kuin perheen hajoamisesta: kukin lähtee omaan suuntaansa, eikä kukaan palaa samana. Romaanin kieli on niukkaa ja tarkkaa.</p>
<p>Parhaimmillaan kirja on pienissä kohtauksissa, joissa isä ja tytär katsovat samaa lintua eri ikkunoista. Heikoimmillaan se selittää liikaa, ikään kuin lukijaan ei luotettaisi.</p>
<p>Tarina etenee kolmessa osassa. Ensimmäisessä perhe asuu vielä yhdessä rannikon pikkukaupungissa, toisessa tytär on muuttanut etelään opiskelemaan ja isä jäänyt yksin taloon, kolmannessa he kohtaavat uudelleen sairaalan käytävällä. Rakenne on yksinkertainen, mutta se kantaa hyvin, koska jokainen osa on kirjoitettu eri henkilön näkökulmasta.</p>
<p>Erityisesti isän osuus jää mieleen. Hänen yksinäisyytensä kuvataan pienten tekojen kautta: kahvikuppi, jota ei tarvitse enää pestä kahdesti, lintulauta, jota hän täyttää joka aamu, vaikka kukaan ei ole sitä näkemässä.</p>
<p>Silti tämä on vuoden kiinnostavimpia kotimaisia romaaneja, ja sen lukee mielellään toiseenkin kertaan.</p>
</div></article></main></body></html>"""


def test_finnish_review_end_to_end_and_a_quote_box_left_alone():
    box = "<aside class='info'><p>Maija Kettunen: <em>Lasiset linnut</em></p><p>WSOY, 2025, 312 s.</p></aside>"
    record = extract_page(_FI_PAGE.format(box=box), "https://lehti.example.fi/arviot/lintujen-talvi/")
    assert (record.book_title, record.book_author) == ("Lasiset linnut", "Maija Kettunen")
    quote = "<aside class='info'><p>Maija Kettunen: <em>Lasiset linnut</em></p><p>Suomentanut Pekka Aro</p></aside>"
    record = extract_page(_FI_PAGE.format(box=quote), "https://lehti.example.fi/arviot/lintujen-talvi/")
    assert record.book_title != "Lasiset linnut"  # (no record line: the box is no record)
