"""Headlines "Author. Title" (bookdotname): two given names joined before one family name, or one author the text
calls by surname; near misses: two people, a remark sentence, a name the text never repeats, a question."""

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookdotname import dotted_name
from scraper.extract.bookheadline import from_title


def _ctx(text: str, language: str) -> Context:
    return Context(text, ("Kārlis Bērziņš",), language)


def test_joined_given_names_latvian():
    ctx = _ctx("Brāļi šoreiz stāsta par ciemu pie ezera. Lasīju divos vakaros.", "lv")
    book = dotted_name("Jānis un Pēteris Ozoliņi. Ezera ļaudis", ctx)
    assert (book.title, book.author) == ("Ezera ļaudis", "Jānis un Pēteris Ozoliņi")


def test_joined_given_names_german_and_polish():
    book = dotted_name("Anna und Paul Brenner. Der stille Hafen", _ctx("Die Geschwister erzählen ruhig.", "de"))
    assert (book.title, book.author) == ("Der stille Hafen", "Anna und Paul Brenner")
    book = dotted_name("Marek i Adam Lisowscy. Zimowy ogród", _ctx("Bracia piszą lekko.", "pl"))
    assert (book.title, book.author) == ("Zimowy ogród", "Marek i Adam Lisowscy")


def test_single_author_vouched_by_surname():
    ctx = _ctx("Dans ce roman, Moreau revient au village. Moreau écrit sans hâte.", "fr")
    book = dotted_name("Claire Moreau. La maison des brumes", ctx)
    assert (book.title, book.author) == ("La maison des brumes", "Claire Moreau")
    assert from_title("Claire Moreau. La maison des brumes", ctx) is None  # (the shape was unread before)


def test_single_author_never_named_again_stays_unread():
    ctx = _ctx("Ein ruhiges Buch über einen Sommer am Meer.", "de")
    assert dotted_name("Lena Vogt. Sommer am Meer", ctx) is None


def test_near_misses():
    ctx = _ctx("Kowalski i Nowak rozmawiają. Kowalski mówi dużo.", "pl")
    assert dotted_name("Jan Kowalski. Anna Nowak", ctx) is None  # two people
    assert dotted_name("Jan Kowalski. Pisarz wraca do domu.", ctx) is None  # a sentence with its stop
    assert dotted_name("Jan Kowalski. Czy warto czytać?", ctx) is None  # a question
    assert dotted_name("Jan Kowalski. Rozmowa. Część druga", ctx) is None  # more than one stop
    assert dotted_name("Jan Kowalski. zawsze w drodze", ctx) is None  # lower-case: a remark
    assert dotted_name("Kārlis Bērziņš. Rudens piezīmes", _ctx("Bērziņš raksta.", "lv")) is None  # the blogger
    # a joined pair whose last part is no name
    assert dotted_name("Sol y Sombra en. Madrid nocturno", _ctx("Una guía.", "es")) is None


def test_no_context_or_other_shapes():
    assert dotted_name("Claire Moreau. La maison des brumes", None) is None
    assert dotted_name("La maison des brumes de Claire Moreau", _ctx("Moreau.", "fr")) is None


_PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | Noviny</title></head>
<body><article><h1>{title}</h1><div class="text">{body}</div></article></body></html>"""

_CS_REVIEW = """<p>Sourozenci se po letech vracejí do krajiny svého dětství a tentokrát píší o malém přístavu, kde se v zimě
nic neděje, a přece se tam všechno mění. Kniha má krátké kapitoly a každá z nich končí otázkou, na kterou čtenář hledá
odpověď sám.</p>
<p>Nejvíc mě zaujala postava staré převoznice, která zná každý kámen na břehu. Prostřední část se trochu vleče, ale
závěr je silný a tichý zároveň. Doporučuji všem, kdo mají rádi pomalé vyprávění.</p>
<p>Autoři střídají pohledy dvou bratrů, kteří se neviděli dvacet let, a jejich hlasy se od sebe dobře liší: jeden mluví
stručně a suše, druhý odbíhá ke vzpomínkám a k počasí. Jazyk je prostý, místy až úsporný, ale nikdy nudný. Kdo čekal
velký příběh s mnoha zvraty, bude možná zklamaný; kdo má rád knihy, v nichž se odehrává hlavně to, co postavy nevysloví,
si tu najde své. Hodnotím čtyřmi hvězdami z pěti a těším se na další společnou práci obou sourozenců.</p>"""


def test_czech_review_headed_by_two_joined_authors():
    page = _PAGE.format(lang="cs", title="Tomáš a Ondřej Hrubí. Přístav v zimě", body=_CS_REVIEW)
    record = extract_page(page.encode(), "https://noviny.example.cz/kultura/2026/12/pristav-v-zime")
    assert (record.book_title, record.book_author) == ("Přístav v zimě", "Tomáš a Ondřej Hrubí")


_ES_REVIEW = """<p>Leí esta novela en dos tardes de lluvia. Cuenta la historia de una familia que regenta un faro en la costa
y de la hija menor, que decide quedarse cuando todos se marchan. La prosa es sencilla y los diálogos, muy vivos.</p>
<p>Me sobró algún capítulo del centro, pero el final me dejó pensando varios días. La recomiendo a quien disfrute de
las historias lentas y de los paisajes del norte.</p>
<p>La autora alterna la voz de la hija con cartas del padre, escritas años antes, y ese juego funciona muy bien: lo que
uno calla, el otro lo cuenta. Hay frases que subrayé dos veces y escenas que todavía recuerdo, como la noche de la
tormenta en que el faro se apaga. No es un libro para leer con prisa, pero compensa cada página.</p>"""


def test_spanish_review_headline_with_a_remark_is_left_to_other_rules():
    # "Name. remark sentence." ends on a stop: no title read from it
    page = _PAGE.format(lang="es", title="Lucía Ferrer. Una novela que se lee despacio.", body=_ES_REVIEW)
    record = extract_page(page.encode(), "https://blog.example.es/2026/12/faro")
    assert record.book_author != "Lucía Ferrer"
