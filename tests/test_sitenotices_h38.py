"""The publication's notices at the edge of an article (sitenotices, holdout38 round, helper body38), in our own words
and markup, with near misses:

- views_disclaimer: the article's views are its writer's, not the publication's (en, zh, ja, ko, ru, uk, ar, tr, de,
  fr, es, pt, it, pl); a review's sentence about a character's views, a long paragraph, a line with a score stay;
- access_line: the paywall's line about the reader's access (pl, en, de, fr, es, ru, ja, zh, ko); a review that
  mentions subscribers, a question, a long sentence stay;
- subscription_box: a small box whose button goes to the publication's subscription page (de, en, es); a book's info
  box linking a shop, a box that links a subscription page but holds a whole paragraph of review stay;
- edge_rows: an action bar's inline items count as one row, so that the notice above them is at the edge.
"""

from __future__ import annotations

from lxml.html import fragment_fromstring

from scraper.extract.sitenotices import access_line, subscription_box, subscription_link, views_disclaimer
from tests.cleaning import cleaned, paras

EN = [
    "The novel follows a lock keeper on a northern canal who notices that the same barge passes upstream every week "
    "but never comes back down, and who starts keeping a notebook about its pilot and the crates on its deck.",
    "What carries the book is patience: the suspicion grows over two hundred pages without a single raised voice, and "
    "the weather over the water does half the storytelling, fog and sleet and one hard frost in the last chapters.",
    "The last chapter is the weakest, a rush of explanations after so much quiet, but I would still give it to anyone "
    "who likes slow riddles set in cold places and does not mind an ending that tidies too much.",
]
ZH = [
    "这部长篇写一位在北方运河上看守船闸的老人，他发现每个星期都有同一条驳船逆流而上，却从来没有顺流回来，于是开始在本子上记下船主的一举一动，"
    "从他的帽子、甲板上的木箱，到他看水面的眼神，一页一页写满了整本笔记。",
    "作者非常有耐心，让怀疑在两百页里慢慢变硬，却没有一句提高音量的话。河上的天气说了一半的故事，雾、雨夹雪和一场严霜，每一场都像另一个角色，"
    "读到最后我甚至觉得自己也站在船闸边上，冷得发抖。",
    "最后一章是全书最弱的部分，在那么多安静之后突然塞进太多解释，但我仍然会把它推荐给喜欢慢节奏悬疑小说的读者。",
]
DE = [
    "Der Roman folgt einem Schleusenwärter an einem Kanal im Norden, dem auffällt, dass jede Woche derselbe Lastkahn "
    "flussaufwärts fährt, aber nie zurückkommt, und der daraufhin beginnt, ein Heft über den Schiffer zu führen.",
    "Was das Buch trägt, ist Geduld: Der Verdacht wächst über zweihundert Seiten ohne ein einziges lautes Wort, und das "
    "Wetter über dem Wasser erzählt die Hälfte, Nebel, Graupel und ein harter Frost in den letzten Kapiteln.",
    "Das letzte Kapitel ist das schwächste, ein Schwall von Erklärungen nach so viel Stille, aber ich empfehle es "
    "trotzdem allen, die langsame Rätsel an kalten Orten mögen.",
]


# -- views_disclaimer -------------------------------------------------------------------------------------------------

def test_disclaimer_lines_in_many_languages():
    for line in [
        "This column reflects the writer's reading alone and does not necessarily represent the views of Harbour Weekly.",
        "Opinions in reader columns are not necessarily those of the editorial board.",
        "本文为读者投稿，不代表本平台编辑部的立场。",
        "本文由作者授权发布，不代表江湖书评网的观点。",
        "文中观点仅代表作者个人，与本站无关。",
        "この記事の内容は筆者個人の見解であり、当サイトの立場を示すものではありません。",
        "이 글은 기고자 개인의 의견이며 본지의 편집 방향과 다를 수 있습니다.",
        "Точка зрения автора может не совпадать с позицией редакции журнала.",
        "Матеріал не відображає позицію редакції, а лише думку автора.",
        "المقال لا يعبر بالضرورة عن رأي الموقع وإنما عن رأي كاتبه.",
        "Köşe yazıları yazarın kişisel görüşüdür, yayın politikamızı yansıtmaz.",
        "Gastbeiträge müssen nicht der Meinung der Redaktion entsprechen.",
        "Cette tribune ne reflète pas nécessairement la position de la rédaction.",
        "Este texto no refleja necesariamente la opinión del periódico.",
        "O artigo não reflete necessariamente a opinião do jornal.",
        "Il contributo non rispecchia necessariamente l'opinione della testata.",
        "Tekst nie musi odzwierciedlać stanowiska redakcji.",
    ]:
        assert views_disclaimer(line), line


