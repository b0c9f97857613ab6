"""Helper asks68 of the holdout68 round, in our own words and markup: asks and chrome left inside the body.

- bylinelabels.by_word_first: the Breton/Cornish by-word ("gant", "gans") and a date spelt in words with its particles
  ("12 a viz Here 2025"), read by ``datelines`` as the byline under the standfirst;
- fundbox: a box of its own bidding the reader become the site's subscriber or member (memberask.BECOME_MEMBER, West
  Frisian "wurd"), or naming its subscribers with the periodical's reason (times a year, unlimited reading);
  memberask.PERIODICAL reads the Breton singular after a numeral ("pevar niverenn ar bloaz");
- notegift: the Breton publisher "embanner" as a house that gave the writer the copy;
- sitelines: a follow line closes the review's box when only the book's record line stands after it.

Near misses: a plot sentence opening on Breton "gant", a record box with a member in it, a paragraph naming
subscribers, a book published by a house (not given), a character following someone on a network over a record line.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.bylinelabels import by_word_first
from scraper.extract.memberask import PERIODICAL
from scraper.extract.notegift import edge_gift

_REVIEW = [
    "The novel follows a ferryman's widow who keeps her husband's boat running for one season, and each chapter is a "
    "crossing in which a passenger tells her something she would rather not have heard.",
    "What stays with me is how little the book explains: the village is drawn in a few strokes, and yet by the middle "
    "you know whose nets are mended by whom and who never pays the fare.",
    "The last crossings are hurried and the brother-in-law is a sketch, but the closing page is quietly perfect and I "
    "read it twice before I closed the book.",
    "I would give it to anyone who likes short novels about work and weather, and I mean to find her earlier stories.",
]


def _page(inserted: str, at: int = 4, tail: str = "", lang: str = "en") -> object:
    paragraphs = [f"<p>{p}</p>" for p in _REVIEW]
    paragraphs.insert(at, inserted)
    html = (f"<html lang='{lang}'><head><title>The ferry season - Ola Brenn | Tide Table</title></head><body>"
            f"<nav><a href='/'>Tide Table</a> <a href='/reviews'>Reviews</a></nav><main><article class='story'>"
            f"<h1>The ferry season - Ola Brenn</h1><div class='story-text'>{''.join(paragraphs)}{tail}</div></article></main>"
            f"<footer>Tide Table</footer></body></html>")
    return extract_page(html, "https://tidetable.example/reviews/ferry-season")


def test_breton_and_cornish_bylines_with_spelt_dates():
    assert by_word_first("Gant Maiwenn Kerboul · 12 a viz Here 2025")
    assert by_word_first("Gans Jenifer Trevenna · 3 mis Du 2026")
    assert by_word_first("Par Anne Morvan · 4 de desembre de 2026")
    # (a sentence opening on "gant", with, is no byline; nor a long line)
    assert not by_word_first("Gant ur blijadur vras em eus lennet al levr-mañ e 2025.")
    assert not by_word_first("Gant Maiwenn Kerboul hag he mignoned e oa bet skrivet ar c'hentañ levr a-bezh e 2025")


def test_breton_byline_under_standfirst_removed():
    html = ("<html lang='br'><head><title>Ar vag | Kelaouenn</title></head><body><article><h1>Ar vag ha he mestr</h1>"
            "<p class='lead'>Ur romant berr diwar-benn ar mor hag al labour.</p>"
            "<p class='meta'>Gant Maiwenn Kerboul · 12 a viz Here 2025</p>"
            + "".join(f"<p>{p}</p>" for p in _REVIEW) + "</article></body></html>")
    record = extract_page(html, "https://kelaouenn.example/lennadur/ar-vag")
    assert "Maiwenn Kerboul" not in record.body_text
    assert "ferryman's widow" in record.body_text


def test_periodical_reason_breton_singular_and_times_a_year():
    assert PERIODICAL.search("Pevar niverenn ar bloaz, e brezhoneg hepken.")
    assert PERIODICAL.search("Trije kear yn it jier nije ferhalen yn 'e bus.")
    assert PERIODICAL.search("Six times a year, straight to your door.")


def test_become_subscriber_box_removed_frisian_and_basque():
    box = ("<div class='abo'><h4>Wurd abonnee fan Tide Table</h4>"
           "<p>Trije kear yn it jier nije ferhalen en gedichten yn 'e bus.</p></div>")
    assert "abonnee" not in _page(box, lang="fy").body_text
    box = ("<div class='kutxa'><h4>Egin zaitez Tide Tableko bazkide</h4><p>Zure laguntza behar dugu kazetaritza "
           "librea egiteko.</p><a href='/bazkidetza'>Bazkidetu</a></div>")
    assert "bazkide" not in _page(box, at=2, lang="eu").body_text


def test_subscribers_box_with_unlimited_reading_removed():
    box = ("<div class='teaser'><p><strong>Solo para suscriptores.</strong> Suscríbete a Tide Table por 1 € el primer "
           "mes y lee sin límites.</p></div>")
    body = _page(box, at=2, lang="es").body_text
    assert "suscriptores" not in body and "ferryman's widow" in body


def test_boxes_about_the_book_stay():
    # (a record box naming a membership, a paragraph naming subscribers)
    box = ("<div class='info'><h4>About the author</h4><p>Ola Brenn became a member of the rowing club at sixteen and "
           "still rows twice a week.</p></div>")
    assert "rowing club" in _page(box).body_text
    line = ("<p>The ferry's subscribers, a dozen farmers who pay by the year, become members of a kind of family, and "
            "the widow reads them without limits of patience.</p>")
    assert "dozen farmers" in _page(line, at=2).body_text


def test_breton_publisher_gift_is_a_disclosure():
    assert edge_gift("Kaset e oa bet al levr din gant an embanner.", 5, 6)
    assert not edge_gift("Embannet eo bet al levr gant an embanner e 2024.", 5, 6)
    assert not edge_gift("N'eo ket bet roet din gant an embanner.", 5, 6)


def test_follow_line_over_record_line_removed():
    record = "<p>Ola Brenn, The ferry season, novel, second edition, 2025.</p>"
    for line in ("Heuliit ac'hanomp war Instagram evit an adlennoù nevez.", "Leanaibh sinn air Instagram airson lèirmheasan ùra."):
        body = _page("", tail=f"<p>{line}</p>{record}").body_text
        assert "Instagram" not in body
        assert "I would give it" in body and "second edition" in body
    # (a character's following over the record line is the story's)
    tail = ("<p>In the sequel, she follows her nephew on Instagram to learn where he went.</p>"
            "<p>Ola Brenn, The ferry season, novel, second edition, 2025.</p>")
    assert "Instagram" in _page("", tail=tail).body_text
