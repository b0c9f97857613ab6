"""A record in commas opening on the author ("A, T, House", "A, T, House, 2019"), set in its own line at the review's
end before a removed ask, is the review's line, not the ask's lead-in (fragmentrecord.name_commas, read by
leadin.never_lead_in): the author's surname is said again in the review. Near misses: a sign-off in commas whose
name the review never says, a lower-case clause ("thanks, see you soon"), a plain lead-in to the ask."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.fragmentrecord import name_commas


def _post(lang: str, paragraphs: list[str], record: str, ask: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs * 2)
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>Review</title></head><body>'
            f'<main><article class="blog-post"><h1>Review</h1><div class="blog-post__content">{body}'
            f'<p><i>{record}</i></p><div class="nl"><p>Sign up for our letter and get 10% off your first order.</p>'
            f'<input type="email"><button>Join</button></div><p>{ask}</p></div></article></main></body></html>')


CASES = [
    ("hr", ["Ivana Kordić u novom romanu prati obitelj iz Splita kroz tri desetljeća, od rata do turističkog buma.",
            "Kordićeva piše sporo i precizno, a likovi ostaju s čitateljem dugo nakon zadnje stranice. Neka poglavlja "
            "su predugačka, ali cjelina je snažna i iskrena.",
            "Preporučujem svima koji vole obiteljske sage."],
     "Ivana Kordić, Kuća na rivi, Fraktura", "Pratite blog Knjižnica Sjever na Instagramu i TikToku."),
    ("cs", ["Tomáš Valenta se v novém románu vrací do Brna osmdesátých let, kde dospívá jeho tichý hrdina.",
            "Valenta umí psát o obyčejných věcech tak, že z nich je malé drama. Konec je trochu uspěchaný, ale kniha "
            "mě držela do poslední stránky.",
            "Pro milovníky Hrabala povinné čtení."],
     "Tomáš Valenta, Zimní zahrada, Host", "Follow the Kniha blog on Instagram and TikTok."),
    ("it", ["Giulia Serra racconta un'estate in Sardegna in cui tre amiche decidono di riaprire la libreria del paese.",
            "La Serra ha una scrittura leggera ma mai superficiale, e i dialoghi sono vivissimi. Qualche pagina di "
            "troppo a metà, ma il finale ripaga tutto.",
            "Un libro perfetto per l'estate."],
     "Giulia Serra, La libreria sul mare, Sellerio", "Seguite il blog Libri Sparsi su Instagram e TikTok."),
]


def test_a_record_in_commas_before_a_follow_line_stays():
    for lang, paragraphs, record, ask in CASES:
        record_page = extract_page(_post(lang, paragraphs, record, ask), f"https://blog.example.net/{lang}/r/")
        assert record in record_page.body_text, (lang, record_page.body_text)
        assert ask not in record_page.body_text


def test_name_commas_shapes():
    text = "Ivana Kordić u novom romanu prati obitelj. Kordićeva piše sporo."
    assert name_commas("Ivana Kordić, Kuća na rivi, Fraktura, 2024", text) is not None
    assert name_commas("Ivana Kordić, Kuća na rivi, Fraktura", text) is not None
    # a sign-off whose name the review never says; a lower-case clause; a lead-in; a list of three places
    assert name_commas("Ana Berg, Stockholm, November", text) is None
    assert name_commas("Ivana Kordić, thanks for reading, see you", text) is None
    assert name_commas("Enjoyed this review? Follow us, share it, tell a friend", text) is None
    assert name_commas("Split, Zadar, Šibenik", text) is None
