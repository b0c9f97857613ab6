"""Misfires of the bookeng5 rules the rev-bookeng5 review found (round of 6–7 Dec 2026, night):

- bookenumerated.capital_list: a headline listing books reviewed together, "Dune, Emma and Beloved: three re-reads",
  whose subtitle counts its items, is no one title;
- bookartist: a picture book "written by A, illustrated by B" credits both; only a comic's script/art split drops B;
- bookbracketrecord: a record a lead-in introduces ("Compare the older one:" over it) cites another book;
- bookmarkedrecord._unlabelled: a bold label over a bare citation ("Read next: A, *T*, House, 1950") is no details box.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Book, Context
from scraper.extract.bookartist import without_artist
from scraper.extract.bookbracketrecord import bracket_record
from scraper.extract.bookenumerated import capital_list

_URL = "https://reads.example.com/2026/12/post.html"
_FILL = ("<p>The pacing in the middle is uneven, and one or two secondary characters are thinner than they should be, "
         "but the prose is clean and the dialogue sharp. I read most of it in two evenings and recommended it to my "
         "book club, who argued about the ending for an hour, which is always a good sign.</p>")


def _page(headline: str, body: str, lang: str = "en") -> str:
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{headline}</title></head><body>'
            f'<article class="post"><h1 class="entry-title">{headline}</h1><div class="entry-content">{body}</div>'
            '</article></body></html>')


# --- a headline listing several books, its subtitle counting them (bookenumerated.capital_list) ----------------------
_REREADS = ("<p>Every winter I go back to three old friends. This year it was Frank Herbert, Jane Austen and Toni "
            "Morrison, in that order, and they could not be more different.</p><p>Dune still works: the desert, the "
            "spice, the politics. Herbert's dialogue creaks, but the world holds. Emma is funnier than I remembered, "
            "and Austen's heroine more awful and more lovable. Beloved was the hardest, and the best; Morrison writes "
            "grief as weather.</p><p>If I had to keep one, it would be Beloved. But I will be back for all three next "
            "winter.</p>" + _FILL + "<p>Rating: 5/5</p>")


def test_a_counted_list_of_books_is_no_title():
    assert capital_list("Dune, Emma and Beloved: three winter re-reads") is None
    assert capital_list("Dune, Emma, and Beloved – 3 winter re-reads") is None
    assert capital_list("Drei, Vier und Fünf: zwei Bücher") == "Drei, Vier und Fünf"  # (a count that is not the list's)
    record = extract_page(_page("Dune, Emma and Beloved: three winter re-reads", _REREADS), _URL)
    assert record.book_title != "Dune, Emma and Beloved"


def test_a_list_title_with_an_article_subtitle_stays():
    assert capital_list("Fuchs, Mond und Laterne – ein Bilderbuch über das Warten") == "Fuchs, Mond und Laterne"
    assert capital_list("Salt, Smoke, and Honey: a kitchen memoir") == "Salt, Smoke, and Honey"


# --- a picture book's illustrator is its co-author (bookartist) -------------------------------------------------------
_PICTURE = ("<p>This picture book is a small wonder. Two boys dig a hole looking for something spectacular, and they dig "
            "and dig, and every time they turn away, a diamond sits just beyond the tunnel.</p><p>Barnett's text is "
            "deadpan, and Klassen's pictures show what the boys miss. My four-year-old laughed every time. Written by "
            "Mac Barnett, illustrated by Jon Klassen, as in their earlier books together.</p>" + _FILL +
            "<p>Rating: 5/5</p>")


def test_a_picture_books_illustrator_stays_an_author():
    record = extract_page(_page("The Diamond Hole – Mac Barnett and Jon Klassen", _PICTURE), _URL)
    assert record.book_author == "Mac Barnett and Jon Klassen"
    two = Book("The Diamond Hole", "Mac Barnett and Jon Klassen")
    assert without_artist(two, "Text by Mac Barnett. Illustrations: Jon Klassen.").author == "Mac Barnett and Jon Klassen"


def test_a_comics_script_and_art_split_still_drops_the_artist():
    two = Book("Les Rues", "Fatou Diallo et Paul Meyer")
    assert without_artist(two, "Scénario : Fatou Diallo · Dessin : Paul Meyer").author == "Fatou Diallo"
    assert without_artist(Book("Hollow", "Ana Ruiz and Tom Reed"), "Writer: Ana Ruiz / Art: Tom Reed").author == "Ana Ruiz"


# --- a bracketed record of another book under a lead-in (bookbracketrecord) -------------------------------------------
_NURSE = ("<p>Okafor's new novel, The Long Walk, follows a young nurse marched from village to village in the war. She "
          "tells it in plain sentences, and the plainness makes the deaths land. Okafor is the best writer of her "
          "generation.</p><p>The second half is a different book, a town built from nothing with a well and a cinema. "
          "I winced more than once, and Shute's shadow is everywhere; Shute did this first, and less kindly.</p>" + _FILL)


def test_a_cited_book_after_a_lead_in_is_not_the_book():
    body = _NURSE + "<p>Compare the older one:</p><p>Nevil Shute, A Town Like Alice (Heinemann, 1950).</p><p>Rating: 4/5</p>"
    record = extract_page(_page("A nurse on the road", body), _URL)
    assert record.book_title != "A Town Like Alice"
    text = "Shute wrote it. Shute again."
    lines = ["Shute wrote it.", "Compare the older one:", "Nevil Shute, A Town Like Alice (Heinemann, 1950)."]
    assert bracket_record(lines, Context(text)) is None
    assert bracket_record(lines[:1] + lines[2:], Context(text)) == ("A Town Like Alice", "Nevil Shute")


# --- a bold label over a bare citation (bookmarkedrecord._unlabelled) -------------------------------------------------
def test_a_labelled_bare_citation_is_not_the_book():
    body = _NURSE + ("<p><strong>Read next:</strong> Nevil Shute, <em>A Town Like Alice</em>, Heinemann, 1950.</p>"
                     "<p>Rating: 4/5</p>")
    record = extract_page(_page("A nurse on the road", body), _URL)
    assert record.book_title != "A Town Like Alice"


# --- a picture's caption opening the body, "Place, A (photo: B)" (bookopeningheading.opening_line) -------------------
_CAPTION = ("<p>Edinburgh, Ines Marlow (photo: Tom Reed)</p><p>I met Marlow at the book festival last summer, and her "
            "new novel is the reason I queued for an hour. Tomas is a tired ex-sailor who comes home and asks for work "
            "in the kitchens of the castle where he was a page.</p><p>Marlow writes politics like a chess game, and the "
            "court rots from inside. The romance arrives late and a bit tidy.</p>" + _FILL + "<p>Rating: 4/5</p>")


def test_a_captions_place_is_no_title():
    record = extract_page(_page("A tutor comes home", _CAPTION), _URL)
    assert record.book_title != "Edinburgh"
    from scraper.extract.bookopeningheading import opening_line
    text = "Marlow was there. Marlow again."
    for note in ("photo: Tom Reed", "© Tom Reed", "photo by Tom Reed"):
        assert opening_line([f"Edinburgh, Ines Marlow ({note})"], Context(text)) is None, note
    # (a copy's note, a house's name with its particle: still the record)
    assert opening_line(["The Salt Crown, Ines Marlow (Livre de Poche, well read)"], Context(text)).title == "The Salt Crown"
