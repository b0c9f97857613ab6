"""Another member's post quoted in a forum review (scraper/extract/memberquotes.py), in our own words and markup.

The engines' member quotes (XenForo's titled bbCodeBlock, phpBB's cite "X wrote:", Discourse's aside with a username,
Invision's ipsQuote, vBulletin's postedby, SMF's quoteheader) go; the poster's answer after them stays, and so do
quotations without a member's attribution (a passage of the book).
"""

from __future__ import annotations

import lxml.html

from scraper.extract import extract_page
from scraper.extract.memberquotes import member_quotes

VI = ["Mình đọc cuốn này trong một tuần mưa ở Huế, và phải nói là lâu lắm rồi mới có cuốn tiểu thuyết làm mình nghĩ nhiều đến vậy về gia đình.",
      "Câu chuyện xoay quanh ba thế hệ phụ nữ trong một ngôi nhà cũ bên sông, mỗi người giữ một bí mật mà không ai dám nói ra.",
      "Văn phong chậm rãi nhưng rất tinh tế, đoạn cuối làm mình ngồi im cả buổi tối."]
RU = ["Прочитала роман за три вечера и до сих пор под впечатлением: история маленького северного города, где все друг другу что-то должны.",
      "Автор пишет очень точно и без лишних слов, а второстепенные герои порой интереснее главного, особенно старая почтальонша.",
      "Финал немного поспешный, но книгу всё равно рекомендую всем, кто любит неторопливую прозу."]


def _thread(inner: str, lang: str) -> str:
    return (f"<html lang='{lang}'><head><title>Review | Diễn đàn</title></head><body><div class='p-body'>"
            f"<article class='message'><div class='message-content'><div class='bbWrapper'>{inner}</div></div></article>"
            "</div></body></html>")


def _xenforo(name: str, said: str, verb: str) -> str:
    return (f"<blockquote class='bbCodeBlock bbCodeBlock--quote'><div class='bbCodeBlock-title'>{name} {verb}:</div>"
            f"<div class='bbCodeBlock-content'>{said}</div></blockquote>")


def test_a_xenforo_member_quote_in_the_post_goes():
    for review, name, said, verb, lang in (
            (VI, "minhanh_88", "Cuốn này có bản dịch tiếng Anh chưa bác? Mình nghe bảo dài lắm.", "said", "vi"),
            (RU, "Читатель_42", "А перевод на английский есть? Слышал, что книга очень длинная.", "написал(а)", "ru")):
        inner = "".join(f"<p>{t}</p>" for t in review[:2]) + _xenforo(name, said, verb) + f"<p>{review[2]}</p>"
        record = extract_page(_thread(inner, lang), "https://forum.example/threads/review.123/")
        assert said not in record.body_text
        assert all(t in record.body_text for t in review), record.body_text


def _body(inner: str):
    return lxml.html.fromstring(f"<html><body><div class='post'>{inner}</div></body></html>").cssselect(".post")[0]


def test_other_engines_member_quotes_are_found():
    shapes = ["<blockquote><cite>ana_reads wrote:</cite>Is there a sequel? I loved the first one.</blockquote>",
              "<aside class='quote' data-username='ana'><div class='title'>ana:</div><blockquote>Is there a sequel?</blockquote></aside>",
              "<blockquote class='ipsQuote' data-ipsquote-username='ana'><div>Czy jest kontynuacja?</div></blockquote>",
              "<div class='bbcode_quote'><div class='bbcode_postedby'>Originally Posted by ana</div><div class='message'>Is there a sequel?</div></div>"]
    for shape in shapes:
        body = _body(f"<p>{RU[0]}</p>{shape}<p>{RU[1]}</p>")
        assert len(member_quotes(body)) == 1, shape


def test_a_quotation_of_the_book_stays():
    # the same engines print a passage of the book without a member's attribution
    for shape in ("<blockquote class='bbCodeBlock bbCodeBlock--quote'><div class='bbCodeBlock-content'>Con sông ấy chảy qua cả ba thế hệ.</div></blockquote>",
                  "<blockquote>Река помнит всех, кто жил на её берегу.<cite>— из романа</cite></blockquote>",
                  "<blockquote><cite>Глава третья</cite>Река помнит всех, кто жил на её берегу.</blockquote>"):
        body = _body(f"<p>{VI[0]}</p>{shape}<p>{VI[1]}</p>")
        assert member_quotes(body) == [], shape
