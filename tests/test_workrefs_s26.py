"""A short review's "this book", "the novel" where the language puts the demonstrative after the noun and an adjective
may come between, as "the whole book" in English (Indonesian/Malay "novel tipis ini", Vietnamese "tiểu thuyết mỏng
này", Tagalog "nobelang maikli na ito"), and Hebrew's article taken into "in", "as" ("בספר", "כרומן"): counted by
``readernotes.references`` (reviewed.work_clues' "calls its book" mark, the reviewer's voice). Near misses: a word of
time or of an issue between ("buku bulan ini", "cuốn sách tháng này": this month's book), Hebrew "לספר" (to tell).

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.readernotes import references


def test_a_word_between_the_noun_and_its_demonstrative():
    assert references("Novel tipis ini ditulis dengan sabar. Saya menyukai buku sederhana ini.") == 2
    assert references("Buku ini pendek, tetapi novel murung ini lama tinggal di kepala.") == 2
    assert references("Cuốn tiểu thuyết buồn này kể về một làng chài. Tôi nghĩ cuốn sách hay này đáng đọc.") == 2
    assert references("Maikli ang nobelang ito pero mabigat. Binasa ko ang librong manipis na ito nang isang upuan.") == 2
    assert references("Romanen er kort. Boken er god.") == 2  # (the forms read before: unchanged)


def test_hebrew_article_inside_in_and_as():
    assert references("בספר יש רגעים יפים, וכרומן ראשון הוא מפתיע.") == 2
    assert references("הספר קצר, ובספר אין פרק מיותר.") == 2


def test_near_misses():
    assert references("Buku bulan ini dipilih oleh klub. Novel tahun ini banyak sekali.") == 0
    assert references("Cuốn sách tháng này sẽ ra mắt. Tiểu thuyết số này gồm ba phần.") == 0
    assert references("היא רצתה לספר לנו על הטיול, ולספר את זה שוב.") == 0
    assert references("Pameran buku di kota ini ramai.") == 0  # ("the book fair in this city": a place, no book)


_ID = """<html><head><title>Senja di Pelabuhan Tua</title></head><body><article class="post"><h1>Senja di Pelabuhan Tua</h1>
<div class="entry-content">
<p><em>Jala Terakhir</em> karya Sekar Wulandari adalah cerita yang pelan dan asin.</p>
<p>Novel tipis ini bercerita tentang seorang nelayan tua yang menolak menjual perahunya kepada pengembang. Wulandari
menulis dengan kalimat pendek dan tenang, dan setiap bab terasa seperti ombak kecil yang datang lalu pergi.</p>
<p>Ada bagian tengah yang agak lambat, tetapi penutupnya menyentuh. Novel sederhana ini mengingatkan saya pada kampung
halaman, pada bau solar dan garam di dermaga pagi hari, dan pada orang-orang yang tidak pernah ditulis dalam buku.</p>
<p>Tokoh istrinya, yang hampir tidak pernah bicara, justru paling kuat dan paling saya ingat setelah halaman terakhir ditutup malam itu, bersama suara ombak yang jauh sekali.</p>
</div></article></body></html>"""


def test_a_short_indonesian_review_is_a_review():
    record = extract_page(_ID, "https://catatan.example.id/2026/11/senja-di-pelabuhan-tua/")
    assert record.is_review, record.reason
    assert (record.book_title, record.book_author) == ("Jala Terakhir", "Sekar Wulandari")
