"""Three record shapes read by structure (holdout57 round, helper book57a).

1. A fact box "A" / "T" / details whose details line opens on the place and the house ("City, House, year, pages"):
   bookbiblio's line-by-line reading took that line for a "T, A" record of its own (the city as the title, the house's
   two capitalised words as a name); ``bookstackedname.stacked_over`` gives the box's reading instead.
2. A slash record "T / A / House, City / binding" with no year, pages or price, whose house is named before its word, as
   the Indic scripts and Urdu set it ("X प्रकाशन", "X প্রকাশনী", "X பதிப்பகம்"): ``bookstackedname.INDIC_HOUSE``
   in ``bookbiblio._PUBLISHED_BY`` lets the line in as a record.
3. A cover's caption in a layout table's cell (image, line break, small text): ``bookcellcaption.cell_captions`` adds
   it to the figures' captions, which ``bookcover.from_caption`` reads as "T — A; House".
"""

from lxml import html as lxml_html

from scraper.extract.book import Context
from scraper.extract.bookbiblio import from_bibliography
from scraper.extract.bookcover import figure_captions, from_caption


def _read(lines, prose=""):
    return from_bibliography(lines, Context("\n".join(lines) + "\n" + prose))


# --- 1. the place and the house under "A" / "T" ------------------------------------------------------------------------

def test_spanish_box_place_then_house():
    lines = ["Marina Quiroga", "Las hermanas del puerto", "Buenos Aires, Casa Lejana, 2019, 212 pp.",
             "Quiroga escribe con frases cortas y una ironía seca que nunca se agota."]
    assert _read(lines, "Al final Quiroga deja una puerta abierta.") == ("Las hermanas del puerto", "Marina Quiroga")


def test_italian_box_place_then_house():
    lines = ["Davide Santoro", "Il ponte di vetro", "Torino, Nuova Riva, 2022, 180 pagine",
             "Santoro racconta una famiglia che smette di parlarsi."]
    assert _read(lines, "Il finale di Santoro convince.") == ("Il ponte di vetro", "Davide Santoro")


def test_portuguese_box_place_then_house_at_the_end():
    prose = ["A autora conta a história de três irmãos.", "Fontoura nunca explica demais.", "Vale a leitura."]
    lines = prose + ["Clara Fontoura", "O inverno dos outros", "Porto, Pedra Alta, 2021, 240 páginas"]
    assert _read(lines, "Fontoura escreve bem.") == ("O inverno dos outros", "Clara Fontoura")


def test_near_miss_lone_record_line_still_title_then_author():
    # no box above it: the line is a record of its own, "T, A, year, pages"
    lines = ["Los puentes rotos, Ramiro Ibáñez, 2018, 300 pp.", "Ibáñez vuelve a su pueblo natal en esta novela."]
    assert _read(lines, "Ibáñez escribe con calma.") == ("Los puentes rotos", "Ramiro Ibáñez")


def test_near_miss_byline_over_headline_over_place_line():
    # the first line is a name the text never says alone: no box, and the old reading is left as it was
    lines = ["Lucía Serrano", "Notas de un verano largo", "Sevilla, Casa Lejana, 2019, 212 pp."]
    assert _read(lines, "Un libro de viajes y recuerdos.") == _read_old_shape(lines)


def _read_old_shape(lines):
    return from_bibliography(lines[2:], Context("\n".join(lines) + "\nUn libro de viajes y recuerdos."))


# --- 2. an Indic house named before its word --------------------------------------------------------------------------

def test_hindi_slash_record_with_house_word():
    prose = ["उपन्यास एक छोटे कस्बे की कहानी कहता है।", "त्रिपाठी की भाषा सरल है और संवाद जीवंत हैं।"]
    lines = prose + ["नदी के उस पार / रामेश्वर त्रिपाठी / सेतु प्रकाशन, इलाहाबाद / सजिल्द"]
    assert _read(lines) == ("नदी के उस पार", "रामेश्वर त्रिपाठी")


