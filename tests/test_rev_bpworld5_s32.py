"""Misfires of the s32 rules (review rev-bpworld5; own words and markup).

- Medium's read-aloud mark (``speechify-ignore``) on another site is the writer's: a read-aloud plugin skips the
  review's record, a quotation, a content warning; only a Medium page's marked boxes go;
- Galician and Hungarian biddings whose form is also the indicative ("a autora déixanos un comentario amargo",
  "compárteo cos seus fillos", "a húga reblogolja"): bidden only where a clause starts; Albanian "ndiqni më tej"
  ("follow further") is no "follow me": the clitic precedes the imperative or is joined to it;
- a bold 'Follow …:' / 'Suivez …:' lead in a review written in labelled sections is the review's own section;
- a closing 'lead: <link>' whose lead is a record's field label ("Series:", "Translated by:") or a footnote's mark
  is the review's.
"""

import pytest

from scraper.extract import extract_page

_EN = [
    "The novel follows a ferrywoman who has crossed the same strait for thirty years and knows every passenger, until "
    "one morning a stranger boards who never gets off again, not at the harbour nor anywhere else.",
    "The prose is dry and exact, the chapters short, and there is more sea between the lines than you would think at "
    "first; the night crossings with their foghorns stayed with me for weeks after I closed the book.",
]
_GL = [
    "A novela segue a unha barqueira que leva trinta anos cruzando o mesmo estreito e coñece a todos os pasaxeiros, "
    "ata que unha mañá sobe a bordo un descoñecido que nunca volve baixar, nin no porto nin noutro lugar.",
    "A prosa é seca e precisa, os capítulos son curtos e hai máis mar entre as liñas do que parece ao principio; as "
    "travesías nocturnas coas súas sirenas de néboa quedaron comigo durante semanas despois de pechar o libro.",
]
_SQ = [
    "Romani ndjek një lundërtare që prej tridhjetë vitesh kalon të njëjtën ngushticë dhe njeh çdo udhëtar, derisa një "
    "mëngjes hipën një i huaj që nuk zbret më kurrë, as në port as gjetkë, dhe gjithçka ndryshon.",
    "Proza është e thatë dhe e saktë, kapitujt të shkurtër, dhe ka më shumë det midis rreshtave se sa mendon në "
    "fillim; kalimet e natës me boritë e mjegullës më mbetën në mendje për javë të tëra pas leximit.",
]
_HU = [
    "A regény egy révészasszonyról szól, aki harminc éve ugyanazon a szoroson kel át, és minden utast ismer, amíg egy "
    "reggel fel nem száll egy idegen, aki soha többé nem száll le.",
    "A nyelv száraz és pontos, a fejezetek rövidek, és több tenger van a sorok között, mint elsőre hinnéd; az "
    "éjszakai átkelések a ködkürtökkel hetekig velem maradtak.",
]
_FR = [
    "Le roman suit une passeuse qui traverse le même détroit depuis trente ans et connaît chaque passager, jusqu'au "
    "matin où monte à bord un inconnu qui ne redescend plus jamais, ni au port ni ailleurs.",
    "La prose est sèche et précise, les chapitres courts, et il y a plus de mer entre les lignes qu'on ne le croirait "
    "d'abord ; les traversées de nuit et leurs cornes de brume me sont restées des semaines.",
]


def _text(paras: list[str], middle: str = "", last: str = "") -> str:
    ps = [f"<p>{p}</p>" for p in paras]
    page = ("<html><head><title>Review: The Ferrywoman by Mara Lind</title></head><body><article>"
            "<h1>Review: The Ferrywoman by Mara Lind</h1>"
            f"<div class='entry-content'>{ps[0]}{middle}{ps[1]}<p>Rating: 4/5</p>{last}</div></article></body></html>")
    return extract_page(page, "https://ferry.example.net/2026/11/the-ferrywoman/").body_text


@pytest.mark.parametrize("box, word", [
    ("<div class='book-details speechify-ignore'><p>Publisher: Harbour Press</p><p>Pages: 212</p></div>",
     "Harbour Press"),
    ("<blockquote class='speechify-ignore'><p>“The sea keeps what it is given,” she says on page 88.</p></blockquote>",
     "The sea keeps"),
    ("<div class='speechify-ignore'><p>Content warning: drowning, grief.</p></div>", "drowning, grief"),
])
def test_read_aloud_mark_off_medium_is_the_writers(box, word):
    assert word in _text(_EN, middle=box)


@pytest.mark.parametrize("paras, line, word", [
    (_GL, "E ao final a autora déixanos un comentario amargo sobre a aldea!", "comentario amargo"),
    (_GL, "Ela atopa a carta e compárteo cos seus fillos!", "compárteo cos seus"),
    (_SQ, "Ndiqni më tej rrëfimin e saj dhe do ta kuptoni pse!", "Ndiqni më tej"),
    (_HU, "A végén a húga minden régi posztját reblogolja, és ez fáj a legjobban!", "reblogolja"),
])
def test_indicative_that_looks_like_a_bidding_stays(paras, line, word):
    assert word in _text(paras, last=f"<p>{line}</p>")


@pytest.mark.parametrize("paras, line", [
    (_GL, "Gustouche? Compárteo cos teus amigos!"),
    (_GL, "Se che gustou, déixame un comentario!"),
    (_SQ, "Ndiqmëni në Instagram për libra të rinj!"),
])
def test_biddings_still_go(paras, line):
    assert line not in _text(paras, last=f"<p>{line}</p>")


def test_bold_section_lead_of_a_sectioned_review_stays():
    middle = ("<div class='s'><p><b>L'intrigue</b> : une passeuse, un inconnu, un détroit étroit et froid, et trente "
              "ans de silence qui se fissurent en une seule traversée de nuit.</p></div>"
              "<div class='s'><p><b>Suivez le guide</b> : la narratrice nous mène de port en port, et chaque escale "
              "ajoute une ombre.</p></div>")
    assert "de port en port" in _text(_FR, middle=middle)


@pytest.mark.parametrize("line, word", [
    ("<p>Series: <a href='/2024/series/tide-cycle/'>The Tide Cycle</a></p>", "The Tide Cycle"),
    ("<p>Translated by: <a href='/2025/05/interview-with-ann-goldstein/'>Ann Goldstein</a></p>", "Ann Goldstein"),
    ("<p>[1] On the foghorns, see my earlier essay: <a href='/2023/07/foghorns-of-the-strait/'>Foghorns of the "
     "strait</a></p>", "Foghorns of the strait"),
])
def test_record_label_or_footnote_with_a_link_stays(line, word):
    assert word in _text(_EN, last=line)


def test_pointer_to_another_post_still_goes():
    line = "<p>Previously on the blog: <a href='/2025/02/review-the-lighthouse-keeper/'>The Lighthouse Keeper</a></p>"
    assert "The Lighthouse Keeper" not in _text(_EN, last=line)
