"""Posts that look like one reviewer's review and are not, or the reverse, told by where things stand:

- a forum topic whose title names another thread as the place it comes from ("… from last week's thread") does not
  ask the readers itself; "discuss here", "this thread", a closing question still do (medium.thread_of_voices);
- a reading club's post (its title names the club, in any of our languages) about a book read only in its text and
  unrated is the club's meeting, not a review (announce.club, classify);
- a short labelled line closing on a school's letter grade is a score line and the post's verdict ("Karnem: B+"),
  when the grade has its plus or minus or the label is a rating's word; "Typ: A" is none (scorelines.py);
- a score given in a clause whose topic is a film or a series ("the adaptation gets 2/5 from me") is that medium's,
  even when the line names the novel elsewhere; a clause that scores the book keeps it a review (medium.py);
- under a title about books in the plural, a post that names several titles in passing and none again calls any of
  them "the book": that is no mark of one work; a title opening with an episode's number is one instalment of the
  writer's own serial (reviewed.unfound_book).

Our own sentences, in languages other than the pages the rules were found on.
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.announce import club
from scraper.extract.classify import body_signals, classify
from scraper.extract.medium import thread_of_voices, verdict_for_other
from scraper.extract.scorelines import own_verdict, scored
from tests.test_anaphora import _page
from tests.test_classify import evidence

TOPIC = "https://talk.example.org/topic/812/some-slug"


# -- a thread named as elsewhere -------------------------------------------------------------------------------------


@pytest.mark.parametrize("title", [
    "Read the whale book everyone pushed in last week's thread",
    "Took the advice from the summer reading thread: Solaris",
    "Picked up the one you all praised on another discussion board thread",
])
def test_a_title_pointing_to_another_thread_does_not_ask_the_readers(title):
    assert thread_of_voices(TOPIC, title, 0) is None


@pytest.mark.parametrize("title", [
    "Spoiler thread: that ending",
    "Post your favourite lines in this thread",
    "Solaris discussion",
    "Did anyone else give up halfway through Solaris?",
])
def test_a_title_that_is_the_discussion_still_asks_the_readers(title):
    assert "asks the readers" in thread_of_voices(TOPIC, title, 0)


# -- a reading club's post -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["Lesekreis im Oktober: Der Schimmelreiter", "Club de lectura: lo que dijimos de Pedro Páramo",
                                   "Bokcirkeln läste Hundraåringen", "Dyskusyjny Klub Książki – spotkanie listopadowe",
                                   "Clube do livro: o que achamos de Capitães da Areia"])
def test_a_clubs_post_about_a_book_read_only_in_its_text_is_an_event(title):
    assert club(title)
    k, reason = classify(evidence(title=title, book_source="body", book_has_author=True, book_mentions=5))
    assert k == "event" and "club" in reason


@pytest.mark.parametrize("overrides", [
    dict(title="Lesekreis im Oktober: Der Schimmelreiter", rating=True),  # the writer's own verdict
    dict(title="Book club pick: The Glass Road by Ines Marlow", book_source="title"),  # the book found in the title
    dict(title="Der Schimmelreiter, wieder gelesen"),  # no club
    dict(title="Clubbing and reading"),  # (not a club of readers)
])
def test_near_misses_of_the_club_rule_stay_reviews(overrides):
    values = dict(book_source="body", book_has_author=True, book_mentions=5) | overrides
    assert classify(evidence(**values))[0] == "review"


# -- a letter grade closing a labelled line ---------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["Karnem: B+", "Moje známka: A", "Nota final: C−", "**Werdykt:** B-", "Zeugnis : A−"])
def test_a_letter_grade_after_a_label_is_a_verdict(line):
    assert scored([line]) == [line] and own_verdict(line)


@pytest.mark.parametrize("line", ["Typ: A", "Gruppe: B", "Plan B: stay home", "Vitamin: B12", "Kategorie: A – Romane",
                                  "Note that chapter C is missing"])
def test_a_letter_that_is_no_grade_is_no_score(line):
    assert scored([line]) == []


def test_a_grade_given_to_a_film_is_not_the_posts_verdict():
    assert scored(["Film: B+"]) == ["Film: B+"] and not own_verdict("Film: B+")


GRADED = ("tr", "Yağmurlu bir hafta sonu", [
    "Kitabı kütüphaneden tesadüfen aldım, kapağındaki deniz feneri hoşuma gitti. Anlatıcı yaşlı bir bekçi, adada tek "
    "başına yaşıyor ve her akşam günlüğüne rüzgârı yazıyor.",
    "Başlarda çok yavaş ilerliyor, sonra bir kız çocuğu adaya gelince her şey değişiyor. Diyaloglar kısa ve sert, "
    "ama bekçinin iç sesi çok sıcak. Bazı bölümleri iki kere okudum, özellikle fırtına gecesini ve "
    "kızın ilk kez feneri tek başına yaktığı sahneyi.",
    "Sonunu beğenmedim, fazla aceleyle bağlanmış gibi geldi; kızın annesiyle ilgili soru hiç cevaplanmıyor ve "
    "bekçinin geçmişi son iki sayfada aceleyle anlatılıyor. Yine de yağmurlu bir hafta sonu için iyi bir arkadaş, "
    "özellikle çayınız sıcaksa ve telefonunuzu başka bir odada bırakabiliyorsanız.",
    "Karnem: B+",
])


def test_a_short_post_closing_on_its_grade_is_a_review_by_extract_page():
    lang, title, paragraphs = GRADED
    record = extract_page(_page(lang, title, paragraphs), "https://defterim.example.com.tr/2026/11/yagmurlu/")
    assert record.kind == "review", record.reason
    # the same post without its grade is too short to tell
    record = extract_page(_page(lang, title, paragraphs[:-1]), "https://defterim.example.com.tr/2026/11/yagmurlu/")
    assert record.kind != "review", record.reason


# -- a score given to another medium in its own clause ---------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "Die Verfilmung bekommt von mir 6/10; der Roman bleibt trotzdem unerreicht.",
    "In short: the adaptation gets a 2/5 from me.",
    "Bilan : la série télé, je lui mets 12/20 ; le livre reste bien meilleur.",
])
def test_a_score_given_to_a_film_in_its_own_clause_is_the_films(line):
    assert verdict_for_other([line]) == line


@pytest.mark.parametrize("line", [
    "5/10 para la película, 9/10 para la novela.",  # the book scored in the same clause
    "The film was fine but 4/5 for the book.",  # the score goes to the book after it
    "I watched the film first; the novel gets 4/5.",  # another clause, about the novel
    "Le livre : 16/20.",
    "The series, as a whole, gets 4/5 from me.",  # a series of books: a bare "series" names no other medium
    "In short: the adaptation gets a 2/5 from me, whatever the novel deserves 5/5.",  # one clause scores the novel
])
def test_a_score_for_the_book_beside_a_film_stays_the_books(line):
    assert verdict_for_other([line]) is None


def test_a_film_score_beside_other_scored_lines_is_not_the_posts_verdict():
    # a second scored line that gives its score to no other medium: the post's own verdict may be the book's
    assert verdict_for_other(["The adaptation gets a 2/5 from me.", "Rating: 4/5"]) is None


# -- several titles in passing under a plural title; a serial's episode -----------------------------------------------


def _body(paragraphs: list[str]) -> tuple[tuple[str, ...], str]:
    return tuple(paragraphs), "\n\n".join(paragraphs)


PASSING = [
    "I sju år gav jag varje bok ett betyg i ett kalkylark med färger, och i december räknade jag ut årets snitt. "
    "I våras slutade jag, nästan utan att märka det, och först nu förstår jag varför.",
    "När jag läste de gamla siffrorna såg jag att jag gav *Röda rummet* full pott fast jag lade ifrån mig boken efter "
    "femtio sidor, och *Doktor Glas* bara två, för att det regnade den veckan.",
    "I dag skriver jag två meningar i ett häfte när jag stänger boken: vad som stannade kvar, vad som störde, vem "
    "jag skulle ge den till. Inga siffror längre.",
]


def test_a_plural_title_over_titles_named_in_passing_is_an_essay():
    k, reason = classify(evidence(title="Varför jag slutade sätta siffror på böcker", words=300, book_source="body",
                                  book_title="Röda rummet", body=_body(PASSING)))
    assert k == "other" and "plural" in reason and "2 in passing" in reason, reason


@pytest.mark.parametrize("overrides", [
    dict(title="Ett år utan siffror"),  # no plural title: length and shape still make a review
    # one of the titles named again: the post comes back to it
    dict(body=_body(PASSING + ["Till slut är *Doktor Glas* ändå sommarens bok."])),
    dict(book_has_author=True, book_mentions=4),  # the title read in the text has its author
])
def test_near_misses_of_titles_in_passing_stay_reviews(overrides):
    values = dict(title="Varför jag slutade sätta siffror på böcker", words=300, book_source="body",
                  book_title="Röda rummet", body=_body(PASSING)) | overrides
    assert classify(evidence(**values))[0] == "review"


@pytest.mark.parametrize("title", ["第5話 雨の日に読んだ本", "7화 겨울 책장", "Chapter 3: The winter shelves", "Глава 2. Пустые полки"])
def test_a_serials_numbered_episode_with_no_mark_of_one_work_is_no_review(title):
    k, reason = classify(evidence(title=title, words=300, work_clues=()))
    assert k == "other" and "episode" in reason


@pytest.mark.parametrize("overrides", [
    dict(title="第5話 雨の日に読んだ本", work_clues=("calls its book 'the book', 'the novel' 3×",)),  # one work's marks
    dict(title="Chapter 3: The winter shelves", categories=["Reviews"]),  # filed as a review
    dict(title="My notes on chapter 3 of the winter shelves"),  # the number does not open the title
])
def test_near_misses_of_the_episode_rule_stay_reviews(overrides):
    assert classify(evidence(words=300, **({"work_clues": ()} | overrides)))[0] == "review"


def test_body_signals_count_a_grade_line_as_a_verdict():
    lines = ["Ein ruhiges Buch über einen Leuchtturm.", "Zeugnis: B+"]
    signals = body_signals(lines, "\n\n".join(lines))
    assert signals["scored_lines"] == 1 and signals["verdict_lines"] == 1
