"""sitenotices.subscription_box, its no-link path (rev27 #1): a box holding only the bid to take out a subscription
goes when the bid opens its line (or follows no more than an address or a teaser question) and little else stands in
the box; a review's own paragraph boxed alone that quotes such a bid (a character's line, a novel's last words) stays.
Pages written for these tests, in our own words.
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page

_BODY = {
    "de": ("Der Roman erzählt von einer Fährfrau, die einen Winter lang allein an einem zugefrorenen See lebt und jeden "
           "Morgen das Eis prüft. Die Sprache ist knapp, die Landschaft fast ein eigener Charakter.",
           "Nicht alles gelingt: Der Mittelteil zieht sich, und eine Nebenfigur bleibt blass. Trotzdem habe ich das "
           "Buch gern gelesen und empfehle es allen, die stille Bücher mögen."),
    "en": ("The novel follows a ferrywoman who spends a winter alone by a frozen lake, testing the ice every morning. "
           "The prose is spare and the landscape becomes a character of its own.",
           "Not everything works: the middle drags and a side character stays thin. Still, I enjoyed it and would "
           "recommend it to anyone who likes quiet books."),
    "fr": ("Le roman suit une passeuse qui passe un hiver seule au bord d'un lac gelé, à vérifier la glace chaque matin. "
           "La langue est sobre et le paysage devient un personnage à part entière.",
           "Tout n'est pas réussi : le milieu s'étire et un personnage secondaire reste flou. Je l'ai pourtant lu avec "
           "plaisir et je le conseille à qui aime les livres silencieux."),
    "es": ("La novela sigue a una barquera que pasa un invierno sola junto a un lago helado, comprobando el hielo cada "
           "mañana. La prosa es sobria y el paisaje se vuelve un personaje más.",
           "No todo funciona: la parte central se alarga y un personaje secundario queda desdibujado. Aun así lo disfruté "
           "y se lo recomiendo a quien le gusten los libros tranquilos."),
    "it": ("Il romanzo segue una traghettatrice che passa un inverno da sola accanto a un lago ghiacciato, controllando "
           "il ghiaccio ogni mattina. La prosa è asciutta e il paesaggio diventa un personaggio.",
           "Non tutto funziona: la parte centrale si allunga e un personaggio secondario resta sbiadito. L'ho comunque "
           "letto con piacere e lo consiglio a chi ama i libri silenziosi."),
    "pl": ("Powieść opowiada o przewoźniczce, która spędza zimę sama nad zamarzniętym jeziorem i każdego ranka sprawdza "
           "lód. Język jest oszczędny, a krajobraz staje się osobnym bohaterem.",
           "Nie wszystko się udaje: środek się dłuży, a jedna z postaci pobocznych pozostaje blada. Mimo to czytałam z "
           "przyjemnością i polecam każdemu, kto lubi ciche książki."),
    "nl": ("De roman volgt een veervrouw die een winter lang alleen aan een bevroren meer woont en elke ochtend het ijs "
           "test. Het proza is sober en het landschap wordt een personage.",
           "Niet alles werkt: het middenstuk sleept en een bijfiguur blijft vaag. Toch las ik het graag en raad ik het "
           "iedereen aan die van stille boeken houdt."),
}


def _page(lang: str, box: str) -> bytes:
    first, second = _BODY[lang]
    return (f"<html><head><title>Review</title></head><body><article><h1>Das Eis / The Ice</h1><p>{first}</p>"
            f"{box}<p>{second}</p></article></body></html>").encode()


def _text(lang: str, box: str) -> str:
    return extract_page(_page(lang, box), "https://shelfnotes.example/2026/05/the-ice/").body_text


@pytest.mark.parametrize("lang, line, gone", [
    ("de", "Liebe Leserinnen und Leser, jetzt abonnieren und kein Heft mehr verpassen!", "abonnieren"),
    ("en", "Love reading about books? Subscribe now and get four issues a year.", "Subscribe now"),
    ("fr", "Abonnez-vous et recevez chaque numéro chez vous.", "Abonnez-vous"),
    ("es", "¿Te gustan los libros? Suscríbete y recibe la revista en casa.", "Suscríbete"),
    ("pl", "Zaprenumeruj nasz kwartalnik. Pierwszy numer gratis.", "Zaprenumeruj"),
])
def test_a_bare_subscription_bid_in_its_box_goes(lang, line, gone):
    text = _text(lang, f'<div class="teaser"><p>{line}</p></div>')
    assert gone not in text
    assert _BODY[lang][1][:30] in text


@pytest.mark.parametrize("lang, line, kept", [
    # a character's line, quoted, in the review's own closing paragraph boxed alone
    ("de", "Am Schluss ruft der Verleger der Fährfrau nach: »Jetzt abonnieren oder für immer schweigen!« – ein "
           "bitterer Witz, der lange nachhallt.", "für immer schweigen"),
    ("en", "The last page belongs to the editor, who shouts after her: “Subscribe now or forever hold your peace!” "
           "It is a bitter joke, and it lingers.", "forever hold your peace"),
    ("fr", "Sa mère le lui répète depuis l'enfance, « souscrivez un abonnement à la patience », et la passeuse "
           "finit par l'entendre, seule sur la glace, au dernier chapitre.", "à la patience"),
    ("es", "Cuando el editor le dice «suscríbase usted a la esperanza», la barquera se ríe por primera vez en todo "
           "el libro, y yo con ella.", "a la esperanza"),
    ("it", "Nell'ultima pagina l'editore le grida: \"Abbonati ora o taci per sempre!\" È una battuta amara che "
           "risuona a lungo.", "taci per sempre"),
    # the bid in the middle of the reviewer's own sentence, not opening it
    ("nl", "Wie na dit boek denkt 'neem nu een abonnement op stilte', heeft het goed begrepen; de schrijver "
           "vraagt niets anders van ons, maar doet het met veel geduld en veel humor.", "abonnement op stilte"),
    ("pl", "Bohaterka powtarza jak mantrę, zaprenumeruj życie, zanim ono zaprenumeruje ciebie, i dopiero w finale "
           "rozumiemy, co miała na myśli, gdy stoi sama na lodzie.", "zanim ono"),
])
def test_a_review_paragraph_quoting_the_bid_stays(lang, line, kept):
    assert kept in _text(lang, f"<div><p>{line}</p></div>")
