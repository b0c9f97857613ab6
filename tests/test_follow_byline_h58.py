"""Holdout58 round: three header and closing lines read by shape. Written in our own words.

- a bare singular imperative of following that is also a present tense (lv "seko", lt "sek", sl "sledi", hr "prati",
  sq "ndiq") opening a follow line, its object after it (the site's name or "us"), a network named;
- a Tamil/Telugu/Kannada/Malayalam/Odia line naming a network and an account word and closing a clause on the polite
  imperative of joining, following or getting the news;
- a labelled byline ("Label: Name | date") under the headline's standfirst rather than right under the headline.
"""

import pytest

from scraper.extract import extract_page
from scraper.extract.bylinelabels import under_standfirst
from scraper.extract.followlines import opening_follow


@pytest.mark.parametrize("text", [
    "Seko Grāmatu Lapa arī Facebook un lasi jaunākās recenzijas.",
    "Seko lapas.lv Instagram, lai nepalaistu garām jaunumus!",
    "Sek Knygų Kampas Facebook ir sužinok pirmas.",
    "Sledi Bralnici tudi na Instagramu.",
    "Prati Knjižni kutak na Instagramu i saznaj prvi.",
    "Ndiq Faqen e Librit në Facebook për më shumë.",
    "வாசகர் மேடை டெலிகிராம் சேனலில் இணையுங்கள்.",
    "పుస్తక ప్రపంచం వాట్సాప్ ఛానెల్ చేరండి, రోజువారీ వార్తలు పొందండి.",
    "ಓದುಗರ ಅಂಗಳ ಟೆಲಿಗ್ರಾಂ ಚಾನೆಲ್ ಸೇರಿ, ಹೊಸ ವಿಮರ್ಶೆಗಳನ್ನು ಪಡೆಯಿರಿ.",
    "ವಾರದ ಪುಸ್ತಕ ವಿಮರ್ಶೆಗಳಿಗಾಗಿ ನಮ್ಮ ವಾಟ್ಸ್\u200cಆ್ಯಪ್ ಗ್ರೂಪ್ ಸೇರಿಕೊಳ್ಳಿ.",
    "പുതിയ വായനകൾക്കായി ഞങ്ങളുടെ വാട്സാപ്പ് ചാനൽ ഫോളോ ചെയ്യൂ.",
])
def test_follow_lines(text):
    # (a bare imperative's capitalised object counts as the site's own name, its home links' words: mend22b)
    assert opening_follow(text, ("Grāmatu", "Knygų", "Kampas", "Bralnica", "Knjižni", "Librit"))


@pytest.mark.parametrize("text", [
    "Seko stāsts par meiteni, kuru pazīst viss Instagram.",  # (lv: there follows a story; a lower-case subject)
    "Seko viņam pa pēdām, līdz Facebook vairs nav svarīgs.",  # (a pronoun object, no site)
    "Sledi dolgo poglavje o Instagramu in slavi.",  # (sl: a lower-case word after the verb)
    "Prati ga cijeli roman, čak i na Facebooku.",  # (hr: follows him, a pronoun)
    "ಅವಳು ವಾಟ್ಸ್\u200cಆ್ಯಪ್ ಗುಂಪಿಗೆ ಸೇರಿ ಹೊಸ ಗೆಳತಿಯರನ್ನು ಪಡೆದಳು.",  # (kn: having joined the group she got friends)
    "ಟೆಲಿಗ್ರಾಂ ಬಳಸುವ ಯುವಕನ ಕಥೆ ಇದು, ಓದಿ ನೋಡಿ.",  # (kn: a network, no account word, no joining)
    "அவன் வாட்ஸ்அப் குழுவில் இணைந்தான்.",  # (ta: he joined the group: the story)
    "Seko Jaunumi.lv: vērtējums 4/5 Instagram",  # (a score)
])
def test_near_misses(text):
    assert not opening_follow(text)


