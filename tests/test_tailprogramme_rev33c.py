"""A programme box under the review (``eventagenda._tail_programme``, review rev33c), in our own words and markup: one
entry names a day of the month beside a weekday's or a month's name (``eventdays.named_day``), and one gives an
occasion's hour, place or booking word (``_occasion``). Near misses, each the last box of a review: a series' books to
come ("Book 2" is no day), a sequel's plot points with a date, a reader's own reading plans ("Coming up on my TBR", a
read-along's calendar, es "Mi agenda lectora"), none with an hour, a place or a booking.
"""

from __future__ import annotations

from scraper.extract import extract_page

URL = "https://riverside-library.example.org/blog/2026/12/the-copper-lighthouse/"
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
    "de": ["Der kupferne Leuchtturm erzählt von der Tochter eines Wärters, die entdeckt, dass die Lampe Schiffe aus "
           "anderen Jahrhunderten zeigt. Die erste Hälfte ist still und genau, Wetter, Alltag und Salz.",
           "Die zweite Hälfte eilt, und das Ende stützt sich auf einen Zufall, aber das Kapitel auf den "
           "Felsen bei Ebbe "
           "gehört zum Besten, was ich seit Langem über Trauer gelesen habe."],
    "es": ["El faro de cobre sigue a la hija de un farero que descubre que la lámpara muestra barcos de otros siglos. "
           "La primera mitad es lenta y cuidadosa, todo clima, rutina y sal, y funciona muy bien.",
           "La segunda mitad se apresura y el final depende de una casualidad, pero el capítulo en las rocas con la "
           "marea baja es de lo mejor que he leído sobre el duelo en mucho tiempo."],
}


def _post(tail: str, lang: str = "en") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS[lang]) + tail
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>The Copper Lighthouse – Library Blog</title>"
            f"</head><body><article class='post'><h1 class='entry-title'>The Copper Lighthouse</h1>"
            f"<div class='entry-content'>{body}</div></article></body></html>")


def test_a_programme_box_with_an_occasion_goes():
    for box, said, lang in (
        ("<section class='events'><h4>Agenda de la médiathèque</h4><ul><li>Club ados : samedi 12 décembre</li>"
         "<li>Atelier BD pour les 8-12 ans, inscriptions à l'accueil</li></ul></section>", "Atelier BD", "fr"),
        ("<aside class='box'><h3>Termine</h3><ol><li>Bilderbuchkino am Mittwoch, 9. Dezember um 16 Uhr</li>"
         "<li>Spieleabend für Jugendliche</li></ol></aside>", "Bilderbuchkino", "de"),
        ("<div class='wp-block-group'><h3>Próximas actividades</h3><ul><li>Cuentacuentos: sábado 12 de diciembre, "
         "Sala Infantil</li><li>Club de lectura juvenil, plazas limitadas</li></ul></div>", "Cuentacuentos", "es"),
    ):
        record = extract_page(_post(box, lang), URL)
        assert PARAS[lang][1][-25:] in record.body_text
        assert said not in record.body_text, record.body_text[-250:]


def test_a_readers_own_plans_at_the_end_stay():
    for box, said, lang in (
        ("<div class='wp-block-group'><h3>Coming up in the series</h3><ul><li>Book 2, The Tin Harbour: out next "
         "Tuesday, and I have a proof</li><li>Book 3: still untitled, due next spring</li></ul></div>",
         "The Tin Harbour", "en"),
        ("<div class='wp-block-group'><h3>Coming up in the sequel</h3><ul><li>The lighthouse on Tuesday 3 March, "
         "flooded</li><li>The keeper, gone for good</li></ul></div>", "flooded", "en"),
        ("<div class='wp-block-group'><h3>Coming up on my TBR</h3><ul><li>A buddy read of the sequel from Monday "
         "14 December</li><li>Something short and funny after that</li></ul></div>", "buddy read", "en"),
        ("<div class='wp-block-group'><h3>Read-along calendar</h3><ul><li>Monday: chapters 1 to 6</li>"
         "<li>Thursday: chapters 7 to 12</li></ul></div>", "chapters 7 to 12", "en"),
        ("<div class='wp-block-group'><h3>Mi agenda lectora</h3><ul><li>Lunes 7: terminar «La sal»</li>"
         "<li>Después, algo de poesía</li></ul></div>", "terminar", "es"),
    ):
        record = extract_page(_post(box, lang), URL)
        assert said in record.body_text, (said, record.body_text[-250:])
