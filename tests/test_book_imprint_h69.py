"""holdout69 (book69b): a record line with no year, pages, price or ISBN, its imprint after its head all the same.

``bookbiblio.from_bibliography`` read a record line only where a figure marked it (a year, pages, a price) or where it
had three parts or more with a house's word from the third on. A paper's closing box often gives the house alone: "T –
A, Publisher-word P" (two parts), or a library description's order "Name. Title. – Place: P" (ISBD, GOST), with no year.
``_imprinted`` lets such a line through: a short part after the head that names a house by its word (perhaps after its
place), or a description's next area, opened by its dash, giving "Place: Publisher".
"""

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract import bookbiblio
from scraper.extract.bookbiblio import from_bibliography

_PROSE = {
    "pl": "Czytałam tę powieść przez cały tydzień i wciąż do niej wracam myślami. Nowak pisze krótko i celnie.",
    "ru": "Я читала этот роман целую неделю и всё ещё возвращаюсь к нему. Петрова пишет коротко и точно.",
    "cs": "Tenhle román jsem četla celý týden a pořád se k němu vracím. Nováková píše krátce a přesně.",
    "es": "Leí esta novela durante toda una semana y todavía vuelvo a ella. Gil escribe corto y preciso.",
    "hr": "Ovaj sam roman čitala cijeli tjedan i još mu se vraćam. Horvat piše kratko i precizno.",
}


def _bib(line, lang):
    return from_bibliography([_PROSE[lang], "Ocena: 8/10", line], Context(_PROSE[lang], (), lang))


# ---- it fires

def test_description_order_dash_area_place_and_house():
    # pl, ru: "Name. Title. – Place: House" (a library description's order, the area's dash, no year)
    assert _bib("Anna Nowak. Cicha rzeka. – Kraków: Wydawnictwo Sowa", "pl") == ("Cicha rzeka", "Anna Nowak")
    assert _bib("Мария Петрова. Тихий дом. — Москва: Северное издательство", "ru") == ("Тихий дом", "Мария Петрова")


def test_description_order_place_without_house_word():
    # the area's dash and "Place: P" mark the record though the house's name holds no house word
    assert _bib("Мария Петрова. Тихий дом. — Москва: Полынь", "ru") == ("Тихий дом", "Мария Петрова")


def test_dashed_head_then_house():
    # cs, hr: "T – A, house word P"; es under a record label ("Ficha:")
    assert _bib("Tichý dům – Jana Nováková, nakladatelství Kořen", "cs") == ("Tichý dům", "Jana Nováková")
    assert _bib("Tiha kuća – Ivana Horvat, Naklada Vjetar", "hr") == ("Tiha kuća", "Ivana Horvat")
    assert _bib("Ficha: La casa del río – Marta Gil, Editorial Brezo", "es") == ("La casa del río", "Marta Gil")


def test_whole_page_closing_box():
    paragraphs = [
        "Ta powieść o rodzinie z małego miasteczka nad rzeką czyta się jednym tchem, choć opowiada o sprawach trudnych.",
        "Nowak pisze krótkimi zdaniami, bez ozdobników, i właśnie dlatego jej bohaterowie są tak bliscy czytelnikowi.",
        "Środek książki nieco się dłuży, ale zakończenie wynagradza cierpliwość z nawiązką. Polecam bez wahania.",
        "Najmocniejsze są rozdziały o dzieciństwie narratorki: pamięć wraca w nich falami, niepewna i pełna dziur, a "
        "mimo to każda scena ma swój zapach, swoje światło i swój ciężar.",
        "Słabiej wypadają listy ojca, wplecione w opowieść trochę na siłę. Ale to drobiazg wobec całości, która "
        "zostaje w głowie na długo po zamknięciu książki.",
        "Ocena: 8/10",
        "Anna Nowak. Cicha rzeka. – Kraków: Wydawnictwo Sowa",
    ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (f'<html lang="pl"><head><meta charset="utf-8"><title>Miasteczko, którego nie ma | Pismo</title></head>'
            f'<body><header><a href="/">Pismo</a></header><main><article><h1>Miasteczko, którego nie ma</h1>'
            f'<div class="entry-content">{body}</div></article></main><footer>© 2026 Pismo</footer></body></html>')
    record = extract_page(html.encode(), "https://pismo.example/recenzje/miasteczko")
    assert (record.book_title, record.book_author) == ("Cicha rzeka", "Anna Nowak")


# ---- near misses: no imprint, or no record

def test_near_miss_name_and_house_only():
    # a credit line naming the author and the house, no title between them
    assert _bib("Anna Nowak, Wydawnictwo Sowa", "pl") is None


def test_near_miss_sentence_naming_a_publisher():
    # a thank-you sentence: its clause about the house is long, no record's part
    line = "Dziękuję – to był prezent, który dostałam od bardzo miłej pani z wydawnictwa w Krakowie"
    assert _bib(line, "pl") is None
    assert not bookbiblio._imprinted(["Dziękuję – to był prezent", "który dostałam od bardzo miłej pani z wydawnictwa w Krakowie"])


def test_near_miss_clause_holding_a_house_word():
    # an unspaced script's clause that only holds the house's word ("it was the publisher's friend who sent it") is no
    # imprint: the word neither opens nor closes the part
    assert not bookbiblio._imprinted(["李华的《远山》", "是出版社的编辑送给我的"])
    assert bookbiblio._imprinted(["远山 – 李华", "青鸟出版社"])


def test_near_miss_dash_area_without_place_and_colon():
    # a remark after a dash in lower case, no "Place: P"
    assert not bookbiblio._imprinted(["Anna Nowak", "Cicha rzeka", "– czytałam ją dwa razy"])
    assert _bib("Anna Nowak. Cicha rzeka. – czytałam ją dwa razy", "pl") is None
