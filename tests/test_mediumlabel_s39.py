"""The medium's label opening a headline ("Video: T van A", "Podcast – T by A", "Folge 12: T von A") is no part of the
book's title (mediumlabel, formats39a); a title whose own head stands before its colon stays whole."""

import pytest

from scraper.extract import extract_page
from scraper.extract.book import Book
from scraper.extract.mediumlabel import unlabelled

_PARAS = {
    "en": ["{surname} sets the whole novel in one winter on a salt marsh, and the book never leaves the mud, the birds "
           "or the widow who keeps the sluice gates, which is both its strength and, by the end, its limit.",
           "The prose is plain and exact; I loved the tide tables that open each chapter, and I was less sure about a "
           "late turn into a thriller that {surname} does not seem to believe in either.",
           "A cold, honest book, and I finished it in two evenings with the window open."],
    "nl": ["{surname} laat de hele roman spelen in één winter op een kwelder, en het boek verlaat nooit de modder, de "
           "vogels of de weduwe die de sluisdeuren bedient; dat is de kracht en aan het eind ook de grens ervan.",
           "Het proza is eenvoudig en precies. De getijdentabellen boven elk hoofdstuk vond ik prachtig, de late "
           "wending naar een thriller minder; ik denk niet dat {surname} er zelf in gelooft.",
           "Een koud, eerlijk boek, dat ik in twee avonden heb uitgelezen."],
    "de": ["{surname} erzählt den ganzen Roman in einem Winter auf der Salzwiese, und das Buch verlässt nie den Schlick, "
           "die Vögel oder die Witwe, die die Schleusentore bedient: seine Stärke und am Ende seine Grenze.",
           "Die Sprache ist schlicht und genau. Die Gezeitentabellen vor jedem Kapitel habe ich geliebt, die späte "
           "Wendung zum Thriller weniger; ich glaube nicht, dass {surname} selbst daran glaubt.",
           "Ein kühles, ehrliches Buch, das ich an zwei Abenden gelesen habe."],
}
_SCORE = {"en": "Rating: 4/5", "nl": "Cijfer: 8/10", "de": "Bewertung: 4 von 5"}


def _page(headline, lang, surname):
    paras = "".join(f"<p>{p.format(surname=surname)}</p>" for p in _PARAS[lang])
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{headline} | Kwelder</title></head><body>"
            "<header><a href='/'>Kwelder</a></header><article class='post'>"
            f"<h1 class='post-title'>{headline}</h1><div class='post-content'>"
            # (the video the post plays: a bare medium's word is read as the label only then, rev-formats39a)
            "<iframe src='https://www.youtube-nocookie.com/embed/Kw31der' title='winter'></iframe>"
            f"{paras}<p>{_SCORE[lang]}</p></div>"
            "</article></body></html>")


@pytest.mark.parametrize("headline, lang, title, author", [
    ("Video: De zoute winter van Maren Dijkhuis", "nl", "De zoute winter", "Maren Dijkhuis"),
    ("Vlog – The Salt Winter by Maren Dyke", "en", "The Salt Winter", "Maren Dyke"),
    ("Folge 12: Der salzige Winter von Maren Deich", "de", "Der salzige Winter", "Maren Deich"),
])
def test_the_mediums_label_is_no_part_of_the_title(headline, lang, title, author):
    record = extract_page(_page(headline, lang, author.split()[-1]), "https://kwelder.example.org/2026/12/winter/")
    assert record.kind == "review", record.reason
    assert (record.book_title, record.book_author) == (title, author)


@pytest.mark.parametrize("title", [
    "Salt: A Winter on the Marsh",      # the title's own head before its colon
    "Videodrome Nights",                # a medium word opening a longer word
    "Episode: The Last Tide",           # an episode's word with no number: a title's word
    "Video",                            # nothing after it
])
def test_a_title_that_opens_otherwise_stays_whole(title):
    assert unlabelled(Book(title, "Maren Dyke", source="title")).title == title


def test_only_the_headlines_title_is_read_so():
    # (a title read from a record or the body keeps its words: the label is the headline's)
    assert unlabelled(Book("Video: A Life", "Maren Dyke", source="body")).title == "Video: A Life"
