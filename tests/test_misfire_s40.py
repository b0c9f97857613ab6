"""Known misfires found by the s39 code reviews (misfire40): a free-copy disclosure read from someone else's quoted
or reported words (``reportedspeech.retold``), a reading challenge's progress count read as the score, a "five-star"
adjective inside a headline's phrase read as a rating. Each with the near misses that must still fire."""

import pytest

from scraper.extract import extract_page

_PARAS = [
    "This novel is the quietest thing I have read all year, and I mean that as praise: the author never raises her "
    "voice, and the book is better for it.",
    "A ferry captain loses her licence after a storm and spends a winter mending nets in a village that blames her "
    "for the drowned boat, until a letter from the harbour board arrives.",
    "The middle chapters move slowly, all weather and net knots, but the slowness earns the ending, when the village "
    "finally has to choose whom to believe.",
    "I closed it with wet eyes and a strong wish to stand on a pier somewhere cold. The prose is plain, the "
    "characters are stubborn, and I would recommend the novel to anyone who likes their grief told sideways.",
]
_URL = "https://netloft.example.org/2026/11/the-salt-road/"


def _page(h1="The Salt Road by Mara Ellison", before="", after="", lang="en"):
    ps = "".join(f"<p>{p}</p>" for p in _PARAS)
    html = (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{h1} | Netloft</title></head><body><header>"
            f"<a href='/'>Netloft</a></header><article class='post'><h1 class='entry-title'>{h1}</h1>"
            f"<div class='entry-content'>{before}{ps}{after}</div></article></body></html>")
    return extract_page(html, _URL)


# --- item 5: a disclosure is the writer's own statement, not a character's quoted or reported one

@pytest.mark.parametrize("before", [
    # a character's words in quotation marks, a verb of saying after them
    "<p>“I got this copy free from the publisher,” the harbour master says when Ines asks about the logbook, and "
    "nobody in the village believes him.</p>",
    # reported: a third person's verb of saying, the copy his
    "<p>The harbour master says he received this copy free from the publisher, and nobody believes him.</p>",
    # German, quoted, the speech verb after
    "<p>„Ich habe dieses Exemplar kostenlos vom Verlag bekommen“, sagt der Hafenmeister, und keiner glaubt ihm.</p>",
])
def test_a_quoted_or_reported_copy_is_no_disclosure(before):
    assert _page(before=before).disclosure is None


@pytest.mark.parametrize("after, lang", [
    ("<p>I got this copy free from the publisher in exchange for an honest review.</p>", "en"),
    # the writer's own note, a quoted phrase inside it
    ("<p>I received an “advance reader copy” from the publisher in exchange for an honest review.</p>", "en"),
    # the writer's own note, someone's words reported after it
    ("<p>The publisher sent me a review copy after she said I would like it, so thank you.</p>", "en"),
    ("<p>Ich habe dieses Exemplar kostenlos vom Verlag bekommen, vielen Dank dafür.</p>", "de"),
])
def test_the_writers_own_disclosure_stays(after, lang):
    assert _page(after=after, lang=lang).disclosure


# --- item 4: a challenge's or a goal's progress count under its label is no score

@pytest.mark.parametrize("after, lang", [
    ("<p>Reading challenge: 6/10</p>", "en"),
    ("<p><em>Défi lecture de l'hiver : 6/10</em></p>", "fr"),
    # hy: seven of ten read, the scale first with its case (the shape of a score written so)
    ("<p>Ընթերցանության մարտահրավեր՝ 10-ից 7</p>", "hy"),
])
def test_a_progress_count_is_no_rating(after, lang):
    assert _page(after=after, lang=lang).rating is None


@pytest.mark.parametrize("after, lang, value", [
    ("<p>Rating: 6/10</p>", "en", 0.6),
    ("<p>Ma note : 6/10</p>", "fr", 0.6),
    ("<p>Իմ գնահատականը՝ 10-ից 8։</p>", "hy", 0.8),
    # a challenge named in the verdict's sentence, the score the writer's own
    ("<p>It counts for my winter challenge, and I give it 6/10.</p>", "en", 0.6),
])
def test_a_labelled_score_stays(after, lang, value):
    assert _page(after=after, lang=lang).rating == pytest.approx(value)


