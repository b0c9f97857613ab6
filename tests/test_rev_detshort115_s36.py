"""Misfires of detshort115's rules on pages nobody wrote them for, and the merge of its capsule rule (rev-detshort115).

- paperdrive: a closing italic line of the review's own that speaks of a subscription to a paper (a quotation from a
  novel about a newsroom, the plot's last scene) is no subscription drive: the drive tells where to subscribe, an
  index or a link;
- bookgeorgian.comma_headline: a house named after a person ("გამომცემლობა სულაკაური, „T“", the text saying
  "სულაკაურის გამომცემლობის") is no author;
- reviewlength.rated_capsule and shortheaded.capsule are one rule (shortheaded.capsule): the title named again in the
  prose or set off in quotation marks again, whole.
Texts of our own.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.shortheaded import quoted_again
from test_short_scripts_s36 import _KA, _page, _paper

_RU = ["Роман Анны Соколовой «Вечерний выпуск» рассказывает о маленькой редакции в провинции, где трое журналистов "
       "пытаются спасти газету от закрытия.",
       "Соколова пишет живо и с юмором, хотя финал получился скомканным. Лучшие страницы – ночные смены в типографии, "
       "споры о заголовках и письма читателей.",
       "Книга понравится всем, кто хоть раз работал в редакции."]


def test_a_closing_italic_quotation_from_a_novel_about_a_paper_stays():
    body = "".join(f"<p>{p}</p>" for p in _RU) + ("<p><em>«Подписка на газету – это обещание, что завтра мы будем "
                                                  "здесь», – говорит главный редактор.</em></p>")
    html = ('<html lang="ru"><head><meta charset="utf-8"><title>Вечерний выпуск</title></head><body>'
            '<article class="post"><h1 class="entry-title">Анна Соколова, «Вечерний выпуск»</h1>'
            f'<div class="entry-content">{body}</div></article></body></html>')
    record = extract_page(html, "https://knigi.example.ru/2026/11/vechernij-vypusk")
    assert "это обещание" in record.body_text


def test_a_closing_italic_line_of_the_plot_telling_of_a_subscription_stays():
    line = "<p><em>Повестің соңғы сөзі: атасы немересіне газетке жазылу түбіртегін қалдырып кетеді.</em></p>"
    record = extract_page(_paper(line), "https://aqparat.example.kz/madeniet/518-zhana-povest")
    assert "түбіртегін" in record.body_text


def test_the_papers_drive_with_a_link_in_place_of_an_index_still_goes():
    line = '<p><em>Газетімізге жазылу – <a href="https://aqparat.example.kz/zhazylu">сайтта</a>.</em></p>'
    record = extract_page(_paper(line), "https://aqparat.example.kz/madeniet/519-zhana-povest")
    assert "жазылу" not in record.body_text and "ең жылы беттер" in record.body_text


def test_a_georgian_headline_naming_a_house_after_a_person_gives_no_author():
    text = [_KA[0].replace("გიორგის", "ბაკურ სულაკაურის გამომცემლობის"), _KA[1],
            "სულაკაურის გამომცემლობა ყოველ წელს ასეთ პატარა, ლამაზ წიგნებს გვთავაზობს."]
    record = extract_page(_page("ka", "გამომცემლობა სულაკაური, „ქვის ბაღი“", text + ["შეფასება: 9/10"]),
                          "https://tsignebi.example.ge/2026/11/kvis-baghi-3.html")
    assert record.book_author != "გამომცემლობა სულაკაური"


def test_a_title_quoted_again_must_be_whole():
    assert quoted_again("Tog‘dagi uy", ["Nodira Karimovaning “Tog‘dagi uy” qissasi"])
    assert not quoted_again("Rain", ["after “Rainbow Bridge” so much"])
    assert not quoted_again("Tog", ["Nodira Karimovaning “Tog‘dagi uy” qissasi"])
