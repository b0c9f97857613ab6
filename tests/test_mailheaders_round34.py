"""mailheaders: a mail archive's header lines over the message (fr, en, de, ja), in our own words and markup.

Near misses that stay: a review's info list with a date but no address and no clock, a list of one header alone,
header-like lines after the message's prose (a quoted earlier mail is not this rule's).
"""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract.boilerplate import CleanReport
from scraper.extract.mailheaders import drop_mail_headers, mail_headers

PROSE_FR = ("<p>Bonjour à tous, voici enfin mes impressions sur le roman de la rivière que nous avions choisi en octobre, "
            "après deux semaines de lecture lente au coin du poêle et beaucoup de thé refroidi.</p>")
PROSE_EN = ("<p>Hello everyone, here are my thoughts at last on the lighthouse novel we picked in October, after two "
            "slow weeks of reading it on the bus and one very late night with the final chapters.</p>")


def _body(inner: str):
    return lxml_html.fromstring(f"<div class='msg'>{inner}</div>")


def _kept(inner: str) -> str:
    body = _body(inner)
    report = CleanReport()
    drop_mail_headers(body, report)
    return " ".join(body.text_content().split())


def test_mhonarc_list_in_english_goes():
    text = _kept("<ul><li><em>From</em>: Mara Quill &lt;mara AT shelf.example.org&gt;</li>"
                 "<li><em>To</em>: readers AT lists.example.org</li>"
                 "<li><em>Subject</em>: [readers] The lighthouse novel</li>"
                 "<li><em>Date</em>: Tue, 3 Nov 2026 09:14:02 +0000</li></ul>" + PROSE_EN)
    assert "mara AT" not in text and "09:14:02" not in text and text.startswith("Hello everyone")


def test_french_client_headers_as_paragraphs_go():
    text = _kept("<p><b>De :</b> Odile Brun &lt;odile.brun@exemple.fr&gt;</p><p><b>Envoyé :</b> mardi 3 novembre 2026 21:40</p>"
                 "<p><b>Objet :</b> notre roman d'octobre</p>" + PROSE_FR)
    assert "odile.brun" not in text and "21:40" not in text and text.startswith("Bonjour à tous")


def test_german_table_of_headers_goes():
    text = _kept("<table><tr><td>Von:</td><td>Jens Kolb [at] lesekreis.example.de</td></tr>"
                 "<tr><td>Betreff:</td><td>Unser Novemberbuch</td></tr>"
                 "<tr><td>Datum:</td><td>03.11.2026 18:05</td></tr></table>"
                 "<p>Liebe Runde, hier wie versprochen meine Gedanken zu dem Roman über die Fährfrau, den wir im "
                 "Oktober ausgewählt hatten und über den wir am Donnerstag sprechen wollen.</p>")
    assert "Jens Kolb" not in text and text.startswith("Liebe Runde")


def test_japanese_headers_go():
    text = _kept("<ul><li>差出人: 山野 <yamano@dokusho.example.jp></li><li>件名: 十一月の課題本</li>"
                 "<li>日付: 2026年11月3日 20:15</li></ul>" + PROSE_EN)
    assert "yamano" not in text and "件名" not in text


def test_info_list_without_address_or_clock_stays():
    inner = ("<ul><li>Titre : Le Phare du Nord</li><li>Date : 2019</li><li>De : Lucie Marnat</li>"
             "<li>Éditeur : Éditions du Quai</li></ul>" + PROSE_FR)
    assert "Éditions du Quai" in _kept(inner) and "Date : 2019" in _kept(inner)


def test_one_header_alone_stays():
    inner = "<ul><li>From: Mara Quill &lt;mara@shelf.example.org&gt;</li><li>Pages: 312</li></ul>" + PROSE_EN
    assert "Pages: 312" in _kept(inner)


def test_headers_after_the_prose_stay():
    body = _body(PROSE_EN + "<ul><li>From: Mara Quill &lt;mara@shelf.example.org&gt;</li>"
                 "<li>Subject: the lighthouse novel</li></ul>")
    assert mail_headers(body) == []


def test_schedule_list_with_clock_but_no_header_names_stays():
    inner = "<ul><li>Doors: 18:30</li><li>Reading: 19:00</li></ul>" + PROSE_EN
    assert "Doors: 18:30" in _kept(inner)
