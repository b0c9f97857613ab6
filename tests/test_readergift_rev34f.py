"""copywords, narrowed (rev34f): the named-giver rule no longer skips a place after "in" (a house "in London" sends
review copies too); a copy is a gift, no disclosure, when the giver the sentence names is a private person (a reader,
a friend, a follower, a colleague, a relative: copywords.private_gift) and the sentence names no trade nor review."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.notes import disclosure_in


def _post(first: str) -> str:
    rest = ("<p>The novel follows two brothers who inherit a failing boatyard and a feud with the harbour master. "
            "The writing is plain and warm, and the chapter about the winter launch is the best thing in it.</p>"
            "<p>It sags in the last third, but I cared about both brothers until the final page.</p>"
            "<p>Recommended for anyone who likes quiet family novels.</p>")
    return ('<html lang="en"><head><meta charset="utf-8"><title>The Boatyard by Ed Lowe</title></head><body>'
            f'<article class="post"><h1>The Boatyard by Ed Lowe</h1><div class="entry-content"><p>{first}</p>'
            f'{rest}</div></article></body></html>')


def test_a_house_in_a_town_discloses():
    for first in ("The kind marketing team at Tidewater in Bristol sent me a copy of this novel. Opinions my own.",
                  "Everyone at Harlow in Edinburgh sent me a proof of this book last spring."):
        record = extract_page(_post(first), "https://blog.example.net/boatyard/")
        assert record.disclosure is not None, first


def test_a_private_persons_gift_is_no_disclosure():
    for first in ("A follower from Cardiff sent me a copy after my post about sea novels, which was lovely.",
                  "A colleague in Glasgow sent me the book when she heard I was ill.",
                  "My old neighbour from Devon sent me a copy for Christmas."):
        record = extract_page(_post(first), "https://blog.example.net/boatyard/")
        assert record.disclosure is None, (first, record.disclosure)
    from scraper.extract.copywords import private_gift
    assert private_gift("Une lectrice de Lyon m'a envoyé ce livre pour mon anniversaire.")
    assert private_gift("Un amigo de Bilbao me envió el libro en verano.")
    assert private_gift("Eine Leserin aus Köln hat mir das Buch geschickt.")


def test_a_gift_for_review_still_discloses():
    from scraper.extract.copywords import private_gift
    assert not private_gift("A friend at the publisher sent me a copy in exchange for an honest review.")
    assert disclosure_in("Harlow Press in London sent me a copy of this novel.")
