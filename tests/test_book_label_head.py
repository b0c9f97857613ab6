"""booklabelhead: a record line's label that no list holds ("Bilgiler: T, A, …") is no part of the title, where the text
says the label only there and names the title again; a title's main part before its colon stays (our own lines)."""

from scraper.extract.book import Context
from scraper.extract.bookbiblio import from_bibliography
from scraper.extract.booklabelhead import without_head_label


def _read(lines):
    return from_bibliography(lines, Context("\n".join(lines)))


def test_an_unknown_label_before_a_record_line_is_dropped():
    tr = ["„Kırmızı Çatı” uzun zamandır rafımdaydı; Demirtaş bu kez beni şaşırttı.",
          "Roman bir köy evinde geçiyor ve Demirtaş dili çok sade kullanıyor.",
          "Bilgiler: Kırmızı Çatı, Ayla Demirtaş, Deniz Yayınları, 2019, 240 sayfa."]
    assert _read(tr) == ("Kırmızı Çatı", "Ayla Demirtaş")
    ru = ["«Тихий берег» я читала неделю, и Соколова ни разу не дала заскучать.",
          "Соколова пишет о маленьком городе без прикрас.",
          "Выходные данные: Тихий берег, Мария Соколова, издательство «Север», 2020, 312 страниц."]
    assert _read(ru) == ("Тихий берег", "Мария Соколова")


def test_a_main_title_before_its_colon_stays():
    en = Context("Middlemarch is long. I loved Middlemarch.\nMiddlemarch: A Study of Provincial Life, George Eliot, Penguin, 1994.")
    line = "Middlemarch: A Study of Provincial Life, George Eliot, Penguin, 1994."
    assert without_head_label(line, en) == line
    # the label said elsewhere too is a word of the text, not a label; nothing after it said again: kept
    sv = Context("Fakta om boken finns längst ner. Fakta: Sjön, Eva Lind, Bonniers, 2018.")
    assert without_head_label("Fakta: Sjön, Eva Lind, Bonniers, 2018.", sv) == "Fakta: Sjön, Eva Lind, Bonniers, 2018."
    assert without_head_label("Anteckning: Sjön, Eva Lind, 2018.", Context("Anteckning: Sjön, Eva Lind, 2018.")) \
        == "Anteckning: Sjön, Eva Lind, 2018."


def test_an_author_before_the_colon_stays():
    de = Context("Haushofer schreibt klar. „Die Grenze“ bleibt.\nJana Haushofer: Die Grenze. Roman. Verlag, 288 Seiten.")
    line = "Jana Haushofer: Die Grenze. Roman. Verlag, 288 Seiten."
    assert without_head_label(line, de) == line
    fa = Context("«باغ سرد» را خواندم و رضایی خوب نوشته است.\nمریم رضایی: باغ سرد، نشر چشمه، ۱۲۰ صفحه.")
    assert without_head_label("مریم رضایی: باغ سرد، نشر چشمه، ۱۲۰ صفحه.", fa).startswith("مریم رضایی")
