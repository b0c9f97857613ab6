"""A group's schedule line under the review (``eventdays._scheduled``, review rev33c), in our own words and markup:
with no bid to come, it goes when it labels its next meeting and gives that meeting's date (a day beside a month's
or a weekday's name: ``eventdays.named_day``) and a clock time. Near misses: a review's closing line about its own
book club in the past tense with a date and an hour (en, de), and a line whose figure stands beside a word that is a
locale's month abbreviation ("out 3 weeks").
"""

from __future__ import annotations

from scraper.extract import extract_page

URL = "https://riverside-library.example.org/blog/2026/12/the-copper-lighthouse/"
PARAS = {
    "en": ["The Copper Lighthouse follows a keeper's daughter who finds that the lamp shows ships from other "
           "centuries. The first half is quiet and careful in the best way, all weather and routine and salt.",
           "The second half hurries, and the ending leans on a coincidence I did not quite swallow, but the chapter "
           "on the rocks at low tide is as good as anything I have read about grief in a long while."],
    "es": ["El faro de cobre sigue a la hija de un farero que descubre que la lámpara muestra barcos de otros siglos. "
           "La primera mitad es lenta y cuidadosa, todo clima, rutina y sal, y funciona muy bien.",
           "La segunda mitad se apresura y el final depende de una casualidad, pero el capítulo en las rocas con la "
           "marea baja es de lo mejor que he leído sobre el duelo en mucho tiempo."],
    "it": ["Il faro di rame segue la figlia di un guardiano che scopre che la lampada mostra navi di altri secoli. La "
           "prima metà è lenta e attenta nel senso migliore, tutta tempo, abitudini e sale.",
           "La seconda metà corre e il finale si regge su una coincidenza poco credibile, ma il capitolo sugli scogli "
           "con la bassa marea è tra le cose più belle che ho letto sul lutto da molto tempo."],
    "nl": ["De koperen vuurtoren volgt de dochter van een wachter die ontdekt dat de lamp schepen uit andere eeuwen "
           "laat zien. De eerste helft is rustig en zorgvuldig, vol weer, routine en zout.",
           "De tweede helft haast zich en het einde leunt op een toeval dat ik niet helemaal geloofde, maar het "
           "hoofdstuk op de rotsen bij eb is het mooiste wat ik in lange tijd over rouw las."],
    "de": ["Der kupferne Leuchtturm erzählt von der Tochter eines Wärters, die entdeckt, dass die Lampe Schiffe aus "
           "anderen Jahrhunderten zeigt. Die erste Hälfte ist still und genau, Wetter, Alltag und Salz.",
           "Die zweite Hälfte eilt, und das Ende stützt sich auf einen Zufall, aber das Kapitel auf den "
           "Felsen bei Ebbe "
           "gehört zum Besten, was ich seit Langem über Trauer gelesen habe."],
}


def _post(tail: str, lang: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS[lang]) + tail
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>The Copper Lighthouse – Library Blog</title>"
            f"</head><body><article class='post'><h1 class='entry-title'>The Copper Lighthouse</h1>"
            f"<div class='entry-content'>{body}</div></article></body></html>")


def test_a_labelled_next_meeting_goes():
    for line, said, lang in (
        ("<p>El club de lectura se reúne los jueves a las 18:30 en la sala dos. Próxima reunión: 14 de enero.</p>",
         "club de lectura", "es"),
        ("<p>Il gruppo di lettura si riunisce il martedì alle 18.30 in biblioteca. Prossimo incontro: 12 gennaio.</p>",
         "gruppo di lettura", "it"),
        ("<p>De leesclub komt samen op woensdag om 19.30 uur in de leeszaal. Volgende bijeenkomst: 6 januari.</p>",
         "leesclub", "nl"),
        ("<p><em>The teen book club meets on Fridays at 4pm in the annexe. Next meeting: Friday 8 January.</em></p>",
         "teen book club", "en"),
    ):
        record = extract_page(_post(line, lang), URL)
        assert PARAS[lang][1][-25:] in record.body_text
        assert said not in record.body_text, record.body_text[-250:]


def test_a_reviews_line_about_its_book_club_stays():
    for line, said, lang in (
        ("<p>Our book club discussed it on Tuesday, 3 November at 7pm, and nobody agreed about the ending.</p>",
         "nobody agreed", "en"),
        ("<p>Unser Lesekreis hat am Donnerstag, 5. November, um 19 Uhr darüber gestritten, bis der Hausmeister "
         "kam.</p>", "Hausmeister", "de"),
        ("<p>My book club meets on Tuesday at 7pm; the book has been out 3 weeks and half of them have finished "
         "it.</p>", "half of them", "en"),
    ):
        record = extract_page(_post(line, lang), URL)
        assert said in record.body_text, (said, record.body_text[-250:])
