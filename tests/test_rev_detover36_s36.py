"""Misfires of detover36's rules (rev-detover36): the plural denial read in any sentence that says "… are not reviews"
or "keine Rezensionen"; the denial outranking a book read in a heading even when it is only a hedge ("not a proper
review, just my thoughts"); the excerpt words of more languages read as labels where they are everyday nouns
("Ukázka poctivého psaní"); a table of a review's quoted lines and their speakers read as books and makers."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.booktable import table_titles
from scraper.extract.excerptpost import offers_excerpt
from scraper.extract.reviewed import denies_review


def _post(title: str, body: str, url: str = "https://fieldnotes.example.org/2026/11/weekend/") -> object:
    html = (f"<html><head><title>{title}</title></head><body class='single single-post'><article class='post'>"
            f"<h1 class='entry-title'>{title}</h1><div class='entry-content'>{body}</div></article></body></html>")
    return extract_page(html, url)


_REST = ("<h2>The Salt Gardens by Marta Keller</h2><p>Marta Keller's novel follows a family on a northern coast across three "
         "generations and one house that slowly sinks into the sand. The prose is plain and exact, the characters are alive, "
         "and the ending made me cry on the train. The middle drags a little, but I forgive it that. Keller finds images for "
         "the mother's grief that I will not forget soon.</p><p>The grandmother is the best thing in it: sharp, funny, unfair "
         "to everyone and right about most of them. Keller gives her the last word in nearly every scene, and when she finally "
         "loses an argument, to her youngest grandson of all people, I laughed out loud. The translation reads smoothly and "
         "never calls attention to itself, which is the highest praise I know.</p><p>I read The Salt Gardens in two evenings "
         "and gave it to my sister straight after. Read it, ideally in winter, and read it slowly.</p>")


def test_plural_review_talk_of_other_things_is_no_denial():
    assert not denies_review(["Star ratings are not reviews, and I have been asked what I really thought."])
    assert not denies_review(["Ich schreibe normalerweise keine Rezensionen, aber dieses Buch hat mich nicht losgelassen."])
    assert not denies_review(["Ik schrijf normaal geen recensies, maar voor dit boek maak ik een uitzondering."])
    assert not denies_review(["Es gibt noch keine Rezensionen."])


def test_review_that_says_ratings_are_not_reviews_stays_one():
    record = _post("My reading weekend", "<p>Star ratings are not reviews, and I have been asked more than once what I "
                   "really thought, so here goes.</p>" + _REST)
    assert record.is_review and record.book_title == "The Salt Gardens"


def test_review_by_one_who_seldom_writes_reviews_stays_one():
    record = _post("Mein Lesewochenende", "<p>Ich schreibe normalerweise keine Rezensionen, aber dieses Buch hat mich "
                   "nicht losgelassen.</p>" + _REST)
    assert record.is_review


def test_hedged_denial_does_not_outrank_a_heading_book():
    record = _post("My reading weekend", "<p>This is not a proper review, just my thoughts after finishing it last "
                   "night.</p>" + _REST)
    assert record.is_review and record.book_title == "The Salt Gardens"


def test_everyday_noun_is_no_excerpt_label():
    assert not offers_excerpt("Ukázka poctivého psaní: Žítkovské bohyně, Kateřina Tučková")
    assert not offers_excerpt("Minden részlet számít – Szabó Magda: Az ajtó")
    assert not offers_excerpt("Tiukka ote: Sofi Oksanen, Puhdistus")
    assert offers_excerpt("Odlomak: „Tiha reka“ Ane Petrović") and offers_excerpt("Отрывок из романа «Тихая река»")


def test_czech_review_under_a_demonstration_headline_stays_one():
    cs = ("<p>Román Kateřiny Tučkové Žítkovské bohyně jsem četla podruhé a znovu mě pohltil. Dora pátrá po osudu své tety "
          "a odkrývá příběh bílých Karpat, žen, které léčily, věštily a byly za to pronásledovány. Tučková píše hutně, ale "
          "čtivě, a archivní dokumenty střídá s vyprávěním tak, že se od knihy nedá odtrhnout.</p><p>Střední část je trochu "
          "dlouhá, ale konec je silný a smutný. Žítkovské bohyně jsou knihou o paměti krajiny a o tom, jak stát ničí to, "
          "čemu nerozumí. Doporučuji všem, kdo mají rádi pomalé, poctivé romány.</p>")
    record = _post("Ukázka poctivého psaní: Žítkovské bohyně, Kateřina Tučková", cs + cs,
                   "https://ctenarka.example.cz/2026/10/bohyne/")
    assert record.is_review


def test_table_of_quoted_lines_and_speakers_lists_no_books():
    lines = ["| Line | Where |", "|---|---|", "| “Reader, I married him.” — Jane Eyre | ch. 38 |",
             "| “I am no bird; and no net ensnares me.” — Jane Eyre | ch. 23 |",
             "| “You transfix me quite.” — Edward Rochester | ch. 15 |", "| “I care for myself.” — Jane Eyre | ch. 27 |"]
    assert table_titles(lines) == set()
