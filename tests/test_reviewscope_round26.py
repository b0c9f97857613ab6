"""The review's pros and cons beside its text box in a schema.org Review (scraper/extract/reviewscope.py), our markup.

The labelled lines right before the ``reviewBody`` inside a Review scope ("<b>Плюсы:</b> …", "<b>Zalety:</b> …") are the
reviewer's and join the body; the name row, a linked line, lines outside a Review scope and lines parted from the text
by other rows stay out.
"""

from __future__ import annotations

import lxml.html

from scraper.extract import extract_page
from scraper.extract.reviewscope import gather_labelled_lines

RU = ["Взяла книгу в дорогу и не пожалела: история маленького северного города, где все друг другу что-то должны, читается на одном дыхании.",
      "Автор пишет скупо, но точно, а второстепенные герои порой интереснее главного, особенно старая почтальонша с её тетрадкой долгов.",
      "Финал немного поспешный, но в целом это одна из лучших книг, прочитанных мной в этом году.",
      "Отдельно понравилось, как автор пишет погоду: ветер, снег и туман здесь почти отдельные персонажи, и без них город был бы другим.",
      "Язык простой, без украшений, но в нём много тихого юмора, особенно в сценах на почте и в очереди за хлебом.",
      "Советую читать медленно, по главе за вечер, тогда город успевает стать своим."]
PL = ["Książkę przeczytałam w dwa wieczory: to historia małego miasteczka nad morzem, w którym wszyscy są sobie coś winni, opowiedziana bez pośpiechu.",
      "Autorka pisze oszczędnie, ale celnie, a dialogi sąsiadów są jednocześnie zabawne i smutne, jak to w małych miejscowościach bywa.",
      "Zakończenie jest trochę pospieszne, ale i tak polecam każdemu, kto lubi spokojną prozę.",
      "Szczególnie podobało mi się, jak autorka pisze pogodę: wiatr, mgła i sztorm są tu niemal osobnymi bohaterami tej opowieści.",
      "Język jest prosty, bez ozdobników, ale pełen cichego humoru, zwłaszcza w scenach na poczcie i w kolejce po chleb.",
      "Radzę czytać powoli, rozdział na wieczór, wtedy miasteczko zdąży stać się własne."]


def _page(review: list[str], lines: str, itemtype: str = "http://schema.org/Review") -> str:
    text = "".join(f"<p>{t}</p>" for t in review)
    return (f"<html><head><title>Отзыв | Отзывы читателей</title></head><body><div id='content'>"
            f"<div class='review' itemscope itemtype='{itemtype}'><div class='who'><a href='/users/ana'>ana</a> 03.12.2026</div>"
            f"<h2 itemprop='name'>Город долгов</h2>{lines}<div class='text' itemprop='reviewBody'>{text}</div></div>"
            "</div></body></html>")


def test_pros_and_cons_before_the_review_body_join_it():
    for review, pro, con in ((RU, "<b>Плюсы:</b> язык, юмор, северный город", "<b>Минусы:</b> поспешный финал"),
                             (PL, "<b>Zalety:</b> język, humor, nadmorskie miasteczko", "<b>Wady:</b> pospieszne zakończenie")):
        record = extract_page(_page(review, f"<div class='plus'>{pro}</div><div class='minus'>{con}</div>"), "https://otzyvy.example/content/review-1")
        for line in (pro, con):
            plain = lxml.html.fromstring(f"<div>{line}</div>").text_content()
            assert plain.replace(" ", "") in record.body_text.replace(" ", ""), record.body_text  # (the label glued to its words)
        assert all(t in record.body_text for t in review)


def _body(html: str):
    return lxml.html.fromstring(html).xpath("//*[@itemprop='reviewBody']")[0]


def test_lines_outside_a_review_or_linked_or_parted_stay_out():
    pro = "<div class='plus'><b>Zalety:</b> język i humor</div>"
    cases = [_page(PL, pro, itemtype="http://schema.org/Product"),  # not a Review's scope
             _page(PL, "<div class='plus'><b>Autor:</b> <a href='/autor/1'>Anna Nowak</a></div>"),  # a linked line
             _page(PL, pro + "<div class='stars'>★★★★☆</div>")]  # parted from the text by the star row
    for html in cases:
        assert gather_labelled_lines(_body(html)) == 0


def test_a_body_that_is_no_review_body_is_left_alone():
    html = "<html><body><div itemscope itemtype='http://schema.org/Review'><div><b>Zalety:</b> język</div><div class='text'><p>x</p></div></div></body></html>"
    body = lxml.html.fromstring(html).cssselect(".text")[0]
    assert gather_labelled_lines(body) == 0
