"""A caption between two of a newsletter engine's buttons (``tailasks._widget_caption``, review rev33c), in our own
words and markup: only Substack's button wrappers mark their neighbours (``platforms.CAPTIONED_BUTTONS``), and the
line speaks of subscribing to the reader (thanks for reading, what subscribers get or whom the plan is for).
Near misses: a review's last paragraph about the writer's own subscription between the upgrade and share buttons
(en, fr), and such a line between other widgets (a subscribe form and a share bar, a tip jar and a share bar).
"""

from __future__ import annotations

from scraper.extract import extract_page

URL = "https://tidewrack.example.com/p/the-copper-lighthouse"
PARAS = {
    "en": ["The Copper Lighthouse follows a keeper's daughter who finds that the lamp shows ships from other "
           "centuries. The first half is quiet and careful in the best way, all weather and routine and salt.",
           "The second half hurries, and the ending leans on a coincidence I did not quite swallow, but the chapter "
           "on the rocks at low tide is as good as anything I have read about grief in a long while."],
    "fr": ["Le Phare de cuivre suit la fille d'un gardien qui découvre que la lampe montre des navires "
    "d'autres siècles. "
           "La première moitié est lente et attentive, toute de météo, de routine et de sel.",
           "La seconde moitié se presse et la fin tient à une coïncidence que je n'ai pas crue, mais le "
           "chapitre sur les "
           "rochers à marée basse est l'un des plus beaux que j'aie lus sur le deuil."],
    "es": ["El faro de cobre sigue a la hija de un farero que descubre que la lámpara muestra barcos de otros siglos. "
           "La primera mitad es lenta y cuidadosa, todo clima, rutina y sal, y funciona muy bien.",
           "La segunda mitad se apresura y el final depende de una casualidad, pero el capítulo en las rocas con la "
           "marea baja es de lo mejor que he leído sobre el duelo en mucho tiempo."],
    "it": ["Il faro di rame segue la figlia di un guardiano che scopre che la lampada mostra navi di altri secoli. La "
           "prima metà è lenta e attenta nel senso migliore, tutta tempo, abitudini e sale.",
           "La seconda metà corre e il finale si regge su una coincidenza poco credibile, ma il capitolo sugli scogli "
           "con la bassa marea è tra le cose più belle che ho letto sul lutto da molto tempo."],
}
UPGRADE = "<div class='captioned-button-wrap'><p class='button-wrapper'><a class='button' href='/subscribe'>" \
          "<span>Subscribe</span></a></p></div>"
SHARE = "<p class='button-wrapper'><a class='button' href='/p/x?action=share'><span>Share</span></a></p>"


def _substack(tail: str, lang: str = "en") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS[lang])
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>The Copper Lighthouse - by Ines Moor</title>"
            f"<link rel='canonical' href='{URL}'></head><body><article class='post newsletter-post'>"
            "<h1 class='post-title'>The Copper Lighthouse</h1><div class='available-content'>"
            f"<div class='body markup'>{body}{tail}</div></div></article></body></html>")


def _wordpress(tail: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS["en"])
    return ("<html lang='en'><head><meta charset='utf-8'><title>The Copper Lighthouse</title></head><body>"
            "<article class='post'><h1 class='entry-title'>The Copper Lighthouse</h1>"
            f"<div class='entry-content'>{body}{tail}</div></article></body></html>")


def test_a_caption_to_the_reader_goes():
    for caption, said, lang in (
        ("<p><em>¡Gracias por leer Marea Alta! Los suscriptores de pago reciben un ensayo largo cada mes.</em></p>",
         "Gracias por leer", "es"),
        ("<p>Grazie per la lettura! Gli abbonati ricevono ogni mese una lunga lettera.</p>", "Grazie per", "it"),
        ("<p>Tidewrack is free to read; the monthly essay is for paid subscribers.</p>", "free to read", "en"),
    ):
        record = extract_page(_substack(UPGRADE + caption + SHARE, lang), URL)
        assert PARAS[lang][1][-30:] in record.body_text
        assert said not in record.body_text, record.body_text[-200:]


def test_the_writers_own_subscription_stays():
    for caption, said, lang in (
        ("<p>I got this one through my book-box subscription, and it was easily my favourite pick of the year.</p>",
         "favourite pick", "en"),
        ("<p>Abonnée depuis dix ans à la revue du port, j'y avais lu le premier chapitre.</p>", "premier chapitre",
         "fr"),
    ):
        record = extract_page(_substack(UPGRADE + caption + SHARE, lang), URL)
        assert said in record.body_text, record.body_text[-200:]
    # other widgets: a Jetpack subscribe form and a share bar, a tip jar and a share bar
    jetpack = ("<div class='jetpack_subscription_widget'><form><input "
               "type='email'><button>Subscribe</button></form></div>")
    kofi = "<div class='kofi-button'><a href='https://ko-fi.com/x'>Buy me a coffee</a></div>"
    share = ("<div class='sharedaddy sd-sharing-enabled'><h3>Share this:</h3><ul><li><a "
             "href='#'>Share</a></li></ul></div>")
    for before, line, said in (
        (jetpack, "<p>I borrowed it on my library-app subscription, and I am buying my own copy now.</p>",
         "buying my own copy"),
        (kofi, "<p>The keeper's weekly newsletter to the villagers is the book's funniest thread.</p>",
         "funniest thread"),
    ):
        record = extract_page(_wordpress(before + line + share), URL)
        assert said in record.body_text, record.body_text[-200:]
