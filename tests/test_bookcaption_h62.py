"""holdout62 book rules: a caption's imprint bracket (bookcaptiontitle.caption_titles), a caption in a library's
order "A. T" under a remark headline (bookcaptiontitle.caption_book), and a quoted title's apposition "„T”, <kind>
<by> A" in the prose (bookquotedkind). Our own words, several languages, and the near misses left alone."""

from lxml import html as lxml_html

from scraper.extract.book import Book
from scraper.extract.bookcaptiontitle import caption_book, caption_titles
from scraper.extract.bookquotedkind import quoted_kind
from scraper.extract import extract_page


def _tree(caption: str):
    return lxml_html.fromstring(f"<div><figure><img src='/c.jpg' alt=''><figcaption>{caption}</figcaption></figure><p>x</p></div>")


# --- a caption's imprint bracket is no part of the record -------------------------------------------------------------

def test_caption_title_with_house_and_year_bracket_es():
    text = "Gómez Arrieta cuenta la vida de un puerto. Gómez Arrieta no tiene prisa."
    tree = _tree("El muelle vacío, de Clara Gómez Arrieta (Editorial Sur, 2011).")
    assert caption_titles(tree, text) == ["El muelle vacío"]


def test_caption_title_with_house_and_year_bracket_pt_fr():
    assert caption_titles(_tree("A casa das marés, de Rui Valadares (Tinta Azul, 2019)"), "Valadares escreve bem.") == ["A casa das marés"]
    assert caption_titles(_tree("Le Jardin noir, de Paul Mervent (Éditions du Quai, 2008)."), "Mervent écrit court.") == ["Le Jardin noir"]


def test_caption_bracket_without_year_or_unknown_author_left_alone():
    # a photo's credit in brackets (no year) stays as before: no title when the bracket is read as the person
    assert caption_titles(_tree("Un paseo por el puerto (Foto: Ana Ruiz)"), "Ruiz fotografió el puerto.") == []
    # the text never names the person: no title
    assert caption_titles(_tree("El muelle vacío, de Clara Gómez (Editorial Sur, 2011)."), "Una novela sobre el mar.") == []


# --- a caption in a library's order, the author found already first ---------------------------------------------------

def test_dotted_caption_replaces_remark_headline_ru():
    headline = "Долгая дорога домой"
    book = Book(headline, "Тимур Беслан", source="title")
    lines = [headline, "Беслан пишет о горном селе и его стариках.", "Роман читается медленно."]
    found = caption_book(book, _tree("Тимур Беслан. Камни над рекой"), headline, lines)
    assert (found.title, found.author) == ("Камни над рекой", "Тимур Беслан")


def test_dotted_caption_with_imprint_en_de():
    headline = "A winter of small mercies"
    lines = [headline, "Harwood writes about a ferry town in winter."]
    found = caption_book(Book(headline, "Edith Harwood"), _tree("Edith Harwood. The Ferryman's Daughter. London: Gull Press"), headline, lines)
    assert found.title == "The Ferryman's Daughter"
    headline = "Ein Sommer ohne Regen"
    lines = [headline, "Brandauer erzählt von einem Dorf."]
    found = caption_book(Book(headline, "Lena Brandauer"), _tree("Lena Brandauer. Die stille Mühle"), headline, lines)
    assert found.title == "Die stille Mühle"


def test_dotted_caption_near_misses():
    headline = "Долгая дорога домой"
    lines = [headline, "Беслан пишет о горном селе."]
    book = Book(headline, "Тимур Беслан", source="title")
    # another person opens the caption (a portrait's): nothing
    assert caption_book(book, _tree("Анна Серова. Камни над рекой"), headline, lines) is None
    # the caption names the author and a name only (a portrait with a second person): nothing
    assert caption_book(book, _tree("Тимур Беслан. Анна Серова"), headline, lines) is None
    # the headline is a title the post names: the caption is not read
    lines = [headline, "«Долгая дорога домой» — роман о горном селе. Беслан пишет медленно."]
    assert caption_book(book, _tree("Тимур Беслан. Камни над рекой"), headline, lines) is None


