"""Cleaning rules of the holdout28 round (body recall, boilerplate), on posts of our own words and markup.

- the lead-in rule (a short line typeset apart right before a removed plea goes with it) leaves the book's record
  set as a list's or a table's rows ("<li>Author: …</li><li>Publisher: …</li>"), as it already left the record set
  as lines with <br>: a newspaper's book card under the review (Korean and Spanish here); a list of where to pay
  ("<li>PayPal: <a>…</a></li>") before the plea box still goes as its lead-in;
- a line closing a reader's review that points to more of the writer's work on their own blog or site ("More
  reviews on my blog 'X'", in English, French, Polish, Ukrainian, Chinese, Japanese, Finnish, Hungarian, Turkish
  here) goes, and so does a news site's line linking to its page on a news reader (Hindi, English); the same words inside a paragraph
  of the review, about someone else's blog, or with no "more", stay.
"""

from __future__ import annotations

from scraper.extract import moreonsite
from tests.cleaning import cleaned, paras

KO = ["이 소설은 바닷가 작은 마을에서 빵집을 하는 할머니와 손녀가 한 해 겨울을 함께 보내는 이야기다. 사건은 거의 없지만 페이지마다 밀가루 냄새가 난다.",
      "문장이 담백하고 인물들이 서두르지 않아서 좋았다. 다만 후반부의 회상 장면은 조금 길게 느껴졌고, 결말은 너무 조용히 끝나서 아쉬웠다."]
ES = ["La novela sigue a un farero jubilado que vuelve a la isla donde creció para vaciar la casa de su madre, y encuentra cartas que nadie le había enseñado.",
      "La prosa es sobria y precisa, los diálogos suenan verdaderos y el final, aunque previsible, me dejó pensando varios días en el tren de vuelta."]
PLEA_BOX = "<div class='support-box'><p>{}</p><a class='btn' href='/support'>→</a></div>"


def test_a_book_card_set_as_list_rows_before_a_plea_box_stays():
    for review, rows, plea in (
            (KO, ("제목: 겨울 빵집", "지은이: 한서윤", "출판사: 바다출판", "펴낸날: 2026/09"),
             "이 글이 좋았다면 우리 잡지를 후원해 주세요. 좋은 책이 더 많은 사람에게 닿도록."),
            (ES, ("Título: El último farero", "Autor: Marta Iriarte", "Editorial: Faro Ediciones", "Páginas: 288"),
             "¿Te gustó este artículo? Apoya nuestra revista independiente con una pequeña donación.")):
        card = "<div class='book-card'><img src='/c.jpg' alt=''><ul>" + "".join(f"<li>{r}</li>" for r in rows) + "</ul></div>"
        text, rules = cleaned(paras(*review) + card + PLEA_BOX.format(plea), "mag.example")
        assert all(r in text for r in rows), rules
        assert all(r in text for r in review)


def test_a_book_card_set_as_table_rows_stays():
    rows = ("Título: El último farero", "Autor: Marta Iriarte", "Páginas: 288")
    card = "<table class='ficha'>" + "".join(f"<tr><td>{r}</td></tr>" for r in rows) + "</table>"
    text, rules = cleaned(paras(*ES) + card + PLEA_BOX.format("Apoya nuestra revista independiente con una pequeña donación."), "mag.example")
    assert all(r in text for r in rows), rules


def test_a_list_of_where_to_pay_before_the_plea_box_still_goes():
    pay = ("<ul class='ways'><li>PayPal: <a href='https://pay.example/revista'>pay.example/revista</a></li>"
           "<li>Transferencia: <a href='/cuenta'>ver la cuenta</a></li></ul>")
    text, rules = cleaned(paras(*ES) + pay + PLEA_BOX.format("¿Te gustó este artículo? Apoya nuestra revista independiente con una pequeña donación."), "mag.example")
    assert "pay.example/revista" not in text, rules


# -- "more on my blog" closing a review --------------------------------------------------------------------------

def test_more_on_own_site_lines():
    for line in ("More of my reviews on my little blog “Tea and Pages”.",
                 "Find more book recommendations on my blog!",
                 "Plus de chroniques sur mon blog « Les pages du dimanche ».",
                 "Więcej recenzji na moim blogu „Półka pod oknem”.",
                 "Більше рецензій у моєму блозі «Полиця».",
                 "更多書評請見我的部落格「窗邊書架」。",
                 "他のレビューは私のブログで読めます。",
                 "Lisää kirja-arvioita löydät blogistani Kirjakammari.",
                 "További ajánlók a blogomon, a Könyvespolcon.",
                 "Daha fazla kitap önerisi blogumda!"):
        assert moreonsite.more_on_own_site(line), line


