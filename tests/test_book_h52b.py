"""Reading the reviewed book where a reader of the page finds it (helper book52b, holdout52 round):

1. a cover's caption "A: T (Publisher)" with no year, author first as Czech, Polish, Hungarian, German captions cite a
   book (bookcaptioncite: the cover's alt text dates the caption no more than a year would);
2. a cover's caption "T, de A (Publisher)" whose author the text names only once (bookcover.from_caption: the caption's
   own "by" credits the name), and more languages' words for a book's cover in the alt text ("Tapa del libro" …);
3. a record line closing a review "A, «T». Novel." whose tail is the book's kind alone (bookquotedrecord.remark_record),
   kept as the review's own line when a follow-me line comes after it (leadin via bookquotedrecord.remark_line);
4. a Turkish/Azerbaijani headline giving the book "from" a one-word pen name, "Name'dan 'T'", when the text names the
   book in that name's genitive (bookturkicfrom._one_name).
"""

from __future__ import annotations

from lxml import html

from scraper.extract.book import Context
from scraper.extract.bookcaptioncite import cited_caption
from scraper.extract.bookcover import COVER_WORD, from_caption
from scraper.extract.bookquotedrecord import remark_line, remark_record
from scraper.extract.bookturkicfrom import ablative_headline
from scraper.extract.leadin import never_lead_in


# -- 1. "A: T (Publisher)" under a cover ---------------------------------------------------------------------------

CS = "Kniha začíná pohřbem. Vrabec píše úsporně a Vrabec nikdy nevysvětluje víc, než musí."
PL = "Czytałam to w pociągu. Zawada pisze krótko i celnie."
HU = "Egy nyáron olvastam. Kertes Ilona mondatai rövidek, Kertes nem magyaráz."


def test_colon_caption_under_a_cover_without_a_year():
    assert cited_caption([("Tomáš Vrabec: Zimní zahrada (Argo)", "obálka knihy")], Context(CS, (), "cs"), COVER_WORD) \
        == ("Zimní zahrada", "Tomáš Vrabec")
    assert cited_caption([("Marta Zawada: Ciche podwórko", "okładka")], Context(PL, (), "pl"), COVER_WORD) \
        == ("Ciche podwórko", "Marta Zawada")
    assert cited_caption([("Kertes Ilona: Hideg tavasz (Magvető).", "borító")], Context(HU, (), "hu"), COVER_WORD) \
        == ("Hideg tavasz", "Kertes Ilona")
    # through from_caption, as bookbody asks it
    assert from_caption([("Tomáš Vrabec: Zimní zahrada (Argo)", "obálka")], Context(CS, (), "cs")) == ("Zimní zahrada", "Tomáš Vrabec")


def test_near_misses_of_the_colon_caption():
    context = Context(CS, (), "cs")
    # a portrait, not a cover: the year-less colon form is not read
    assert cited_caption([("Tomáš Vrabec: Zimní zahrada (Argo)", "autor na besedě")], context, COVER_WORD) is None
    # a credit line, the word before the colon no person
    assert cited_caption([("Foto: Tomáš Vrabec (Argo)", "obálka")], context, COVER_WORD) is None
    # a person the text never names
    assert cited_caption([("Jana Malá: Zimní zahrada (Argo)", "obálka")], context, COVER_WORD) is None
    # a lower-case remark after the colon is no title
    assert cited_caption([("Tomáš Vrabec: při čtení v knihovně", "obálka")], context, COVER_WORD) is None


# -- 2. "T, de A (Publisher)" under a cover, the author named once -------------------------------------------------

def test_by_caption_under_a_cover_with_the_author_named_once():
    es = "Una novela breve sobre un pueblo que se queda sin agua. Olmedo escribe con frases secas."
    assert from_caption([("Agua quieta, de Rosario Olmedo (Anagrama)", "Tapa del libro")], Context(es, (), "es")) \
        == ("Agua quieta", "Rosario Olmedo")
    de = "Ein stiller Roman über einen Sommer am See. Harms erzählt ohne Eile."
    assert from_caption([("Die Seeuhr, von Katrin Harms (Hanser)", "Buchcover")], Context(de, (), "de")) \
        == ("Die Seeuhr", "Katrin Harms")
    ca = "Una història de dues germanes. Puigdevall no té pressa."
    assert from_caption([("La casa buida, de Núria Puigdevall", "Coberta del llibre")], Context(ca, (), "ca")) \
        == ("La casa buida", "Núria Puigdevall")


def test_near_misses_of_the_by_caption():
    es = "Una novela breve sobre un pueblo que se queda sin agua. Olmedo escribe con frases secas."
    # no "by" word: the name must be named twice, as before
    assert from_caption([("Agua quieta, Rosario Olmedo (Anagrama)", "Tapa del libro")], Context(es, (), "es")) is None
    # not a cover: the pot's lid, a snack
    assert from_caption([("Agua quieta, de Rosario Olmedo", "tapa de la olla")], Context(es, (), "es")) is None
    assert COVER_WORD.search("unas tapas en el bar") is None
    assert COVER_WORD.search("Tapa del libro") and COVER_WORD.search("kaanepilt") and COVER_WORD.search("vāks")


