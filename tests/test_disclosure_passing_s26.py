"""copywords.DISCLOSED: a free-copy disclosure said in passing inside a paragraph, the label after a conjunction or a
few words ("And full disclosure, House sent me the box set", "En toute transparence, …", "Por transparencia, …", "Zur
Transparenz: …"), read with a giving to the writer and a book (or a set of books) as the thing given. Texts invented
for these tests, in our own words."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.notes import disclosure_in

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ember Road spoiler-free review | Reading Aloud</title>
</head><body><header><a href="/">Reading Aloud</a></header><main><article><h1>Ember Road spoiler-free review</h1>
<div class="entry-content">
<p>[00:00] Hi all, welcome back. Today it's Ember Road by Tomas Reyes, the one you kept asking about.</p>
<p>[00:40] The setup: a courier crosses a burnt-out province with a letter nobody is allowed to read.</p>
<p>[02:10] Loved the landscape writing, the courier's stubbornness and the letter itself. Reyes knows when to stop.</p>
<p>[04:30] Final verdict: four stars. {last}</p></div></article></main><footer>Reading Aloud</footer></body></html>"""


def test_a_transcripts_passing_disclosure():
    last = "Oh and full disclosure, Harbour &amp; Finch sent me the hardback box set, but that changes nothing here."
    record = extract_page(PAGE.format(last=last).encode(), "https://readingaloud.example/episodes/ember-road")
    assert record.is_review, record.reason
    assert record.disclosure and "box set" in record.disclosure


def test_passing_disclosures_in_more_languages():
    assert disclosure_in("Et en toute transparence, les éditions du Môle m'ont envoyé le livre, merci à elles.")
    assert disclosure_in("Zur Transparenz: Der Kieselverlag hat mir das Buch geschickt.")
    assert disclosure_in("Por transparencia, la editorial Faro me envió el libro hace un mes.")
    assert disclosure_in("Also, disclaimer: the publicist sent me both paperbacks last spring.")


def test_near_misses_are_no_disclosure():
    # the label with no book given
    assert not disclosure_in("Full disclosure: I did not finish the book.")
    assert not disclosure_in("In the interest of full disclosure, I bought the box set myself.")
    # the same words in the reviewer's prose, no label opening the sentence
    assert not disclosure_in("The disclosure scene, where she is sent the book by her sister, hurts.")
    # a disclosure word the sentence does not open with
    assert not disclosure_in("I loved how the novel handles disclosure: the letter sent to him, a book of secrets.")
    record = extract_page(PAGE.format(last="Oh and the box set my sister gave me is gorgeous.").encode(),
                          "https://readingaloud.example/episodes/ember-road")
    assert record.disclosure is None