def test_near_misses_of_more_on_own_site():
    for line in ("I wrote about her first novel on my blog last year and liked it less.",  # no "more"
                 "More books like this, please: I loved every page.",  # no own site
                 "There is more on her blog about the research behind the novel.",  # someone else's
                 "My blog rating: 4/5, and I want more from this author.",  # a score
                 "她的部落格上有更多關於這本書的背景。",  # her blog, not mine
                 "Hänen blogissaan on lisää taustaa kirjan synnystä.",  # his blog (Finnish -an, not -ni)
                 "More on my blog: " + " ".join(["word"] * 30)):  # too long to be a line
        assert not moreonsite.more_on_own_site(line), line


def _reader_review(closing: str, review: list[str]) -> str:
    return ("<div class='reviews'><div class='review'><div class='review-body'>" + paras(*review) + f"<p>{closing}</p></div>"
            "<div class='review-footer'>Was this review helpful? <a href='#'>Yes (3)</a> <a href='#'>No (0)</a></div></div></div>")


EN = ["I read this over a long weekend at the lake and could not put it down: a family of clockmakers, three generations, one shop.",
      "The middle drags a little, with too many pages on the mechanics of repairs, but the last chapters are tender and sharp at once."]
FR = ["J'ai lu ce roman en deux soirées : une famille d'horlogers, trois générations, une seule boutique au bord du canal.",
      "Le milieu s'étire un peu, trop de pages sur les réparations, mais les derniers chapitres sont à la fois tendres et cruels."]


def test_a_reader_review_closed_by_more_on_my_blog_loses_that_line():
    for review, closing in ((EN, "More reviews on my blog “Clock and Quill”."),
                            (FR, "Retrouvez d'autres avis sur mon blog « L'horloge et la plume ».")):
        text, rules = cleaned(_reader_review(closing, review), "shop.example")
        assert closing not in text, rules
        assert all(r in text for r in review)


def test_a_paragraph_about_the_blog_that_goes_on_stays():
    closing = ("I wrote more about their earlier books on my blog, but this one is different: quieter, sadder, and much "
               "better at letting the silences between the brothers do the talking.")
    text, rules = cleaned(_reader_review(closing, EN), "shop.example")
    assert closing in text, rules


# -- a news site's bidding to follow it on a news reader, closing the article -------------------------------------

HI = ["यह उपन्यास एक छोटे पहाड़ी कस्बे की डाकिया लड़की के बारे में है, जो हर सुबह चिट्ठियाँ बाँटते हुए लोगों के राज़ जान लेती है।",
      "भाषा सरल और गर्म है, बीच का हिस्सा थोड़ा लंबा खिंचता है, लेकिन अंत ने मुझे देर तक सोचने पर मजबूर किया।"]


def test_a_closing_line_linking_to_the_site_on_a_news_reader_goes():
    for review, line in (
            (HI, "<a href='https://news.google.com/publications/CAAqBwgKMPaX'>Google News पर फ़ॉलो करें</a> दैनिक पुस्तक समाचार"),
            (EN, "Stay up to date: <a href='https://news.google.com/s/CBIwq8Z'>add us on Google News</a>")):
        text, rules = cleaned(paras(*review) + f"<p>{line}</p>", "paper.example")
        assert "Google News" not in text, rules
        assert all(r in text for r in review)


def test_news_reader_near_misses():
    # a link to one story on the reader, a long paragraph with the link, a line in the review's middle
    story = "<p>The author's interview is <a href='https://news.google.com/articles/CBMiXWh0dHBz'>worth reading</a>.</p>"
    text, _ = cleaned(paras(*EN) + story, "paper.example")
    assert "worth reading" in text
    long = ("<p>I first heard of this novel through a <a href='https://news.google.com/publications/CAAq'>news reader</a> "
            "feed last spring, and the blurb undersold it badly: it is a sad, funny, generous book about three brothers "
            "who inherit a shop none of them wants.</p>")
    text, _ = cleaned(paras(*EN) + long, "paper.example")
    assert "news reader" in text
    assert moreonsite.follows_on_news_reader is not None
