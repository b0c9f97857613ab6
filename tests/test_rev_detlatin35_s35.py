"""Misfires of s35 detlatin's rules on pages they were not written for (rev-detlatin35).

- bookheadlinewriter read a notice's topic headline as a title ("Festival lineup" over "A's new novel opens the
  festival", "Talking translation" over an interview, "Prize shortlist", "Lesung im Herbst", "Autumn readings"): the
  headline is a title only where the first sentence leaves its words unsaid (or says them whole beside the work's word)
  and the text writes one of them again with a capital, as a title or a hero's name;
- Context.vouches_for read a given name said alone twice (a heroine's "Jane", a friend's "Sally") as a family name
  written first, and a headline "Charlotte Brontë, Jane Eyre" swapped title and author, "T, Sally Weston" took a
  guest's name over the writer the text names: the family name must open a sentence of the first paragraph;
- citedrecord.bracketed_record kept a dated signature "Sara Holt, Reviews Editor (March, 2026)" as a record, and the
  book readers read it as the book: a bracket holding a month is a date, no house.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookheadlinewriter import headline_writer


def _writer(headline: str, lines: list[str], lang: str = "en"):
    return headline_writer(headline, lines, Context("\n".join(lines), [], lang))


def test_festival_notice_headline_is_no_title():
    lines = ["Mira Kessler's new novel opens the festival this year, and the organisers have added two evening readings.",
             "The festival runs from Thursday to Sunday in the old market hall. Tickets go on sale next week.",
             "Other guests at the festival include a panel of translators and a poetry slam on Saturday night."]
    assert _writer("Festival lineup", lines) is None


def test_interview_headline_is_no_title():
    lines = ["Anna Berg's latest book has been translated into nine languages, so we sat down with her to talk translation.",
             "Q: How closely do you work with your translators? A: Translation is a conversation, and I answer every question.",
             "Q: What are you working on now? A: A collection of essays about islands."]
    assert _writer("Talking translation", lines) is None


def test_prize_news_book_by_is_no_title():
    lines = ["The shortlist for the prize includes the novel by Petra Lind that we reviewed in spring, and five others.",
             "The prize shortlist was announced this morning; the winner will be named in November at a dinner."]
    assert _writer("Prize shortlist", lines) is None


def test_de_reading_notice_is_no_title():
    lines = ["Lena Vogt neuer Roman steht im Mittelpunkt unserer Lesung im Herbst, zu der wir herzlich einladen.",
             "Die Lesung findet in der Stadtbücherei statt. Der Eintritt ist frei."]
    assert _writer("Lesung im Herbst", lines, "de") is None


def test_topic_repeated_as_a_common_noun_is_no_title():
    lines = ["Lena Vogt's new novel is out next week from Harbour Press.",
             "Our autumn readings open with her on the third, at the town library. Tickets are free."]
    assert _writer("Autumn readings", lines) is None


def test_title_set_beside_the_work_word_still_reads():
    lines = ["Mengia Caduff's second novel Flurin is the story of a young farmer in the valley.",
             "Flurin works from dawn, and his life seems simple, but it is not. Every page has weight."]
    book = _writer("Flurin", lines)
    assert book is not None and (book.title, book.author) == ("Flurin", "Mengia Caduff")


def _page(headline: str, paragraphs: list[str]) -> object:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (f'<html lang="en"><head><meta charset="utf-8"><title>{headline} - Portside</title></head><body>'
            f'<article class="post"><div class="post-header"><h1 class="post-title">{headline}</h1></div>'
            f'<div class="body markup">{body}</div></article></body></html>')
    return extract_page(html, "https://portside.example.com/p/a-post")


_JANE = [
    "I came to this one late, after years of people telling me I would love it, and they were right. The author gives "
    "us an orphan who is sent away to a cold school and who grows up stubborn, plain and honest.",
    "Jane is the best thing here: she argues with everyone, she refuses the easy life, and she says what she thinks in "
    "a voice that still sounds modern. When Jane walks out into the moor with nothing, I was furious and proud at once.",
    "The middle drags with the cousin and his missionary plans, and the madwoman in the attic has aged badly. But the "
    "last chapters are perfect. Four stars from me.",
]


def test_heroine_given_name_does_not_vouch_as_family_name():
    assert not Context("\n".join(_JANE), [], "en").vouches_for("Jane Eyre")
    record = _page("Charlotte Brontë, Jane Eyre", _JANE)
    assert record.book_author != "Jane Eyre" and record.book_title != "Charlotte Brontë"


_GUEST = [
    "My friend Sally pressed this on me at book club, and Sally is never wrong about sea stories.",
    "Ama Okonkwo writes a harbour town so real I could smell the tar. A clerk marries late to prove he is still a man "
    "of standing, and the whole town watches.",
    "The middle sags, but the last chapters held me for days. Four stars.",
]


def test_friend_called_by_given_name_is_no_writer():
    assert not Context("\n".join(_GUEST), [], "en").vouches_for("Sally Weston")
    record = _page("The Clerk's Wedding – Sally Weston", _GUEST)
    assert record.book_author != "Sally Weston"


def test_family_name_opening_the_review_still_vouches():
    text = "Ndiaye wrote this little book in 1973. Late in the book Ndiaye lets the clerk speak at last."
    assert Context(text, [], "en").vouches_for("Ndiaye Mamadou")


def test_signature_dated_by_month_is_no_bracketed_record():
    from scraper.extract.citedrecord import bracketed_record
    assert not bracketed_record("Sara Holt, Reviews Editor (March, 2026)")
    assert not bracketed_record("Marta Vidal, Porto (Outubro, 2024).")
    assert bracketed_record("Paulo Freire, Pedagogia do Oprimido (Paz e Terra, 1970).")


def test_signature_closing_an_essay_is_no_book():
    import sys
    sys.path.insert(0, __file__.rsplit("/", 1)[0])
    from test_short_latin_s35 import _cited
    record = _cited("<p><em>Sara Holt, Reviews Editor (March, 2026)</em></p>")
    assert record.book_title != "Sara Holt" and record.book_author != "Reviews Editor"
