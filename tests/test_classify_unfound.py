"""Posts whose book was not found, told apart by what they carry (reviewed.unfound_book, announce.appointment,
classify's reading of a denial beside a book named only in the text).

- a short post (100-179 words) is a review when the reviewer's own voice about one work (it keeps calling it "the
  novel", or it speaks of its rating) stands beside another mark of that work; one mark, or two that an
  announcement also carries (an author named twice, a title set off twice), leave it a short notice;
- a longer post under a title that speaks of books in the plural, with no mark of one work, is an essay about
  reading; the same title over a post that keeps calling its book "the novel" is still a review;
- a post that names a book only in its text and says it is no review of it is no review, unless it rates it;
- a meeting's day and hour ("Thursday 4 March, 19.30") with no verdict make a notice.

Our own pages and sentences, in languages other than the ones the rules were found on.
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.announce import appointment
from scraper.extract.classify import classify
from tests.test_anaphora import _page  # a plain post: <title>, <h1> and the paragraphs in an <article>
from tests.test_classify import evidence

VOICE = "calls its book 'the book', 'the novel' 2×"
RATING_TALK = "speaks of its rating"
AUTHOR_AGAIN = "names an author in full and again by surname"
TITLE_AGAIN = "names one set-off title again"


# -- short posts ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("clues", [(VOICE, TITLE_AGAIN), (RATING_TALK, AUTHOR_AGAIN), (VOICE, RATING_TALK)])
def test_a_short_post_with_the_voice_of_one_work_and_another_mark_is_a_review(clues):
    k, reason = classify(evidence(title="Winterabend", words=150, work_clues=clues))
    assert k == "review" and "short post (150 words)" in reason and clues[1] in reason


@pytest.mark.parametrize("clues", [
    (AUTHOR_AGAIN, TITLE_AGAIN),  # a publisher's notice names its author twice and its title twice
    (VOICE,), (RATING_TALK,), (TITLE_AGAIN,), (),
])
def test_a_short_post_without_both_marks_stays_a_notice(clues):
    assert classify(evidence(title="Winterabend", words=150, work_clues=clues))[0] == "announcement"


def test_the_short_rule_keeps_its_bounds():
    both = (VOICE, RATING_TALK)
    assert classify(evidence(title="Winterabend", words=99, work_clues=both))[0] != "review"  # too short to tell
    # a post that says it is no review, several scores, a tour stop's sections: not reviews however they speak
    assert classify(evidence(title="Winterabend", words=150, work_clues=both, denies_review=True))[0] != "review"
    assert classify(evidence(title="Winterabend", words=150, work_clues=both, scored_lines=3))[0] != "review"
    assert classify(evidence(title="Winterabend", words=150, work_clues=both, promo_sections=1))[0] != "review"


SHORT_REVIEW = ("es", "Una tarde con Ordóñez", [
    "Hacía años que no volvía a Tomás Ordóñez y lo hice este otoño, casi sin querer, porque el ejemplar estaba en la "
    "mesa de mi madre. La novela sigue a una familia de pescadores durante un invierno muy largo en la costa.",
    "Lo mejor es el ritmo: la novela avanza despacio, con capítulos cortos que parecen cartas, y Ordóñez deja que "
    "el mar lo cuente casi todo. Los diálogos son pocos y secos, como la gente del pueblo.",
    "Lo peor es el final, que llega de golpe y cierra demasiadas puertas a la vez. Me habría gustado un capítulo "
    "más con la hija mayor.",
    "Valoración: muy buena, aunque no redonda. Se la recomiendo a quien tenga paciencia y una manta a mano.",
])
# a shop's notice of the same length: an author named twice and a title in quotes twice, no "the novel", no rating
SHORT_NOTICE = ("pt", "Novidade na livraria", [
    "Chegou esta semana à nossa livraria o novo título de Helena Barros, «Sal e Vento», numa edição de capa dura "
    "com ilustrações da própria autora. Barros vem ao Porto no fim do mês para conversar com os leitores.",
    "«Sal e Vento» está à venda na loja e no nosso site, com entrega gratuita a partir de dois exemplares. Os "
    "clientes do cartão de leitor têm dez por cento de desconto até ao Natal.",
    "Aproveitamos para lembrar que o horário de inverno já começou: abrimos às dez e fechamos às sete, de segunda "
    "a sábado. Aos domingos estamos fechados. Obrigado a todos pela visita e boas leituras.",
])


def test_a_short_review_whose_book_is_not_read_by_extract_page():
    lang, title, paragraphs = SHORT_REVIEW
    record = extract_page(_page(lang, title, paragraphs), "https://cuaderno.example.es/2026/11/ordonez/")
    assert record.kind == "review", record.reason


def test_a_short_shop_notice_stays_no_review():
    lang, title, paragraphs = SHORT_NOTICE
    record = extract_page(_page(lang, title, paragraphs), "https://livraria.example.pt/2026/11/novidade/")
    assert record.kind != "review", record.reason


# -- a title about books in the plural --------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["Les livres du train de nuit", "Bücher für den Wartesaal", "Kitaplar ve kediler",
                                   "Where my books go in winter"])
def test_a_long_post_under_a_title_about_books_with_no_mark_of_one_work_is_an_essay(title):
    k, reason = classify(evidence(title=title, words=300, work_clues=()))
    assert k == "other" and "plural" in reason


@pytest.mark.parametrize("overrides", [
    dict(title="Les livres du train de nuit", work_clues=(VOICE,)),  # it keeps calling one book "le roman"
    dict(title="Les livres du train de nuit", work_clues=(), categories=["Critiques"]),  # filed as a review
    dict(title="Les livres du train de nuit", work_clues=(), book_source="body"),  # a title read in its text
    dict(title="The book of the marsh", work_clues=()),  # one book
    dict(title="[books] A marsh in November", work_clues=()),  # the blog's tag label, not the post's words
    dict(title="Обзор книги о болотах", work_clues=()),  # "книги": of the book, as often as books
    dict(title="Les livres du train de nuit", work_clues=(), rating=True),  # a verdict
])
def test_near_misses_of_the_plural_title_stay_reviews(overrides):
    assert classify(evidence(words=300, **overrides))[0] == "review"


ESSAY = ("de", "Bücher im Nachtzug", [
    "Seit dem Frühjahr fahre ich jeden zweiten Freitag mit dem Nachtzug zu meiner Schwester nach Wien, und jedes Mal "
    "packe ich zu viel Lesestoff ein. Im Abteil brennt ein schwaches gelbes Licht, der Zug schaukelt, und irgendwann "
    "nach Linz schlafen alle außer mir.",
    "Ich habe gemerkt, dass ich im Zug anders lese als zu Hause. Zu Hause lese ich schnell und mit schlechtem "
    "Gewissen, weil die Wäsche wartet. Im Zug gibt es nichts zu tun, also lese ich langsam, manchmal eine Seite "
    "zweimal, und schaue zwischendurch auf die dunklen Felder und die Lichter kleiner Bahnhöfe.",
    "Dicke Schmöker funktionieren dort erstaunlich schlecht. Gedichte dagegen sehr gut, auch Briefe und Tagebücher, "
    "alles, was man unterbrechen kann, ohne den Faden zu verlieren. Einmal habe ich eine ganze Nacht lang nur "
    "Kochrezepte gelesen und war danach glücklicher als nach manchem Roman.",
    "Meine Schwester lacht jedes Mal über meine schwere Tasche. Sie liest nur auf dem Telefon, im Bett, mit der "
    "Katze auf dem Bauch. Vielleicht hat sie recht, und es kommt gar nicht so sehr darauf an, was man liest, "
    "sondern wo und wie lange man dabei niemand sein muss.",
    "Und ihr? Wo lest ihr am liebsten, und verändert der Ort, was ihr behaltet?",
])


def test_an_essay_about_reading_under_a_title_about_books_by_extract_page():
    lang, title, paragraphs = ESSAY
    record = extract_page(_page(lang, title, paragraphs), "https://lesezug.example.de/2026/11/nachtzug/")
    assert record.kind == "other" and "plural" in record.reason, record.reason


# -- a denial beside a book named in the text ----------------------------------------------------------------------


def test_a_post_that_says_it_is_no_review_of_the_book_it_names_in_its_text_is_no_review():
    k, reason = classify(evidence(title="Note di una sera", words=400, book_source="body", book_has_author=True,
                                  book_mentions=4, denies_review=True))
    assert k == "other" and "not a review" in reason


@pytest.mark.parametrize("overrides", [
    dict(book_source="body", rating=True),  # it rates the book after all
    dict(book_source="title"),  # its title names the book with its author
    dict(book_source="body", denies_review=False),  # no denial: a review that names its book in its text
])
def test_near_misses_of_the_denial_beside_a_named_book(overrides):
    values = dict(title="Note di una sera", words=400, book_has_author=True, book_mentions=4, denies_review=True)
    values.update(overrides)
    assert classify(evidence(**values))[0] == "review"


# -- a meeting's day and hour ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Wir treffen uns am Donnerstag, 4. März, um 19.30 Uhr im Lesesaal.",
    "Join us on Tuesday, March 3rd, at 7pm in the back room.",
    "Rendez-vous le 12 avril à 18h30 à la médiathèque.",
    "次回は3月7日（金）19:00から、二階の会議室で。",
    "We zien elkaar op 5 juni om 20:00 in de bibliotheek.",
    "Spotkanie: 14.02, godz. 18:00, czytelnia.",
])
def test_a_meetings_day_and_hour(text):
    assert appointment(text)


@pytest.mark.parametrize("text", [
    "Posted 28 November 2026 11:42",  # a post's timestamp carries its year
    "00:00 intro · 04:10 the first act · 18:45 the ending",  # an episode's chapter times
    "Rating: 4.25",  # a score with a point
    "I reread chapter 12 at 3:16 in the morning.",  # a chapter is no month
    "I read it in May, two chapters a night, and finished at 2:00.",  # a month, but no day of it
])
def test_near_misses_of_a_meeting(text):
    assert not appointment(text)


def test_a_notice_with_a_meetings_hour_is_an_announcement_unless_it_gives_a_verdict():
    k, reason = classify(evidence(title="Leseclub im Dezember", words=220, appointment=True))
    assert k == "announcement" and "meeting" in reason
    assert classify(evidence(title="Leseclub im Dezember", words=220, appointment=True, rating=True))[0] == "review"
    assert classify(evidence(title="The Glass Road by Ines Marlow", book_source="title", book_has_author=True,
                             appointment=True))[0] == "review"  # a book read from its title: a review that says when
