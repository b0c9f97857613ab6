"""A review signed off with its book's record under a headline of the reviewer's own that names no book:

- "T by A" (any language's by-word) over the record's details line, pages or a price (``bookbiblio._paired``, which read
  "T, A" over it before);
- "T, A (House)." or "T by A (House)", perhaps followed by the review's score (``bookpublisherrecord._bracketed``).

Pages of our own invention in English, German, French, Dutch, Italian, Spanish and Swedish; near misses: the same
shapes in a reviewer's own sentences (a book they mean to read next, a friend who lent it, a note in brackets), and a
record whose name the text never names again."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookpublisherrecord import publisher_record

MORE = {
    "en": "What stays with me is the neighbour's daughter, who watches the repairs from the jetty every evening and "
          "never once says what she wants; the book trusts the reader to work it out, and mostly we do.",
    "de": "Was mir bleibt, ist die Tochter des Nachbarn, die jeden Abend vom Steg aus zusieht und nie sagt, was sie "
          "will; das Buch traut uns zu, es selbst herauszufinden, und meistens gelingt es auch.",
    "fr": "Ce qui me reste, c'est la fille du voisin, qui regarde les réparations depuis le ponton chaque soir sans "
          "jamais dire ce qu'elle veut ; le livre fait confiance au lecteur, et la plupart du temps il a raison.",
    "nl": "Wat me bijblijft is de dochter van de buurman, die elke avond vanaf de steiger toekijkt en nooit zegt wat "
          "ze wil; het boek vertrouwt erop dat de lezer het zelf uitzoekt, en meestal lukt dat ook.",
    "it": "Quello che mi resta è la figlia del vicino, che ogni sera guarda le riparazioni dal pontile senza mai dire "
          "cosa vuole; il libro si fida del lettore, e quasi sempre ha ragione a farlo.",
    "es": "Lo que me queda es la hija del vecino, que mira las reparaciones desde el muelle cada tarde sin decir nunca "
          "lo que quiere; el libro confía en el lector, y casi siempre acierta.",
    "sv": "Det som stannar kvar är grannens dotter, som varje kväll ser på reparationerna från bryggan utan att säga "
          "vad hon vill; boken litar på att läsaren förstår, och oftast gör vi det.",
}
PROSE = {
    "en": ["I came to {s} late, after years of friends pressing the book on me, and finished it in two sittings.",
           "The story follows a ferry pilot who loses his licence and spends one summer repairing boats for a rich "
           "neighbour. {s} keeps the plot thin and lets the weather and the water do the work.",
           "The middle drags a little, but the last chapters are as good as anything I have read this year.",
           "I would recommend it to anyone who has spent a summer near boats: it is the best novel about work and "
           "water I know, and I will read whatever {s} writes next."],
    "de": ["Ich habe {s} lange gemieden und bereue es jetzt, denn dieser Roman hat mich zwei Abende lang festgehalten.",
           "Erzählt wird von einer Fährfrau, die nach einem Unfall ihre Lizenz verliert und einen Sommer lang Boote "
           "repariert. {s} schreibt knapp und lässt das Wetter für sich sprechen.",
           "In der Mitte hängt die Geschichte etwas durch, aber das Ende ist stark und bleibt lange im Kopf.",
           "Ich empfehle das Buch allen, die einmal einen Sommer am Wasser verbracht haben: ein kluger, ruhiger "
           "Roman über Arbeit, und ich werde lesen, was {s} als Nächstes schreibt."],
    "fr": ["J'ai découvert {s} tardivement, après des années de conseils d'amis, et j'ai lu ce roman en deux soirées.",
           "On suit une passeuse qui perd son permis après un accident et passe un été à réparer des barques. {s} "
           "écrit sobrement et laisse la mer et le vent porter le récit.",
           "Le milieu traîne un peu, mais les derniers chapitres sont parmi les meilleurs que j'ai lus cette année.",
           "Je le recommande à tous ceux qui ont passé un été au bord de l'eau : c'est un roman juste et calme sur "
           "le travail, et je lirai ce que {s} écrira ensuite."],
    "nl": ["Ik had {s} nog nooit gelezen en heb deze roman in twee avonden uitgelezen, tot mijn eigen verbazing.",
           "Het verhaal volgt een veerman die zijn vergunning kwijtraakt en een zomer lang boten herstelt. {s} "
           "schrijft sober en laat het weer en het water het werk doen.",
           "Het middendeel sleept een beetje, maar het slot is sterk en blijft lang hangen.",
           "Ik raad het iedereen aan die ooit een zomer aan het water heeft doorgebracht: een rustige, slimme roman "
           "over werk, en ik lees zeker wat {s} hierna schrijft."],
    "it": ["Ho scoperto {s} tardi, dopo anni di consigli degli amici, e ho finito il romanzo in due sere.",
           "Si segue una traghettatrice che perde la licenza e passa un'estate a riparare barche. {s} scrive con "
           "asciuttezza e lascia che il mare e il vento reggano il racconto.",
           "La parte centrale rallenta, ma il finale è tra le cose migliori lette quest'anno.",
           "Lo consiglio a chiunque abbia passato un'estate vicino all'acqua: è un romanzo calmo e intelligente sul "
           "lavoro, e leggerò qualunque cosa {s} scriva dopo."],
    "es": ["Llegué tarde a {s}, después de años de recomendaciones, y terminé la novela en dos tardes.",
           "Sigue a una barquera que pierde la licencia y pasa un verano reparando botes. {s} escribe con sobriedad "
           "y deja que el mar y el viento sostengan la historia.",
           "La parte central se alarga un poco, pero el final está entre lo mejor que he leído este año.",
           "Lo recomiendo a cualquiera que haya pasado un verano junto al agua: es una novela tranquila e "
           "inteligente sobre el trabajo, y leeré lo próximo que escriba {s}."],
    "sv": ["Jag kom sent till {s}, efter år av tips från vänner, och läste romanen på två kvällar.",
           "Vi följer en färjeförare som förlorar sitt tillstånd och lagar båtar en hel sommar. {s} skriver "
           "stramt och låter vädret och vattnet bära berättelsen.",
           "Mitten drar ut lite, men slutet hör till det bästa jag läst i år.",
           "Jag rekommenderar den till alla som tillbringat en sommar vid vatten: en lugn och klok roman om arbete, "
           "och jag kommer att läsa det {s} skriver härnäst."],
}


HEADLINE = {  # (the reviewer's own headline, which names no book)
    "en": "A ferry pilot's summer of repairs, and what it costs him",
    "de": "Ein Sommer voller Reparaturen und was er eine Fährfrau kostet",
    "fr": "Un été de réparations et ce qu'il coûte à une passeuse",
    "nl": "Een zomer vol reparaties en wat die een veerman kost",
    "it": "Un'estate di riparazioni e quello che costa a una traghettatrice",
    "es": "Un verano de reparaciones y lo que le cuesta a una barquera",
    "sv": "En sommar av reparationer och vad den kostar en färjeförare",
}


def _page(lang: str, surname: str, closing: list[str], *, box: bool = False, prose: list[str] | None = None) -> str:
    paragraphs = "".join(f"<p>{p.format(s=surname)}</p>" for p in (prose or PROSE[lang]) + [MORE[lang]])
    record = "".join(f"<p>{line}</p>" for line in closing)
    record = f"<div>{record}</div>" if box else record  # (a box of its own, unclassed)
    return (f'<html lang="{lang}"><head><title>{HEADLINE[lang]} | Harbour Pages</title></head>'
            f'<body><header><a href="/">Harbour Pages</a></header><main><article class="post">'
            f'<h1 class="entry-title">{HEADLINE[lang]}</h1>'
            f'<div class="byline">Posted by <a rel="author" href="/about">Mira Colquhoun</a></div>'
            f'<div class="entry-content">{paragraphs}{record}</div></article></main>'
            f'<footer>© Harbour Pages</footer></body></html>')


def _book(html: str) -> tuple[str | None, str | None]:
    record = extract_page(html, "https://harbourpages.example.net/2026/12/water-weather-summer/")
    return record.book_title, record.book_author


@pytest.mark.parametrize("lang, surname, closing, box, book", [
    ("en", "Vantongeren", ["<strong>The Ferryman's Summer</strong> by Ilse Vantongeren",
                           "Tidewater Press, 312 pages, $18.99"], False, ("The Ferryman's Summer", "Ilse Vantongeren")),
    ("de", "Brandauer", ["<em>Die Fährfrau</em> von Katrin Brandauer", "Kiepenheuer Verlag, 288 Seiten, 22 €"], True,
     ("Die Fährfrau", "Katrin Brandauer")),
    ("fr", "Delaunay", ["<b>La Passeuse</b> par Odile Delaunay", "Éditions du Port, 240 p., 19 €"], True,
     ("La Passeuse", "Odile Delaunay")),
    ("nl", "Wijnberg", ["De veerman door Pieter Wijnberg", "Uitgeverij Haven, 312 blz., € 22,99"], False,
     ("De veerman", "Pieter Wijnberg")),
])
def test_title_by_author_over_its_details_closes_the_review(lang, surname, closing, box, book):
    assert _book(_page(lang, surname, closing, box=box)) == book


@pytest.mark.parametrize("lang, surname, closing, book", [
    ("en", "Okonjo", ["<strong>The Salt Ledger</strong>, Adaeze Okonjo (Harbour Books). <strong>Rating: 4/5</strong>"],
     ("The Salt Ledger", "Adaeze Okonjo")),
    ("it", "Salvemini", ["<em>La traghettatrice</em>, Lucia Salvemini (Sellerio)."], ("La traghettatrice", "Lucia Salvemini")),
    ("es", "Arrieta", ["<em>La barquera</em> de Carmen Arrieta (Anagrama). Nota: 8/10"], ("La barquera", "Carmen Arrieta")),
    ("sv", "Lindqvist", ["<b>Färjeföraren</b> av Maja Lindqvist (Norstedts). Betyg: 4/5"],
     ("Färjeföraren", "Maja Lindqvist")),
])
def test_title_author_and_bracketed_house_close_the_review(lang, surname, closing, book):
    assert _book(_page(lang, surname, closing)) == book


def test_a_sentence_by_a_friend_over_a_price_is_no_record():
    # the friend's name is named again, the line above the details is a sentence of the reviewer's own
    prose = PROSE["en"] + ["My copy was a gift from Anna Berg, who reads everything Anna Berg can find on boats."]
    html = _page("en", "Vantongeren", ["It was lent to me by Anna Berg.", "Tidewater Press, 312 pages, $18.99"],
                 prose=prose)
    assert _book(html)[1] != "Anna Berg"


def test_a_book_to_read_next_in_the_reviewers_sentence_is_no_record():
    # Mantel named twice: the line is a sentence all the same (its words in lower case), no record
    prose = PROSE["en"] + ["It reminded me of Mantel more than once, which is the highest praise I have."]
    html = _page("en", "Vantongeren", ["Next month I am reading Wolf Hall, Hilary Mantel (Fourth Estate)."],
                 prose=prose)
    assert _book(html) != ("Wolf Hall", "Hilary Mantel")


def test_a_clause_before_the_name_is_no_title():
    prose = PROSE["it"] + ["Mi ha ricordato la Ginzburg, e non è poco: la Ginzburg resta il mio metro."]
    html = _page("it", "Salvemini", ["Se vi è piaciuto, leggete anche Lessico famigliare, Natalia Ginzburg (Einaudi)."],
                 prose=prose)
    assert _book(html)[1] != "Natalia Ginzburg"


@pytest.mark.parametrize("lang, line", [
    ("en", "Thanks as ever, Anna Berg (my sister and first reader)."),  # a bracket of the reviewer's own
    ("en", "Thanks As Ever, Anna Berg (1931)."),  # a figure, no house
    ("de", "Danke an Anna Berg (meine Schwester)."),
])
def test_a_note_in_brackets_of_the_reviewers_own_is_no_house(lang, line):
    # (the module's rule itself: other rules may still read the page's prose as they did)
    text = "\n".join([*PROSE[lang][:2], "Berg has read it twice since, and Berg is hard to please.", line])
    assert publisher_record(text.split("\n"), Context(text, ("Mira Colquhoun",), lang)) is None


def test_a_name_the_text_never_names_again_is_no_author():
    html = _page("en", "the author", ["<strong>Harbour Lights</strong>, Teodor Halvorsen (Faber). Rating: 4/5"])
    assert _book(html)[1] != "Teodor Halvorsen"


@pytest.mark.parametrize("lang, line", [
    ("en", "Cover of The Salt Ledger by Adaeze Okonjo (Harbour Books)."),
    ("fr", "Couverture du livre La Passeuse par Odile Okonjo (Éditions du Port)."),
    ("de", "Buchcover Die Fährfrau von Katrin Okonjo (Kiepenheuer)."),
])
def test_a_cover_caption_is_left_to_the_caption_rules(lang, line):
    text = "\n".join([*PROSE[lang][:2], "Okonjo writes as few can, and Okonjo never hurries.", line])
    assert publisher_record(text.split("\n"), Context(text, ("Mira Colquhoun",), lang)) is None
