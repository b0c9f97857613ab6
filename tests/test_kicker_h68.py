"""A headline's section label (a kicker) before a colon is not part of the book's title: it is taken off when the text
never names it and the page shows it by itself as a section or category (bookheadinglabel.kicker_off)."""

from scraper.extract import extract_page


def _page(lang, headline, section, paragraphs):
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{headline}</title></head><body>'
            f'<header><a href="/">Blog</a></header><main><article>'
            f'<div class="rubric">{section}</div><h1>{headline}</h1>'
            f'<div class="entry-content">{body}</div></article></main><footer>© 2026</footer></body></html>')


_ES = [
    "Rosa Almendral escribe aquí sobre un pueblo de pescadores que espera cada invierno un barco que nunca llega. "
    "La novela avanza despacio, con capítulos breves, y cada vecino cuenta su parte de la espera.",
    "Me gustó sobre todo la voz de la maestra, que duda de todo y lo anota en un cuaderno. Almendral escribe con "
    "frases limpias y deja que el silencio del puerto haga el resto del trabajo.",
    "El final me pareció algo apresurado, pero la recomiendo a quien disfrute de las historias corales y lentas.",
    "Hay escenas que se quedan conmigo: la subasta de redes viejas, la tormenta contada desde la cocina del faro, "
    "las cartas que nadie se atreve a abrir. La autora sabe cuándo callar y cuándo dejar que un personaje hable "
    "demasiado, y ese equilibrio sostiene el libro incluso en sus páginas más tranquilas. Lo leí en dos tardes.",
]

_DE = [
    "Jonas Wehrle erzählt von zwei Brüdern, die nach dem Tod des Vaters eine Imkerei im Schwarzwald übernehmen. "
    "Der Roman wechselt zwischen ihren Stimmen und lässt offen, wer von beiden recht hat.",
    "Wehrle schreibt genau und ohne Eile; die Bienen sind mehr als Kulisse, sie geben dem Jahr seinen Takt. "
    "Manche Nebenfiguren bleiben blass, doch die Brüder stehen einem lange vor Augen.",
    "Ein ruhiges, kluges Buch für lange Abende, das ich gern weiterempfehle.",
    "Besonders die Kapitel im Frühjahr, wenn die Völker schwärmen und die Brüder nachts über die Wiesen laufen, "
    "haben mich gepackt. Der Streit um das Erbe wird nie laut, er steckt in kleinen Gesten, in einem nicht "
    "abgeholten Brief, in einer Tür, die offen bleibt. Ich habe es an einem Wochenende gelesen.",
]


def test_section_label_off_spanish():
    html = _page("es", "Lectura del mes: El barco de invierno – Rosa Almendral", "Inicio › Lecturas", _ES)
    record = extract_page(html, "https://blog.example.es/2026/barco")
    assert record.book_title == "El barco de invierno"
    assert record.book_author == "Rosa Almendral"


def test_section_label_off_german():
    html = _page("de", "Leserstimme: Das Jahr der Bienen – Jonas Wehrle", "Kultur · Leserstimmen", _DE)
    record = extract_page(html, "https://zeitung.example.de/kultur/bienen")
    assert record.book_title == "Das Jahr der Bienen"
    assert record.book_author == "Jonas Wehrle"


def test_title_main_part_named_by_text_kept():
    # the part before the colon is the title's own: the text names it again
    paragraphs = ["In Winterhafen erzählt Jonas Wehrle von einem Hafen im Norden. " + _DE[0], *_DE[1:]]
    html = _page("de", "Winterhafen: Eine Chronik – Jonas Wehrle", "Kultur · Winterhafen-Lesungen", paragraphs)
    record = extract_page(html, "https://zeitung.example.de/kultur/winterhafen")
    assert record.book_title == "Winterhafen: Eine Chronik"


def test_label_nowhere_else_on_the_page_kept():
    # no section, breadcrumb or category shows the part before the colon: a subtitle's title is left whole
    html = _page("es", "Mareas: crónica de un puerto – Rosa Almendral", "Inicio › Narrativa", _ES)
    record = extract_page(html, "https://blog.example.es/2026/mareas")
    assert record.book_title == "Mareas: crónica de un puerto"
