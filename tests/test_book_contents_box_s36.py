"""A newsletter's own table of contents before its prose (bookcontents): a list whose items are the post's headings word
for word, and the short label over it, are no opening paragraphs, so the sentence that names the book ("I finally read
A's *T*, her last novel") is still read as the opening. Near misses: a list of other books before the prose, a list only
some of whose items are headings, and a box whose label has other prose beside it."""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.bookcontents import contents_blocks

_SECTIONS = [
    ("The story, quickly", "Wren and her brother run a failing puppet theatre on a pier, and the season is nearly over. "
     "Their landlord wants the pier for flats, and the town has stopped coming to the shows."),
    ("The brother", "Tobias is the charmer and the liar, and Hollis gives him the best lines in the book. He is never "
     "quite as clever as he thinks, and the novel is kind to him anyway."),
    ("What might put you off", "The last act turns into a farce with a storm, a lost will and a wedding. I loved it, "
     "but Hollis stops trusting the small sad book underneath, and some readers will mind."),
]


def _page(box: str) -> str:
    sections = "".join(f"<h2>{h}</h2><p>{p}</p>" for h, p in _SECTIONS)
    return ('<html lang="en"><head><meta charset="utf-8"><title>Puppets at the end of the pier - by Ruth Anvil</title>'
            '</head><body><article class="newsletter-post post"><h1 class="post-title">Puppets at the end of the pier</h1>'
            f'<div class="available-content"><div class="body markup">{box}'
            "<p><em>A note first: this letter mentions a drowning, handled gently.</em></p>"
            "<blockquote><p>Every pier is a stage if the tide is out.</p></blockquote>"
            "<p>Hello friends, this month I finally read Della Hollis’s <em>The Salt Puppets</em>, her last novel, "
            "and I want to tell you about it while the sea air is still in my hair.</p>"
            f"{sections}<p>Until next time,<br>Ruth</p></div></div></article></body></html>")


_TOC = ('<div class="toc-block"><p><strong>In this letter</strong></p><ol>'
        + "".join(f"<li>{h}</li>" for h, _ in _SECTIONS) + "</ol></div>")


def test_contents_box_does_not_hide_the_opening():
    record = extract_page(_page(_TOC), "https://ruthanvil.substack.example.com/p/puppets-at-the-end-of-the-pier")
    assert (record.book_title, record.book_author) == ("The Salt Puppets", "Della Hollis")


def _body(box: str):
    return lxml_html.fromstring(_page(box)).xpath("//div[@class='body markup']")[0]


def test_contents_items_and_label_are_found():
    found = contents_blocks(_body(_TOC))
    assert sorted(" ".join(el.text_content().split()) for el in found) == sorted(
        ["In this letter", *(h for h, _ in _SECTIONS)])


def test_near_miss_list_of_other_books():
    box = "<ul><li>The Salt Puppets</li><li>Pier Lights</li><li>A Storm in July</li></ul>"
    assert contents_blocks(_body(box)) == set()


def test_near_miss_list_only_partly_headings():
    box = "<ol><li>The story, quickly</li><li>The brother</li><li>Something the letter never heads</li></ol>"
    assert contents_blocks(_body(box)) == set()


def test_near_miss_label_beside_other_prose_stays():
    # the list is the contents, but the box's first block is the letter's own prose, not a label: it stays
    box = ('<div class="intro"><p>Short one this week</p><p>I was ill for most of it.</p><ol>'
           + "".join(f"<li>{h}</li>" for h, _ in _SECTIONS) + "</ol></div>")
    found = contents_blocks(_body(box))
    assert len(found) == 3 and all(el.tag == "li" for el in found)
