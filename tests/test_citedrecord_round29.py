"""Round 29 (DETBOOK3): a book's bibliographic record closing a review, "Author. Title. City: Publisher, Year"
(citedrecord.cited_record), is the review's own line, never the lead-in of a follow-me or plea line set right after
it (boilerplate's lead-in rule). Russian, Polish and English records; near misses: lines with no imprint, and an
italic lead-in that is no record still goes with the line after it.

Every text here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.citedrecord import cited_record
from tests.cleaning import cleaned, paras

RU = ["Роман начинается на маленькой станции, где героиня ждёт поезд, который давно отменили, и вспоминает всю свою жизнь.",
      "Язык точный и сухой, но к середине книги от него уже невозможно оторваться, и финал остаётся с тобой надолго."]
PL = ["Powieść zaczyna się w małym porcie nad Bałtykiem, gdzie stara rybaczka co rano naprawia sieci i opowiada o bracie.",
      "Język jest spokojny i dokładny, postacie rosną powoli, a zakończenie długo nie daje o sobie zapomnieć."]


def _follow(text: str) -> str:
    return f"<p><a href='https://t.me/knizhnaya_polka_example'>{text}</a></p>"


def test_a_russian_record_before_a_follow_me_line_stays():
    record = "Ирина Соколова. Пустая станция. М.: Северный ветер, 2025"
    text, rules = cleaned(paras(*RU) + f"<p><i>{record}</i></p>" + _follow("Подписывайтесь на наш канал в Telegram"), "paper.example")
    assert record in text, rules
    assert "Подписывайтесь" not in text, rules


def test_a_polish_record_before_a_follow_me_line_stays():
    record = "Hanna Bergowa, Rybaczka, Kraków: Wydawnictwo Mewa, 2024, 288 s."
    text, rules = cleaned(paras(*PL) + f"<p><em>{record}</em></p>" + _follow("Obserwuj nas na Telegramie"), "gazeta.example")
    assert record in text, rules


def test_an_italic_lead_in_that_is_no_record_still_goes():
    lead = "Хотите больше книжных новостей?"
    text, rules = cleaned(paras(*RU) + f"<p><i>{lead}</i></p>" + _follow("Подписывайтесь на наш канал в Telegram"), "paper.example")
    assert lead not in text and "lead-in of follow-me line" in rules, rules


def test_cited_record_shapes_and_near_misses():
    assert cited_record("Ирина Соколова. Пустая станция. СПб.: Азбука, 2019")
    assert cited_record("Олена Гай. Тиша. Київ: Видавництво Лева, 2024. — 288 с.")
    assert cited_record("Ann Lee. The Orchard. New York: Hollow Press, 2024. 320 pp.")
    assert not cited_record("Ann Lee. The Orchard.")  # no imprint
    assert not cited_record("Subscribe now: Telegram, 2026")  # one part before it
    assert not cited_record("Встреча клуба: Библиотека, 2026")  # one part before it
    assert not cited_record("Ann Lee. The Orchard. New York: https://press.example, 2024")  # a link
