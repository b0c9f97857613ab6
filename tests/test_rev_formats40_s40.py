"""formats40's misfires (rev-formats40): a line of the review that ends on a link after its date ("Buddy read with
Ana Ruiz, 3 May 2026 <a>her review</a>") is no byline closed by the engine's control: only a link to a comment or a
reply form is one (datelines._without_closing_control); a review set out as a table of short fields and several
verdicts of prose, beside a table of its scores, is no catalogue's record: a record has one field of prose, its
summary, told in the third person (holdingsrecord._record_rows)."""

import pytest
from lxml import html

from scraper.extract import extract_page
from scraper.extract.holdingsrecord import holdings_record

_PARAS = [
    "A ferryman's widow keeps the crossing running through one hard winter, and the novel moves between her long "
    "nights on the river and the letters her husband left in the ticket booth, which tell another story of the town.",
    "The letters are the stronger half, sly and tender, while the present-day chapters explain too much, but the "
    "river itself is written so well that I could smell the diesel and the mud.",
    "A slow, generous book, and the last crossing is one of the best scenes I have read this year.",
]
_URL = "https://riverpages.example.org/2026/12/the-crossing/"


def _text(line, lang="en", pos=3):
    ps = [f"<p>{p}</p>" for p in _PARAS]
    ps.insert(pos, line)
    page = (f"<html lang='{lang}'><head><meta charset='utf-8'><title>The Crossing | River Pages</title></head><body>"
            "<article class='post'><h1 class='entry-title'>The Crossing</h1><div class='entry-content'>"
            + "".join(ps) + "</div></article></body></html>")
    return extract_page(page, _URL).body_text


@pytest.mark.parametrize("line, kept, lang", [
    ("<p>Buddy read with Ana Ruiz, 3 May 2026 <a href='/ana'>her review</a></p>", "Buddy read", "en"),
    ("<p>Finished in Porto on 3 May 2026 <a href='/porto'>with coffee</a></p>", "Finished in Porto", "en"),
    ("<p>Out from Salt Press on 3 May 2026 <a href='/salt'>preorder now</a></p>", "Salt Press", "en"),
    ("<p>Gelesen mit Jonas Berg am 3. Mai 2026 <a href='/jonas'>seine Kritik</a></p>", "Gelesen mit", "de"),
    ("<p>Leído con Marta Gil el 3 de mayo de 2026 <a href='/marta'>su reseña</a></p>", "Leído con", "es"),
    ("<p>Lu avec Claire Dubois le 3 mai 2026 <a href='/claire'>sa critique</a></p>", "Lu avec", "fr"),
])
@pytest.mark.parametrize("pos", [0, 3])
def test_a_review_line_closed_by_a_plain_link_after_its_date_stays(line, kept, lang, pos):
    assert kept in _text(line, lang=lang, pos=pos)


@pytest.mark.parametrize("line, gone, lang", [
    ("<p>Comment by <strong>Pia L.</strong> on 28/11/2026 <a href='/c/new'>Reply</a></p>", "Pia L.", "en"),
    ("<p>Kommentar von <b>Ole K.</b> am 02.12.2026 <a href='/k/neu'>Antworten</a></p>", "Ole K.", "de"),
    ("<p>Commentaire de <b>Léa M.</b> le 3 décembre 2026 <a href='#form'>Répondre</a></p>", "Léa M.", "fr"),
    ("<p>Reactie van <b>Sam V.</b> op 3 december 2026 <a href='/reageer'>Reageer</a></p>", "Sam V.", "nl"),
])
def test_a_byline_closed_by_a_reply_or_comment_control_still_goes(line, gone, lang):
    text = _text(line, lang=lang)
    assert gone not in text and "last crossing" in text


# -- a review set out as a table (holdingsrecord._record_rows) --------------------------------------------------------

_FIELDS = [("Title", "The Crossing"), ("Author", "Rosa Ortiz"), ("Publisher", "Harbour Press, 2026"), ("Pages", "288")]
_VERDICTS = {
    "en": [("Plot:", "A ferryman's widow keeps the crossing running through one hard winter and finds her husband's "
                     "letters in the ticket booth, which tell another story of the town and of the night he drowned."),
           ("Characters:", "I loved the widow, dry and funny, and the old lock-keeper who reads the river; the son "
                           "is thinner and I never believed his change of heart in the last part."),
           ("Verdict:", "Slow, generous and moving. The middle drags a little, but I would give it to anyone who "
                        "likes quiet family novels with a secret at the centre.")],
    "de": [("Handlung:", "Eine Fährfrau hält im harten Winter den Betrieb am Fluss aufrecht und findet im "
                         "Kartenhäuschen die Briefe ihres Mannes, die eine andere Geschichte der Stadt erzählen."),
           ("Figuren:", "Ich mochte die Witwe sehr, trocken und komisch, und den alten Schleusenwärter; der Sohn "
                        "bleibt blass, und seine Wandlung am Ende habe ich ihm nicht geglaubt."),
           ("Fazit:", "Langsam, großzügig und berührend. Die Mitte zieht sich, aber ich würde es allen schenken, die "
                      "stille Familienromane mit einem Geheimnis mögen.")],
    "es": [("Trama:", "La viuda de un barquero mantiene el paso del río durante un invierno duro y encuentra en la "
                      "taquilla las cartas de su marido, que cuentan otra historia del pueblo."),
           ("Personajes:", "Me encantó la viuda, seca y divertida, y el viejo esclusero; el hijo queda pálido y no "
                           "me creí su cambio al final del libro."),
           ("Veredicto:", "Lenta, generosa y emotiva. La parte central se alarga, pero se la regalaría a quien busque "
                          "novelas familiares tranquilas con un secreto en el centro.")],
}
_SCORES = ("<table class='scores'><tr><th>Aspect</th><th>Score</th><th>Out of</th></tr><tr><td>Plot</td><td>4</td>"
           "<td>5</td></tr><tr><td>Style</td><td>5</td><td>5</td></tr><tr><td>Ending</td><td>3</td><td>5</td></tr></table>")


def _table_review(rows) -> str:
    cells = "".join(f"<tr><th>{label}</th><td>{value}</td></tr>" for label, value in rows)
    return ("<html lang='en'><head><meta charset='utf-8'><title>The Crossing | River Pages</title></head><body>"
            "<article class='post'><h1 class='entry-title'>Review: The Crossing</h1><div class='entry-content'>"
            f"<p>This week's review, in the usual table.</p><table class='info'>{cells}</table>{_SCORES}</div>"
            "</article></body></html>")


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_a_review_set_out_as_a_table_of_verdicts_is_no_catalogue_record(lang):
    page = _table_review(_FIELDS + _VERDICTS[lang])
    assert holdings_record(html.fromstring(page)) is None
    assert extract_page(page, _URL).is_review


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_one_verdict_in_the_first_person_is_no_record_s_summary(lang):
    page = _table_review(_FIELDS + _VERDICTS[lang][1:2])
    assert holdings_record(html.fromstring(page)) is None


def test_a_record_with_one_summary_field_is_still_a_record():
    summary = ("When the ferry's last keeper dies, her grandson returns to sort forty years of logbooks and finds "
               "entries that do not match the official account of a winter flood.")
    page = _table_review(_FIELDS + [("Summary:", summary)]).replace(_SCORES, (
        "<table><tr><th>Library</th><th>Shelf mark</th><th>Status</th></tr><tr><td>Central</td><td>F ORT</td>"
        "<td>On loan</td></tr><tr><td>East Branch</td><td>F ORT</td><td>Available</td></tr></table>"))
    assert "catalogue's record" in holdings_record(html.fromstring(page))