# --- a quoted title's apposition in the prose --------------------------------------------------------------------------

def test_quoted_kind_ro():
    text = ("Recitind „Casa de pe deal”, romanul lui Ion Vălean, am redescoperit satul.\n"
            "Toma Ursu, personajul principal, stă la poartă și vorbește cu vecinii.")
    found = quoted_kind(text, "Un sat care se stinge")
    assert (found.title, found.author) == ("Casa de pe deal", "Ion Vălean")


def test_quoted_kind_en_es_it_de_sv():
    assert quoted_kind('Reading "The Salt Road", the novel by Maeve Ardagh, felt slow.', "Winter notes").author == "Maeve Ardagh"
    assert quoted_kind("«El pozo seco», la novela de Marta Liñán, empieza en un pueblo.", "Un verano largo").title == "El pozo seco"
    assert quoted_kind("«La torre muta», il romanzo di Paolo Serra, parla di un faro.", "Luce lontana").author == "Paolo Serra"
    assert quoted_kind("„Das graue Haus“, der Roman von Jana Keller, beginnt im Herbst.", "Herbstlicht").title == "Das graue Haus"
    assert quoted_kind('"Vinterhamnen", romanen av Lars Ekholm, är tyst.', "Tyst hamn").author == "Lars Ekholm"


def test_quoted_kind_near_misses():
    # two appositions: a comparison or the writer's other books, no single book
    text = ('Unlike "The Salt Road", the novel by Maeve Ardagh, "Low Tide", the memoir by Tom Breen, is quiet.')
    assert quoted_kind(text, "Two shores") is None
    # the prose names its headline: the headline is the title, the rule stays out
    text = 'The Salt Road is long. Like "Low Tide", the memoir by Tom Breen, it starts at sea.'
    assert quoted_kind(text, "The Salt Road") is None
    # no kind word between the title and the name (a speaker's quote)
    assert quoted_kind('"We are late", said Maeve Ardagh, and left.', "Notes") is None
    # a lower-case "by" phrase, no person
    assert quoted_kind('"The Salt Road", the novel by the sea, is slow.', "Notes") is None
    # a declined name after a kind (ru genitive) is not read
    assert quoted_kind("«Камни над рекой», роман Тимура Беслана, читается медленно.", "Дорога") is None


def test_ordinary_review_with_a_comparison_left_alone_pt():
    html = """<html lang="pt"><head><title>O farol apagado, de Inês Corte-Real | Cadernos de Leitura</title></head><body>
<article><h1>O farol apagado, de Inês Corte-Real</h1><div class="entry-content">
<p>Corte-Real volta à costa alentejana com uma história de irmãos que herdam um farol sem luz. A escrita é seca e a
narrativa avança devagar, com capítulos curtos que alternam entre as duas vozes.</p>
<p>Quem leu «A maré baixa», o romance de Tomás Vilar, vai reconhecer o mesmo silêncio das aldeias de pescadores, mas
Corte-Real é menos sentimental e mais exata nas datas e nos nomes das coisas.</p>
<p>Não é um livro para todos: o ritmo cansa a meio. Mesmo assim, O farol apagado fica na memória muito depois da última
página, sobretudo pela cena da tempestade.</p>
<p>Os diálogos entre os irmãos são o melhor do livro: dizem pouco e escondem muito, e a autora confia no leitor para
preencher o que fica por dizer. As descrições do mar, pelo contrário, repetem-se e por vezes parecem escritas para
encher páginas. A segunda parte, passada em Lisboa, perde a tensão da primeira e só recupera nas últimas vinte páginas,
quando os dois voltam ao farol para decidir o que fazer com ele.</p>
<p>Recomendo a quem gosta de romances lentos, de famílias e de lugares que mudam devagar. Dou-lhe uma nota alta, apesar
dos defeitos, porque poucas vezes um livro português recente me deixou tanto tempo a pensar nele.</p></div></article></body></html>"""
    record = extract_page(html, "https://cadernos.example.pt/2026/12/o-farol-apagado/")
    assert (record.book_title, record.book_author) == ("O farol apagado", "Inês Corte-Real")
