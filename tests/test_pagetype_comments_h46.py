"""boilerplate.remove_comments: the page's own <body> (or <html>) is never a comments box.

A forum engine names the page type on <body> ("Discussion", "discussion", "discussions"), the word the comment-box
rule reads on a readers' box; taken as a box, the whole page went and a review posted as a thread's opening post
came out empty. The body is passed over; a box inside it named the same way (the replies' list, a "discussion"
section under a blog post) still goes.

Invented thread pages (German, Spanish, Polish, Japanese, English) with near misses: the replies' list and a
discussion section inside the page, which go as before.
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page

POSTS = {
    "de": ("Rezension: Der Nebelgarten von Ilse Marowitz",
           "<p>Ich habe den Roman in zwei Nächten gelesen und bin noch immer nicht ganz aus dem Nebel heraus. Die "
           "Gärtnerin, die jeden Morgen ein anderes Beet verliert, ist eine der seltsamsten Heldinnen seit Jahren.</p>"
           "<p>Schwächer sind die Briefe des Bruders, die den Ton brechen, aber das Ende hat mich versöhnt. "
           "Eine Empfehlung für lange Winterabende mit Tee und Geduld.</p>",
           "nebel"),
    "es": ("Reseña: La casa de las veletas, de Tomás Ilundain",
           "<p>La novela sigue a tres hermanas que heredan una casa donde cada veleta señala un recuerdo distinto, y "
           "la autora consigue que el viento sea un personaje más sin caer en lo decorativo.</p>"
           "<p>El ritmo decae en la mitad, con capítulos que repiten lo ya sabido, pero el último tercio es "
           "magnífico y la voz de la hermana menor se queda conmigo.</p>",
           "veleta"),
    "pl": ("Recenzja: Zegarmistrz z Mokotowa, Anna Wielgosz",
           "<p>Powieść opowiada o starym zegarmistrzu, który naprawia czas sąsiadom, a swojego nie umie. Autorka "
           "pisze oszczędnie, zdaniami krótkimi jak tykanie, i to działa znakomicie.</p>"
           "<p>Trochę za dużo tu wątków pobocznych, lecz finał na dachu kamienicy wynagradza wszystkie "
           "dłużyzny. Polecam każdemu, kto lubi cichą prozę.</p>",
           "zegarmistrz"),
    "ja": ("【感想】灯台守の娘たち／三枝ゆかり",
           "<p>北の岬の灯台で暮らす姉妹の一年を描いた長編で、嵐の夜の場面の緊張感が最後まで途切れない。"
           "手紙の往復だけで進む章もあり、静かながら読み応えがある。</p>"
           "<p>中盤で視点が増えすぎるのが惜しいが、結末の灯りの描写には思わず息をのんだ。冬に読みたい一冊。</p>",
           "灯台"),
    "en": ("[Review] The Salt Ledger by Morwen Ashby",
           "<p>A customs clerk in a drowned port keeps two ledgers, one for the crown and one for the dead, and the "
           "novel lets us read both. The prose is spare and the town's tides set the pace of every chapter.</p>"
           "<p>The middle sags under a smuggling subplot, but the final reckoning between the two books is as "
           "moving as anything I read this year. Recommended without hesitation.</p>",
           "ledger"),
}

REPLY = "<p>Danke, klingt spannend! Kommt auf meine Liste.</p>"


def _thread(lang: str, body_class: str, replies_class: str = "Comments") -> str:
    title, post, _ = POSTS[lang]
    return (
        f"<html lang='{lang}'><head><title>{title}</title></head><body class='{body_class}'>"
        "<div id='Frame'><header><a href='/'>Forum</a> <a href='/entry/signin'>Sign in</a></header>"
        f"<div class='Content'><h1>{title}</h1><div class='Item ItemDiscussion'>"
        "<div class='Item-Header'><a class='Username' href='/profile/reader1'>reader1</a></div>"
        f"<div class='Item-Body'><div class='Message userContent'>{post}</div></div></div>"
        f"<ul class='{replies_class}'><li class='Item ItemComment'><a href='/profile/guest'>guest</a>"
        f"<div class='Message'>{REPLY}</div></li></ul></div></div></body></html>"
    )


@pytest.mark.parametrize("lang,body_class", [
    ("de", "Vanilla Discussion isDesktop"),
    ("es", "forum discussion logged-out"),
    ("pl", "page-discussions"),
    ("ja", "Discussion Section-Category-books"),
    ("en", "Vanilla Discussion Section-Discussion"),
])
def test_body_named_for_the_page_type_keeps_the_post(lang, body_class):
    record = extract_page(_thread(lang, body_class), f"https://forum.example.org/discussion/1/{lang}")
    assert POSTS[lang][2] in record.body_text.lower()
    assert record.word_count > 20


@pytest.mark.parametrize("lang", list(POSTS))
def test_the_replies_list_still_goes(lang):
    record = extract_page(_thread(lang, "Vanilla Discussion"), f"https://forum.example.org/discussion/2/{lang}")
    assert "auf meine Liste" not in record.body_text


def test_html_element_named_discussion_keeps_the_post():
    page = _thread("en", "plain").replace("<html lang='en'>", "<html lang='en' class='discussion'>")
    record = extract_page(page, "https://forum.example.org/discussion/3")
    assert "ledger" in record.body_text.lower()


def test_discussion_section_inside_the_page_still_goes():
    page = _thread("es", "Discussion", replies_class="discussion")
    record = extract_page(page, "https://forum.example.org/discussion/4")
    assert "auf meine Liste" not in record.body_text
    assert "veleta" in record.body_text.lower()