def test_disclaimer_near_misses_stay():
    for line in [
        # a review's sentence about the characters' views, or the author's
        "The narrator's opinions are hard to like, and the author never tells us whether she shares them.",
        "小说里的父亲不代表任何人，他只是一个固执的老头。",
        "Der Erzähler vertritt eine Meinung, die man nicht teilen muss, aber er vertritt sie gut.",
        # a line with a score
        "Rating: 4/5 — the views are my own and do not necessarily reflect those of the publisher.",
        # too long to be a notice (a paragraph of the review that discusses an essay's claims)
        " ".join(["The essay says the press does not represent the views of ordinary readers, and"] * 5),
    ]:
        assert not views_disclaimer(line), line


def test_disclaimer_closing_the_article_goes_zh_de():
    zh, rules = cleaned(paras(*ZH, "本文来自读书频道作者，不代表读书频道的观点和立场。"), "books.example.cn")
    assert "不代表" not in zh and "credit line" in rules and all(p in zh for p in ZH)
    de, rules = cleaned(paras(*DE, "Gastbeiträge geben nicht unbedingt die Meinung der Redaktion wieder."), "wochenblatt.example.de")
    assert "Redaktion" not in de and "credit line" in rules and all(p in de for p in DE)


def test_disclaimer_above_an_action_bar_goes():
    # the platform's like / share / save row after it: its spans are one row, so the notice is still at the edge
    bar = "<div class='actions'><span>Like 12</span> <span>Share</span> <span>Save</span></div>"
    text, rules = cleaned(paras(*EN, "The views expressed are the author's own.") + bar, "harbourweekly.example")
    assert "views expressed" not in text and "credit line" in rules


def test_disclaimer_mid_review_stays():
    # the same words between paragraphs of the review, far from its edges: the review quoting a newspaper's notice
    line = "The paper's note reads: this does not necessarily represent the views of the editors."
    more = [EN[0][:120] + " again.", EN[1][:110] + " again.", EN[2][:100] + " again."]
    text, _ = cleaned(paras(EN[0], EN[1], EN[2], line, *more), "harbourweekly.example")
    assert line in text


# -- access_line -----------------------------------------------------------------------------------------------------

def test_access_lines_in_many_languages():
    for line in [
        "Czytasz ten tekst? Ten materiał czytasz w ramach pakietu subskrypcji.".split("? ")[1],
        "Artykuł dostępny tylko dla subskrybentów.",
        "You are reading this article as part of your paid subscription.",
        "This story is available to subscribers only.",
        "Dieser Beitrag ist exklusiv für Digital-Abonnenten.",
        "Article réservé aux abonnés.",
        "Contenido exclusivo para suscriptores.",
        "Материал доступен только по подписке.",
        "有料会員限定記事",
        "本文为付费会员专享内容",
        "유료 회원 전용 기사입니다",
    ]:
        assert access_line(line), line


def test_access_near_misses_stay():
    for line in [
        "The magazine in the novel sells only to subscribers who can prove they once lived on the island.",  # the story
        "Is this article for subscribers only?",  # a question
        "Der Verlag hat das Buch als Abonnement in zwölf Heften herausgebracht, und ich habe alle gelesen.",  # no access
    ]:
        assert not access_line(line), line


def test_access_line_over_the_article_goes_pl_en():
    pl = ["Powieść opowiada o śluzowym na północnym kanale, który co tydzień widzi tę samą barkę płynącą w górę rzeki, "
          "ale nigdy nie wracającą, i zaczyna prowadzić zeszyt o jej szyprze i skrzyniach na pokładzie.",
          "Najmocniejsza jest cierpliwość autorki: podejrzenie rośnie przez dwieście stron bez jednego podniesionego "
          "głosu, a pogoda nad wodą opowiada połowę historii, mgła, deszcz ze śniegiem i mróz."]
    text, rules = cleaned("<p class='paywall'>Ten tekst czytasz w ramach subskrypcji cyfrowej.</p>" + paras(*pl, EN[2]), "gazeta.example.pl")
    assert "subskrypcji" not in text and "site notice" in rules and all(p in text for p in pl)
    text, rules = cleaned("<p>Subscribers only</p>" + paras(*EN), "harbourweekly.example")
    assert "Subscribers only" not in text and all(p in text for p in EN)


