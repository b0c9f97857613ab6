"""A funding plea set as a box of its own among the post's paragraphs (the s25 round). Written in our own words.

A theme or a site inserts its plea as a lone div between or after the writer's <p> paragraphs, no button and no
bold lead closed by a colon: it goes when it names the site by its own name (a case ending glued to the name too) or,
asking for a coffee, names the tip platform (``fundbox.lone_box``). A reviewer's line in such a div that names only a
kind of site, a coffee asked by a character, and a post written in divs line by line stay.
"""

import pytest

from scraper.extract import extract_page

_DE = [
    "Der Roman folgt einer Fährfrau an der Elbe, die ein Jahr lang jeden Tag dieselben Menschen übersetzt und dabei "
    "mehr über das Dorf erfährt, als ihr lieb ist.",
    "Die Sprache ist knapp und genau, die Jahreszeiten ordnen das Buch. Im Herbst wird es etwas langatmig, aber der "
    "Winter entschädigt für alles, besonders die Nacht auf dem Eis.",
    "Wer leise Bücher über Arbeit und Nachbarschaft mag, sollte hier zugreifen. Ich habe es in zwei Abenden gelesen.",
]
_BN = [
    "উপন্যাসটা এক নদীর ধারের গ্রামের তিন প্রজন্মের গল্প বলে, যেখানে বন্যা আসে প্রতি বছর আর মানুষ আবার ঘর বাঁধে। "
    "লেখকের ভাষা সহজ, কিন্তু প্রতিটি বাক্যে একটা চাপা কষ্ট আছে।",
    "মাঝের অধ্যায়গুলো একটু লম্বা, তবু শেষের দিকে ঠাকুমার চিঠির অংশটা পড়ে চোখ ভিজে গেল। পুরোনো গ্রামের "
    "মানুষের কথা যাঁরা ভালোবাসেন, তাঁদের জন্য এই বই।",
    "অনুবাদ নয়, মূল বাংলায় লেখা বলেই হয়তো সংলাপগুলো এত জীবন্ত লাগে, আর নদীর বর্ণনা পড়ে মনে হয় পাশেই বসে আছি।",
]
_PT = [
    "A narradora volta à casa da avó no interior de Minas depois de vinte anos e encontra tudo igual, menos ela mesma. "
    "O livro acompanha um inverno inteiro de faxina, cartas velhas e vizinhos curiosos.",
    "A prosa é curta e seca, quase sem adjetivos, e funciona muito bem nas cenas da cozinha. O meio do livro "
    "arrasta um pouco, mas o último capítulo compensa.",
    "Recomendo para quem gosta de romances de memória e de famílias barulhentas. Li em três noites.",
]
_EN = [
    "The novel follows a lighthouse keeper's daughter through one long winter on a Hebridean island, where the supply "
    "boat stops coming and the family must decide whether to stay.",
    "The prose is spare and salt-bitten; the middle chapters drag a little, but the storm sequence is extraordinary "
    "and the ending earns every one of its quiet pages.",
    "If you like slow, weather-driven books, this one is for you. I read it over two grey weekends.",
]

_ES = [
    "Una maestra rural vuelve al pueblo de su infancia en la Patagonia para cerrar la escuela donde estudió, y durante "
    "un invierno entero ordena papeles, cartas y cuadernos de alumnos que ya son abuelos.",
    "La prosa es sobria y muy precisa; los capítulos del medio se hacen un poco largos, pero la escena de la nevada y "
    "la última clase compensan cualquier lentitud y quedan en la memoria mucho tiempo.",
    "Se lo recomiendo a quien disfrute de las novelas lentas, de paisaje y de memoria. Lo leí en tres noches.",
]
_IT = [
    "Una traduttrice torna nella casa di famiglia sul lago per svuotarla prima della vendita e trova, dentro un "
    "armadio, le lettere che la nonna non ha mai spedito alla sorella emigrata in Argentina.",
    "La scrittura è asciutta e precisa; la parte centrale rallenta un po', ma le pagine sulla nebbia del lago e "
    "l'ultima lettera ripagano ogni lentezza e restano in testa a lungo dopo la fine.",
    "Lo consiglio a chi ama i romanzi di memoria e di famiglia. L'ho letto in tre sere.",
]


