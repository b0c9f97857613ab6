"""Three readings of a reviewed book (holdout51 round, helper book51a):

- the body's labelled record ("Title: T" / "Author: A" rows, in a list too) in place of a headline tagline read as
  "T, A" after a review label, whose "author" the text never names (``booklabelledrecord``); the author row is the one
  nearest the title row, not a desk's byline row run on above it ("Writer: <journalist> | Editor: …");
- a title that opens with quotes closing before a remark ("„T”, new edition, Publisher"): the quotes end the title
  (``booktitles.quote_closed``, read by ``book.clean_title``);
- a review label with the novel or book noun after it ("Resensi Novel:", "Ulasan Buku:", "Reseña de la novela:",
  "Recensione del romanzo:", "Critique du roman :"): the noun is the label's, no part of the title
  (``reviewlabel.BOOK_AFTER``);
- a picture's caption that is the book's record ("A: T, Publisher, 2025. / Photo: …"), read as a record, its imprint
  and the picture's credit no part of the title (``bookcaptiontitle.caption_book``).

Near misses: a headline author the text names (kept), a record with no title row, a record whose author the text never
names, the same person in both; a quote closing the whole title, a quote closing before a colon or a word (kept), single
quotes (an apostrophe's look-alike); a caption with no year after a comma; a title that opens with the word "Novel"
after the label's colon.
"""

from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.book import Book, Context, clean_title
from scraper.extract.bookheadline import from_title
from scraper.extract.booklabelledrecord import labelled_record
from scraper.extract.bookcaptiontitle import caption_book
from scraper.extract.booktitles import quote_closed


# --- the body's labelled record over a headline's tagline ---------------------------------------------------------

def _record(book, lines, text_extra=""):
    return labelled_record(book, lines, None, Context("\n".join(lines) + text_extra))


def test_a_labelled_record_outranks_an_unnamed_headline_author():
    tagline = Book("Tiga Musim", "Satu Jalan Pulang", source="title")  # id: "Resensi Novel: Tiga Musim, Satu Jalan Pulang"
    lines = ["Penulis: Rina Hartono | Editor: Budi Santosa", "- Judul: Rumah Kaca",
             "- Penulis: Laksmi Wardhani", "- Penerbit: Pustaka Contoh", "Wardhani menulis dengan tenang tentang keluarga."]
    found = _record(tagline, lines)
    assert (found.title, found.author) == ("Rumah Kaca", "Laksmi Wardhani")
    # es, a record in a definition-like list of rows; the author row before the title row
    tagline = Book("Sal y humo", "Noches Largas", source="title")
    lines = ["Autora: Marta Quiroga", "Título: La casa del puerto", "Editorial: Ejemplo", "Quiroga escribe con calma."]
    found = _record(tagline, lines)
    assert (found.title, found.author) == ("La casa del puerto", "Marta Quiroga")
    # de
    tagline = Book("Salz", "Rauch Und Stille", source="title")
    lines = ["Titel: Das leise Haus", "Autor: Jonas Berger", "Verlag: Beispiel", "Berger erzählt ruhig."]
    assert _record(tagline, lines).author == "Jonas Berger"


def test_near_misses_of_the_labelled_record():
    lines = ["Judul: Rumah Kaca", "Penulis: Laksmi Wardhani", "Wardhani menulis dengan tenang."]
    # the text names the headline's author: its reading stands
    named = Book("Tiga Musim", "Dewi Anggraini", source="title")
    assert _record(named, lines, "\nAnggraini juga.") is None
    # no title row: nothing to read
    assert _record(Book("Tiga Musim", "Satu Jalan Pulang", source="title"), lines[1:]) is None
    # the record's author is never named again in the text
    assert _record(Book("Tiga Musim", "Satu Jalan Pulang", source="title"), lines[:2] + ["Novel ini tenang."]) is None
    # the same person in both
    assert _record(Book("Tiga Musim", "Laksmi Wardhani", source="title"), lines) is None
    # a book found elsewhere than the headline
    assert _record(Book("Tiga Musim", "Satu Jalan Pulang", source="body"), lines) is None
    # no book, or no author
    assert _record(None, lines) is None and _record(Book("Tiga Musim", None, source="title"), lines) is None


