"""Helper body56a of the holdout56 round, in our own words and markup:

- a reader-funding box in Galician (and the Romance "help us" of such a box): fundbox.FUND reads gl "apoiar",
  "axúdanos", "doazón", ast "sofitar", oc "sostenètz", es/pt/it/ca/fr "help us";
- the app line in the languages applines lacked: sq "Shkarko aplikacionin …", mk, is, ga, cy, eu, gl, ru/uk/be with
  the site's name between, hy, ka, az/tr (the noun first);
- the bidding to get the site's news on a network, or keep informed there (followlines): verb first in many languages,
  verb last in Mongolian and the Turkic languages;
- the bid to become the periodical's subscriber with its reason, the print edition or its issues a year (memberask).

Near misses: a reviewer who downloaded an app, a character who got the news on a network, a bidding to get the book at
a shop, a character who subscribed to a printed magazine, a member of a club, a record box with no funding word.
"""

from __future__ import annotations

import lxml.html

from scraper.extract.applines import app_line
from scraper.extract.boilerplate import CleanReport, clean_body
from scraper.extract.followlines import opening_follow
from scraper.extract.memberask import member_plea
from tests.cleaning import paras, text_of

_REVIEW = [
    "The novel follows a lighthouse keeper's daughter who inherits a failing bakery in a harbour town, and each chapter "
    "is one winter morning in which the ovens, the debts and the neighbours all have to be faced before dawn.",
    "What stays with me is the patience of the prose: nothing is hurried, and the one quarrel near the end lands hard "
    "because the book has spent two hundred pages letting us know these people well.",
    "I would hand it to anyone who likes quiet novels about work and weather, and I mean to read her first book next.",
]


def _clean(inner: str, site: str = "Porto Letras") -> tuple[str, list[str]]:
    page = (f"<html><head><title>The bakery at the harbour | {site}</title></head><body>"
            f"<div class='post-text'>{inner}</div></body></html>")
    root = lxml.html.fromstring(page)
    body = root.cssselect(".post-text")[0]
    report = CleanReport()
    clean_body(body, "portoletras.example", report)
    return text_of(body), [r.rule for r in report.removed]


def test_a_galician_funding_box_goes():
    for heading, line, button in [
        ("Sostén a cultura en galego", "Cunha pequena achega ao mes axúdasnos a manter as críticas abertas.", "Apoiar"),
        ("Grazas por lernos", "Cada doazón mantén a revista libre de publicidade.", "Colaborar"),
        ("Qué bon que lees", "Ayúdanos a seguir publicando reseñas sin publicidad.", "Colabora"),
    ]:
        box = f"<div class='caixa-x'><h3>{heading}</h3><p>{line}</p><a href='/apoio'>{button}</a></div>"
        text, rules = _clean(paras(*_REVIEW) + box)
        assert line[:20] not in text, (line, rules)
        assert _REVIEW[-1][:30] in text


def test_a_boxed_record_or_a_review_line_about_help_stays():
    box = "<div class='ficha-x'><p>A panadaría do porto. Xana Loureiro. Galaxia, 2024. 240 páxinas.</p><a href='/ficha'>Ficha</a></div>"
    text, _ = _clean(paras(*_REVIEW) + box)
    assert "Xana Loureiro" in text
    line = "A avoa axúdaa cada mañá co forno, e iso sostén toda a novela ata o último capítulo."
    text, _ = _clean(paras(_REVIEW[0], line, *_REVIEW[1:]))
    assert "A avoa axúdaa" in text


def test_app_lines_in_more_languages():
    for line in ["Shkarkoni aplikacionin tonë dhe lexoni kritikat e reja të parët.",
                 "Преземете ја апликацијата на весникот за најновите рецензии.",
                 "Sæktu appið okkar og lestu umsagnirnar fyrst.",
                 "Íoslódáil an aip nua agus léigh na léirmheasanna ar dtús.",
                 "Lawrlwythwch yr ap am yr adolygiadau diweddaraf.",
                 "Deskargatu gure aplikazioa eta irakurri kritikak lehenik.",
                 "Скачайте приложение «Книжная полка» и читайте рецензии первыми.",
                 "Завантаж наш застосунок і читай першим.",
                 "Tətbiqimizi yükləyin və yeni rəyləri ilk oxuyun."]:
        assert app_line(line), line


def test_a_review_sentence_about_an_app_is_no_app_line():
    for line in ["Shkarkova aplikacionin e bibliotekës dhe e lexova librin atje brenda një jave.",
                 "Я скачал приложение библиотеки и прочитал роман за два вечера.",
                 "The heroine downloads an app that promises to find her lost brother."]:
        assert not app_line(line), line


def test_get_the_news_on_a_network():
    for line in ["Манай мэдээг Telegram сувгаас шууд аваарай.",
                 "Kitap haberlerinden Telegram kanalımızda haberdar olun!",
                 "Get our latest news on WhatsApp every morning.",
                 "Recibe las noticias de libros en nuestro canal de Telegram.",
                 "Receba as notícias da redação no WhatsApp.",
                 "Bleiben Sie informiert: unser Kanal auf Telegram.",
                 "Merrni lajmet e kulturës në Viber.",
                 "Получайте новости книжного раздела в Telegram."]:
        assert opening_follow(line), line


def test_a_story_about_news_on_a_network_or_a_bid_to_buy_is_no_follow_line():
    for line in ["Тэр эгчийнхээ тухай мэдээг Facebook-ээс авсан.",
                 "Номыг ойролцоох дэлгүүрээс аваарай.",
                 "She got the news of his death on Facebook, three days late.",
                 "Stay tuned for the second volume, due next spring."]:
        assert not opening_follow(line), line


def test_become_the_periodicals_subscriber():
    for line in ["Γίνετε συνδρομητές στην έντυπη έκδοση και λάβετε έξι τεύχη τον χρόνο.",
                 "Become a subscriber to the print edition: four issues a year to your door.",
                 "Devino abonat la revista tipărită și primești șase numere pe an.",
                 "Postanite pretplatnik na tiskano izdanje časopisa."]:
        assert member_plea(line), line


def test_a_subscriber_in_the_story_or_a_club_member_is_no_plea():
    for line in ["Η ηρωίδα γίνεται συνδρομήτρια σε ένα έντυπο περιοδικό μόδας.",
                 "Become a member of the chess club, her father tells her on the first page.",
                 "Γίνε μέλος της ομάδας, της λέει ο προπονητής."]:
        assert not member_plea(line), line
