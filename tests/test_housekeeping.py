"""scraper.extract.housekeeping (and datelines.date_only's date heading): the poster's own lines around a review.

Every post here is invented, in markup and words of our own: an Italian and a Portuguese social post, a Chinese
video-site article, a German newsletter, a Galician Mastodon post, a German diary blog. Each rule is tested both
ways: what it removes, and review text that looks like it and stays (a novel about an election and its votes, a
review that thanks a friend, a date inside a sentence, a handle written into a sentence).
"""

from __future__ import annotations

import pytest

from tests.cleaning import cleaned, paras

HOST = "sottovoce.example"

ELECTION = [
    "Il romanzo segue una piccola città della Lucania nei giorni prima del voto, quando il sindaco uscente scopre che "
    "nessuno vuole più candidarsi contro di lui e comincia a temere proprio questo silenzio.",
    "La scrittrice è bravissima a far parlare il paese: il barbiere, la farmacista, i due fratelli che votano sempre in "
    "modo opposto per principio, e la vecchia maestra che conta le schede come se fossero compiti da correggere.",
    "Il finale, con lo spoglio notturno raccontato da una radio locale, è la parte più bella; peccato per un capitolo "
    "centrale troppo lungo sulla storia della famiglia del sindaco.",
]


def _boxed(review: list[str], *after: str) -> str:
    """The review in a box of its own (a platform's text block), then what follows it."""
    return "<div class='text-block'>" + paras(*review) + "</div>" + "".join(after)


# -- asks after the review ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "ask",
    [
        # set off by a rule, a hashtag for the platform's community
        "<hr><div><p><em>Vi è piaciuta? Un upvote e un reblog aiutano la comunità</em> <a href='/c/lettori'>#lettoriitaliani</a></p></div>",
        # a box of its own after the review's box, the action a link written in the sentence
        "<div class='text-block'><p>Se quiser, <a href='/apoio'>apoie a autora</a> com um café, escrevo uma resenha por semana.</p></div>",
        # a Chinese video site's ask for coins and the "triple", with an exclamation
        "<div class='text-block'><p>觉得有用的话，记得投币三连支持一下！</p></div>",
    ],
)
def test_an_ask_set_off_after_the_review_goes(ask):
    text, rules = cleaned(_boxed(ELECTION, ask), HOST)
    assert "call to action" in rules
    assert "upvote" not in text and "apoie" not in text and "投币" not in text
    assert all(sentence in text for sentence in ELECTION)


def test_what_follows_the_ask_in_its_box_goes_with_it():
    ask = ("<hr><div><p>Se vi è piaciuta, votate e fate un reblog! 🙏</p>"
           "<p>Foto: la mia copia sul balcone, scattata da me.</p></div>")
    text, rules = cleaned(_boxed(ELECTION, ask), HOST)
    assert "votate" not in text and "Foto:" not in text
    assert all(sentence in text for sentence in ELECTION)


@pytest.mark.parametrize(
    "closing",
    [
        # the review's own last line, in the review's box, exclaiming about votes
        None,
        # after a rule, a note of the reviewer's own: no link, no exclamation, not turned to the reader
        "<hr><p>Letto per il gruppo di lettura del quartiere, dove l'ho votato come libro del mese.</p>",
        # a book's facts after a rule
        "<hr><p>Editore Sellerio, 2021, 288 pagine.</p>",
    ],
)
def test_votes_in_the_review_and_notes_after_a_rule_stay(closing):
    review = ELECTION + ["Alla fine, chi vota chi? Leggetelo e lo scoprirete!"]
    markup = paras(*review) + (closing or "")
    text, rules = cleaned(markup, HOST)
    assert "call to action" not in rules and "sign-off after a call to action" not in rules
    assert all(sentence in text for sentence in review)
    if closing:
        assert closing.removeprefix("<hr><p>").removesuffix("</p>") in text


@pytest.mark.parametrize(
    "note",
    [
        "<p>Thanks to the library that donated this copy to our reading group!</p>",  # a thanks, past tense
        "<p>Der zweite Teil erscheint im März, ich freue mich schon!</p>",  # "Teil" is a part, not "teilen"
        "<p>Un avis partagé, donc : lisez-le quand même !</p>",  # "partagé" is mixed, not "partagez"
        "<p>Voto: 8 — da leggere sotto l'ombrellone!</p>",  # an Italian score, not a vote on the platform
    ],
)
def test_a_note_of_the_reviewers_own_in_a_box_after_the_review_stays(note):
    text, rules = cleaned(_boxed(ELECTION, f"<div class='text-block'>{note}</div>"), HOST)
    assert rules == []
    assert note.removeprefix("<p>").removesuffix("</p>") in text


