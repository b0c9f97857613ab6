"""Detection (holdout37 round, detfp): pages that are no reviews and were read as one.

- listedbook: a list item opening on its maker and its quoted title ("- Jane Austen, “Emma”. …", bold or not, either
  way round) names a book, so a bookshop's or a newsletter's list of them is a list.

Our own lines and pages (ru, en, uk, de, pl), with near misses.
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.listedbook import listed_book


@pytest.mark.parametrize("line, title, author", [
    ("1. **Анна Котова, «Белый двор».** Тихий роман о деревне. Оценка продавца: 9/10.", "Белый двор", "Анна Котова"),
    ("- Анна Котова, «Белый двор». Тихий роман о деревне.", "Белый двор", "Анна Котова"),
    ("2. «Білий двір», Ганна Котова — тихий роман про село.", "Білий двір", "Ганна Котова"),
    ("- Miriam Hale, *The Salt Orchard*. Our staff's favourite this winter.", "The Salt Orchard", "Miriam Hale"),
    ("3. **Miriam Hale – “The Salt Orchard”:** a slow family saga.", "The Salt Orchard", "Miriam Hale"),
    ("- Greta Lindner, „Das Salzhaus“. Ein leiser Familienroman.", "Das Salzhaus", "Greta Lindner"),
])
def test_an_item_opening_on_maker_and_quoted_title_names_a_book(line, title, author):
    book = listed_book(line)
    assert book is not None and (book.title, book.author) == (title, author)


@pytest.mark.parametrize("line", [
    "- В «Белом дворе» Котова пишет о деревне.",  # the title inside a sentence
    "- Мы читали «Белый двор», и это было хорошо.",  # a sentence, lower-case words before the title
    "- I reread “The Salt Orchard” last week.",
    "- Dann kam „Das Salzhaus“, ein leiser Roman.",  # one capitalised word only
    "## Miriam Hale, “The Salt Orchard”, and what it taught me about grief and about the sea",  # not the item's opening unit
])
def test_near_misses_name_no_listed_book(line):
    book = listed_book(line)
    assert not (book and book.author)


def _newsletter(items: list[str], lead: str, title: str) -> str:
    lis = "".join(f"<li>{item}</li>" for item in items)
    return (f'<html lang="ru"><head><meta charset="utf-8"><title>{title}</title></head><body><table><tr><td>'
            f"<h1>{title}</h1><p>{lead}</p><ol>{lis}</ol><p>Все книги есть на полках магазина, приходите до праздников.</p>"
            "</td></tr></table></body></html>")


RU_ITEMS = [
    "<b>Анна Котова, «Белый двор».</b> Тихий роман о деревне после войны, медленный и тёплый. Оценка продавца: 9/10.",
    "<b>Пётр Вольский, «Северная линия».</b> Железная дорога, метель и трое попутчиков; читается за вечер.",
    "<b>Ирина Сомова, «Дом на сваях».</b> Семейная история на Волге, письма и фотографии. Оценка продавца: 7/10.",
    "<b>Олег Ларин, «Соль».</b> Короткие рассказы о рыбаках Белого моря, грубые и смешные.",
    "<b>Вера Гусева, «Остров».</b> Неожиданно попала в список благодаря нашему клубу читателей.",
]


def test_a_newsletters_list_of_named_books_is_a_list():
    html = _newsletter(RU_ITEMS, "Дорогие читатели! Декабрь был тёмным, и вы покупали толстые романы. "
                       "Мы посчитали, какие книги уходили быстрее всего, и попросили продавцов сказать о каждой пару слов.",
                       "Пять книг декабря: что у нас покупали")
    record = extract_page(html, "https://shop.example.ru/web/issue/2026-12-pyat-knig")
    assert not record.is_review and record.kind == "list", (record.kind, record.reason)


def test_near_miss_a_review_with_one_read_alike_stays_a_review():
    paragraphs = [
        "«Белый двор» Анны Котовой я читала две недели, по главе за вечер, и ни разу не пожалела об этом.",
        "Котова пишет о деревне после войны без пафоса: вдова, двое сыновей, корова и бесконечная зима. "
        "Сюжет движется медленно, но каждая сцена точна, а диалоги звучат так, будто их записали на магнитофон.",
        "Слабее всего последняя часть, где сыновья уезжают в город: там автор торопится и пересказывает годы в абзаце. "
        "Но финал с письмом из Ленинграда всё искупает. Котова умеет молчать там, где другой стал бы объяснять.",
        "Моя оценка: 8/10. Советую тем, кто любит неспешные семейные романы.",
    ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs) + "<p>Если понравится, прочтите ещё:</p><ul><li>Ирина Сомова, «Дом на сваях».</li></ul>"
    html = (f'<html lang="ru"><head><meta charset="utf-8"><title>Анна Котова, «Белый двор»</title></head><body>'
            f"<article><h1>Анна Котова, «Белый двор»</h1>{body}</article></body></html>")
    record = extract_page(html, "https://knigi.example.ru/2026/12/belyj-dvor/")
    assert record.is_review, (record.kind, record.reason)