_REVIEW = [
    "A regény egy vidéki postamesternő egyetlen telét követi, amikor a hó elvágja a falut a várostól, és a levelek "
    "hetekig nem indulnak el sehová, ő pedig lassan elolvassa mindet, amit a zsákban talál.",
    "Ami a legjobban megmaradt bennem, az a mondatok csendje: a szerző semmit sem magyaráz túl, a tél dolgozik helyette, "
    "és a végén a tavaszi olvadás egyszerre hoz megkönnyebbülést és szégyent.",
    "A középső fejezetek néha ismétlik magukat, de a könyvet úgy tettem le, mintha magam is átteleltem volna ott.",
]


def _page(lines: str, lang: str = "hu") -> str:
    return (f"<html lang='{lang}'><head><title>Levelek a hó alatt | Olvasónapló</title></head><body>"
            f"<nav><a href='/'>Főoldal</a> <a href='/kritika'>Kritika</a></nav><main><div class='rovat'>Irodalom</div>"
            f"<h1>Levelek a hó alatt</h1>{lines}<div class='szoveg'>"
            + "".join(f"<p>{p}</p>" for p in _REVIEW) + "</div></main><footer>Olvasónapló</footer></body></html>")


def _body(lines: str, lang: str = "hu") -> str:
    return extract_page(_page(lines, lang), "https://olvasonaplo.example/kritika/levelek-a-ho-alatt").body_text


@pytest.mark.parametrize("line", [
    "Szerző: Kovács Dóra | 2026. november 3.",
    "Text: Marta Lobo · 03.11.2026",
    "Autorka: Jana Malá | 3. 11. 2026",
])
def test_a_labelled_byline_under_the_standfirst_goes(line):
    lines = f"<div class='lead'>Egy téli regény, amely lassan olvad fel.</div><div class='byline'>{line}</div>"
    body = _body(lines)
    assert "2026" not in body, body[:200]
    assert _REVIEW[0][:40] in body and _REVIEW[-1][:40] in body


def test_an_info_line_under_the_standfirst_stays():
    lines = "<div class='lead'>Egy téli regény, amely lassan olvad fel.</div><div class='info'>Olvastam: 2026. november 3.</div>"
    assert "Olvastam" in _body(lines)


def test_under_standfirst_shape():
    from lxml import html
    tree = html.fromstring("<div><h1>T</h1><div>One short sentence here.</div><div id='b'>Label: A B | 1.1.2026</div></div>")
    assert under_standfirst(tree.get_element_by_id("b"), {"h1", "h2"})
    long = " ".join(["word"] * 45)
    tree = html.fromstring(f"<div><h1>T</h1><div>{long}.</div><div id='b'>Label: A B | 1.1.2026</div></div>")
    assert not under_standfirst(tree.get_element_by_id("b"), {"h1", "h2"})
    tree = html.fromstring("<div><h1>T</h1><ul><li>a</li></ul><div id='b'>Label: A B | 1.1.2026</div></div>")
    assert not under_standfirst(tree.get_element_by_id("b"), {"h1", "h2"})


def test_an_ordinary_latvian_review_keeps_its_lines():
    paras = [
        "Romāns seko jaunai ārstei, kas atgriežas dzimtajā ciemā un atrod to pusi tukšu, bet pilnu ar vecām "
        "sūdzībām, kuras neviens nav uzklausījis.",
        "Seko stāsts par viņas pirmo ziemu, un tas ir labākais, ko autore uzrakstījusi: bez steigas, ar humoru un "
        "ar mīlestību pret cilvēkiem, kas neprot runāt par sevi.",
        "Seko viņai arī tu, ja patīk lēnas grāmatas par darbu, laiku un sniegu, kas pat Instagram laikmetā neizliekas.",
    ]
    page = ("<html lang='lv'><head><title>Ārste ciemā | Lasītava</title></head><body><main><article><h1>Ārste ciemā</h1>"
            + "".join(f"<p>{p}</p>" for p in paras) + "</article></main></body></html>")
    body = extract_page(page, "https://lasitava.example/arste-ciema").body_text
    for p in paras:
        assert p[:40] in body
