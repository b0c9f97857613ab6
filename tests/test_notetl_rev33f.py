"""tl "nakatanggap" (received) reads a free copy only of the book (review rev33f), in our own words.

notewords.PROVIDED reads "nakatanggap … ng <copy>" (kopya, libro, aklat, ARC) as a giving; a free bookmark or a
tote bag from the publisher, beside a book the reviewer bought, is no free copy.
"""

from __future__ import annotations

from scraper.extract.notewords import PROVIDED


def test_the_copy_received_reads():
    for line in ("Nakatanggap ako ng libreng kopya mula sa publisher.",
                 "Nakatanggap kami ng isang advance na kopya mula sa Adarna.",
                 "Nakatanggap ang blog na ito ng libro mula sa may-akda para sa isang tapat na rebyu.",
                 "Nakatanggap ako ng ARC mula sa publisher."):
        assert PROVIDED.search(line), line


def test_another_thing_received_does_not():
    for line in ("Binili ko ang nobela sa isang tindahan. Nakatanggap din ako ng libreng bookmark mula sa publisher.",
                 "Nakatanggap ako ng tote bag sa book fair.",
                 "Nakatanggap siya ng sulat mula sa kanyang ina sa ikatlong kabanata."):
        assert not PROVIDED.search(line), line