# -- a newsletter's greeting ----------------------------------------------------------------------------------------

GERMAN = [
    "Jenny Erpenbeck erzählt in diesem Roman von einer Liebe im Ost-Berlin der späten Achtziger, zwischen einer jungen "
    "Studentin und einem viel älteren, verheirateten Schriftsteller.",
    "Was zuerst wie eine große Leidenschaft aussieht, wird langsam zu einem Verhör: er führt Buch über ihre Fehler, "
    "und die Stadt um die beiden zerfällt im selben Takt.",
    "Die Sätze sind lang und genau, manchmal fast zu genau; das letzte Drittel hat mich trotzdem völlig umgehauen.",
]


def test_a_newsletters_greeting_in_its_own_box_above_the_review_goes():
    greeting = "<div class='intro'><p>Hallo ihr Lieben! Seit dem letzten Brief sind 240 von euch dazugekommen, herzlich willkommen.</p></div>"
    text, rules = cleaned(greeting + _boxed(GERMAN), "leselampe.example")
    assert "Hallo ihr Lieben" not in text and rules == ["newsletter greeting"]
    assert all(sentence in text for sentence in GERMAN)


@pytest.mark.parametrize("note", ["Hallo ihr Lieben! Triggerwarnung: Gewalt in der Familie und ein Suizidversuch.",
                                  "Hallo zusammen! Das Buch hat mir der Verlag als Rezensionsexemplar geschickt."])
def test_a_greeting_box_that_carries_a_warning_or_a_disclosure_stays(note):
    text, rules = cleaned(f"<div class='intro'><p>{note}</p></div>" + _boxed(GERMAN), "leselampe.example")
    assert note in text and rules == []


def test_a_review_that_opens_by_thanking_a_friend_stays():
    thanks = "Danke, Mia! Ohne deinen Tipp im Sommer hätte ich dieses Buch nie in die Hand genommen."
    text, rules = cleaned(_boxed([thanks] + GERMAN), "leselampe.example")
    assert thanks in text and rules == []


# -- the poster's name row ------------------------------------------------------------------------------------------


def test_the_display_name_beside_the_handle_at_the_top_goes():
    post = ("<div class='account'><strong>Xiana Pereira</strong> <span>@xiana@libros.social</span></div>"
            + paras("Rematei onte a novela de Rosalía sobre a illa, e aínda teño o ruído do mar na cabeza, sobre todo nas "
                    "últimas páxinas, cando a narradora volve á casa baleira da avoa e non atopa a chave.",
                    "Non é un libro doado, pero paga a pena cada minuto."))
    text, rules = cleaned(post, "libros.social")
    assert "Xiana Pereira" not in text and "@xiana" not in text and rules == ["name row"]


def test_a_handle_written_into_a_sentence_stays():
    line = "<p>Recomendación de <a href='/@brais'>@brais</a>, grazas!</p>"
    review = "Rematei onte a novela sobre a illa, e aínda teño o ruído do mar na cabeza, sobre todo ao final do libro."
    text, rules = cleaned(line + paras(review), "libros.social")
    assert "@brais" in text and "name row" not in rules


# -- a date heading over the post (datelines.date_only) ----------------------------------------------------------------


def test_a_bare_date_heading_over_the_post_goes_and_a_date_in_a_sentence_stays():
    sentence = "Am 3. März 2026 habe ich das Buch im Zug nach Leipzig angefangen und bis Halle kaum aufgeschaut."
    post = "<h2 class='date-header'>Dienstag, 3. März 2026</h2><h3>Kairos</h3>" + paras(sentence, *GERMAN)
    text, rules = cleaned(post, "leselampe.example")
    assert not text.startswith("Dienstag") and "Kairos" in text and rules == ["dateline"]
    assert sentence in text


def test_a_date_heading_inside_the_review_stays():
    post = paras(*GERMAN[:2]) + "<h3>9. November 1989</h3>" + paras(GERMAN[2])
    text, rules = cleaned(post, "leselampe.example")
    assert "9. November 1989" in text and rules == []
