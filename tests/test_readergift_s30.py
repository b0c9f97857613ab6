"""A copy a reader or a friend sent the writer from where they live ("A reader in Leeds sent me a copy …") is a gift,
not a free copy given for review: the named-giver rule of copywords.RECEIVED_FOR_REVIEW reads a capitalised giver
before "sent me a copy", and a place after "in" is no giver. Near misses that stay disclosures: a named house or
person that sent the copy ("Harlow Press sent me a copy", "Penguin kindly sent us the proof"), the publisher's
publicist in a town ("A publicist in London sent me a copy … in exchange for an honest review")."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.notes import disclosure_in


def _post(first: str) -> str:
    rest = ("<p>The novel follows two sisters who inherit a failing orchard and a feud with the neighbours. The "
            "writing is plain and warm, and the middle section about the winter pruning is the best thing in it.</p>"
            "<p>It sags a little in the last third, but I cared about both sisters until the final page.</p>"
            "<p>Recommended for anyone who likes quiet family novels.</p>")
    return ('<html lang="en"><head><meta charset="utf-8"><title>The Orchard Year by Ruth Hale</title></head><body>'
            f'<article class="post"><h1>The Orchard Year by Ruth Hale</h1><div class="entry-content"><p>{first}</p>'
            f'{rest}</div></article></body></html>')


def test_a_readers_gift_is_no_disclosure():
    for first in ("A reader in Leeds sent me a battered copy of The Orchard Year with a note saying I would love it.",
                  "My cousin in Toronto sent me a copy of this for my birthday, and I read it in two days.",
                  "An old pupil in Cork sent me the book last spring, and it sat on my shelf until this month."):
        record = extract_page(_post(first), "https://blog.example.net/orchard-year/")
        assert record.disclosure is None, (first, record.disclosure)


def test_a_named_giver_still_discloses():
    for sentence in ("Harlow Press sent me a copy of this novel.", "Penguin kindly sent us the proof last month.",
                     "Bloomsbury sent me an early edition to read."):
        assert disclosure_in(sentence), sentence
    record = extract_page(_post("Harlow Press sent me a copy of this novel; all opinions are my own."),
                          "https://blog.example.net/orchard-year/")
    assert record.disclosure is not None
