"""A short unrated review under a headline naming its book ('„T“ на A') carries the reviewer's voice twice: the
Bulgarian aorist 'прочетох' (I read) with its book, 'it' or 'them' (a collection's poems), and the unevenness of
the parts granted, 'not all of them are equally …' (in many languages: its own hedge) (shortjudge, s33). Near
misses: 'not all' with no 'equally' (no fault granted), readers rather than the book's parts are not at issue in a
question, a publisher's notice and an event notice under the same headline shape, a 'currently reading' note (bg and
ru), an excerpt post. Texts of our own.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.readvoice import reads
from scraper.extract.reservation import reserves


def _page(lang: str, title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{title}</h1><div class="entry-content">{body}</div>'
            "</article></body></html>")


_BG = [
    "Разказите са от седемдесетте години, а се четат като писани днес. Петрова следи малки хора в малък град и "
    "всеки от тях носи своята тиха история.",
    "Езикът е прост и точен, без украса. Прочетох ги за два вечера край печката и после се върнах към първия.",
    "Не всички разкази са еднакво добри, два-три остават недовършени. Но книгата заслужава място на всеки рафт.",
]


def test_short_bulgarian_review_with_two_voice_marks_is_a_review():
    record = extract_page(_page("bg", "„Малкият град“ на Мария Петрова", _BG),
                          "https://chetene.example.bg/2026/12/malkiyat-grad.html")
    assert record.kind == "review", (record.kind, record.reason)
    assert (record.book_title, record.book_author) == ("Малкият град", "Мария Петрова")


def test_the_marks_in_several_languages():
    assert reads("Прочетох я за една нощ.") and reads("Книгата я дочетох вчера.")
    assert not reads("Прочетох статия за нея.")  # (an article read, not the book)
    for line in ("Not all of the stories are equally strong.", "Nie wszystkie wiersze są równie dobre.",
                 "Не все рассказы одинаково сильны.", "Nicht alle Gedichte sind gleich stark."):
        assert reserves([line]), line


def test_not_all_without_equally_grants_nothing():
    assert not reserves(["Not all of us read poetry, but this collection found its way to me."])
    assert not reserves(["Не всички читатели обичат поезия, но тази книга стигна до мен."])
    assert not reserves(["Are not all of the stories equally strong?"])  # (a question)


def test_publisher_notice_and_event_notice_stay_no_review():
    notice = ["Издателство „Светлина“ представя новата книга на Мария Петрова, която излиза на 10 декември.",
              "Книгата може да бъде поръчана предварително от сайта на издателството на цена 18 лв."]
    event = ["Заповядайте на 12 декември от 18:30 ч. в читалище „Развитие“ за среща с Мария Петрова.",
             "Авторката ще чете откъси от новата си книга и ще дава автографи."]
    for text in (notice, event):
        record = extract_page(_page("bg", "„Малкият град“ на Мария Петрова", text),
                              "https://svetlina.example.bg/2026/12/malkiyat-grad.html")
        assert record.kind != "review", (record.kind, record.reason)


def test_currently_reading_notes_stay_no_review():
    for lang, title, text in (
        ("bg", "„Малкият град“ на Мария Петрова", ["В момента чета тази книга. Засега ми харесва."]),
        ("ru", "«Малый город» Марии Петровой", ["Сейчас читаю эту книгу. Пока нравится."]),
    ):
        record = extract_page(_page(lang, title, text), "https://chetene.example.bg/2026/12/sega.html")
        assert record.kind != "review", (lang, record.kind, record.reason)


def test_excerpt_post_stays_no_review():
    text = ["Ето откъс от новата книга на Мария Петрова:",
            "> Градът спеше, а над покривите бавно минаваше последният влак за морето, празен и светъл."]
    record = extract_page(_page("bg", "Откъс: „Малкият град“ на Мария Петрова", text),
                          "https://chetene.example.bg/2026/12/otkas.html")
    assert record.kind != "review", (record.kind, record.reason)
