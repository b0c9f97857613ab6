"""A link round a set-off title and its by-line, "<a><strong>T</strong> by A</a>" (a reading log's link to the book's
record, a shop's): ``bookopening.marked_paragraphs`` reads the inner mark as the title and the rest as its by-line,
not the whole link as one title. Near misses: a link whose inner mark is followed by more of the title (no by-word), a
link holding only the title, a plain link "T by A" with no inner mark, several marks in one link.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from lxml.html import fromstring

from scraper.extract import extract_page
from scraper.extract.bookopening import from_paragraph, marked_paragraphs


def _first(html: str) -> str:
    return marked_paragraphs(fromstring(f"<div>{html}</div>"))[0]


def test_the_inner_mark_is_the_title_in_several_languages():
    assert _first('<p>Just finished <a href="/b/1"><strong>The Salt Orchard</strong> by Maren Oakes</a>.</p>') \
        == "Just finished “The Salt Orchard” by Maren Oakes."
    assert _first('<p>Terminé <a href="/l/2"><i>La casa del faro</i> de Lucía Berrocal</a> anoche.</p>') \
        == "Terminé “La casa del faro” de Lucía Berrocal anoche."
    assert _first('<p>Gelesen: <a href="/b/3"><em>Die stille Werft</em> von Hanno Albrecht</a>, endlich.</p>') \
        == "Gelesen: “Die stille Werft” von Hanno Albrecht, endlich."
    assert _first('<p>Lu cette semaine <a href="/l/4"><b>Le jardin des marées</b> par Odile Garnier</a>.</p>') \
        == "Lu cette semaine “Le jardin des marées” par Odile Garnier."
    assert from_paragraph(_first('<p>Finished <a href="/b/1"><strong>The Salt Orchard</strong> by Maren Oakes</a> '
                                 'on the bus home.</p>')) == ("The Salt Orchard", "Maren Oakes")


def test_near_misses_keep_the_whole_link():
    # the inner mark is part of the title, no by-word after it
    assert _first('<p>I reread <a href="/b/5"><i>Harbour</i> Lights Again</a> this week.</p>') \
        == "I reread “Harbour Lights Again” this week."
    # the link holds the title alone: as before
    assert _first('<p>I read <a href="/b/6"><strong>The Salt Orchard</strong></a> by Maren Oakes.</p>') \
        == "I read “The Salt Orchard” by Maren Oakes."
    # no inner mark: the link is one set-off span
    assert _first('<p>See <a href="/b/7">my notes on rain by the sea</a> for more.</p>') \
        == "See “my notes on rain by the sea” for more."
    # text before the inner mark: one span
    assert _first('<p>See <a href="/b/8">the new <b>Orchard</b> by Maren Oakes</a> here.</p>') \
        == "See “the new Orchard by Maren Oakes” here."


_PAGE = """<html><head><title>Notes</title></head><body><article class="h-entry"><div class="e-content">
<p>Finished <a href="https://books.example.org/9780000000001"><strong>The Salt Orchard</strong> by Maren Oakes</a> 📚</p>
<p>A widow keeps an orchard on a sea cliff and slowly lets a stranger into her grief; the salt gets into every page. It
is quiet and patient, and the last chapter, where the storm finally comes, is the best thing I have read this autumn.
I wanted a little more of the sister, who vanishes halfway, but the ending earns its calm. Grade: A-</p>
</div></article></body></html>"""


def test_a_short_reading_log_review_reads_its_linked_book():
    record = extract_page(_PAGE, "https://notes.example.org/2026/11/02/finished-the-salt-orchard.html")
    assert record.is_review
    assert (record.book_title, record.book_author) == ("The Salt Orchard", "Maren Oakes")
    assert record.rating_raw == "A-"
