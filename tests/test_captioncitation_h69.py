"""A book's record in its cover's caption set as a citation, author first and closed by its imprint's year ("A: T.
House, paperback, 2016.": bookleadcaption._cited, read through bookbiblio.from_bibliography), its author one the text
names; and an "A: T, w. House" record whose title goes on past its comma in one lower-case word that is no kind of book
(bookalttitle.lower_tail). Written for the holdout69 round in our own words; near misses: a citation whose author the
text never names, a photographer's credit, a caption that is no citation, a lower-case kind word after the comma."""

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookalttitle import lower_tail
from scraper.extract.bookleadcaption import lead_caption_book


def test_citation_captions_in_several_languages():
    for caption, text, language, title, author in (
        ("Judith Hermann: Daheim. S. Fischer, gebunden, 2021.", "Hermann erzählt von einer Frau am Meer.", "de",
         "Daheim", "Judith Hermann"),
        ("Jáchym Topol: Sestra. Atlantis, brožovaná, 1994.", "Topolova kniha je hlučná a temná.", "cs", "Sestra",
         "Jáchym Topol"),
        ("Ali Smith: Autumn. Hamish Hamilton, hardback, 2016.", "Smith writes about a friendship across decades.",
         "en", "Autumn", "Ali Smith"),
        ("Einar Kárason: Þar sem djöflaeyjan rís. Mál og menning, kilja, 1983.", "Einar lýsir braggahverfinu.", "is",
         "Þar sem djöflaeyjan rís", "Einar Kárason"),
    ):
        book = lead_caption_book([(caption, "")], Context(text, (), language))
        assert book is not None and (book.title, book.author) == (title, author), (caption, book)


def test_title_going_on_in_one_lower_case_word():
    assert lower_tail("Jan Novák: Dům, znovu. Argo, 2019.", "Dům") == "Dům, znovu"
    assert lower_tail("Ana Ruiz: Casa, revisitada. Anagrama, 2020.", "Casa") == "Casa, revisitada"
    # the book's kind after the comma is no part of the title
    assert lower_tail("Jan Novák: Dům, román. Argo, 2019.", "Dům") == "Dům"
    assert lower_tail("Anna Berg: Hemma, roman. Norstedts, 2019.", "Hemma") == "Hemma"
    assert lower_tail("Ali Smith: Autumn, a novel. Hamish Hamilton, 2016.", "Autumn") == "Autumn"
    # a credit's abbreviation before a person's name is no part of the title
    assert lower_tail("Ana Ruiz: Casa, trad. Pau Vidal. Anagrama, 2020.", "Casa") == "Casa"


def test_near_misses():
    # a citation whose author the text never names: perhaps another book on the page
    assert lead_caption_book([("Judith Hermann: Daheim. S. Fischer, gebunden, 2021.", "")],
                             Context("Die Erzählerin lebt allein am Meer.", (), "de")) is None
    # a photographer's credit and a place, a caption that is a sentence
    assert lead_caption_book([("Foto: Anna Berg, Stockholm, 2019.", "")], Context("Berg.", (), "sv")) is None
    assert lead_caption_book([("The author at home in Leeds, where she wrote most of the book in 2019.", "")],
                             Context("Smith writes.", (), "en")) is None


def test_extract_page_reads_the_cover_caption_citation():
    # an Icelandic blog calls the author by the given name only; the caption above the headline is the book's citation
    html = """<html lang="is"><head><title>Hús við hafið – Lesstofan</title></head><body>
<main><article class="post"><figure class="post-cover"><img src="/myndir/kapa.jpg" alt="Kápa">
<figcaption>Auður Jónsdóttir: Stóri skjálfti. Mál og menning, kilja, 2015.</figcaption></figure>
<header><h1 class="post-title">Hús við hafið</h1><p class="meta">12. mars 2026 · Helga</p></header>
<div class="post-content">
<p>Kona vaknar á gangstétt og man ekki hvernig hún komst þangað. Sonur hennar er horfinn úr kerrunni og allt sem
á eftir kemur er tilraun til að raða saman dögunum sem hurfu.</p>
<p>Auður skrifar af mikilli nákvæmni um minnið og skömmina. Fjölskyldan birtist í brotum, hver með sína útgáfu af
sögunni, og lesandinn veit aldrei alveg hverjum á að trúa.</p>
<p>Sumir kaflar eru of langir og endurtaka sig, en lokin eru sterk og sitja í manni lengi á eftir. Ég las hana á
tveimur kvöldum og hugsaði um hana alla næstu viku.</p>
<p>Þetta er bók um það sem gerist þegar líkaminn svíkur mann og fólkið í kring veit ekki hvernig á að bregðast við.
Hún er stundum fyndin, oftar sár, og alltaf heiðarleg.</p>
<p>Ég mæli með henni fyrir alla sem hafa gaman af sögum sem þora að vera óþægilegar.</p>
</div></article></main></body></html>"""
    record = extract_page(html, "https://lesstofan.example.is/2026/03/hus-vid-hafid/")
    assert record.is_review
    assert (record.book_title, record.book_author) == ("Stóri skjálfti", "Auður Jónsdóttir")
