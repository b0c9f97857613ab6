"""A headline "T – Given Family: a lower-case tagline" in a declining language (Czech, Polish, Slovak): the spaced dash
sets the whole name apart after the title, so the head before the colon is read as "T – A" and vouched by the text
(bookdashhead.open_head). Near misses: a name after the dash that the text never names is no author, a head whose
part after the dash is no name stays no author, and a capitalised subtitle after the colon is not read
as a tagline."""

from __future__ import annotations

from scraper.extract import extract_page

_CS = [
    "Tuhle sbírku jsem poprvé četla na gymnáziu a pak na ni dlouho zapomněla. Letos v zimě jsem ji našla v knihovně po babičce.",
    "Patnáct básní o mlynářích, svatbách a zlých macechách, kde každá chyba má svůj trest. Svět je tu tvrdý, ale verš lehký.",
    "Nejvíc mě zasáhla báseň o studni za vesnicí, nejméně ta o poutníkovi, která mi přišla zbytečně dlouhá.",
    "Hanuš Vrána psal jazykem, který dnes zní staře, a přesto se čte skoro sám. Doporučuji číst nahlas.",
    "Hodnocení: 4/5",
]


def _page(headline: str, paragraphs: list[str] = _CS, lang: str = "cs"):
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{headline} | Kniha u čaje</title></head><body>'
            f'<article class="post"><h1 class="post-title">{headline}</h1><div class="post-content">{body}</div>'
            f'</article></body></html>')
    return extract_page(html, "https://knihaucaje.example.cz/blog/studna")


def test_title_dash_name_then_lower_case_tagline():
    record = _page("Studna za vsí – Hanuš Vrána: verše na zimní večery")
    assert (record.book_title, record.book_author) == ("Studna za vsí", "Hanuš Vrána")


def test_polish_title_dash_name_then_tagline():
    paragraphs = [
        "Ta powieść leżała u mnie na półce od dwóch lat. Wreszcie po nią sięgnęłam w listopadzie, kiedy zrobiło się ciemno.",
        "To historia rodziny flisaków z nad Wisły, opowiedziana przez trzy pokolenia. Każde widzi tę samą rzekę inaczej.",
        "Najlepsze są rozdziały o powodzi, najsłabsze końcowe, trochę pośpieszne. Marta Zielnik pisze jednak pięknie.",
        "Ocena: 8/10",
    ]
    record = _page("Rzeka pamięta – Marta Zielnik: saga na długie wieczory", paragraphs, "pl")
    assert (record.book_title, record.book_author) == ("Rzeka pamięta", "Marta Zielnik")


def test_name_after_the_dash_the_text_never_names_is_no_author():
    # the tagline's shape, but the text never speaks of the person after the dash (a dedication, a translator's note)
    record = _page("Studna za vsí – Petr Doubrava: verše na zimní večery")
    assert record.book_author != "Petr Doubrava"


def test_part_after_the_dash_that_is_no_name_is_no_author():
    record = _page("Studna za vsí – Zimní čtení: verše na dlouhé večery")
    assert record.book_author != "Zimní čtení"


def test_capitalised_subtitle_after_the_colon_is_not_read_as_tagline():
    record = _page("Studna za vsí – Hanuš Vrána: Verše Na Zimní Večery")
    assert record.book_title != "Studna za vsí – Hanuš Vrána"
