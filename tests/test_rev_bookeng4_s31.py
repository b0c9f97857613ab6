"""Misfires of the bookeng4 rules on pages they were not written for (review of 6 Dec 2026, night):

- a rating-classed score in a card of another book inside the post ("You may also like" › card, a "Read also" box
  that links on) is not the reviewer's rating (ratingblocks._post_box);
- "Next week's book: T" as a later heading of a letter announces another book: only the body's first heading names
  the issue's book without a second mention (booklabelrun.owned_column);
- a deck "A's Paris Years, …" about a person, whose text says "the Paris Years" only, names no book
  (bookstandfirst._plain_owned);
- "Reviewed by: A, T." is a credit's label, not a record's: A is not the author (booklabelrun.field_author).
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.booklabelrun import owned_column

_REVIEW = ("<p>The novel follows a lighthouse keeper's widow through her first winter alone on the rock, with the supply "
           "boat late, the lamp failing and letters from her sister that she cannot bring herself to open.</p>"
           "<p>Marrow writes the weather as a character: fog that sits for a week, a gale that throws stones at the "
           "windows, a calm so total that she hears her own heart. The widow is prickly and funny, never a saint.</p>"
           "<p>The middle section circles a little, but the last fifty pages, when the boat finally comes, are as "
           "tense as any thriller I read this year, and the final letter made me put the book down for a while.</p>")


def _page(extra: str) -> str:
    return ('<html lang="en"><head><meta charset="utf-8"><title>A winter on the rock</title></head><body>'
            f'<article class="post"><h1>A winter on the rock</h1><div class="post-body">{_REVIEW}{extra}</div>'
            '</article></body></html>')


def test_a_rated_card_of_another_book_is_not_the_rating():
    for card in ('<div class="related"><h3>You may also like</h3><div class="card"><p><b>Salt and Iron</b></p>'
                 '<p>Jo Penn</p><p class="rating">★★★★</p></div></div>',
                 '<aside class="also-like"><p>Read also: <a href="/salt">Salt and Iron</a></p>'
                 '<p class="star-rating">★★★★½</p></aside>'):
        record = extract_page(_page(card), "https://blog.example.com/2026/12/keeper/")
        assert record.rating is None, (card, record.rating_raw)


def test_the_post_books_box_still_rates():
    box = '<div class="factBox"><p><strong>The Keeper</strong></p><p>Ada Marrow</p><p>312 pages</p><p class="rating">★★★½</p></div>'
    assert extract_page(_page(box), "https://blog.example.com/2026/12/keeper/").rating == 0.7


_LETTER = ("<p>Good morning, and welcome to the new readers who arrived after last week's explainer.</p>"
           "<h2>The book I give my cousins</h2>"
           "<p>Whenever a cousin tells me they are bad at economics, I hand them Nora Ambe's book. It first came out in "
           "2004 and has been revised twice; I reread the latest edition for this issue.</p>"
           "<p>Ambe's trick is to take the ten ideas that do most of the work in the field and explain each with a "
           "story instead of a graph. The chapter on central banks is the clearest short explanation I know.</p>"
           "<p>My complaint is that the book is cheerfully American. Still: clear, funny and generous.</p>"
           "<h2>{heading}</h2><p>Get a copy from your library, it is short.</p>")


def test_a_later_owned_heading_announces_another_book():
    for heading in ("Next week's book: River Of Glass", "Last week's book: River Of Glass"):
        html = ('<html lang="en"><head><meta charset="utf-8"><title>Issue 12: The book I give my cousins</title></head>'
                f'<body><main><h1>Issue 12: The book I give my cousins</h1><div class="email-body">'
                f'{_LETTER.format(heading=heading)}</div></main></body></html>')
        record = extract_page(html, "https://letters.example.com/archive/issue-12")
        assert record.book_title != "River Of Glass", heading
    assert owned_column("This week's book", "This week's book: T", ["This week's book: T", "Elsewhere"])
    assert not owned_column("Next week's book", "Next week's book: T", ["Intro", "Next week's book: T"])


_LIFE = ("<p>I came to this biography expecting the usual parade of dates, and found instead a patient and funny portrait "
         "of a woman who spent forty years mapping the rivers of the north. Holt has read every letter Marta Kell wrote.</p>"
         "<p>Kell was stubborn and often wrong about people, and Holt does not hide it; the chapters on her quarrel with "
         "the survey office are the best in the book. The Paris Years were, Holt argues, the making of her.</p>"
         "<p>The last third drags, with too many expeditions told in the same way, but it is a generous book about an "
         "ungenerous woman, and Kell would have hated and loved it. Holt writes well.</p>")


def test_a_deck_owning_a_time_of_a_life_names_no_book():
    html = ('<html lang="en"><head><meta charset="utf-8"><title>A mapper of rivers</title></head><body><article>'
            '<h1>A mapper of rivers</h1><p class="subtitle">Marta Kell\'s Paris Years, and the forty years after them</p>'
            f'<div class="entry-content">{_LIFE}</div></article></body></html>')
    record = extract_page(html, "https://walks.example.com/kell/")
    assert record.book_title != "Paris Years"


def test_a_credit_label_does_not_name_the_author():
    html = ('<html lang="en"><head><meta charset="utf-8"><title>Paper Lanterns – reviewed by Sam, S2</title></head><body>'
            '<article class="post"><h1 class="entry-title">Paper Lanterns – reviewed by Sam, S2</h1><div class="entry-content">'
            "<p>This book is written like poems but it is really a story, so it is quick to read. It is about a boy who "
            "moves to a new city with his aunt after his house floods. Imani Okoro wrote it after teaching for years.</p>"
            "<p>My favourite part was when he makes paper lanterns for the river festival and the other kids finally "
            "talk to him. The ending made me a bit sad but happy too.</p><p><strong>Rating:</strong> 8/10</p>"
            "<p><strong>Reviewed by:</strong> Sam Green, Paper Lanterns. Year 8.</p></div></article></body></html>")
    record = extract_page(html, "https://library.example.org/paper-lanterns-sam/")
    assert record.book_author != "Sam Green"


_SPORT = ("<p>Everyone who followed the sport in the nineties remembers the final at the old ground, and so it is odd "
          "to open Miro Castellan's own account and find how little of himself he lets the reader see in it.</p>"
          "<p>The book moves season by season from the club nets to the farewell match. Castellan is good on the grind: "
          "the injuries, the rehab, the fear of never playing again, the long evenings alone in hotel rooms abroad.</p>"
          "<p>Where it disappoints is anything that might offend. Rivals and coaches are all described with the "
          "politeness of a man who still has to meet them at dinners, and the prose is plain to a fault. Castellan's "
          "earlier Early Overs was better.</p>")


def test_a_three_line_card_of_the_authors_other_book_is_not_the_book():
    html = ('<html lang="en"><head><meta charset="utf-8"><title>The quiet captain speaks, a little</title></head><body>'
            '<article class="post"><h1>The quiet captain speaks, a little</h1><div class="post-body">'
            f'{_SPORT}<div class="also-by"><p><b>Early Overs</b></p><p>Miro Castellan</p><p>Harbour House, 2019</p></div>'
            '</div></article></body></html>')
    record = extract_page(html, "https://paper.example.com/books/quiet-captain-1234.html")
    assert record.book_title != "Early Overs"


_STUDY = ("<p>Orwell went to Spain to report and stayed to fight. Homage to Catalonia came out of those months, and this "
          "new study reads it line by line against the archives. The author is careful and never dull, and quotes "
          "Homage to Catalonia at length.</p><p>She shows how much Orwell cut, and why, and the chapter on the May days "
          "is excellent. She is less good on the politics, where she mostly agrees with him. Still, the best book on "
          "Orwell in Spain I know.</p><p>I would give it four stars out of five: a careful, readable study.</p>")


def test_a_cited_inverted_record_is_another_work():
    from lxml.html import fromstring
    from scraper.extract.bookinverted import inverted_record
    for lead in ("<b>Further reading:</b> ", "Source: "):
        post = fromstring(f"<div>{_STUDY}<p>{lead}Orwell, George. <em>Homage to Catalonia</em>. Secker, 1938.</p></div>")
        assert inverted_record(post) is None, lead
    post = fromstring(f"<div>{_STUDY}<p>Stock no. 4 · Orwell, George. <em>Homage to Catalonia</em>. Secker, 1938.</p></div>")
    assert inverted_record(post) is not None
