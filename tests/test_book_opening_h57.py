"""holdout57 (spent), book57b: two reviews whose headline is a remark only and whose opening sentence names the book.

- bookownby.plain_own_by: in a language whose "by" credits only a work (id/ms "karya"/"oleh"/"tulisan", tl "ni"), a
  capitalised run after a lower-case word and before that word in the opening lines is the title, the full name after it
  the author ("Kami membaca T karya A B …"), though the review then calls the writer by a short name;
- booklonewriter.quoted_writer: the opening sentence quotes one short title (straight quotes too) and the text names one
  surname as the one who writes ("X raksta …", "X writes …"), perhaps once.

Every text below is written for these tests.
"""

from scraper.extract.book import Context
from scraper.extract.booklonewriter import quoted_writer
from scraper.extract.bookownby import plain_own_by


# --- "T karya A" in running text ---------------------------------------------------------------------------------------

_ID = ["Catatan: ulasan ini menyebut kematian.",
       "Minggu lalu saya menamatkan Hujan Bulan Kemarau karya Sekar Ayu Lestari dalam dua malam saja.",
       "Ayu menulis dengan kalimat pendek yang tenang."]


def test_plain_own_by_indonesian_malay_tagalog():
    assert plain_own_by(_ID, Context("\n".join(_ID), (), "id")) == ("Hujan Bulan Kemarau", "Sekar Ayu Lestari")
    ms = ["Saya baru selesai membaca Rumah di Tepi Sungai oleh Hafiz Rahman Yusof minggu lalu."]
    assert plain_own_by(ms, Context(ms[0], (), "ms")) == ("Rumah di Tepi Sungai", "Hafiz Rahman Yusof")
    tl = ["Matagal kong hinintay ang Bayan ng Ulap ni Marites Dela Cruz bago ko nabasa."]
    assert plain_own_by(tl, Context(tl[0], (), "tl")) == ("Bayan ng Ulap", "Marites Dela Cruz")


def test_plain_own_by_leaves_near_misses_alone():
    ctx = lambda lines, lang="id": Context("\n".join(lines), (), lang)  # noqa: E731
    # a lower-case noun before "karya", no capitalised run: no title
    lines = ["Saya suka novel terbaru karya Sekar Ayu Lestari ini."]
    assert plain_own_by(lines, ctx(lines)) is None
    # a one-word name: no full name
    lines = ["Saya membaca Hujan Bulan karya Sekar pekan lalu."]
    assert plain_own_by(lines, ctx(lines)) is None
    # two different books so credited: a comparison, no one book
    lines = ["Saya membaca Hujan Bulan karya Sekar Lestari setelah Laut Sunyi karya Bima Aditya Putra."]
    assert plain_own_by(lines, ctx(lines)) is None
    # the word far into the post, past the opening lines
    lines = ["Pembuka.", "Kalimat kedua.", "Kalimat ketiga.", "Saya membaca Hujan Bulan karya Sekar Ayu Lestari."]
    assert plain_own_by(lines, ctx(lines)) is None
    # the blog's own name after the word
    lines = ["Kami menerbitkan Hujan Bulan karya Rumah Baca Senja."]
    assert plain_own_by(lines, Context(lines[0], ("Rumah Baca Senja",), "id")) is None
    # English "by" is everyday: not read here (bookopening.from_plain asks for the name twice)
    lines = ["I finally read Rain Months by Sekar Ayu Lestari last week."]
    assert plain_own_by(lines, ctx(lines, "en")) is None
    # the capitalised "Karya" opens a title, no credit
    lines = ["Saya membaca Hujan Bulan Karya Sekar Ayu Lestari."]
    assert plain_own_by(lines, ctx(lines)) is None


# --- a quoted title in the opening sentence, a surname that writes -----------------------------------------------------

