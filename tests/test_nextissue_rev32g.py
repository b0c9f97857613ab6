"""The next week's teaser of ``nextissue`` (review rev32g): the first person that keeps a reviewer's own plan is read in
the teaser's own language (German "mit", Dutch "je", a name "Ben", the numeral "Part I" are no first person), and the
label and the words after it are read on one string.

Every line here is invented for these tests, in our own words.
"""

from __future__ import annotations

from lxml.html import fragment_fromstring

from scraper.extract.nextissue import next_issue


def _teaser(text: str) -> bool:
    return next_issue(fragment_fromstring(f"<p>{text}</p>"))


def test_plain_teasers_with_common_words_go():
    assert _teaser("Nächste Woche: ein Abend mit Clemens Setz und seinen Briefen.")
    assert _teaser("Volgende week: een gesprek dat je niet mag missen.")
    assert _teaser("Next week: Ben Okri on his new collection.")
    assert _teaser("Next week: Part I of our Morrison series.")
    assert _teaser("Next month: Book I of the summer club, and the winners of the EU prize.")
    assert _teaser("La prossima settimana: Ben Pastor e i suoi gialli romani.")


def test_own_plans_stay():
    assert not _teaser("Next month: the paperback comes out, and I will buy one.")
    assert not _teaser("La semaine prochaine : je relis Duras, enfin.")
    assert not _teaser("Nächste Woche: ich fahre an die Ostsee, mit drei Büchern.")
    assert not _teaser("Volgende week: ik lees het vervolg.")
    assert not _teaser("Gelecek hafta: ben de ikinci cildi okuyacağım.")
    assert not _teaser("Próxima semana: eu leio a continuação.")
