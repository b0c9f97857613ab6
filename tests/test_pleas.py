"""scraper.extract.pleas: a closing line that turns to the reader and asks them to act for the post or its site.

Pages of our own words and markup, in languages and scripts the rule was not written from (German, Turkish, Spanish,
Polish, Indonesian): a line naming the page's like button as what to press, a boxed or italic line asking to support
the blog or the forum's server, a boxed line asking to subscribe to the paper's membership by the paper's name. Near
misses that stay: the reviewer's own recommendation (set apart, closed by a smiley), a line asking the reader to
support a bookshop, a plea quoted from the story between the paragraphs, a line ending on the button's word as its verb.
"""

from __future__ import annotations

import re

import lxml.html

from scraper.extract.boilerplate import CleanReport, clean_body
from scraper.extract.controls import mark_controls

DE = ["Die Geschichte beginnt in einem kleinen Hafen an der Ostsee, wo eine alte Fischerin jeden Morgen die Netze flickt und dabei von ihrem verschollenen Bruder erzählt.",
      "Die Sprache ist ruhig und genau, die Figuren wachsen einem langsam ans Herz, und das Ende hat mich lange beschäftigt, obwohl es fast nichts erklärt."]
TR = ["Roman, küçük bir kıyı kasabasında ağlarını onaran yaşlı bir balıkçı kadının, yıllar önce kaybolan kardeşini beklemesini anlatıyor.",
      "Dili sakin ve özenli; karakterler yavaş yavaş insanın içine işliyor ve son bölüm, neredeyse hiçbir şeyi açıklamadan uzun süre aklımda kaldı."]
ES = ["La novela sigue a una pescadora anciana que remienda sus redes cada mañana en un puerto pequeño mientras espera noticias de su hermano desaparecido.",
      "La prosa es tranquila y precisa, los personajes crecen despacio y el final, que casi no explica nada, me acompañó durante días."]
PL = ["Powieść opowiada o starej rybaczce, która co rano naprawia sieci w małym porcie i czeka na wieści o zaginionym przed laty bracie.",
      "Język jest spokojny i dokładny, postaci dojrzewają powoli, a zakończenie, choć prawie niczego nie wyjaśnia, długo nie dawało mi spokoju."]
ID = ["Novel ini bercerita tentang seorang nelayan tua yang setiap pagi menambal jaringnya di pelabuhan kecil sambil menunggu kabar adiknya yang hilang.",
      "Bahasanya tenang dan cermat, tokoh-tokohnya tumbuh perlahan, dan akhir ceritanya membuat saya termenung berhari-hari."]


def _clean(paragraphs: list[str], closing: str, *, title: str = "Eine Besprechung", outside: str = "") -> tuple[str, list[str]]:
    body_html = "".join(f"<p>{p}</p>" for p in paragraphs) + closing
    page = (f"<html><head><title>{title}</title></head><body><div class='post'><div class='post-text'>{body_html}</div>"
            f"{outside}</div></body></html>")
    root = lxml.html.fromstring(page)
    mark_controls(root)
    for button in list(root.iter("button")):
        button.drop_tree()
    body = root.cssselect(".post-text")[0]
    report = CleanReport()
    clean_body(body, "books.example", report)
    return re.sub(r"\s+", " ", body.text_content()).strip(), [r.rule for r in report.removed]


def test_a_closing_line_naming_the_pages_like_button_goes():
    plea = "Wenn dir die Besprechung gefallen hat, drück auf Gefällt mir und erzähl es deinen Freunden 🙏"
    text, rules = _clean(DE, f"<p>{plea}</p>", outside="<div class='actions'><a href='#' class='like'>Gefällt mir (12)</a></div>")
    assert plea not in text and "closing plea" in rules and DE[1] in text
    plea = "Yazıyı sevdiyseniz Beğen butonuna basıp arkadaşlarınıza da gönderin :)"
    text, rules = _clean(TR, f"<div>{plea}</div>", outside="<div class='bar'><button type='button'>Beğen</button> <span>7</span></div>")
    assert plea not in text and TR[1] in text


def test_a_set_apart_line_asking_to_support_the_blog_or_the_forum_goes():
    plea = "¿Te gustó la reseña? Apoya este blog independiente y compártela con quien quieras."
    text, rules = _clean(ES, f"<div class='nota-box'><p>{plea}</p></div>")
    assert plea not in text and ES[1] in text
    plea = "Podoba ci się na forum? Wesprzyj serwer – dane do przelewu są w dziale dla stałych bywalców."
    text, rules = _clean(PL, f"<div><i>{plea}</i></div>")
    assert plea not in text and PL[1] in text


def test_a_boxed_line_asking_to_subscribe_to_the_site_by_its_name_goes():
    plea = "Berlangganan Koran Senja Plus untuk membaca tanpa iklan dan dukung jurnalisme yang bermutu."
    text, rules = _clean(ID, f"<div class='box-member'><p>{plea}</p></div>", title="Membaca ulang sebuah novel - Koran Senja Online")
    assert plea not in text and ID[1] in text


def test_near_misses_stay():
    # the reviewer's own recommendation, in italics and closed by a smiley
    own = "Polecam każdemu, kto lubi powolne powieści o małych miastach i morzu :)"
    text, _ = _clean(PL, f"<p><em>{own}</em></p>")
    assert own in text
    # an ask to support a bookshop, not the site
    shop = "Apoya a tu librería de barrio: cómpralo allí y no en una gran plataforma."
    text, _ = _clean(ES, f"<p><em>{shop}</em></p>")
    assert shop in text
    # a plea quoted from the story, between the review's paragraphs
    quoted = "Bohater pisze na forum: „Wesprzyjcie serwer, bo inaczej zamkną nam wszystko”, i nikt mu nie odpowiada 🙂"
    text, _ = _clean([PL[0], quoted, PL[1], PL[0]], "")
    assert quoted in text
    # the button's word closing the line as the reviewer's verb
    verb = "Ich habe es gelesen und sage nur: Gefällt mir 🙂"
    text, _ = _clean(DE, f"<p>{verb}</p>", outside="<div class='actions'><a href='#'>Gefällt mir (3)</a></div>")
    assert verb in text
