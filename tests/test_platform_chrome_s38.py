"""Platform chrome left inside review bodies (bpchrome38): a board's edit stamp in Thai and English under the post,
with a reaction bar's counts after it (``editnote``); a Thai or Lao 'read next:' label over a linked title
(``edges.READ_ALSO``); the site pointing at its own other post by its name ("Also on <Site>: …", ``sitepointer``).
Invented pages in our own words, with near misses that must stay."""

from scraper.extract import extract_page

_URL = "https://quietlantern.example.net/2026/11/salt-road/"
_EN = [
    "A salt trader and his deaf daughter cross the desert twice in one year, and the novel lets the second crossing "
    "answer every question the first one raised, slowly and without any hurry to explain itself at all.",
    "The prose is spare and the dialogue sparer still, but the long night at the well is among the best scenes I have "
    "read this year, and the ending earns its quiet with real patience and a great deal of care.",
]
_TH = [
    "นิยายเล่มนี้เล่าเรื่องพ่อค้าเกลือกับลูกสาวที่หูหนวก ทั้งสองเดินทางข้ามทะเลทรายสองครั้งในปีเดียว และการเดินทางครั้งที่สองตอบทุกคำถามที่ครั้งแรกทิ้งไว้อย่างช้า ๆ",
    "ภาษาเรียบง่าย บทสนทนาน้อย แต่ฉากคืนยาวที่บ่อน้ำเป็นฉากที่ดีที่สุดที่ผมอ่านมาในปีนี้ ตอนจบเงียบแต่หนักแน่นมาก ใครชอบนิยายช้า ๆ น่าจะชอบเล่มนี้",
]


def _page(paras, lang="en", after=""):
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>The Salt Road | Quiet Lantern</title></head><body>"
            f"<article class='post'><h1 class='entry-title'>The Salt Road</h1><div class='entry-content'>"
            f"{''.join(paras)}</div>{after}</article></body></html>")


def _text(paras, url=_URL, **kw):
    return extract_page(_page(paras, **kw), url).body_text


_BAR = ("<div class='post-bar'><span class='vote'>ถูกใจ 31</span> <span class='emotion'>ขำ 4</span></div>")


def test_thai_edit_stamp_under_post_goes_past_reaction_counts():
    paras = [f"<p>{p}</p>" for p in _TH] + ["<p>คะแนน: 7/10</p>", "<div class='edit-stamp'>แก้ไขข้อความเมื่อ 2 มีนาคม 2569 เวลา 09:15 น.</div>", _BAR]
    text = _text(paras, lang="th")
    assert "แก้ไขข้อความเมื่อ" not in text and "7/10" in text


def test_english_edited_on_stamp_goes():
    paras = [f"<p>{p}</p>" for p in _EN] + ["<p>Score: 7/10</p>", "<div>Edited on 2 March 2026 at 09:15</div>"]
    assert "Edited on" not in _text(paras)


def test_review_sentence_about_editing_stays():
    line = "The book was edited on a kitchen table in 1998, and it shows."
    paras = [f"<p>{p}</p>" for p in _EN] + [f"<p>{line}</p>"]
    assert line in _text(paras)


def test_thai_edit_word_in_review_sentence_stays():
    line = "ผู้เขียนแก้ไขข้อความเมื่อพิมพ์ครั้งที่สอง ทำให้ตอนจบชัดขึ้นกว่าเดิมมาก"
    paras = [f"<p>{p}</p>" for p in _TH] + [f"<p>{line}</p>", "<p>คะแนน: 7/10</p>"]
    assert line in _text(paras, lang="th")


def test_thai_read_next_label_with_title_goes():
    paras = [f"<p>{p}</p>" for p in _TH] + ["<p>คะแนน: 7/10</p>", "<p>อ่านต่อ: <a>รีวิวนิยายสายลมเหนือฉบับพิมพ์ใหม่</a></p>"]
    text = _text(paras, lang="th")
    assert "อ่านต่อ" not in text and "7/10" in text


def test_thai_read_on_in_review_sentence_stays():
    line = "อ่านต่อไปเรื่อย ๆ จนถึงบทที่สิบ แล้วทุกอย่างก็เริ่มชัดเจนขึ้นเอง"
    paras = [f"<p>{p}</p>" for p in _TH] + [f"<p>{line}</p>", "<p>คะแนน: 7/10</p>"]
    assert line in _text(paras, lang="th")


def test_also_on_site_name_headline_goes():
    paras = [f"<p>{p}</p>" for p in _EN] + ["<p>Score: 7/10</p>",
                                            "<p>Also on Quiet Lantern: a night walk along the old caravan route.</p>"]
    text = _text(paras)
    assert "Also on Quiet Lantern" not in text and "7/10" in text


def test_also_on_my_shelf_stays():
    line = "Also on my shelf: her first novel about the river towns."
    paras = [f"<p>{p}</p>" for p in _EN] + ["<p>Score: 7/10</p>", f"<p>{line}</p>"]
    assert line in _text(paras)


def test_other_name_than_site_stays():
    line = "Also on Penguin Classics: a handsome reissue with new notes."
    paras = [f"<p>{p}</p>" for p in _EN] + ["<p>Score: 7/10</p>", f"<p>{line}</p>"]
    assert line in _text(paras)


def test_site_name_line_between_paragraphs_stays():
    line = "Also on Quiet Lantern: the first trip I took to the coast."
    paras = [f"<p>{_EN[0]}</p>", f"<p>{line}</p>", f"<p>{_EN[1]}</p>"]
    assert line in _text(paras)


