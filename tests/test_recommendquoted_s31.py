"""The writer's recommendation in the first person (shortverdict.recommends) in a line that holds quotation marks:
counted when no quotation is open where the verb stands — the marks before it come in pairs and none is in the verb's
own sentence, and those after it in that sentence come in pairs (the writer's sentence quoting a phrase after the
verb). Sentences of our own; near misses: a blurb's quotation opened before the verb, a quoted title before the verb in
its sentence, a quotation left open after the verb."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.shortverdict import recommends


@pytest.mark.parametrize("line", [
    "Советую каждому, кто любит повторять «не всё так просто».",
    "I recommend it to anyone who still says “it was only a phase”.",
    "Der Verlag nennt es „ein Meisterwerk“. Ich empfehle es trotzdem nur Geduldigen.",
])
def test_recommends_beside_a_phrase_quoted(line):
    assert recommends([line])


@pytest.mark.parametrize("line", [
    "“A marvel from start to finish. I recommend it to everyone,” says the bookseller on the back cover.",
    "«Очень советую», — пишет издатель в аннотации.",
    "Our club's pick, “Tide Tables. I recommend it warmly,",  # a quotation left open over the verb
    "Ich empfehle es allen, die „Schönheit ohne Hoffnung",  # ... or opened after it and never closed
])
def test_no_recommendation_inside_a_quotation(line):
    assert not recommends([line])


def _post(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="ru"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{title}</h1><div class="entry-content">{body}</div>'
            '</article></body></html>')


def test_a_warned_post_recommending_its_book_beside_a_quoted_phrase_is_a_review():
    page = _post("Зимнее чтение", [
        "*Предупреждение: дальше речь о голоде и насилии в тюрьме.*",
        "Этой зимой я снова снял с полки «Сухой лёд» Ильи Карпова. Читал по главе за вечер, больше не выдерживал.",
        "Карпов провёл в заключении девять лет, и его проза — не мемуары в привычном смысле. В ней нет утешения и "
        "нет героя, который становится лучше. Тюрьма ломает всех одинаково: и сидящих, и охрану. Человек думает о "
        "хлебе и тепле, и больше ни о чём, и страшнее всего то, как ровно и коротко это написано.",
        "Главы очень разные: есть на страницу, есть почти на полсотни. Сильнее всего, по-моему, те, где ничего не "
        "происходит и человек просто ждёт утра.",
        "Советую каждому, кто любит повторять «не всё так однозначно».",
    ])
    record = extract_page(page, "https://zima.example-journal.com/77120.html")
    assert record.is_review, (record.kind, record.reason)


def test_a_notice_quoting_a_blurbs_recommendation_is_no_review():
    page = _post("Новое издание", [
        "*Предупреждение: дальше речь о голоде и насилии в тюрьме.*",
        "Издательство «Полярная звезда» выпустило новое издание книги «Сухой лёд» Ильи Карпова с предисловием "
        "историка и картами лагерей. Тираж — три тысячи экземпляров, книга уже поступила в магазины города.",
        "Карпов провёл в заключении девять лет; книга впервые вышла за границей и долго ходила в самиздате. В новое "
        "издание вошли три главы, которые раньше не печатались, и письма автора к сестре.",
        "«Советую каждому», — пишет в предисловии историк. Презентация пройдёт в городской библиотеке.",
    ])
    record = extract_page(page, "https://zima.example-journal.com/77121.html")
    assert not record.is_review, (record.kind, record.reason)
