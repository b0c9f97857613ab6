"""A record line in commas under a review, "Name Surname, T, House" (sr/hr, it, es, pl …: the way many papers and
blogs cite the book they reviewed, no year needed), is the review's own line: never the lead-in of a follow-me line or
an ask set after it (leadin.never_lead_in), and the book it names is read where no other rule found one
(fragmentrecord.name_commas, fragment_book). Near misses: a sign-off "Name, City, 2026", a list of people, a sentence
whose clause after the name opens in lower case, a review whose author the text never names again."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.fragmentrecord import name_commas


def _page(lang: str, head: str, paras: list[str], record: str, ask: str, follow: str, host: str) -> tuple[str, str]:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{head} | Blog</title></head><body>'
            f'<main><article class="post"><h1 class="post-title">{head}</h1><div class="post-body">{body}'
            f'<p><i>{record}</i></p><div class="nl"><p>{ask}</p><input type="email"><button>OK</button></div>'
            f'<p>{follow}</p></div></article></main></body></html>'), f"https://www.{host}.example/blog/1"


PAGES = [
    ("hr", "Horvatova „Zimska luka“ deset godina poslije",
     ["Kad je izašao, ovaj roman je dobio veliku nagradu i mnogo pažnje, a onda je ostao na policama. Pročitao sam ga "
      "ponovo ove zime.",
      "Junak, Ivo Lukić, pokušava sastaviti život nakon rata i razvoda. Horvat ga vodi kroz Rijeku, Trst i Beč, ali "
      "putovanje je unutarnje.",
      "Ima poglavlja koja sam prelistao brže nego što bih trebao, ali kad se dijelovi spoje, ostaje snažan dojam.",
      "Naša ocjena: 4/5"],
     "Marin Horvat, Zimska luka, Fraktura", "Prijavite se na naš bilten i dobijte 10% popusta na prvu kupnju.",
     "Pratite naš blog na Instagramu.", "knjizarahr", ("Zimska luka", "Marin Horvat")),
    ("it", "Il «Porto d'inverno» di Ferri, dieci anni dopo",
     ["Quando uscì, questo romanzo vinse un premio importante e ricevette molta attenzione, poi rimase sugli scaffali. "
      "L'ho riletto quest'inverno.",
      "Il protagonista, Luca Sarti, cerca di ricomporre la sua vita dopo la guerra e il divorzio. Ferri lo accompagna "
      "tra Trieste, Vienna e Lubiana.",
      "Ci sono capitoli che ho sfogliato troppo in fretta, ma quando le parti si uniscono resta un'impressione forte.",
      "Il nostro voto: 4/5"],
     "Paola Ferri, Porto d'inverno, Sellerio", "Iscriviti alla nostra newsletter e ricevi il 10% di sconto sul primo "
     "acquisto.", "Seguici su Instagram e TikTok.", "libreriait", ("Porto d'inverno", "Paola Ferri")),
    ("es", "El «Puerto de invierno» de Morán, diez años después",
     ["Cuando salió, esta novela ganó un premio importante y recibió mucha atención, y luego se quedó en las "
      "estanterías. La releí este invierno.",
      "El protagonista, Luis Sarmiento, intenta rehacer su vida después de la guerra y del divorcio. Morán lo lleva "
      "por Cádiz, Lisboa y Tánger.",
      "Hay capítulos que hojeé más rápido de lo debido, pero cuando las piezas encajan queda una impresión muy fuerte.",
      "Nuestra nota: 4/5"],
     "Clara Morán, Puerto de invierno, Anagrama", "Suscríbete a nuestro boletín y recibe un 10% de descuento en tu "
     "primera compra.", "Sigue el blog de Librería Sur en Instagram y TikTok.", "libreriaes",
     ("Puerto de invierno", "Clara Morán")),
]


@pytest.mark.parametrize("lang,head,paras,record,ask,follow,host,book", PAGES)
def test_record_in_commas_kept_and_read(lang, head, paras, record, ask, follow, host, book):
    html, url = _page(lang, head, paras, record, ask, follow, host)
    got = extract_page(html, url)
    assert got.is_review
    assert record in got.body_text  # the review's own line, not the follow-me line's lead-in
    assert (got.book_title, got.book_author) == book


@pytest.mark.parametrize("line,expected", [
    ("Marin Horvat, Zimska luka, Fraktura", ("Zimska luka", "Marin Horvat")),
    ("Ewa Górna, Przystań, Wydawnictwo Brzeg, Kraków, 2025, 288 s.", ("Przystań", "Ewa Górna")),
    ("Inês Calado, O cais, Edições Norte", ("O cais", "Inês Calado")),
])
def test_name_commas_reads(line, expected):
    elsewhere = "Horvat ga vodi kroz Rijeku. Górna nikogo nie idealizuje. Calado não idealiza ninguém."
    assert name_commas(line, elsewhere) == expected


@pytest.mark.parametrize("line", [
    "Marin Horvat, Zagreb, 2026.",  # a sign-off: the writer's name, a city and a date, no house
    "Marin Horvat, Ivo Lukić, Ana Perić",  # a list of people: the second one the text calls by surname
    "Marin Horvat, novinar i urednik, živi u Zagrebu",  # a sentence: its clause after the name in lower case
    "Clara Morán, Puerto de invierno, Anagrama",  # an author the review never names again
])
def test_name_commas_near_misses(line):
    elsewhere = "Horvat ga vodi kroz Rijeku, a Lukić ga prati. Pisala je Ana Perić."
    assert name_commas(line, elsewhere) is None


def test_sign_off_in_commas_is_no_book():
    html, url = _page("es", "Una tarde en la feria del libro",
                      ["Fuimos a la feria del libro el sábado por la tarde y recorrimos todas las casetas del paseo.",
                       "Hubo colas larguísimas para las firmas y encontramos un par de ediciones antiguas a buen "
                       "precio.",
                       "Volveremos el año que viene, con más tiempo y menos prisa. Marta Ruiz lo cuenta mejor."],
                      "Marta Ruiz, Sevilla, 2026", "Suscríbete a nuestro boletín y recibe un 10% de descuento.",
                      "Sigue el blog de Librería Sur en Instagram y TikTok.", "libreriaes")
    got = extract_page(html, url)
    assert got.book_author != "Marta Ruiz"
