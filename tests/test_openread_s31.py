"""A post that opens on its writer's reading of its own book (openread.opens_on_reading): the first sentence of its
first paragraph of prose says the book was read or finished, the verb first with its subject dropped (a diary's
"Перечитал «T»", "Finished A's *T*") or after the first person, the object first in Japanese ("Aさんの『T』を読んだ"),
and the title the post's own book set off. Read by shortverdict.verdict_marks (a mark in the reviewer's voice) and by
shortmarks.text_read_review (a book read only in the text is the post's subject, as a headline naming it would be),
through openread.post_opens_on_reading: not under a headline that asks, nor beside another title set off. Texts of
our own; near misses: a reading to come, a wish, another's reading, an imperative, a question, a reading named further
down a notice, a draft finished, another title read, a forum's request for books like the one read."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.openread import opens_on_reading, post_opens_on_reading


@pytest.mark.parametrize("text, book", [
    ("Finished Ines Harwood's *The Lantern Coast* on the night bus home.\n\nMore prose.", "The Lantern Coast"),
    ("Перечитал «Северный ветер» — повесть, которую не открывал со школы.", "Северный ветер"),
    ("Наконец дочитала «Дом у реки» и не могу прийти в себя.", "Дом у реки"),
    ("I've just finished *A House of Salt* and I need a minute.", "A House of Salt"),
    ("森川さんの『灯台の夏』を読んだ。静かな長編。", "灯台の夏"),
    ("『灯台の夏』を読み終えた。", "灯台の夏"),
    ("读完了林溪的《雨季》，久久不能平静。", "雨季"),
    ("*Ce matin, une note.*\n\nJ'ai lu « Le Phare noir » en deux soirs.", "Le Phare noir"),  # (an italic note first)
])
def test_opens_on_reading(text, book):
    assert opens_on_reading(text, book)


@pytest.mark.parametrize("text, book", [
    ("Can't wait to read *The Lantern Coast* when it comes out in May!", "The Lantern Coast"),  # to come
    ("Хочу прочитать «Северный ветер» этой зимой.", "Северный ветер"),  # a wish
    ("My son read *The Lantern Coast* for school and loved it.", "The Lantern Coast"),  # another's
    ("Мой сын прочитал «Северный ветер» за выходные.", "Северный ветер"),
    ("Read *The Lantern Coast* now: the first chapter is free on our site.", "The Lantern Coast"),  # imperative
    ("Finished *The Lantern Coast* yet? Tell us in the comments.", "The Lantern Coast"),  # a question
    ("The cover is here!\n\nI read *The Lantern Coast* last spring.", "The Lantern Coast"),  # not the opening
    ("Finished the first draft of *The Lantern Coast* sequel today.", "The Lantern Coast"),  # a draft, not a book read
    ("Finished Ines Harwood's *Tide Tables* on the bus.", "The Lantern Coast"),  # another title
    ("『灯台の夏』を読みたい。", "灯台の夏"),  # ja: a wish
    ("新刊『灯台の夏』が発売された。", "灯台の夏"),  # ja: a release
])
def test_does_not_open_on_reading(text, book):
    assert not opens_on_reading(text, book)


def _post(lang: str, title: str, paragraphs: list[str], url: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{title}</h1><div class="entry-content">{body}</div>'
            '</article></body></html>'), url


RU_REVIEW = _post("ru", "Про маяк, который светил в тумане", [
    "Перечитал «Северный ветер» Анны Гордеевой — тонкую повесть, которую в школе проглотил, ничего не поняв.",
    "Девочка Вера растёт на острове при маяке, отец пьёт, мать уехала на материк. Всё держится на ежедневном "
    "ритуале: зажечь огонь, записать погоду, дождаться судна с почтой. Ничего громкого не происходит, и при этом "
    "от страницы к странице становится всё тревожнее.",
    "Гордеева пишет коротко, почти без эпитетов, и оставляет читателю много воздуха. Самое сильное в повести — "
    "последняя зима, когда Вера остаётся на острове одна.",
    "Середина, правда, провисает: глава про ярмарку на материке лишняя, и её хочется пролистать. Но финал с "
    "письмом до сих пор помню наизусть, а сцену с туманом над проливом перечитывал дважды.",
], "https://mayak.example-journal.com/20417.html")

RU_NOTICE = _post("ru", "Про маяк, который светил в тумане", [
    "В субботу в библиотеке на Садовой откроется выставка рисунков к повести «Северный ветер» Анны Гордеевой.",
    "Художница работала над иллюстрациями два года, ездила на северные острова и жила при настоящем маяке. На "
    "выставке будут эскизы, карты острова, письма читателей и фотографии из экспедиции. Вход свободный, работы "
    "будут висеть до конца месяца.",
    "Гордеева приедет на открытие и подпишет книги. Мой сын прочитал «Северный ветер» прошлой зимой и теперь "
    "рисует маяки на всех тетрадях.",
    "Библиотека работает каждый день, кроме понедельника.",
], "https://mayak.example-journal.com/20418.html")

JA_REVIEW = _post("ja", "霧の島で灯りを守る", [
    "森川澄子さんの『灯台の夏』を読んだ。北の小さな島を舞台にした、短めの長編。",
    "灯台守の父と暮らす少女の一夏を、淡々と追っていく。大きな事件はほとんど起きないのに、ページをめくるたびに"
    "不安が少しずつ積もっていく。霧の描写がとにかく美しく、読んでいるこちらまで肌寒くなる。",
    "少女が一人で灯りをともす場面がいちばん好きだ。説明を削った文章なので、途中で置いていかれる人もいると思う。"
    "自分も最初は戸惑ったが、最後の手紙の場面で全部がつながった気がした。",
    "英訳も出ているそうなので、いつか読み比べてみたい。",
], "https://kiri.example-diary.jp/entry/2026/11/02/210000")


@pytest.mark.parametrize("page", [RU_REVIEW, JA_REVIEW])
def test_a_post_opening_on_its_reading_is_a_review(page):
    record = extract_page(*page)
    assert record.is_review, (record.kind, record.reason)


def test_a_notice_naming_a_reading_further_down_is_no_review():
    record = extract_page(*RU_NOTICE)
    assert not record.is_review, (record.kind, record.reason)


ASK = _post("en", "Village novels, but set far from the sea?", [
    "I just finished Ines Harwood's *The Lantern Coast* last week (late to it, I know) and loved how it makes a whole "
    "village the main character: the feuds, the weather, the boats that never come back.",
    "Is there anything like it set far from the sea? I have already tried *Tide Tables* by Owen Marsh, which was close "
    "but felt thin. Translations are welcome, and so are older books, as long as the place feels lived in. I mostly "
    "read on the train, so something I can pick up and put down in twenty-minute stretches would suit me best, but "
    "a long family saga over several generations would be fine too if the town itself stays at the centre of it.",
    "(Posted in the reading club's forum too; answers in either place are welcome.)",
], "https://forum.example-readers.org/t/4412/novels-like-the-lantern-coast")


def test_a_request_for_books_like_the_one_read_is_no_review():
    record = extract_page(*ASK)
    assert not record.is_review, (record.kind, record.reason)


def _ev(title: str, markdown: str, book: str):
    from types import SimpleNamespace
    return SimpleNamespace(title=title, body=((), markdown), book_title=book)


def test_post_opens_on_reading_not_under_a_question_nor_beside_another_title():
    text = "I just finished Ines Harwood's *The Lantern Coast* and loved the village in it."
    assert post_opens_on_reading(_ev("Notes from the night bus", text, "The Lantern Coast"))
    assert not post_opens_on_reading(_ev("Anything like it, but inland?", text, "The Lantern Coast"))
    other = text + " Next: *Tide Tables*."  # (another title set off)
    assert not post_opens_on_reading(_ev("Notes from the night bus", other, "The Lantern Coast"))
