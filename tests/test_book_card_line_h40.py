"""Two shapes of a book set apart beside its cover, read in scripts without capitals.

1. A book card's line "T／A（details）": the title unbracketed, a slash, the bare name (Han, Hangul, or katakana set off
   by a middle dot), the details in brackets (an imprint, a publisher, a year) or the role word; the name said again in
   the text (``bookcjkline._plain_slashed``). Near misses: a category's path ("読書／日記"), a name the text never says
   again, brackets holding no record details, a katakana word that is no name, a sentence with a slash.
2. A Thai or Lao alt text that opens a phrase with the word for a cover ("ปกหนังสือ", "ປົກປຶ້ມ") marks its figure as a
   cover, so its caption "T — A" is read as the book (``bookcover.COVER_WORD``). Near misses: words that only begin
   with those letters (normal, to govern, to protect), the cover word inside another word.

Every line here is invented for these tests (invented books, people and houses, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookcjkline import cjk_record
from scraper.extract.bookcover import COVER_WORD, from_caption


def _record(line: str, rest: str):
    text = f"{line}\n{rest}"
    return cjk_record([line], Context(text))


def test_plain_title_slash_name_and_imprint():
    assert _record("潮騒の町／森川遥人（海鳴文庫）", "森川遥人の三作目を読んだ。") == ("潮騒の町", "森川遥人")
    assert _record("灯台守の冬 / 森川遥人 (海鳴社、2019年)", "森川遥人らしい静かな話。") == ("灯台守の冬", "森川遥人")
    assert _record("江边的雾／李明远（江城出版社，2015）", "李明远写小城写得很细。") == ("江边的雾", "李明远")
    assert _record("푸른 정원 / 박하늘 (바다출판, 2021)", "박하늘 작가의 첫 장편이다.") == ("푸른 정원", "박하늘")
    assert _record("푸른 정원／박하늘 지음", "박하늘 작가의 첫 장편이다.") == ("푸른 정원", "박하늘")


def test_katakana_name_with_its_middle_dot():
    assert _record("夜の港／エマ・ノルド（海鳴文庫）", "エマ・ノルドの翻訳小説。") == ("夜の港", "エマ・ノルド")


def test_near_misses():
    # a category's path: no details, no role word
    assert _record("読書／日記", "日記を書きました。読書は楽しい。") is None
    # the name never said again outside the line
    assert _record("潮騒の町／森川遥人（海鳴文庫）", "港町の話を読んだ。") is None
    # brackets that hold no record details
    assert _record("潮騒の町／森川遥人（笑）", "森川遥人の三作目。") is None
    # a katakana word with no middle dot is no name ("ドラマ")
    assert _record("映画／ドラマ（2024年）", "ドラマをたくさん見た。") is None
    # a sentence with a slash in it
    assert _record("今日は本を読んだ、楽しい／森川遥人（海鳴文庫）", "森川遥人の本。") is None
    # an edition's word where the name stands
    assert _record("潮騒の町／新装版（海鳴文庫）", "新装版で読み直した。") is None


def test_a_blog_post_under_its_book_card():
    page = """<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>読了：港の冬 - 灯りの本棚</title></head>
<body><div class="entry"><h3 class="entry-title">読了：港の冬</h3><div class="entry-body">
<div class="card"><img src="https://img.example.jp/x.jpg" alt="灯台守の冬（海鳴文庫）"><p><b>灯台守の冬</b>／森川遥人（海鳴文庫）</p></div>
<p>先週、森川遥人の長編を読み終えました。灯台に一人で暮らす男が、冬のあいだに訪ねてくる人たちと少しずつ言葉を交わす話です。</p>
<p>大きな事件は起きませんが、海の音や台所の湯気の描き方がとても丁寧で、ページをめくる手が止まりませんでした。</p>
<p>後半の手紙の場面は少し長く感じましたが、最後の一行で全部がつながります。寒い夜に読むのにちょうどいい一冊でした。</p>
<p>評価：★★★★☆</p></div></div></body></html>"""
    record = extract_page(page, "https://akari.example.jp/202612/article_2.html")
    assert (record.book_title, record.book_author) == ("灯台守の冬", "森川遥人")


def test_thai_and_lao_cover_phrases():
    for alt in ("ปกหนังสือ", "ภาพ ปกฉบับพิมพ์ใหม่", "ປົກປຶ້ມ", "หน้าปก"):
        assert COVER_WORD.search(alt), alt
    for alt in ("ปกติ", "ผู้ปกครอง", "ปกป้องเด็ก", "ภาพบรรยากาศงาน", "ປົກກະຕິ", "ปกเสื้อสีขาว"):  # (a collar)
        assert not COVER_WORD.search(alt), alt


def test_thai_caption_under_a_cover_names_the_book():
    text = "ลมหนาวริมโขง — ดารา ศรีทอง\nเล่มนี้ดาราเขียนถึงเมืองริมแม่น้ำ ดาราเล่าเรื่องได้อบอุ่น"
    context = Context(text)
    assert from_caption([("ลมหนาวริมโขง — ดารา ศรีทอง", "ปกหนังสือ")], context) == ("ลมหนาวริมโขง", "ดารา ศรีทอง")
    # near miss: the same caption under a picture that is no cover (a photo of the event), its title not in the alt
    assert from_caption([("ลมหนาวริมโขง — ดารา ศรีทอง", "ภาพบรรยากาศงาน")], context) is None
    # near miss: a cover whose caption's "author" the text never names again
    other = Context("ลมหนาวริมโขง — ดารา ศรีทอง\nเล่มนี้เล่าเรื่องเมืองริมแม่น้ำได้อบอุ่น")
    assert from_caption([("ลมหนาวริมโขง — ดารา ศรีทอง", "ปกหนังสือ")], other) is None


def test_lao_caption_under_a_cover_names_the_book():
    text = "ດອກໄມ້ລິມນ້ຳ — ສົມພອນ ແກ້ວມະນີ\nສົມພອນຂຽນເລື່ອງນີ້ດີຫຼາຍ ສົມພອນເລົ່າເລື່ອງບ້ານເກີດ"
    assert from_caption([("ດອກໄມ້ລິມນ້ຳ — ສົມພອນ ແກ້ວມະນີ", "ປົກປຶ້ມ")], Context(text)) == ("ດອກໄມ້ລິມນ້ຳ", "ສົມພອນ ແກ້ວມະນີ")
