"""A catalogue's author link written in its own order, surname first and the patronymic last ("Орлова Вера
Андреевна"), read as the reader says the name ("Вера Орлова"), also where only the link's class marks it an author's.
Near misses: a name already in the reader's order whose surname ends like a patronymic ("… Андреевна Лукович"), a
two-word name (no telling its order), a Latin name.

Every page here is invented for these tests (invented shops, books and people, in our own words and markup).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.bookrecord import patronymic_order, record_name

RU_REVIEW = """<p>Купила по совету подруги и прочла за выходные. Орлова пишет о маленьком городе на Волге так, будто сама
прожила там всю жизнь: пристань, рынок, тётки на лавочках, зимняя переправа по льду.</p>
<p>Сюжет простой, зато интонация точная. Середина немного провисает, а финал у Орловой вышел светлым и негромким.
Советую тем, кто любит медленное чтение, долгие
описания и людей, которые говорят мало, а думают много. Мне напомнило старые семейные альбомы: вроде бы ничего
особенного, а оторваться трудно. Издание аккуратное, шрифт крупный, бумага плотная. Ставлю четыре из пяти.</p>"""

UK_REVIEW = """<p>Узяв на подарунок собі й не пошкодував. Гнатишин розповідає про карпатське село в повоєнні роки без
пафосу, дуже стримано, і саме тому читати часом важко.</p>
<p>Найкраще вдалися розділи про зиму та лісорубів; гірше — вставні листи, їх забагато. Але Гнатишин уміє закінчувати:
останні сторінки я перечитав двічі. Раджу тим, хто любить
повільні книжки про людей, які мало говорять і багато працюють. Видання охайне, папір щільний, обкладинка тверда,
шрифт зручний для вечірнього читання. Моя оцінка — чотири з п'яти.</p>"""


def shop(title: str, link: str, review: str, lang: str = "ru") -> str:
    return f"""<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} — купить в магазине Полка</title></head>
<body><header><a class="logo" href="/">Полка</a><nav><a href="/catalog">Каталог</a><a href="/cart">Корзина</a></nav></header>
<main><div class="item-card"><h1 class="item-card__title">{title}</h1>
<div class="item-card__authors">{link}</div>
<div class="item-card__price">540 ₽</div><button class="item-card__buy">В корзину</button></div>
<section class="feedback"><h2>Отзывы</h2><div class="feedback-item"><div class="feedback-item__user">nadia_k</div>
<div class="feedback-item__text">{review}</div></div></section></main>
<footer><a href="/about">О магазине</a></footer></body></html>"""


def test_the_catalogue_order_with_a_patronymic_is_read_in_the_readers_order():
    assert patronymic_order("Орлова Вера Андреевна") == "Вера Орлова"
    assert patronymic_order("Гнатишин Остап Богданович") == "Остап Гнатишин"  # (Ukrainian)
    assert record_name("Орлова Вера Андреевна") == "Вера Орлова"


def test_a_classed_author_link_in_catalogue_order_gives_the_name_in_the_readers_order():
    link = '<a class="item-card__author" href="/author/orlova-vera-andreevna">Орлова Вера Андреевна</a>'
    record = extract_page(shop("Зимняя переправа", link, RU_REVIEW), "https://polka.example/product/5512")
    assert (record.book_title, record.book_author) == ("Зимняя переправа", "Вера Орлова")
    link = '<a class="item-card__author" href="/author/hnatyshyn-ostap">Гнатишин Остап Богданович</a>'
    record = extract_page(shop("Лісоруби", link, UK_REVIEW, "uk"), "https://polka.example/product/5513")
    assert (record.book_title, record.book_author) == ("Лісоруби", "Остап Гнатишин")


def test_names_already_in_order_or_without_a_patronymic_stay_as_written():
    # a surname that ends like a patronymic, the patronymic second: the reader's order already
    assert patronymic_order("Вера Андреевна Лукович") == "Вера Андреевна Лукович"
    assert record_name("Вера Андреевна Лукович") == "Вера Андреевна Лукович"
    assert patronymic_order("Орлова Вера") == "Орлова Вера"  # (two words: no telling the order)
    assert patronymic_order("Vera Orlova") == "Vera Orlova"
    assert patronymic_order("Орлова Вера Андреевна Петрова") == "Орлова Вера Андреевна Петрова"
