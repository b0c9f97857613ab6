"""A free-copy note naming its giver by an imprint or editorial house, ru/uk "редакция"/"редакція" (notegift.edge_gift),
holdout37 round (helper body37b), in our own words: a thanks for a copy sent, at the review's edge; and the note, in
italics before a closing plea, stays in the body (the cleaning's lead-in rule asks housekeeping.a_note). Near misses:
the site's disclaimer naming its editors, a thanks to the editors for printing the piece."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.housekeeping import a_note
from scraper.extract.notegift import edge_gift

RU = ["«Смотритель» Анны Кречетовой я купила случайно, на вокзале, и прочитала за два вечера. Это тихий роман о смотрителе маяка.",
      "Герой ведёт дневник проходящих судов и пишет письма дочери, которую никогда не видел. Язык простой, точный, без лишних красот.",
      "Середина немного провисает, но финал со штормом я перечитала дважды. Моя оценка — восемь из десяти."]


def test_a_thanks_to_an_imprint_for_a_copy_is_a_note():
    assert edge_gift("Электронный экземпляр мне прислали из «Редакции Северного моря», спасибо им!", 0, 5)
    assert edge_gift("Дякую редакції «Маяк» за надісланий примірник!", 4, 5)
    assert a_note("Книгу мне любезно прислала редакция «Северное море», спасибо!")


def test_the_editors_named_otherwise_are_no_note():
    assert not edge_gift("Мнение редакции может не совпадать с мнением автора.", 4, 5)
    assert not edge_gift("Спасибо редакции за публикацию моего отзыва!", 4, 5)
    assert not a_note("Редакция журнала выбрала этот роман книгой месяца.")


def test_the_note_in_italics_before_a_closing_plea_stays():
    note = "Электронный экземпляр мне прислали из «Редакции Северного моря», спасибо им!"
    paragraphs = "".join(f"<p>{t}</p>" for t in RU)
    html = ("<html lang='ru'><head><meta charset='utf-8'><title>Смотритель | Книжный угол</title></head><body>"
            f"<article><h1>Анна Кречетова, «Смотритель»</h1><div class='post-text'>{paragraphs}<p><i>{note}</i></p>"
            "<p class='subscribe-plea'>Подписывайтесь на «Книжный угол», ставьте лайк — так вы поможете блогу ❤️</p></div></article>"
            "</body></html>").encode()
    record = extract_page(html, "https://knizhny-ugol.example.ru/blog/smotritel")
    assert note in record.body_text, record.body_text
    assert record.disclosure
