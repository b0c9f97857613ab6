"""bookdashrecord: a shop's page title "Category - T - A | Shop" whose record row gives A again (book10)."""

from lxml import html as lxml_html

from scraper.extract.bookdashrecord import dashed_record


def shop(title: str, rows: list[tuple[str, str]]) -> object:
    cells = "".join(f'<div class="spec-row"><label>{k}</label><div>{v}</div></div>' for k, v in rows)
    return lxml_html.fromstring(f"""<html><head><title>{title}</title></head><body>
<div class="buy"><button>Do koszyka</button><button>Kup teraz</button></div>
<section class="spec">{cells}</section><div class="opinion"><p>Czytałam to w pociągu, dobra rzecz.</p></div></body></html>""")


def test_polish_and_russian_shop_titles():
    book = dashed_record(shop("Książka - Dom nad rzeką - Marta Kowalczyk - Wydawnictwo Sowa | Sklep Czytam",
                              [("Autor", "Marta Kowalczyk"), ("Wydawca", "Wydawnictwo Sowa"), ("Stron", "312")]))
    assert book and (book.title, book.author) == ("Dom nad rzeką", "Marta Kowalczyk")
    book = dashed_record(shop("Лесная сторожка – Анна Ковалёва | Книжный магазин", [("Автор", "Анна Ковалёва"), ("Страниц", "240")]))
    assert book and (book.title, book.author) == ("Лесная сторожка", "Анна Ковалёва")


def test_near_misses():
    # the record's first name (its author) is not in the title: the publisher after the title is no author
    assert dashed_record(shop("Dom nad rzeką - Wydawnictwo Sowa | Sklep", [("Autor", "Marta Kowalczyk"), ("Wydawca", "Wydawnictwo Sowa")])) is None
    # a name in the title that no record row gives again
    assert dashed_record(shop("Dom nad rzeką - Marta Kowalczyk | Sklep", [("Stron", "312")])) is None
    # the name first in the title: nothing before it is the title
    assert dashed_record(shop("Marta Kowalczyk - Sklep autorski", [("Autor", "Marta Kowalczyk")])) is None
