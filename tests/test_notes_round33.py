"""Free-copy disclosures (holdout33 round, helper NOTES), in our own words, with near misses: a giver naming itself
and sending "us" the copy (a shop's or a club's newsletter), a copy got and said to be free ("got a free ebook copy",
fr, es, de), the lower-case "i" of a casual post before its getting, tr a publisher sending the copy as a gift."""

from __future__ import annotations

import pytest

from scraper.extract import notes
from scraper.extract.notes import disclosure_in


@pytest.mark.parametrize(
    "text",
    [
        "Harrowgate Press kindly sent us an early copy in the spring; the shop has since ordered forty more.",
        "Gullwing Books sent us the proof edition in March.",
        "i got a free audiobook copy from the author's street team, my thoughts are still mine",
        "I received a free digital copy, and this is my honest opinion.",
        "J'ai reçu un exemplaire numérique gratuit, merci à la maison.",
        "Recibí un ejemplar gratuito de la novela; mi opinión es sincera.",
        "Wir haben ein kostenloses Leseexemplar erhalten, danke dafür.",
        "Yayınevi bu romanı kitap kulübümüze hediye olarak gönderdi, teşekkürler.",
        "Yayınevimiz dostu kitabı bana yolladı, yorumlar bana ait.",
    ],
)
def test_a_copy_sent_to_us_or_got_free_is_a_disclosure(text):
    assert disclosure_in(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "i got a free afternoon at last and finished it in one sitting.",  # free, but no copy
        "I got a new edition at the market for two pounds.",  # a copy, but bought
        "My neighbour sent us a postcard from the coast of the island where it is set.",  # sent us, no copy
        "Annem bu kitabı bana hediye olarak gönderdi, çok sevindim.",  # tr: a gift from the family, no publisher
        "Yayınevi geçen yıl bu kitabın yeni baskısını çıkardı.",  # tr: the publisher named, no sending
        "i got a free ebook copy in last month's giveaway policy draw, if you enter you might too",  # a policy, an "if"
    ],
)
def test_near_misses_are_not_disclosures(text):
    assert disclosure_in(text) is None


def test_the_disclosure_closing_a_newsletter_before_its_sign_off_is_read():
    blocks = [("text", "The novel follows a lock keeper on a quiet canal through one long wet winter and the floods.")] * 5 + [
        ("text", "Mossbank Editions kindly sent us a proof copy; we have sold a good many finished ones since."),
        ("text", "See you at the shop,"), ("text", "Ana and Jo at the Lockside Bookshop")]
    assert notes.find_disclosure(blocks) == blocks[5][1]