PAGE = """<html lang="id"><head><title>Ulasan Novel: Laut, Garam Dan Angin - Harian Contoh</title></head><body>
<article><h1>Ulasan Novel: Laut, Garam Dan Angin</h1>
<div class="post-body">
<ul class="info"><li>Judul: Perahu Kertas Ibu</li><li>Penulis: Sekar Ayuningtyas</li><li>Penerbit: Penerbit Contoh</li></ul>
<p>Ayuningtyas menulis tentang seorang ibu nelayan yang membesarkan tiga anak di pesisir utara. Kalimatnya pendek,
tenang, dan sering kali lucu tanpa berusaha.</p>
<p>Bagian tengah novel ini agak lambat, tetapi akhir ceritanya membuat saya menangis di kereta. Tokoh ibu tidak pernah
dijadikan pahlawan; ia lelah, keras kepala, kadang salah, dan justru karena itu terasa hidup. Anak sulungnya pergi ke kota
dan jarang pulang, dan surat-suratnya yang pendek menjadi bagian paling menyentuh dari buku ini.</p>
<p>Saya suka cara pengarang menggambarkan pasar ikan pada pagi hari, bau solar, suara tawar-menawar, dan hujan yang
datang tiba-tiba. Dialognya terasa wajar, tidak dibuat-buat, dan humornya muncul dari kebiasaan sehari-hari.</p>
<p>Ayuningtyas patut dibaca lebih banyak orang. Nilai: 4/5</p>
</div></article></body></html>"""


def test_a_page_with_a_tagline_headline_and_a_labelled_record():
    record = extract_page(PAGE, "https://harian.example.id/2026/12/ulasan-novel-laut-garam-dan-angin")
    assert (record.book_title, record.book_author) == ("Perahu Kertas Ibu", "Sekar Ayuningtyas")


# --- a title whose opening quotes close before a remark ------------------------------------------------------------

def test_quotes_end_the_title():
    assert clean_title("„Anii de lut”, ediție revăzută") == "Anii de lut"  # ro
    assert clean_title("„Cisza nad rzeką”, nowe wydanie") == "Cisza nad rzeką"  # pl
    assert clean_title("« La maison vide » (Éditions Exemple)") == "La maison vide"  # fr
    assert clean_title("“The Quiet Pier” – my battered copy") == "The Quiet Pier"  # en
    assert clean_title("»Das leise Haus«, Taschenbuch") == "Das leise Haus"  # de


def test_near_misses_of_quote_closed():
    assert quote_closed("„Anii de lut”") == "„Anii de lut”"  # the quotes close the whole line
    assert clean_title("„Anii de lut”") == "Anii de lut"
    assert quote_closed("“Yes” Means Yes") == "“Yes” Means Yes"  # a word after the close, no remark: kept
    assert quote_closed("«T»: un commento") == "«T»: un commento"  # a colon after it: left to the headline rules
    assert quote_closed("'Salem's Lot, reread") == "'Salem's Lot, reread"  # single quotes and apostrophes: not read
    assert quote_closed("Anii de lut, „ediție” nouă") == "Anii de lut, „ediție” nouă"  # no quote at the start


# --- a caption that is the book's record ---------------------------------------------------------------------------

def _captioned(caption: str) -> str:
    return (f"<html><body><article><figure><img src='/x.jpg' alt=''><figcaption>{caption}</figcaption></figure>"
            "<p>text</p></article></body></html>")


def test_a_record_caption_gives_the_title_without_its_imprint():
    lines = ["Tihe vode", "Horvat u ovom romanu piše o moru i o majci.", "Horvat je ovdje najbolja."]
    book = Book("Tihe vode", "Lana Horvat", source="title")
    tree = lxml_html.fromstring(_captioned("Lana Horvat: Kuća od soli, Izdavač Primjer, 2025. / Foto: Izdavač Primjer"))
    found = caption_book(book, tree, "Tihe vode", lines)
    assert (found.title, found.author) == ("Kuća od soli", "Lana Horvat")
    tree = lxml_html.fromstring(_captioned("Ana Lindqvist: Huset vid sjön, Exempelförlaget, 2024. Foto: Förlaget"))
    lines = ["Stilla vatten", "Lindqvist skriver lugnt om en sjö.", "Lindqvist är bäst här."]
    found = caption_book(Book("Stilla vatten", "Ana Lindqvist", source="title"), tree, "Stilla vatten", lines)
    assert (found.title, found.author) == ("Huset vid sjön", "Ana Lindqvist")