# -- subscription_box ------------------------------------------------------------------------------------------------

def test_subscription_links():
    for href in ["/abo/probe", "https://www.wochenblatt.example.de/abonnement?ref=art", "/es/suscripcion/", "https://abo.example.at/digital",
                 "/subscribe", "https://gazeta.example.pl/prenumerata/cyfrowa"]:
        assert subscription_link(href), href
    for href in ["/kultur/abo-falle-im-netz", "/buch/9783000000000", "https://shop.example.de/detail/123", "#", "/autor/abo-mueller"]:
        assert not subscription_link(href), href


def test_subscription_box_in_the_article_goes_de_en():
    box = ("<div class='tease'><h4>Gute Texte kosten Geld</h4><p>Das Wochenblatt lebt von seinen Leserinnen und Lesern. "
           "Lesen Sie einen Monat lang ohne Kosten.</p><a href='/abo/probe'>Ausprobieren</a></div>")
    info = "<p><strong>Agnes Vogt: Die Schleuse.</strong> Roman. Lindenverlag, 280 S., € 23,-</p>"
    text, rules = cleaned(paras(*DE) + box + info, "wochenblatt.example.de")
    assert "Gute Texte" not in text and "Leserinnen" not in text and "subscription box" in rules
    assert all(p in text for p in DE) and "Agnes Vogt: Die Schleuse." in text
    box = ("<section><p><b>Journalism like this needs readers.</b> Join Harbour Weekly for the price of a coffee.</p>"
           "<a class='button' href='https://harbourweekly.example/subscriptions/'>See plans</a></section>")
    text, rules = cleaned(paras(*EN[:2]) + box + paras(EN[2]), "harbourweekly.example")
    assert "needs readers" not in text and all(p in text for p in EN)


def test_subscription_box_near_misses_stay():
    # a book's info box linking the shop
    body = fragment_fromstring("<div><div class='info'><h4>Das Buch</h4><p>Agnes Vogt: Die Schleuse. Lindenverlag.</p>"
                               "<a href='https://shop.example.de/detail/123'>Bestellen</a></div></div>")
    assert subscription_box(body[0][1], body) is None
    # a box that links the subscription page but holds a whole paragraph of the review (more than sixty words)
    body = fragment_fromstring(f"<div><div class='main'><p>{EN[0]} {EN[1]}</p><a href='/abo'>Abo</a></div></div>")
    assert subscription_box(body[0][0], body) is None
    # a paragraph on its own in the body (no box of its own)
    body = fragment_fromstring("<div><p>Ich habe <a href='/abo'>das Abo</a> seit Jahren.</p></div>")
    assert subscription_box(body[0], body) is None


# -- library_card_ask ------------------------------------------------------------------------------------------------

def test_library_card_asks_nb_de_en():
    from scraper.extract.sitenotices import library_card_ask
    for html in ["<p>Mangler du lånekort? Det koster ingenting. <a href='/kort'>Bestill lånekort</a></p>",
                 "<p>Noch kein Mitglied? Die Anmeldung ist kostenlos. <a href='/ausweis'>Leseausweis beantragen</a></p>",
                 "<p>Not a member yet? Joining takes five minutes. <a href='/join'>Get a library card</a></p>"]:
        assert library_card_ask(fragment_fromstring(html)), html
    for html in ["<p>I borrowed it with my <a href='/kort'>library card</a></p>",  # no sentence closed before the link
                 "<p>Jeg lånte den på <a href='/kort'>lånekortet</a> til mamma, og leste den på én kveld.</p>",  # link mid-line
                 "<p>Not a member yet? Joining takes five minutes. <a href='/join'>Join today</a></p>",  # no card named
                 "<p>Rating: 4/5. <a href='/kort'>Get a library card</a></p>"]:  # a score
        assert not library_card_ask(fragment_fromstring(html)), html


def test_library_card_ask_closing_the_page_goes_en():
    ask = "<div class='box'><p>Not a member yet? Joining takes five minutes. <a href='/card'>Get a library card</a></p></div>"
    text, rules = cleaned(paras(*EN) + ask, "citylibrary.example")
    assert "Get a library card" not in text and "membership upsell" in rules and all(p in text for p in EN)
