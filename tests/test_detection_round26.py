"""Round 26 detection rules, in our own words and markup, with near misses:

- questions.asks: a Greek question ends with its erotimatiko ";" (bold questions between answers make an interview);
  a Latin or Cyrillic line ending in a semicolon asks nothing;
- classify.EVENT_TITLE in Persian and Arabic: a session, a symposium, an evening, a signing, a festival, "was held";
  a review's title ("critique and study of the novel …") is none;
- newslead.made_into in Japanese ("…がアニメ映画に", "…が実写化決定"), and news of an adaptation whose book is read
  from its title is no review unless the post gives its own verdict.
"""

from __future__ import annotations

import pytest

from scraper.extract.classify import EVENT_TITLE, body_signals
from scraper.extract.newslead import made_into
from scraper.extract.questions import asks
from tests.test_classify import kind

# -- a Greek question's mark -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "**Πώς γεννήθηκε η ιδέα για το βιβλίο;**",
    "**Τι σας τράβηξε στο «Αλάτι της πόλης»;**",  # a title's closing guillemet before the mark
    "**Ποιον συγγραφέα ξαναδιαβάζετε\u037e**",  # the erotimatiko itself (U+037E)
    "## Διαβάζετε ακόμη ποίηση;",
    "**Where did the idea come from?**",
    "**¿Qué lee ahora?**",
])
def test_lines_that_ask(line):
    assert asks(line)


@pytest.mark.parametrize("line", [
    "**Three things stay with me: the harbour; the salt; the silence;**",  # Latin: a semicolon joins clauses
    "**Книга о море; книга о соли;**",  # Cyrillic: the same
    "**Το βιβλίο της χρονιάς.**",  # Greek, no question
    "**Ένα μυθιστόρημα για τη θάλασσα**",
])
def test_lines_that_do_not_ask(line):
    assert not asks(line)


_GREEK_INTERVIEW = """Ο Νίκος Λαμπράκης γράφει για λιμάνια και ναυτικούς. Τον συναντήσαμε πριν από την παρουσίαση.

**Από πού ξεκίνησε το «Αλάτι»;**

Από μια παλιά φωτογραφία του πατέρα μου στο καράβι, τον χειμώνα, χωρίς κανέναν γύρω του.

**Ποια βιβλία σας διαμόρφωσαν;**

Οι ιστορίες του Καρκαβίτσα, που τις διάβασα μικρός και με τρόμαξαν.

**Τι γράφετε τώρα;**

Ένα βιβλίο για τα ναυπηγεία, αργά, κάθε πρωί."""

_GREEK_REVIEW = """Το «Αλάτι» είναι ένα μυθιστόρημα για ένα λιμάνι που σβήνει σιγά σιγά.

**Η πλοκή**

Ο αφηγητής επιστρέφει στο νησί; όχι, στο λιμάνι όπου μεγάλωσε, και βρίσκει τα ναυπηγεία κλειστά.

**Η γλώσσα**

Ο συγγραφέας γράφει λιτά, με μικρές προτάσεις και πολλή σιωπή.

**Συνολικά**

Ένα τρυφερό βιβλίο, με λίγες αδυναμίες στη μέση."""


def test_greek_bold_questions_make_an_interview():
    signals = body_signals(_GREEK_INTERVIEW.splitlines(), _GREEK_INTERVIEW)
    assert signals["qa_blocks"] >= 3


def test_a_greek_review_with_bold_headings_is_no_interview():
    signals = body_signals(_GREEK_REVIEW.splitlines(), _GREEK_REVIEW)
    assert signals["qa_blocks"] == 0


# -- event titles in Persian and Arabic ------------------------------------------------------------------------------


@pytest.mark.parametrize("title", [
    "نشست نقد رمان «دریای نمک» در خانه کتاب برگزار شد",  # fa: a critique session … was held
    "همایش ادبیات داستانی جنوب با حضور نویسندگان",  # fa: a conference
    "رونمایی از «دریای نمک» در جشنواره کتاب شیراز",  # fa: a festival
    "ندوة حول رواية «ملح المدينة» في معرض الكتاب",  # ar: a symposium
    "أمسية أدبية لقراءة «ملح المدينة»",  # ar: an evening
    "حفل توقيع رواية «ملح المدينة» في عمّان",  # ar: a signing
])
def test_event_titles(title):
    assert EVENT_TITLE.search(title)
    assert kind(title=title, words=200, book_source="body", book_has_author=True, book_mentions=3,
                body=(("متن گزارش.",), "")) == "event"


@pytest.mark.parametrize("title", [
    "نقد و بررسی رمان «دریای نمک» نوشته سارا امینی",  # fa: a review's title
    "زنی که کنار دریا نشست",  # fa: "sat", a book's title, not a session
    "قراءة في رواية «ملح المدينة» لسارة الأمين",  # ar: a reading of the novel
])
def test_review_titles_are_no_event(title):
    assert not EVENT_TITLE.search(title)


def test_a_rated_review_whose_book_title_holds_an_event_word_stays_a_review():
    # (as for "festival" in English: a book named for a festival, reviewed with a rating)
    assert kind(title="مراجعة رواية «مهرجان الظلال»", words=200, book_source="title", book_has_author=True,
                rating=True, scored_lines=1) == "review"


# -- news of an adaptation in Japanese, the book read from the title -------------------------------------------------


@pytest.mark.parametrize("title", [
    "宮沢ゆき『潮の帳面』が長編アニメ映画に 港町を手描きで",
    "『潮の帳面』が実写化決定",
    "『潮の帳面』がドラマ化へ",
    "『潮の帳面』映像化決定",
])
def test_japanese_titles_reporting_an_adaptation(title):
    assert made_into(title)


@pytest.mark.parametrize("title", [
    "映画になった『潮の帳面』を原作で読む",  # a reader's title
    "『潮の帳面』が好きになった理由",
    "『潮の帳面』読了。映画にはない静けさ",
    "『潮の帳面』がアニメ映画よりずっと良かった",  # the film named, no news of making one
])
def test_japanese_titles_that_report_no_adaptation(title):
    assert not made_into(title)


def test_adaptation_news_with_the_book_in_its_title_is_no_review():
    assert kind(title="宮沢ゆき『潮の帳面』が長編アニメ映画に 港町を手描きで", words=260, book_source="title",
                book_has_author=True, book_mentions=2, body=(("公開は来年春の予定。",), "")) == "other"
    assert kind(title="The Salt Ledger is being adapted into a TV series", words=260, book_source="title",
                book_has_author=True, book_mentions=2, body=(("Filming starts in spring.",), "")) == "other"


def test_adaptation_titles_with_a_verdict_or_a_rating_stay_reviews():
    # the post's own verdict line or rating: a review that opens on the news
    assert kind(title="『潮の帳面』が長編アニメ映画に", words=260, book_source="title", book_has_author=True,
                book_mentions=4, verdict_lines=1, body=(("原作を読み返した。",), "")) == "review"
    assert kind(title="『潮の帳面』が長編アニメ映画に", words=260, book_source="title", book_has_author=True,
                book_mentions=4, rating=True, scored_lines=1, body=(("原作を読み返した。",), "")) == "review"
    # a plain review title with its book
    assert kind(title="宮沢ゆき『潮の帳面』を読んで", words=260, book_source="title", book_has_author=True,
                book_mentions=4, body=(("原作を読み返した。",), "")) == "review"
