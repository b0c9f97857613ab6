"""holdout70 (book70): a headline's first word read as the book's title ("Hovet, kungen och läkaren …" gave "Hovet").

- ``bookenumerated.listing``: a headline listing bare nouns, as languages without a separate article (or with one
  suffixed) list things ("Hovet, kungen och läkaren …", "Curtea, regele și medicul …"), is a listing: its first item is no
  title unless the text names it.
- ``bookphrasetitle.common_word``: the rescue takes no headline part that the prose writes only in lower case (a
  common noun: "… vid det danska hovet"), in any cased language.
- ``bookopening._trail``: a breadcrumb left in the body whose last crumb, the page itself, is not linked is a trail:
  its crumbs ("Start", "Boktips") are no titles set off by links.
- ``bookbody``: a column's numbered instalment ("Letras del jueves #47") is no title.
"""

from lxml.html import fromstring

from scraper.extract import extract_page
from scraper.extract.bookenumerated import listing
from scraper.extract.bookopening import _trail, marked_paragraphs
from scraper.extract.bookphrasetitle import common_word


# ---- listings of bare nouns

def test_swedish_suffixed_article_listing():
    assert listing("Slottet, greven och tjänarinnan som visste för mycket")


def test_estonian_bare_nouns_listing():
    assert listing("Loss, krahv ja teenija, kes teadis liiga palju")


def test_romanian_listing():
    assert listing("Curtea, regele și medicul care a schimbat totul")


def test_lithuanian_listing():
    assert listing("Pilis, grafas ir tarnaitė, kuri žinojo per daug")


def test_spanish_plural_listing():
    assert listing("Gauchas, inglesas y carretas cruzando la pampa")


def test_title_with_a_subtitle_is_no_listing():
    assert not listing("Stoner, en roman om plikt")
    assert not listing("Piranesi, Or The House Of Tides")
    assert not listing("Hovet, Kungens sista år och hans läkare")  # (a capital after the comma: a subtitle)
    assert not listing("Hovet, kungen")  # (no third item)
    assert not listing("Il Gattopardo, riletto a Palermo")  # (a remark naming a place)
    assert not listing("Slottet, läst i Sorrento")


# ---- the prose writes it in lower case only

def test_common_word_swedish():
    assert common_word("Slottet", "Hon bor på det gamla slottet vid sjön. Slottsparken är stor.")


def test_common_word_german_lower_adjective():
    assert common_word("Dunkel", "Es wird dunkel im Wald, und das dunkel gehaltene Licht bleibt.")


def test_common_word_czech():
    assert common_word("Dvůr", "Na dvůr přijíždí nový lékař. Celý dvůr se ho bojí.")


def test_named_with_its_capital_is_kept():
    assert not common_word("Slottet", "Slottet är en roman om minne. Det gamla slottet står kvar.")


def test_never_named_is_no_common_word():
    assert not common_word("Slottet", "En roman om minne och skuld.")


def test_acronym_is_no_telling():
    assert not common_word("NATO", "the nato summit")


# ---- breadcrumbs left in the body

def test_breadcrumb_with_unlinked_last_crumb():
    block = fromstring('<div class="crumbs"><a href="/">Start</a> / <a href="/tips">Boktips</a> / '
                       '<span>Slottet, greven och tjänarinnan</span></div>')
    assert _trail(block)


def test_breadcrumb_with_chevrons_and_unlinked_last_crumb():
    block = fromstring('<p><a href="/">Home</a> › <a href="/reviews">Reviews</a> › The quiet house on the hill</p>')
    assert _trail(block)


def test_paragraph_with_two_links_is_no_trail():
    block = fromstring('<p>I read <a href="/a">The Lantern Room</a> after <a href="/b">Salt Ledger</a> and liked '
                       'both of them very much.</p>')
    assert not _trail(block)


def test_prose_after_the_last_link_is_no_trail():
    block = fromstring('<p><a href="/a">Ada Berg</a> / <a href="/b">The Lantern Room</a> / and then, to my '
                       'surprise, a third book arrived.</p>')
    assert not _trail(block)


def test_marked_paragraphs_skip_the_crumbs():
    body = fromstring('<main><div class="crumbs"><a href="/">Start</a> / <a href="/tips">Boktips</a> / '
                      '<span>Slottet, greven och tjänarinnan</span></div>'
                      '<p>Kerstin Ekmans roman <i>Händelser vid vatten</i> är en av de bästa.</p></main>')
    assert not any("“Start”" in p for p in marked_paragraphs(body))