_LO = [
    "ນະວະນິຍາຍເລື່ອງນີ້ເລົ່າເຖິງພໍ່ຄ້າເກືອ ແລະ ລູກສາວຂອງລາວ ທີ່ເດີນທາງຂ້າມທະເລຊາຍສອງເທື່ອໃນປີດຽວ ແລະ ການເດີນທາງເທື່ອທີສອງຕອບທຸກຄຳຖາມ",
    "ພາສາງ່າຍ ແລະ ສັ້ນ ແຕ່ສາກກາງຄືນທີ່ນ້ຳສ້າງແມ່ນສາກທີ່ດີທີ່ສຸດທີ່ຂ້ອຍອ່ານໃນປີນີ້ ຕອນຈົບງຽບແຕ່ໜັກແໜ້ນຫຼາຍ",
]


def test_lao_order_line_with_phone_and_delivery_goes_mid_body():
    paras = [f"<p>{_LO[0]}</p>", "<p>🛒 ສັ່ງຊື້ໄດ້ທີ່ ຮ້ານນ້ອຍລິມທາງ ໂທ 030 7777 1234 (ສົ່ງທົ່ວປະເທດ)</p>", f"<p>{_LO[1]}</p>",
             "<p>ຄະແນນ: 4/5</p>"]
    text = _text(paras, lang="lo")
    assert "030 7777" not in text and _LO[1][:20] in text


def test_english_order_line_with_phone_goes():
    line = "Order signed copies from Lantern Books, tel. 0161 496 0000, shipping across the country."
    paras = [f"<p>{_EN[0]}</p>", f"<p>{line}</p>", f"<p>{_EN[1]}</p>"]
    assert "0161 496" not in _text(paras)


def test_review_sentence_about_ordering_without_number_stays():
    line = "I ordered it from the shop by phone and the delivery took only two days, which surprised me."
    paras = [f"<p>{_EN[0]}</p>", f"<p>{line}</p>", f"<p>{_EN[1]}</p>"]
    assert line in _text(paras)


def test_number_in_the_story_without_phone_label_stays():
    line = "The ransom note asks for delivery of the money and gives a number, 0161 496 0000, to ring at dawn."
    paras = [f"<p>{_EN[0]}</p>", f"<p>{line}</p>", f"<p>{_EN[1]}</p>"]
    assert line in _text(paras)


_ID = [
    "Novel ini mengikuti seorang pedagang garam dan putrinya yang tuli, yang menyeberangi gurun dua kali dalam setahun, "
    "dan perjalanan kedua menjawab semua pertanyaan yang ditinggalkan perjalanan pertama dengan pelan dan sabar.",
    "Bahasanya hemat dan dialognya lebih hemat lagi, tetapi malam panjang di sumur adalah salah satu adegan terbaik "
    "yang saya baca tahun ini, dan akhir ceritanya tenang namun sangat kuat sekali.",
]


def test_indonesian_illustration_credit_caption_goes():
    fig = "<figure><img src='/a.jpg' alt=''><figcaption>Ilustrasi: arsip pribadi</figcaption></figure>"
    text = _text([fig] + [f"<p>{p}</p>" for p in _ID], lang="id")
    assert "Ilustrasi" not in text and _ID[1][:30] in text


def test_review_paragraph_about_illustrations_stays():
    line = "Ilustrasinya dibuat oleh pelukis muda dari Bandung, dan setiap bab dibuka dengan gambar sumur yang sama."
    text = _text([f"<p>{_ID[0]}</p>", f"<p>{line}</p>", f"<p>{_ID[1]}</p>"], lang="id")
    assert line in text


_PT = [
    "Um comerciante de sal e a sua filha surda atravessam o deserto duas vezes no mesmo ano, e o romance deixa que a "
    "segunda travessia responda devagar a todas as perguntas que a primeira deixou em aberto.",
    "A prosa é seca e o diálogo ainda mais, mas a longa noite junto ao poço é das melhores cenas que li este ano, e o "
    "final merece o seu silêncio com muita paciência e cuidado.",
]


def _box(entries):
    return ("<div class='block-most-read'><h2>Os mais lidos</h2><ul>" + "".join(f"<li>{e}</li>" for e in entries)
            + "</ul></div>")


def test_most_read_box_with_lowercase_de_headlines_goes():
    entries = ["Câmara muda a feira de sítio", "Orquestra local abre temporada de inverno"]
    text = _text([f"<p>{_PT[0]}</p>", _box(entries), f"<p>{_PT[1]}</p>"], lang="pt")
    assert "Câmara muda" not in text and "mais lidos" not in text and _PT[1][:30] in text


def test_most_read_box_of_books_by_named_authors_stays():
    entries = ["O Ano da Morte de Ricardo Reis, de José Saramago", "A Cidade e as Serras, de Eça de Queirós"]
    text = _text([f"<p>{_PT[0]}</p>", _box(entries), f"<p>{_PT[1]}</p>"], lang="pt")
    assert "José Saramago" in text


def test_shop_members_discount_line_after_review_goes():
    line = "Lantern Club members get 15% off every book on this shelf until Sunday."
    paras = [f"<p>{p}</p>" for p in _EN] + ["<p>Score: 8/10</p>", f"<p>{line}</p>"]
    text = _text(paras)
    assert "15% off" not in text and "8/10" in text


def test_reviewers_own_bargain_stays():
    line = "I picked it up 20% off at the winter fair, which made the thin paper easier to forgive."
    paras = [f"<p>{p}</p>" for p in _EN] + ["<p>Score: 8/10</p>", f"<p>{line}</p>"]
    assert line in _text(paras)


def test_percentage_of_the_book_without_discount_word_stays():
    line = "Barely 10% of the novel happens at sea, yet the sea is all anyone remembers."
    paras = [f"<p>{p}</p>" for p in _EN] + ["<p>Score: 8/10</p>", f"<p>{line}</p>"]
    assert line in _text(paras)