# --- item 7: a "five-star" adjective inside a headline's phrase is no rating

@pytest.mark.parametrize("h1", [
    "The Salt Road: a five-star fight over a drowned boat",
    "The Salt Road (a four-star hotel in a storm)",
    # es: the star words of another language in a phrase
    "El camino de la sal: una pelea de cinco estrellas por un barco hundido",
])
def test_a_star_adjective_in_a_headline_phrase_is_no_rating(h1):
    assert _page(h1=h1).rating is None


@pytest.mark.parametrize("h1, value", [
    ("The Salt Road: a five-star read", 1.0),
    ("The Salt Road: a five-star read for me", 1.0),
    ("The Salt Road — 4-star read, slow but lovely", 0.8),
    ("The Salt Road – five stars", 1.0),
])
def test_a_star_verdict_in_a_headline_stays(h1, value):
    assert _page(h1=h1).rating == pytest.approx(value)


# --- item 1: an audiobook's length in hours alone ("11h"), set as a field of an audio edition's record, is no clock

from scraper.extract.booktimed import timed  # noqa: E402


@pytest.mark.parametrize("record, lang, title", [
    ("Thursday, Mara Ellison. Harbour Press, 2024 · Audiobook · 11h · unabridged", "en", "Thursday"),
    ("Dimanche, Mara Ellison. Éditions du Port, 2024 · Livre audio · 11h · version intégrale", "fr", "Dimanche"),
])
def test_an_audiobook_length_beside_a_weekday_title_is_no_clock(record, lang, title):
    book = _page(h1="A winter of nets", after=f"<p>{record}</p>", lang=lang)
    assert book.book_title == title and book.book_author == "Mara Ellison"


@pytest.mark.parametrize("line", [
    "Hörbuch | 9h41 | ungekürzt | Freitag, Mara Ellison",
    "Sesli kitap, 11 h, Perşembe, Mara Ellison",
])
def test_an_audio_length_field_is_not_timed(line):
    assert not timed(line)


@pytest.mark.parametrize("line", [
    # a real event line, an audiobook named in it
    "Live reading of the audiobook Thursday 19:00 at the harbour library",
    "Audiobook launch Thursday 19h, Harbour Library",
    # the hours a field of their own, beside a day, no audio edition named
    "Jeudi 16 janvier · 19h · Médiathèque du port",
])
def test_an_event_line_stays_timed(line):
    assert timed(line)


# --- items 8 and 9: story lines at the review's tail cut as an event's notice or a follow line. The rules that cut
# them (the gathering rules, the follow and plea lines) were changed by event40 and plea40 in the same round; these
# tests record the misfires still open after those merges (xfail, not strict: a fix shows as XPASS).

@pytest.mark.xfail(reason="known misfire, not fixed yet: a quoted sign in the story read as a notice by the gathering rules", strict=False)
@pytest.mark.parametrize("after, kept", [
    ("<p>The fair comes to the harbour every winter, and Ines stops under the sign that reads “Tickets available at "
     "the gate on 14 January,” remembering the year her father sold them.</p>", "remembering the year"),
    ("<p>Tickets available at the gate on 14 January, the painted sign says, and Ines reads it twice before she goes "
     "in.</p>", "reads it twice"),
])
def test_a_quoted_sign_in_the_story_stays(after, kept):
    assert kept in _page(after=after).body_text


@pytest.mark.xfail(reason="known misfire, not fixed yet: a reported bidding (a speech tag after it) cut as a follow line", strict=False)
@pytest.mark.parametrize("after, kept, lang", [
    ("<p>Folge ihr auf Instagram, scherzt der Neffe, als die Kapitänin zum ersten Mal ein Foto vom Hafen macht.</p>",
     "scherzt der Neffe", "de"),
])
def test_a_reported_bidding_in_the_story_stays(after, kept, lang):
    assert kept in _page(after=after, lang=lang).body_text
