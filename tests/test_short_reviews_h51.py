"""Short reviews told with their book unread (holdout51 round, det51): the reader's own notes as marks of one work,
a news engine's numbered review slug, the glued words of the Dravidian languages, adaptation news in more languages,
and the boilerplate a short review then shows (a 'like us' line, a trial offer).

- readernotes: a content warning or a free-copy note is the reviewer's voice about one work; beside one other mark
  (a name said again, "the novel", a record line, a review's address) a short post whose book was not read is a
  review; alone it is not; under a warning one reference to the book is that other mark;
- reviewaddress: "<title>-review-1245567" (a slug, the word, the article's number) files a post as a review; a year,
  a bare "review-123456", "book-review-123456" do not;
- reviewlength: Malayalam words count two English words, Tamil, Telugu and Kannada one and a half;
- newslead: "Sorozat készül T-ből", "T:stä tehdään tv-sarja", "ekraniseeritakse" are news of an adaptation;
- followlines/couponline: "Gilla X på Facebook …", "Like us on Instagram"; "Prova fyra veckor gratis".

Our own pages and sentences.
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.classify import classify
from scraper.extract.couponline import FREE_TRIAL
from scraper.extract.followlines import opening_follow
from scraper.extract.newslead import made_into
from scraper.extract.readernotes import DISCLOSES, WARNS, reader_notes
from scraper.extract.reviewaddress import filed_by_address
from scraper.extract.reviewlength import english_words
from tests.test_anaphora import _page
from tests.test_classify import evidence

AUTHOR_AGAIN = "names an author in full and again by surname"
TITLE_AGAIN = "names one set-off title again"


# -- the reader's notes (classify with the book unread) ------------------------------------------------------------


@pytest.mark.parametrize("notes", [dict(warned=True), dict(disclosed=True)])
def test_a_note_beside_another_mark_makes_a_short_review(notes):
    k, reason = classify(evidence(title="Winterabend", words=130, work_clues=(AUTHOR_AGAIN,), **notes))
    assert k == "review" and AUTHOR_AGAIN in reason


def test_both_notes_are_two_marks():
    assert classify(evidence(title="Winterabend", words=130, work_clues=(), warned=True, disclosed=True))[0] == "review"


@pytest.mark.parametrize("notes", [dict(warned=True), dict(disclosed=True), dict()])
def test_a_note_alone_leaves_a_short_notice(notes):
    # (a publisher's page lists a new book's content warnings too: one mark is not enough)
    assert classify(evidence(title="Winterabend", words=130, work_clues=(), **notes))[0] == "announcement"


def test_two_marks_without_the_voice_stay_a_notice():
    assert classify(evidence(title="Winterabend", words=130, work_clues=(AUTHOR_AGAIN, TITLE_AGAIN)))[0] == "announcement"


def test_the_notes_keep_the_short_rules_bounds():
    both = dict(warned=True, disclosed=True, work_clues=(AUTHOR_AGAIN,))
    assert classify(evidence(title="Winterabend", words=90, **both))[0] != "review"  # too short to tell
    assert classify(evidence(title="Winterabend", words=130, scored_lines=3, **both))[0] != "review"
    assert classify(evidence(title="Winterabend", words=130, promo_sections=1, **both))[0] != "review"
    assert classify(evidence(title="Winterabend", words=130, denies_review=True, **both))[0] != "review"


def test_under_a_warning_one_reference_to_the_book_is_a_mark():
    lines = ("Content note: a parent's death.", "The novel opens at a funeral and never quite leaves it.")
    ev = evidence(title="Winterabend", words=130, work_clues=(), warned=True, body=(lines, "\n\n".join(lines)))
    assert len(reader_notes(ev)) == 2 and classify(ev)[0] == "review"
    bare = ("Content note: a parent's death.", "Opens at a funeral and never quite leaves it.")
    ev = evidence(title="Winterabend", words=130, work_clues=(), warned=True, body=(bare, "\n\n".join(bare)))
    assert reader_notes(ev) == (WARNS,) and classify(ev)[0] == "announcement"


def test_the_notes_are_read_from_the_evidence():
    assert reader_notes(evidence(disclosed=True)) == (DISCLOSES,) and reader_notes(evidence()) == ()


# whole pages: a short newspaper review whose headline is a tagline (no book the rules read), a content warning at
# its top, "the novel" once and its author named by surname only; the same page without the warning stays a notice
_DE = ("de", "Was bleibt, wenn der Vater nicht mehr da ist", [
    "<em>Inhaltswarnung: Der Text spricht von Gewalt in der Familie.</em>",
    "Marta kehrt nach zwanzig Jahren in das Dorf ihrer Kindheit zurück, als ihr Vater stirbt, und bleibt länger als "
    "geplant. Der Roman erzählt diesen Winter in kurzen Kapiteln, die zwischen ihrer Gegenwart und den Erinnerungen an "
    "den Hof hin und her springen, an die Tiere, die Nachbarn und den Streit um das Land.",
    "Lindqvister schreibt ohne große Gesten. Die Kälte im Haus, das Schweigen am Küchentisch, die Briefe der "
    "Schwester: alles ist genau beobachtet und doch nie überladen. Manche Rückblenden wiederholen allerdings, was wir "
    "längst wissen.",
    "Am Ende bleibt ein leiser, aber nachhaltiger Eindruck, und Lindqvister gelingt ein Schluss, der nichts erklärt "
    "und trotzdem trägt.",
])
_ES = ("es", "Lo que queda cuando nadie lee las cartas", [
    "<strong>Aviso de contenido:</strong> el texto menciona el suicidio de un personaje.",
    "Cuando Irene vuelve a la casa de su abuela en el puerto, encuentra las cartas que nadie quiso leer. La novela "
    "alterna ese verano con los inviernos de la posguerra, y poco a poco las dos épocas empiezan a hablar entre sí, "
    "con una paciencia que al principio desconcierta.",
    "Ferreiro escribe frases cortas, casi secas, y eso le sienta bien a una historia tan cargada. El "
    "tramo central se alarga más de la cuenta y algún personaje secundario queda apenas esbozado.",
    "Aun así, Ferreiro cierra con un capítulo sereno que recompensa la espera, y el libro se queda con una durante días.",
])


@pytest.mark.parametrize("page", [_DE, _ES], ids=["de", "es"])
def test_a_short_review_with_a_warning_is_read_as_one(page):
    record = extract_page(_page(*page), "https://zeitung.example.org/kultur/ein-winter-am-fluss/")
    assert record.content_warnings and record.kind == "review"


@pytest.mark.parametrize("page", [_DE, _ES], ids=["de", "es"])
def test_the_same_page_without_its_warning_stays_a_notice(page):
    lang, title, paragraphs = page
    record = extract_page(_page(lang, title, paragraphs[1:]), "https://zeitung.example.org/kultur/ein-winter-am-fluss/")
    assert not record.content_warnings and record.kind != "review"


# -- the address ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("url", [
    "https://www.dagblad.example.in/culture/literature/pathummayude-aadu-review-1187733",
    "https://news.example.cz/kultura/tichy-dum-recenze-88213.html",
])
def test_a_review_slug_with_the_articles_number_is_filed_as_a_review(url):
    assert filed_by_address(url)


@pytest.mark.parametrize("url", [
    "https://news.example.org/a/film-review-2024",  # a year, not an article's number
    "https://news.example.org/a/review-123456",  # the word alone
    "https://news.example.org/a/book-review-123456",  # the section's words alone
    "https://news.example.org/a/reviews-wanted-2211",  # the word is not last
    "https://news.example.org/a/karukku-bama-2026-12-04",  # a date
])
def test_near_misses_of_the_numbered_slug(url):
    assert not filed_by_address(url)


# -- glued words --------------------------------------------------------------------------------------------------


def test_dravidian_words_count_more_english_words():
    malayalam = ("ഈ ചെറിയ നോവൽ വായിച്ചുകഴിഞ്ഞാൽ കുറേ നേരം ആലോചിച്ചിരിക്കും",)
    tamil = ("இந்த நூல் ஒரு கிராமத்தின் கதையை மெதுவாகச் சொல்கிறது",)
    assert english_words(malayalam, 60) == 120 and english_words(tamil, 60) == 90
    # (an English post quoting a Tamil title is counted as English)
    assert english_words(("I finally read இந்த நூல் on a long train ride across the whole country last spring",), 60) == 60


# -- adaptation news ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("title", [
    "Sorozat készül a Kőszívű ember fiaiból, tavasszal forgatnak",  # hu
    "Film készül Szerb Antal regényéből",  # hu
    "Megfilmesítik A Pál utcai fiúkat",  # hu
    "Seitsemästä veljeksestä tehdään tv-sarja",  # fi
    "Tõde ja õigus ekraniseeritakse uuesti",  # et
    "Romanul lui Rebreanu va fi ecranizat",  # ro
])
def test_adaptation_news_in_more_languages(title):
    assert made_into(title)


@pytest.mark.parametrize("title", [
    "A könyvsorozat készül tovább",  # a book series
    "A sorozat legjobb kötete",  # the best volume of the series
    "Filmet néztem, aztán elolvastam a regényt",  # I watched a film
    "Egy regény, amit mindenki ismer",
])
def test_near_misses_of_adaptation_news(title):
    assert not made_into(title)


# -- the boilerplate a short review then shows ----------------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "Gilla Bokbladet på Facebook så missar du inga nya recensioner.",  # sv
    "Like us on Instagram for more reviews.",  # en
    "Tykkää Kirjasivusta Facebookissa!",  # fi
])
def test_liking_the_page_opens_a_follow_line(line):
    assert opening_follow(line)


@pytest.mark.parametrize("line", [
    "Gillar du långa romaner om Facebook-generationen är den här något för dig.",  # indicative, a question's verb
    "Like the heroine, I deleted Instagram halfway through the book.",  # a preposition
])
def test_near_misses_of_liking(line):
    assert not opening_follow(line)


def test_a_trial_of_some_weeks_free():
    assert FREE_TRIAL.search("Varje vecka i tidningen och digitalt. Prova fyra veckor gratis.")
    assert FREE_TRIAL.search("Try four weeks free, cancel any time.")
    assert not FREE_TRIAL.search("Jag läste den på fyra veckor, gratis lånad på biblioteket.")
