"""shortverdict.favourite (rev32c): "one of my favourite books" in more forms (nb "favorittbøker", de "mein
Lieblingsbuch", tr "en sevdiğim kitaplardan"), never a favourite person ("my favourite author wrote books …")."""

from __future__ import annotations

import pytest

from scraper.extract.shortverdict import favourite


@pytest.mark.parametrize("line", [
    "Dette er en av mine favorittbøker i år.",
    "Das ist ab sofort mein Lieblingsbuch.",
    "Bu roman en sevdiğim kitaplardan biri oldu.",
    "It is one of my favourite crime novels.",
    "Es uno de mis libros favoritos.",
])
def test_a_favourite_book(line):
    assert favourite([line])


@pytest.mark.parametrize("line", [
    "My favourite author wrote books about the sea.",
    "My favourite writer never writes novels this short.",
    "Our favourite poets read stories aloud.",
    "> It is one of my favourite books, says the blurb.",
])
def test_no_favourite_book(line):
    assert not favourite([line])
