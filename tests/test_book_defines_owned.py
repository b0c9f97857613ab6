"""defines_owned: a lower-case dictionary entry that opens by defining its headline as someone's book ("ayşe kara'nın 1962'de
çıkan romanı."), so the headline is the title though the entry never names it again. Our own words."""

from scraper.extract import extract_page
from scraper.extract.bookscripts import defines_owned


def test_opening_defines_the_headline():
    assert defines_owned(["- ayşe kara'nın 1962'de çıkan romanı. ikinci kez okudum."], "Ayşe Kara")
    assert defines_owned(["mehmet uz'un ilk kitabı; bir köyü anlatır."], "Mehmet Uz")


def test_near_miss_owner_mid_sentence():
    assert not defines_owned(["dün akşam ayşe kara'nın romanı hakkında konuştuk."], "Ayşe Kara")
    assert not defines_owned(["ayşe kara'nın romanı bence çok uzun ve yorucu."], "Ayşe Kara")


_ENTRY = """<html lang="tr"><head><title>{head} - örnek sözlük</title></head><body><div id="orta"><h1 class="baslik"><a href="/k/x/">{head}</a></h1>
<ol class="entry-liste"><li class="entry"><div class="entry-icerik"><p>{p1}</p><p>kabaca anlatmak gerekirse bir kıyı kasabasında geçen, 
balıkçı bir ailenin üç kuşağını anlatan uzun ve sakin bir roman. ilk bölüm bir düğünle açılıyor, son bölüm bir cenazeyle kapanıyor.</p>
<p>beğenmediğim tek şey şu: yazar bazen denizi anlatmaya başlayınca durmayı bilmiyor. ama bu cümlelerin bazılarını başka yerde bulamazsınız.</p>
<p>daha hafif bir giriş isteyen önce öykülerini okusun. (bkz: ayşe kara)</p><p>puanım 10 üzerinden 8.</p></div>
<div class="entry-alt"><span class="yazar"><a href="/yazar/deniz-okur/">deniz okur</a></span> <span class="tarih">27.11.2026 23:41</span></div></li></ol></div></body></html>"""


def test_dictionary_entry_gives_its_headline_as_the_title():
    page = _ENTRY.format(head="liman", p1="ayşe kara'nın 1962'de çıkan romanı. ikinci okumam, ilkinde yirmi yaşındaydım.")
    record = extract_page(page, "https://sozluk.example/k/liman/")
    assert (record.book_title.casefold(), record.book_author.casefold()) == ("liman", "ayşe kara")


def test_near_miss_entry_that_does_not_define_its_headline():
    page = _ENTRY.format(head="liman", p1="dün akşam ayşe kara'nın romanı hakkında konuştuk, ikinci okumam.")
    record = extract_page(page, "https://sozluk.example/k/liman/")
    assert record.book_title is None or record.book_title.casefold() != "liman"