def _page(paras, box, lang, site, where=1, wrap="p"):
    lines = [f"<{wrap}>{p}</{wrap}>" for p in paras]
    lines.insert(where, box)
    return (f"<html lang='{lang}'><head><title>Eine Rezension | {site}</title></head><body>"
            f"<nav><a href='/'>{site}</a> <a href='/buecher'>Bücher</a></nav><main><article><h1>Eine Rezension</h1>"
            f"<div class='post-body'>" + "".join(lines) + "</div></article></main><footer>2026</footer></body></html>")


def _body(paras, box, lang, site, **kw):
    return extract_page(_page(paras, box, lang, site, **kw), "https://blog.example/2026/rezension.html").body_text


@pytest.mark.parametrize("paras,lang,site,box,gone,where", [
    # (de: the site named in a plain div between two paragraphs)
    (_DE, "de", "Lesezimmer", "<div class='hinweis'>Gefällt dir das Lesezimmer? Unterstütze das Lesezimmer mit einer "
                              "kleinen Spende, damit es werbefrei bleibt.</div>", "Spende", 1),
    # (bn: the name with a case ending glued to it, after the last paragraph)
    (_BN, "bn", "বইঘর", "<div class='sahayota'>বইঘরকে আর্থিক সহায়তা করুন – স্বাধীন সমালোচনা বাঁচিয়ে রাখতে।</div>",
     "আর্থিক সহায়তা", 3),
    # (a coffee asked mid-post and the tip platform named, no site name in the box: es, it, pt, en)
    (_ES, "es", "La Repisa", "<div style='background:#f3f3f3'><b>¿Te sirven estas reseñas?</b> "
                             "Invítame un cafecito por Mercado Pago y ayúdame a seguir leyendo.</div>",
     "Mercado Pago", 1),
    (_IT, "it", "Scaffale", "<div class='riquadro'><b>Ti piace lo Scaffale?</b> Offrimi un caffè su Ko-fi e aiutami a "
                            "comprare altri libri.</div>", "Ko-fi", 1),
    (_PT, "pt", "Estante da Bia", "<div style='background:#f3f3f3'><b>Curtiu?</b> Me pague um café pelo Pix e me "
                                  "ajude a comprar mais livros.</div>", "Pix", 1),
    (_EN, "en", "Salt Shelf", "<aside class='note-x'><b>Enjoying these reviews?</b> Buy me a coffee on Ko-fi so I can "
                              "keep reading.</aside>", "Ko-fi", 1),
])
def test_a_lone_funding_box_among_paragraphs_goes(paras, lang, site, box, gone, where):
    body = _body(paras, box, lang, site, where=where)
    assert gone not in body, body
    for p in paras:
        assert p[:30] in body


@pytest.mark.parametrize("paras,lang,site,box,kept", [
    # (a reviewer's line in a div: a kind of site and a donation, no site's name, no coffee)
    (_EN, "en", "Salt Shelf", "<div>In the second half the daughter starts a charity blog and begs "
                              "its readers to donate to the island school.</div>", "charity blog"),
    # (a coffee asked by a character, quoted: no tip platform, no site's name)
    (_PT, "pt", "Estante da Bia", "<div>“Me pague um café”, diz a vizinha, e é assim que a história da avó volta à "
                                  "tona.</div>", "diz a vizinha"),
    # (the site named in a div, but no funding asked)
    (_DE, "de", "Lesezimmer", "<div>Im Lesezimmer habe ich schon ihren ersten Roman besprochen; dieser hier ist "
                              "reifer.</div>", "ersten Roman"),
])
def test_a_reviewers_div_line_stays(paras, lang, site, box, kept):
    assert kept in _body(paras, box, lang, site, where=2)


def test_a_post_written_in_divs_keeps_its_line():
    # (every line a div: no box among paragraphs; the review's own line naming the site and a donation stays)
    line = "<div>Die Autorin spendet ihr Honorar dem Lesezimmer ihrer Heimatstadt, einer kleinen Leihbücherei.</div>"
    body = _body(_DE, line, "de", "Lesezimmer", where=3, wrap="div")
    assert "Honorar" in body
