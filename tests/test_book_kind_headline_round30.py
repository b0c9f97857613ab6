"""A headline whose subject is the word for a book or novel, with a clause after it ("The book that kept me up",
"Kniha, kterou jsem dočetla ve vlaku", "Ein Roman, der nachhallt", "Книга, которая меня удивила"), names no title in
its part before the comma: that part is the common noun (``bookenumerated.kind_only``).

Near misses: a "Title, remark" headline keeps its head; a title that only opens with the word ("Das Buch der
Spiegel", "Book of Hours") is more than the noun. Every text here is invented for these tests.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookenumerated import head, kind_only
from scraper.extract.bookrescue import title_candidates


def test_the_word_for_book_alone_is_kind_only_in_several_languages():
    for part in ("Kniha", "The book", "A novel", "Ein Roman", "Das Buch", "Книга", "Этот роман", "Το βιβλίο",
                 "Tato kniha", "Książka", "Un libro", "Bu kitap"):
        assert kind_only(part), part


def test_titles_that_open_with_the_word_are_no_kind_only():
    for part in ("Das Buch der Spiegel", "Book of Hours", "Roman Holiday", "Kniha smíchu a zapomnění",
                 "Книга песка", "The Novel Cure", "Kitapçı"):
        assert not kind_only(part), part


def test_a_headline_led_by_the_noun_gives_no_head():
    assert head("Kniha, kterou jsem dočetla ve vlaku do Olomouce", Context("Četla jsem ji celou cestu.")) == ""
    assert head("The book that kept me up until three", Context("I could not put it down.")) == "The book that kept me up until three"
    assert head("Ein Roman, der lange nachhallt", Context("Ich habe ihn im Urlaub gelesen.")) == ""
    assert head("Книга, которая меня удивила", Context("Я прочитала её за два дня.")) == ""


def test_a_title_and_remark_headline_keeps_its_head():
    assert head("Kniha smíchu, znovu po letech", Context("Četla jsem ji znovu.")) == "Kniha smíchu"
    assert head("Die Wand, wiedergelesen", Context("Ich habe es wieder gelesen.")) == "Die Wand"


def test_rescue_takes_no_kind_word_from_a_headline():
    assert all(t != "Kniha" for t, _ in title_candidates("Kniha, kterou jsem dočetla ve vlaku"))
    assert all(t != "Книга" for t, _ in title_candidates("Книга, которая меня удивила"))
    assert ("Tichý přístav", True) in title_candidates("Tichý přístav, který mě nepustil") or \
        any(t == "Tichý přístav" for t, _ in title_candidates("Tichý přístav, který mě nepustil"))


PAGE = """<html lang="cs"><head><title>Kniha, kterou jsem dočetla ve vlaku | Čtenářský deník</title></head>
<body><article><h1>Kniha, kterou jsem dočetla ve vlaku</h1>
<p class="byline">Marta Veselá · 3. 11. 2026</p>
<div class="entry-content">
<p>Román Modrá stodola od Pavly Horákové mi doporučila sestra a já ho dlouho odkládala. Nakonec jsem ho vzala na cestu
do Olomouce a dočetla ho dřív, než vlak zastavil v Prerově.</p>
<p>Hlavní postavou je mladá lékařka, která se vrací do vesnice, kde vyrostla. Horáková píše úsporně a přesně, a
vesnice má v knize vlastní hlas.</p>
<p>Konec mi přišel uspěchaný, ale celkově jsem spokojená.</p>
<p>Moje hodnocení: 80 %</p>
</div></article></body></html>"""


def test_a_page_with_such_a_headline_never_calls_the_book_by_the_noun():
    record = extract_page(PAGE, "https://ctenarsky-denik.example.cz/2026/11/kniha-ve-vlaku")
    assert record.book_title != "Kniha"