def test_bengali_slash_record_with_house_word():
    prose = ["গল্পগুলো নদীর ধারের মানুষের কথা বলে।", "সুনন্দার ভাষা খুব সহজ, কিন্তু গভীর।"]
    lines = prose + ["নীল জলের গল্প / সুনন্দা ভট্টাচার্য / দিগন্ত প্রকাশনী, ঢাকা"]
    assert _read(lines) == ("নীল জলের গল্প", "সুনন্দা ভট্টাচার্য")


def test_tamil_slash_record_with_house_word():
    prose = ["இந்த நாவல் ஒரு மீனவக் குடும்பத்தின் கதை.", "சுப்பிரமணியம் எழுதிய உரையாடல்கள் உயிரோட்டமானவை."]
    lines = prose + ["கடலின் குரல் / ராமன் சுப்பிரமணியம் / நிலா பதிப்பகம், சென்னை"]
    assert _read(lines) == ("கடலின் குரல்", "ராமன் சுப்பிரமணியம்")


def test_near_miss_slash_line_without_a_house():
    # three slashed parts and no year, pages, price or house word: a menu or a list of topics, no record
    prose = ["त्रिपाठी की भाषा सरल है।", "त्रिपाठी का यह पहला उपन्यास है।"]
    lines = prose + ["नदी के उस पार / रामेश्वर त्रिपाठी / इलाहाबाद / सजिल्द"]
    assert _read(lines) is None


# --- 3. a cover's caption in a layout table's cell --------------------------------------------------------------------

_CELL = """<html><body><table><tr><td>{cell}</td></tr></table><p>{text}</p></body></html>"""


def _captions(cell, text="Body text."):
    return figure_captions(lxml_html.fromstring(_CELL.format(cell=cell, text=text)))


def test_layout_cell_caption_is_read():
    found = _captions('<img src="/img/a.jpg" alt="প্রচ্ছদ"><br><small>নীল জলের গল্প — সুনন্দা ভট্টাচার্য; দিগন্ত প্রকাশনী</small>')
    assert found == [("নীল জলের গল্প — সুনন্দা ভট্টাচার্য; দিগন্ত প্রকাশনী", "প্রচ্ছদ")]


def test_layout_cell_caption_gives_the_book():
    caption = "নীল জলের গল্প — সুনন্দা ভট্টাচার্য; দিগন্ত প্রকাশনী, ঢাকা; প্রচ্ছদ: অমল দাস"
    text = "সুনন্দা ভট্টাচার্য নদীর কথা লেখেন। সুনন্দার গদ্য শান্ত।"
    captioned = _captions(f'<a href="/big.jpg"><img src="/img/a.jpg" alt="প্রচ্ছদ"></a><br><small>{caption}</small>', text)
    assert from_caption(captioned, Context(caption + "\n" + text)) == ("নীল জলের গল্প", "সুনন্দা ভট্টাচার্য")


def test_layout_cell_caption_file_words_when_no_alt():
    assert _captions('<img src="/covers/river-tales.jpg"><br><small>River Tales — Ann Moss</small>') == \
        [("River Tales — Ann Moss", "file: river tales")]


def test_near_miss_cell_with_a_linked_title_is_a_list():
    assert _captions('<a href="/b/1"><img src="/c.jpg" alt="cover"></a><br><a href="/b/1">River Tales — Ann Moss</a>') == []


def test_near_miss_cell_with_two_pictures():
    assert _captions('<img src="/a.jpg" alt="a"><img src="/b.jpg" alt="b"><br>Two covers side by side') == []


def test_near_miss_cell_text_before_the_picture():
    assert _captions('Our pick this week <img src="/a.jpg" alt="cover"> River Tales — Ann Moss') == []


def test_near_miss_cell_with_a_long_text():
    assert _captions('<img src="/a.jpg" alt="photo"><br>' + "A long paragraph of prose beside a picture. " * 8) == []
