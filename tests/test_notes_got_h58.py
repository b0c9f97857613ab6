"""Free-copy notes given to "us" and books that "got" something, on reviews of our own invention.

notegift._MINE reads the plural "us" of the Slavic languages (bg/mk "ни", ru/uk "нам", hr/pl "nam", cs "nám") as the
writer given the copy; notegift._negated reads a Slavic "not" in the giver's clause ("не", "nie", "nije"); notegot.arrived
takes a Nordic verb of getting (sv "fått"/"fick", nb "fikk", da "fik") as a copy arriving only when the writer got it or
the publisher gave it, not when an edition got an afterword or a novel a prize.
"""

from __future__ import annotations

import pytest

from scraper.extract.notes import read_notes

PARAS = [
    "The novel follows two brothers who inherit an old mill in the hills and must decide whether to sell it before winter.",
    "The middle sags a little, but the flood at the end is written with real force and I read it in one evening.",
    "The dialogue is dry and quick, and the village around the mill feels lived in rather than painted on.",
    "I would hand it to anyone who likes quiet family stories, and I will look out for whatever comes next from her.",
]


def _md(*blocks: str) -> str:
    return "\n\n".join(blocks)


@pytest.mark.parametrize("note", [
    "Издателството ни изпрати книгата за рецензия.",  # bg: the house sent us the book for review
    "Книгата ни беше предоставена от издателството за тази рецензия.",  # bg: the book was provided to us by the house
    "Knjigu nam je poslala izdavačka kuća.",  # hr: the publishing house sent us the book
    "Izdavač nam je poklonio knjigu za recenziju.",  # hr: the publisher gave us the book for review
])
@pytest.mark.parametrize("at_start", [True, False])
def test_a_copy_given_to_us_at_the_edge_is_a_disclosure(note, at_start):
    blocks = [note, *PARAS] if at_start else [*PARAS, note]
    assert read_notes(_md(*blocks)).disclosure == note


@pytest.mark.parametrize("note", [
    "Jag har fått boken av förlaget.",  # sv: I got the book from the publisher
    "Vi har fått boken gratis.",  # sv: we got the book free
    "Boken har jeg fått som gave fra forlaget.",  # nb: I got it as a gift from the publisher
    "Jeg fik bogen tilsendt af forlaget.",  # da: I was sent the book by the publisher
])
def test_a_copy_the_writer_got_is_still_a_disclosure(note):
    assert read_notes(_md(*PARAS, note)).disclosure == note


@pytest.mark.parametrize("note", [
    # sv, nb, da: an edition or a novel that got something (an afterword, a foreword, a prize, a cover)
    "Den här utgåvan har fått ett nytt förord som sätter boken i sitt sammanhang. Det är värt att läsa, men inte nödvändigt.",
    "Romanen har fått ett efterord av en historiker, och boken känns fräschare nu.",
    "Boken fikk en pris i fjor, og den nye utgaven har fått et etterord.",
    "Bogen fik en ny forside i år, og den nye udgave har et efterord.",
    # bg, ru, pl, hr: the house did not send it
    "Издателството не ни изпрати книгата; купих я сама.",
    "Издательство не прислало ни одной книги для рецензии.",
    "Wydawnictwo nie przysłało nam książki.",
    "Izdavač nam nije poslao knjigu.",
    # bg: the house reminds us of the book's year, nothing given
    "Издателството ни напомня, че книгата излезе през 1945 г.",
])
def test_near_misses_are_no_disclosure(note):
    assert read_notes(_md(*PARAS, note)).disclosure is None