# -- 3. "A, «T». Novel." closing a review ---------------------------------------------------------------------------

def _lines(language, *lines):
    return list(lines), Context("\n".join(lines), (), language)


def test_record_line_with_the_kind_alone():
    lines, context = _lines("et", "Tamm kirjutab rahulikult.", "Mari Tamm, «Vaikne saar». Romaan.")
    assert remark_record(lines, context) == ("Vaikne saar", "Mari Tamm")
    lines, context = _lines("de", "Brandt erzählt ruhig.", "Lena Brandt, „Das kalte Haus“. Erzählungen.")
    assert remark_record(lines, context) == ("Das kalte Haus", "Lena Brandt")
    lines, context = _lines("en", "Rowe writes short chapters.", "Tessa Rowe, “Salt Orchard”. A novel.")
    assert remark_record(lines, context) == ("Salt Orchard", "Tessa Rowe")
    lines, context = _lines("pl", "Nowak pisze krótko.", "Ewa Nowak, „Zimowy port”. Powieść.")
    assert remark_record(lines, context) == ("Zimowy port", "Ewa Nowak")


def test_near_misses_of_the_kind_tail():
    # a line of dialogue after the quote: no kind word
    lines, context = _lines("et", "Tamm kirjutab rahulikult.", "Mari Tamm, «Vaikne saar». Ta naeris.")
    assert remark_record(lines, context) is None
    # the name never named again
    lines, context = _lines("et", "Raamat on hea.", "Mari Tamm, «Vaikne saar». Romaan.")
    assert remark_record(lines, context) is None
    # a sentence that merely ends on a kind word
    lines, context = _lines("en", "Rowe writes short chapters.", "Tessa Rowe, “Salt Orchard”. I think this is her best novel.")
    assert remark_record(lines, context) is None


def test_record_line_is_never_the_lead_in_of_a_follow_line():
    assert remark_line("Mari Tamm, «Vaikne saar». Romaan.", "Tamm kirjutab rahulikult.")
    assert not remark_line("Mari Tamm, «Vaikne saar». Romaan.", "Raamat on hea.")
    assert not remark_line("Jälgi meid, «Uudised». Kohe.", "Tamm kirjutab rahulikult.")
    body = html.fromstring("<div><p>Tamm kirjutab rahulikult ja täpselt, lause lause järel.</p>"
                           "<p><em>Mari Tamm, «Vaikne saar». Romaan.</em></p><p>Jälgi meid Instagramis!</p></div>")
    paragraphs = body.findall("p")
    assert never_lead_in(paragraphs[1], paragraphs[:1], "example.ee", paragraphs[2])
    lead = html.fromstring("<div><p>Tamm kirjutab rahulikult.</p><p><em>Meeldis see lugu?</em></p><p>Jälgi meid!</p></div>").findall("p")
    assert not never_lead_in(lead[1], lead[:1], "example.ee", lead[2])


# -- 4. "Name'dan 'T'": a one-word pen name ---------------------------------------------------------------------

def test_turkish_ablative_headline_with_a_pen_name():
    text = "Yaprak'ın ikinci kitabı \"Kırık Saat\" yeniden basıldı.\nYaprak kısa cümleler kuruyor."
    assert ablative_headline("Yaprak'tan \"Kırık Saat\": bir mahallenin öyküleri", Context(text, (), "tr")) == ("Kırık Saat", "Yaprak")
    text = "Sevinc'in romanı «Dumanlı Yol» bu il çıxdı."
    assert ablative_headline("Sevinc'dən «Dumanlı Yol»", Context(text, (), "az")) == ("Dumanlı Yol", "Sevinc")


def test_near_misses_of_the_pen_name():
    # a place: the text never gives the title as its book
    text = "İzmir'in sokakları kalabalık. Kitap \"Merhaba\" adını taşıyor."
    assert ablative_headline("İzmir'den \"Merhaba\": bir şehir", Context(text, (), "tr")) is None
    # the genitive owns another title
    text = "Yaprak'ın ilk kitabı \"Eski Ev\" idi."
    assert ablative_headline("Yaprak'tan \"Kırık Saat\"", Context(text, (), "tr")) is None
    # a publisher's word
    text = "Kitabevi'nin yeni kitabı \"Kırık Saat\" çıktı."
    assert ablative_headline("Kitabevi'nden \"Kırık Saat\"", Context(text, (), "tr")) is None
    # not Turkish or Azerbaijani
    text = "Yaprak'ın ikinci kitabı \"Kırık Saat\"."
    assert ablative_headline("Yaprak'tan \"Kırık Saat\"", Context(text, (), "en")) is None