def test_a_caption_without_an_imprint_reads_as_before():
    lines = ["Tihe vode", "Horvat u ovom romanu piše o moru i o majci.", "Horvat je ovdje najbolja."]
    book = Book("Tihe vode", "Lana Horvat", source="title")
    tree = lxml_html.fromstring(_captioned("Lana Horvat: Kuća od soli"))
    found = caption_book(book, tree, "Tihe vode", lines)
    assert (found.title, found.author) == ("Kuća od soli", "Lana Horvat")


# --- a desk's labelled credit row with its weekday, date and clock, opening the body ---------------------------------

def _first_block(row: str, then: str = "<p>Ini paragraf pertama dari ulasan yang cukup panjang untuk dibaca.</p>"):
    from scraper.extract.datelines import dateline
    body = lxml_html.fromstring(f"<div>{row}{then}</div>")
    return dateline(body[0], body, 0)


def test_a_credit_row_with_a_long_timestamp_is_a_dateline():
    # id: writer and editor linked to their archive pages, then the weekday, the date, the clock and the zone
    assert _first_block("<div>Penulis: <a href='/author/rina-hartono'>Rina Hartono</a> | Editor: <a href='/author/budi-s'>Budi "
                        "Santosa</a> <time>Senin, 7 Desember 2026 08:15 WIB</time></div>") == "dateline"
    # es and pt, the same row's shape
    assert _first_block("<div>Texto: <a href='/author/ana-lopez'>Ana López Ruiz</a> | Edición: <a href='/author/jm'>José "
                        "Martín</a> · lunes, 7 de diciembre de 2026, 08:15 CET</div>") == "dateline"
    assert _first_block("<div>Reportagem: <a href='/author/joao'>João Pedro Lima</a> | Edição: <a href='/author/m'>Maria "
                        "Sousa</a> segunda-feira, 7 de dezembro de 2026 08:15 BRT</div>") == "dateline"


def test_near_misses_of_the_credit_row():
    # no link to a writer's archive: a review's own record line, kept
    assert _first_block("<div>Dibaca: Senin, 7 Desember 2026 08:15 WIB | Penulis: Rina Hartono | Editor: Budi Santosa</div>") is None
    # more than twelve words beside the date: a sentence, kept
    assert _first_block("<div>Catatan: <a href='/author/rina'>Rina Hartono</a> membaca buku ini pelan-pelan di kereta pagi "
                        "menuju kantor setiap hari selama dua minggu penuh, Senin, 7 Desember 2026 08:15 WIB</div>") is None


# --- the book noun after a review label -------------------------------------------------------------------------------

def test_the_book_noun_after_a_review_label_is_the_labels():
    for headline in ("Resensi Novel: Rumah Kaca", "Ulasan Buku: Rumah Kaca", "Review Novel - Rumah Kaca"):  # id, ms
        assert from_title(headline).title == "Rumah Kaca"
    assert from_title("Reseña de la novela: La casa del puerto").title == "La casa del puerto"  # es
    assert from_title("Recensione del romanzo: Il mare d'inverno").title == "Il mare d'inverno"  # it
    assert from_title("Critique du roman : La maison vide").title == "La maison vide"  # fr
    assert from_title("Recenzja powieści: Cisza nad rzeką").title == "Cisza nad rzeką"  # pl
    assert from_title("Recenzija romana: Tihe vode").title == "Tihe vode"  # hr


def test_near_misses_of_the_book_noun():
    # after the label's colon, "Novel" opens the title itself
    assert from_title("Review: Novel Ideas").title == "Novel Ideas"
    assert from_title("Resensi: Novel Pertama Saya").title == "Novel Pertama Saya"