# ---- whole pages

def _page(lang, headline, paragraphs, crumbs=""):
    body = "".join(f'<p class="normal">{p}</p>' for p in paragraphs)
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{headline} - Stadsbiblioteket</title></head>'
            f'<body><header><nav><a href="/">Låna</a> <a href="/tips">Boktips</a></nav></header><main>{crumbs}'
            f'<div class="article"><h1 class="heading">{headline}</h1><div class="body">{body}</div></div></main>'
            f'<footer>Stadsbiblioteket · Storgatan 1</footer></body></html>').encode()


_SV = [
    "Kerstin Ekmans roman Händelser vid vatten utspelar sig i en by i Jämtland, där två unga människor hittas döda "
    "vid en sjö en midsommarnatt. Läraren Annie kom dit för att börja om, och hennes dotter försvinner samma natt.",
    "Det som kunde ha blivit en vanlig deckare blir hos Ekman något helt annat. Hon skriver om skogen, om byn och om "
    "slottet vid sjön där ingen längre bor, med en sorts tålamod som gör att varje sida tar tid.",
    "Vissa partier om skogsbolagen kändes långa, men slutet är så starkt att det fortfarande dröjer sig kvar hos mig, "
    "flera veckor efteråt. Boken passar dig som gillar långsamma berättelser med många lager och tunga tystnader.",
    "Ekman ger ingen enkel lösning, och det uppskattade jag mest. Greven i berättelsen är mer en skugga än en person, "
    "och tjänarinnan som ser allt säger nästan ingenting, men det är hennes tystnad man minns.",
    "Jag läste den första gången för länge sedan och trodde att jag mindes den, men det gjorde jag inte alls. Den här "
    "gången såg jag hur noga allt är byggt, hur varje liten detalj i början får sin betydelse mot slutet.",
]


def test_whole_page_listing_headline_gives_no_wrong_title():
    crumbs = ('<div class="breadcrumbs"><a href="/">Start</a> / <a href="/tips">Boktips</a> / '
              '<span>Slottet, greven och tjänarinnan som visste för mycket</span></div>')
    record = extract_page(_page("sv", "Slottet, greven och tjänarinnan som visste för mycket", _SV, crumbs),
                          "https://bibliotek.example.se/tips/slottet-greven")
    assert record.book_title not in ("Slottet", "Start", "Boktips")
    assert record.is_review


def test_whole_page_title_head_the_text_names_is_kept():
    paragraphs = [p.replace("Händelser vid vatten", "Slottet") for p in _SV]
    record = extract_page(_page("sv", "Slottet, greven och tjänarinnan som visste för mycket", paragraphs),
                          "https://bibliotek.example.se/tips/slottet")
    assert (record.book_title, record.book_author) == ("Slottet", "Kerstin Ekman")


def test_whole_page_numbered_column_label_is_no_title():
    paragraphs = [
        "Hola de nuevo. Esta semana les traigo una novela corta que tenía pendiente desde hace años y que por fin "
        "leí en dos tardes de lluvia, sentada junto a la ventana con un té que se enfrió sin que me diera cuenta.",
        "Una mujer cruza el desierto en un camión con un perro, una radio rota y un secreto. Quiroga escribe con "
        "frases muy breves, casi telegráficas, y sin embargo cada página está llena de paisaje y de calor.",
        "Lo mejor son los diálogos, secos y graciosos a la vez. Lo peor, que se termina demasiado pronto: me "
        "quedé con ganas de seguir en ese camión unas cien páginas más, escuchando la radio que no funciona.",
        "Se la recomiendo a quien quiera una lectura rápida pero intensa, de esas que se quedan dando vueltas.",
        "Puntuación: 4/5",
    ]
    html = ('<html lang="es"><head><meta charset="utf-8"><title>Notas del martes #12 · Camiones, perros y un '
            'secreto en el desierto</title></head><body><main><article><h1>Camiones, perros y un secreto en el '
            'desierto</h1><div class="entry-content">' + "".join(f"<p>{p}</p>" for p in paragraphs) +
            '</div></article></main></body></html>')
    record = extract_page(html.encode(), "https://notas.example/2026/camiones")
    assert record.book_title != "Notas del martes #12"
    assert record.book_title != "Camiones"
