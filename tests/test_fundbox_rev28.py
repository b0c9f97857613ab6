"""A box among the post's paragraphs with no button goes only when it bids the reader (please, the imperative of
supporting, giving or helping, of becoming a member): a review's own line in a div that names its site and tells of a
character's gift asks nothing and stays (fundbox.lone_box, fundbox._bidden)."""

import pytest

from scraper.extract import extract_page

_EN = [
    "A retired ferryman keeps a diary through the winter his river freezes over, and the diary slowly turns into "
    "letters to the son who stopped answering him years ago.",
    "The voice is dry and funny, the middle sags a little under too many weather reports, but the thaw in the last "
    "chapter is as moving as anything I have read this year.",
    "A small book that stays with you; give it a quiet evening and a pot of tea.",
]
_DE = [
    "Ein pensionierter Fährmann führt durch den Winter, in dem sein Fluss zufriert, ein Tagebuch, das sich langsam "
    "in Briefe an den Sohn verwandelt, der ihm seit Jahren nicht mehr antwortet.",
    "Der Ton ist trocken und komisch, die Mitte hängt unter zu vielen Wetterberichten etwas durch, aber das Tauwetter "
    "im letzten Kapitel bewegt wie kaum etwas, das ich dieses Jahr gelesen habe.",
    "Ein kleines Buch, das bleibt; man sollte ihm einen ruhigen Abend und eine Kanne Tee gönnen.",
]
_FR = [
    "Un passeur à la retraite tient un journal pendant l'hiver où son fleuve gèle, et ce journal devient peu à peu "
    "une suite de lettres au fils qui ne lui répond plus depuis des années.",
    "Le ton est sec et drôle, le milieu s'essouffle un peu sous trop de bulletins météo, mais le dégel du dernier "
    "chapitre émeut comme peu de livres cette année.",
    "Un petit livre qui reste ; offrez-lui une soirée calme et une théière.",
]
_HI = [
    "एक बूढ़ा मल्लाह उस सर्दी में डायरी लिखता है जब उसकी नदी जम जाती है, और धीरे-धीरे वह डायरी उस बेटे के नाम चिट्ठियों में "
    "बदल जाती है जिसने बरसों से जवाब नहीं दिया।",
    "भाषा सूखी और मज़ेदार है, बीच का हिस्सा मौसम के ब्यौरों में थोड़ा ढीला पड़ता है, पर आख़िरी अध्याय में बर्फ़ का पिघलना "
    "बहुत गहराई से छूता है।",
    "एक छोटी किताब जो साथ रह जाती है; इसे एक शांत शाम दीजिए।",
]


def _page(paras, box, lang, site, where=2):
    lines = [f"<p>{p}</p>" for p in paras]
    lines.insert(where, box)
    return (f"<html lang='{lang}'><head><title>The Frozen River | {site}</title></head><body>"
            f"<nav><a href='/'>{site}</a> <a href='/shelf'>Shelf</a></nav><main><article><h1>The Frozen River</h1>"
            f"<div class='post-body'>" + "".join(lines) + "</div></article></main><footer>2026</footer></body></html>")


def _body(paras, box, lang, site, where=2):
    return extract_page(_page(paras, box, lang, site, where), "https://blog.example/2026/frozen-river.html").body_text


@pytest.mark.parametrize("paras,lang,site,box,gone", [
    # (the site's box bids the reader: please, an imperative of supporting or giving, a verb-last imperative)
    (_EN, "en", "Riverbank Reads", "<div class='x1'>Riverbank Reads has no ads. Please chip in a small donation to "
                                   "keep it that way.</div>", "small donation"),
    (_DE, "de", "Flussufer", "<div class='x1'>Unterstützen Sie Flussufer mit einer Spende, damit alles frei lesbar "
                             "bleibt.</div>", "Spende"),
    (_FR, "fr", "Rive Gauche", "<div class='x1'>Soutenez Rive Gauche : faites un don, même petit, pour garder le site "
                               "sans publicité.</div>", "faites un don"),
    (_HI, "hi", "नदीतट", "<div class='x1'>नदीतट को आर्थिक सहयोग करें – स्वतंत्र समीक्षा पाठकों से ही चलती है।</div>",
     "आर्थिक सहयोग"),
])
def test_a_boxed_bid_among_the_paragraphs_goes(paras, lang, site, box, gone):
    body = _body(paras, box, lang, site)
    assert gone not in body, body
    assert paras[2][:25] in body


@pytest.mark.parametrize("paras,lang,site,box,kept", [
    # (the review's own line set in a div: it names the site and tells of a character's gift, and bids nobody)
    (_EN, "en", "Riverbank Reads", "<div>On the Riverbank Reads shelf it sits next to my favourites: in the end the "
                                   "ferryman gives a donation of his boat to the village school.</div>", "his boat"),
    (_DE, "de", "Flussufer", "<div>Bei Flussufer steht es jetzt ganz vorn im Regal: am Schluss spendet der Fährmann "
                             "sein Boot der Dorfschule.</div>", "Dorfschule"),
    (_FR, "fr", "Rive Gauche", "<div>Chez Rive Gauche il a sa place d'honneur : à la fin, le passeur veut faire un don de sa "
                               "barque à l'école du village.</div>", "sa barque"),
    (_HI, "hi", "नदीतट", "<div>नदीतट की अलमारी में यह सबसे आगे है: अंत में मल्लाह अपनी नाव गाँव के स्कूल को दान कर देता "
                         "है।</div>", "अपनी नाव"),
])
def test_a_reviews_own_div_line_about_a_gift_stays(paras, lang, site, box, kept):
    assert kept in _body(paras, box, lang, site)
