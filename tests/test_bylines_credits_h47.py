"""Three small lines of a magazine's article that are not the review (holdout47, spent; helper body47a).

- datelines.FULL_DATE reads whole dates written with words between their parts: the Romance "de" twice (ca/es/pt/gl
  "5 de març de 2025", ca "9 d'abril de 2024"), the year first with the day's mark after (lt "2025 m. kovo 5 d.",
  hu "2025. március 5.", lv "2025. gada 5. marts"); a byline or a forum post's timestamp in that form is the engine's.
- sitelines.mark: a short dated line among the first blocks (its parts spans of one row: "<name> · <date> · 5 min")
  names the writer too, so the bio opening with that name at the end goes (writer_bio).
- creditrow.picture_credit: a lone line crediting the pictures to a person named nowhere else in the post
  ("Illustration by …", fi "Kuvitus: …", es "Ilustración de …") is the magazine's credit.

Near misses: a count "1 de cada 1000", a sentence of the review holding such a date, a picture book's illustrator
credited on a line and named again in the review, a picture credit with no person's name.
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.datelines import FULL_DATE

PROSE = {
    "ca": ["La novel·la segueix una farera que compta vaixells que ja no passen, i l'autor escriu amb una calma que "
           "fa pensar en les tardes llargues d'hivern a la costa, quan tot sembla aturat.",
           "El final és menys rodó del que voldria, però els capítols del mig són extraordinaris i la veu de la "
           "protagonista es queda amb tu molts dies després d'haver tancat el llibre."],
    "es": ["La novela sigue a un relojero que repara los relojes de todo el barrio menos el suyo, y la autora "
           "escribe con frases cortas que suenan como un tictac constante y tranquilo.",
           "Sobran algunas tramas secundarias, pero el desenlace en la azotea compensa cada página lenta y deja "
           "una imagen que no se olvida con facilidad."],
    "pt": ["O romance acompanha uma cartógrafa que desenha mapas de cidades que ainda não existem, e a escrita é "
           "tão precisa que quase acreditamos nas ruas que ela inventa a cada capítulo.",
           "O meio do livro arrasta-se um pouco, mas o último capítulo é belíssimo e vale a leitura inteira de "
           "quem gosta de histórias lentas e cheias de pormenor."],
}


def _page(lang: str, head: str = "", tail: str = "", standfirst: str = "") -> str:
    paras = "".join(f"<p>{p}</p>" for p in PROSE[lang])
    lead = f"<p class='lead'>{standfirst}</p>" if standfirst else ""
    return (f"<html lang='{lang}'><head><title>Crítica</title></head><body><article><h1>El far i la farera</h1>"
            f"{lead}{head}<div class='text'>{paras}{tail}</div></article></body></html>")


@pytest.mark.parametrize("text", [
    "5 de març de 2025", "9 d'abril de 2024", "12 de diciembre de 2026", "3 de dezembro de 2025",
    "2025 m. kovo 5 d.", "2026 gruodžio 2 d., 21:48", "2025. március 5.", "2025. gada 5. marts",
])
def test_worded_dates(text):
    assert FULL_DATE.search(text)


@pytest.mark.parametrize("text", ["1 de cada 1000 lectors", "capítol 3 de 12", "2025 m. buvo geri metai"])
def test_not_dates(text):
    assert not FULL_DATE.search(text)


@pytest.mark.parametrize("lang,line", [
    ("ca", "Per Jana Vidal Soler · 5 de març de 2025"),
    ("es", "Por Inés Marín Lago · 12 de diciembre de 2026"),
    ("pt", "Por Rui Campos · 3 de dezembro de 2025"),
])
def test_byline_under_standfirst(lang, line):
    standfirst = "Una lectura pausada d'una novel·la sobre fars, silencis i vaixells que ja no tornen mai més a port."
    record = extract_page(_page(lang, head=f"<div class='byline'>{line}</div>", standfirst=standfirst),
                          "https://mag.example/critica/far/")
    assert line.split(" · ")[0] not in record.body_text
    assert PROSE[lang][0][:40] in record.body_text


def test_review_sentence_with_worded_date_stays():
    sentence = ("Vaig acabar el llibre el 5 de març de 2025, un dia de pluja, i encara ara en recordo cada escena "
                "amb una precisió que pocs llibres aconsegueixen.")
    record = extract_page(_page("ca", tail=f"<p>{sentence}</p>"), "https://mag.example/critica/far/")
    assert sentence[:40] in record.body_text


@pytest.mark.parametrize("lang,line", [
    ("es", "Ilustración de Marta Ibarra"),
    ("ca", "Il·lustració: Pau Serrat"),
    ("pt", "Fotos: Duarte Lemos"),
    ("es", "Illustration by Nadia Osei"),
    ("ca", "Kuvitus: Aino Mäkelä"),
])
def test_lone_picture_credit_goes(lang, line):
    record = extract_page(_page(lang, tail=f"<p class='small'>{line}</p>"), "https://mag.example/critica/far/")
    assert line not in record.body_text
    assert PROSE[lang][1][:40] in record.body_text


def test_illustrator_named_in_review_stays():
    tail = ("<p>Les il·lustracions de Pau Serrat acompanyen cada capítol i donen al llibre un aire de quadern de "
            "viatge que li escau molt.</p><p>Il·lustracions de Pau Serrat</p>")
    record = extract_page(_page("ca", tail=tail), "https://mag.example/critica/far/")
    assert "Il·lustracions de Pau Serrat" in record.body_text


def test_credit_without_a_name_stays():
    line = "Fotos: del arxiu de la família"
    record = extract_page(_page("ca", tail=f"<p>{line}</p>"), "https://mag.example/critica/far/")
    assert line in record.body_text


def _meta_page(meta: str, bio: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in PROSE["es"])
    return (f"<html lang='es'><head><title>Crítica</title></head><body><article><h1>El relojero del barrio</h1>"
            f"<div class='meta'>{meta}</div><div class='text'>{paras}<p>{bio}</p></div></article></body></html>")


@pytest.mark.parametrize("meta,bio", [
    ("<span>Inés Marín</span> · <span>12. 3. 2026</span> · <span>5 min</span>",
     "Inés Marín enseña literatura en un instituto de Burgos y escribe reseñas para varias revistas."),
    ("<span>Tomaž Kralj</span> · <span>12 de marzo de 2026</span>",
     "Tomaž Kralj es bibliotecario en Celje y reseña novela negra desde hace diez años."),
])
def test_bio_named_by_a_dated_byline_of_spans_goes(meta, bio):
    record = extract_page(_meta_page(meta, bio), "https://mag.example/critica/relojero/")
    assert bio[:30] not in record.body_text
    assert PROSE["es"][1][:40] in record.body_text


def test_paragraph_on_a_person_not_in_the_byline_stays():
    bio = "Marta Ibarra, la protagonista, enseña literatura en un instituto de Burgos y escribe cartas que nunca envía."
    record = extract_page(_meta_page("<span>Inés Marín</span> · <span>12. 3. 2026</span>", bio),
                          "https://mag.example/critica/relojero/")
    assert bio[:30] in record.body_text