def test_quoted_writer_in_several_languages():
    lv = ["Izlasīju \"Pelēkā upe\" vienā vakarā un paliku nomodā līdz rītam.",
          "Ozoliņš raksta īsos teikumos, un grāmata plūst viegli."]
    assert quoted_writer(lv, Context("\n".join(lv), (), "lv"), "Ūdens un tumsa") == ("Pelēkā upe", "Ozoliņš")
    en = ["I came back to “Salt Houses” after ten years and it had changed as much as I had.",
          "Marrow writes without sugar, and the book is better for it. Marrow never explains a joke."]
    assert quoted_writer(en, Context("\n".join(en), (), "en"), "Winter in the old town") == ("Salt Houses", "Marrow")
    de = ["Ich habe „Die Fähre 77“ im Zug gelesen, zwischen zwei Städten.",
          "Hollmann schreibt knapp, und das Buch hat kaum ein Wort zu viel."]
    assert quoted_writer(de, Context("\n".join(de), (), "de"), "Zwischen den Ufern") == ("Die Fähre 77", "Hollmann")
    pl = ["Wróciłam do „Szarego sadu” po latach i czytałam go inaczej.",
          "Walczak pisze cicho, a ta książka zostaje w głowie."]
    assert quoted_writer(pl, Context("\n".join(pl), (), "pl"), "Jesień w mieście") == ("Szarego sadu", "Walczak")


def test_quoted_writer_leaves_near_misses_alone():
    def read(lines, headline="Ūdens un tumsa"):
        return quoted_writer(lines, Context("\n".join(lines), (), "lv"), headline)
    writes = "Ozoliņš raksta īsos teikumos, un grāmata plūst viegli."
    # two quoted spans in the opening sentence: a comparison or a list
    assert read(["Pēc \"Zilās mājas\" izlasīju \"Pelēkā upe\" vienā vakarā.", writes]) is None
    # the quote is a long saying, no title
    assert read(["Viņa teica \"Tas ir viss, ko es varu pateikt par šo vakaru un par šo ilgo ceļu\" un aizgāja.", writes]) is None
    # a lower-case quote: a scare quote, no title
    assert read(["Izlasīju šo \"jauno klasiku\" vienā vakarā.", writes]) is None
    # no writing verb anywhere: no writer
    assert read(["Izlasīju \"Pelēkā upe\" vienā vakarā.", "Ozoliņš dzīvo Rīgā, un grāmata plūst viegli."]) is None
    # the surname only inside a full name: another rule's reading
    assert read(["Izlasīju \"Pelēkā upe\" vienā vakarā.", writes, "To zina arī Jānis Ozoliņš."]) is None
    # the headline is named in the text: the headline names the book
    assert read(["Izlasīju \"Pelēkā upe\" vienā vakarā.", writes, "Ūdens un tumsa ir tās tēma."]) is None
    # a quote in the second sentence, not the opening one
    assert read(["Šoziem lasīju daudz. Tad paņēmu \"Pelēkā upe\" rokās.", writes]) is None
    # no book or novel named in the text: a film's or a song's writer
    assert quoted_writer(["Noskatījos \"Pelēkā upe\" kino.", "Ozoliņš raksta īsas ainas."],
                         Context("Noskatījos \"Pelēkā upe\" kino.\nOzoliņš raksta īsas ainas.", (), "lv"), "Kino") is None


def test_quoted_writer_leaves_a_genitive_full_name_alone():
    # the opening gives the writer's full name after the quoted title (a genitive): rules reading it whole decide
    uk = ["«Сірий сад» Ярини Коваль я прочитала за один тиждень.", "Коваль пише довгими реченнями, і книжка не відпускає."]
    assert quoted_writer(uk, Context("\n".join(uk), (), "uk"), "Рік на столі") is None
    uk[0] = "«Сірий сад» я прочитала за один тиждень."  # (read in the opening: named as a work, mend22c)
    assert quoted_writer(uk, Context("\n".join(uk), (), "uk"), "Рік на столі") == ("Сірий сад", "Коваль")


def test_quoted_writer_leaves_a_record_line_alone():
    # a caption or record line "A, «T», House" opening the text is no sentence; its full name is read by record rules
    el = ["Νίκος Σταθάκης, «Η γέφυρα», Κέδρος", "Ο Σταθάκης γράφει λιτά, και το βιβλίο κρατά μέρες."]
    assert quoted_writer(el, Context("\n".join(el), (), "el"), "Νύχτες") is None
    # the same surname under a sentence that opens on a first name the text never writes in lower case
    el = ["Ο Νίκος Σταθάκης έγραψε «Η γέφυρα» σε έναν χειμώνα.", "Σταθάκης γράφει λιτά, και το βιβλίο κρατά μέρες."]
    assert quoted_writer(el, Context("\n".join(el), (), "el"), "Νύχτες") is None
