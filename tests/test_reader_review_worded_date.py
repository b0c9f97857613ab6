"""A reader's name line whose date is written in words (readerreview.keep_review): a shop's or catalogue's review head
"Name 14 de mayo de 2025", "Имя 3 марта 2026" goes as "14/11/2026 Name" went; a sentence of the review that names a
date in words stays. Pages invented for these tests, in our own words and markup."""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract import readerreview

ES = ("Lo compré para un viaje largo en bus y lo terminé antes de llegar. La farera viuda cuida sola la luz durante un "
      "invierno duro, y las pocas familias de la isla entran y salen de su cocina con chismes, sopa y malas noticias. "
      "El final me acompañó varios días; le doy un 8 sobre 10.")
RU = ("Купила для поездки к родителям и дочитала ещё в поезде. Вдова смотрителя одна держит маяк всю суровую зиму, а "
      "немногие соседи с острова приносят ей на кухню сплетни, суп и дурные вести с материка. Финал не отпускал "
      "меня несколько дней; моя оценка 8 из 10.")


def shop(lang: str, title: str, author_row: str, head: str, text: str, other: str) -> str:
    return f"""<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>
<header><a href="/">Faro Libros</a> <a href="/cart">Cart (0)</a></header>
<div class="product"><h1 class="name">{title}</h1><p class="by">{author_row}</p>
<div class="price">14,90 €</div><button class="add-to-cart">Add</button></div>
<section id="opiniones" class="product-opinions"><h2>Opinions</h2>
<div class="opinion"><div class="opinion-head">{head}</div><div class="opinion-text"><p>{text}</p></div></div>
<div class="opinion"><div class="opinion-head"><span class="who">Otro L.</span></div><div class="opinion-text"><p>{other}</p></div></div>
</section><footer>© 2026 Faro Libros</footer></body></html>"""


def kept(html: str) -> str:
    tree = lxml_html.fromstring(html)
    assert readerreview.keep_review(tree)
    return " ".join(tree.text_content().split())


def test_a_readers_head_with_a_date_in_words_goes_spanish():
    text = kept(shop("es", "La farera", "Autor: Inés Vidal",
                     '<span class="who">Marta Solís</span> <span class="when">14 de mayo de 2025</span>', ES,
                     "Llegó rápido y bien embalado."))
    assert "invierno duro" in text
    assert "Marta Solís" not in text and "14 de mayo" not in text
    assert "bien embalado" not in text


def test_a_readers_head_with_a_date_in_words_goes_russian():
    text = kept(shop("ru", "Смотрительница", "Автор: Инес Видаль",
                     '<span class="who">Ольга Петрова</span> <span class="when">3 марта 2026</span>', RU,
                     "Доставили быстро, упаковка целая."))
    assert "суровую зиму" in text
    assert "Ольга Петрова" not in text and "3 марта 2026" not in text


def test_near_miss_a_sentence_of_the_review_naming_a_date_in_words_stays():
    sentence = "Empecé a leerlo el 14 de mayo de 2025, en la sala de espera del dentista, y no lo solté."
    short = "Leído el 2 de junio de 2025."
    text = kept(shop("es", "La farera", "Autor: Inés Vidal",
                     '<span class="who">Marta Solís</span> <span class="when">14/05/2025</span>',
                     f"{ES}</p><p>{sentence}</p><div><p>{short}</p><p>Más de lo que esperaba.</p></div><p>",
                     "Llegó rápido y bien embalado."))
    assert "sala de espera del dentista" in text
    assert "Marta Solís" not in text
