"""A magazine's call for its readers' notes closing the article (the s30 round; ``submissioncall``). Own words.

An alumni or members' magazine closes its pieces with a call for the readers' own notes for the next issue, the
contribution named before and the bid standing for it ("… deadline is 1 May. Send yours to the editors"); the desk
named outside the bid. A reviewer's "send yours to the author" names no desk; "yours truly" is a writer's.
"""

import pytest

from scraper.extract import extract_page
from scraper.extract.submissioncall import submission_call


@pytest.mark.parametrize("text", [
    "Members' news for the autumn issue closes on 1 September. Send yours to the editors.",
    "Alumni notes for the June issue close on 1 May: send your news to the editors at notes@quad.example.",
    "Nouvelles des anciens pour le numéro d'automne : envoyez les vôtres à la rédaction avant le 1er septembre.",
    "Noticias de exalumnos para el número de primavera: envíen las suyas a la redacción antes del 1 de mayo.",
    "Notizie degli ex allievi per il numero di giugno: inviateci le vostre all'indirizzo della redazione.",
])
def test_call_for_readers_notes(text):
    assert submission_call(text)


@pytest.mark.parametrize("text", [
    "If you have a story like this one, send yours to the author; she answers every letter.",  # (no desk)
    "She signs every letter to her editors 'yours truly', and the joke wears thin by the third chapter.",
    "He tells the class to send yours truly a postcard from the editors' retreat, and nobody does.",
])
def test_reviewers_sentences_are_no_call(text):
    assert not submission_call(text)


_PAGE = (
    "<html><head><title>A reread, ten years on</title></head><body><article><h1>A reread, ten years on</h1>"
    "<div class='field--name-body'>"
    "<p>I first read these essays on a night bus the winter after graduation, and I remember feeling caught out by "
    "how closely the writer watched her own motives, as if every kindness had to be audited twice.</p>"
    "<p>Ten years on, the self-scrutiny tires me in places, and a few of the shorter pieces fold in on themselves. "
    "But the long closing essay is as honest about care as anything I know, and I have given it to three friends.</p>"
    "<p>Our reading group in the northern chapter argued about it for two hours, the best compliment I can pay.</p>"
    "<p class='plug'>{line}</p></div></article></body></html>")


@pytest.mark.parametrize("line", [
    "Members' news for the autumn issue closes on 1 September. Send yours to the editors.",
    "Nouvelles des anciens pour le numéro d'automne : envoyez les vôtres à la rédaction avant le 1er septembre.",
    "Noticias de exalumnos para el número de primavera: envíen las suyas a la redacción antes del 1 de mayo.",
])
def test_closing_call_goes(line):
    text = extract_page(_PAGE.format(line=line), "https://quad.example.edu/magazine/a-reread").body_text
    assert "night bus" in text and "two hours" in text and line[:25] not in text


def test_reviewers_closing_sentence_stays():
    line = "If you have a memory of that winter too, send yours to the author: she collects them for her next book."
    text = extract_page(_PAGE.format(line=line), "https://quad.example.edu/magazine/a-reread").body_text
    assert "send yours to the author" in text
