"""The writer's name in capitals signing a review under its closing record line, as papers and journals sign a piece
at its foot ("ANA RUIZ" after "Name, Title, House, 2019, 230 pp."): ``creditlines.capital_signature`` (sitelines marks
it as a credit line). Near misses: a line in capitals that is no name after the record (a score), a name in capitals
the review speaks of (the book's author), a signature not under a record line, a name in ordinary case.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.creditlines import capital_signature

_BEFORE = "The harbour town and its three sisters. The prose is spare and the ending earns its calm."


def _signed(line: str, record: str, before: str = _BEFORE) -> bool:
    return capital_signature(line, record, lambda: before)


def test_signatures_in_several_languages():
    assert _signed("ANA RUIZ MORENO", "Lucía Berrocal, La casa del faro, Sirena, 2019, 230 páginas.")
    assert _signed("TRẦN MINH ĐỨC", "Hạ Vy, Ngọn đèn cuối, NXB Hội Nhà văn, 2019, 240 trang.",
                   "Cuốn sách này kể về một làng chài.")
    assert _signed("JONAS BRENNINGER", "Hanno Albrecht, Die stille Werft, Nordhaus, 2021, 312 S.",
                   "Ein leiser Roman über eine Werft.")
    assert _signed("MARIA KOWALSKA", "Jan Nowicki, Ciche morze, Wydawnictwo Fala, 2020, 280 s.",
                   "Powieść o morzu i o milczeniu.")


def test_near_misses():
    record = "Lucía Berrocal, La casa del faro, Sirena, 2019, 230 páginas."
    # the book's author in capitals, whom the review names
    assert not _signed("LUCÍA BERROCAL", record, "Berrocal escribe frases largas.")
    # a score in capitals after the record
    assert not _signed("FOUR STARS", "Maren Oakes, The Salt Orchard, Tidewater, 2022, 304 pp.")
    # not under a record line: the review's last paragraph before it
    assert not _signed("ANA RUIZ", "Una novela breve que se queda conmigo.")
    # a name in ordinary case
    assert not _signed("Ana Ruiz", record)
    # one word, or a line with a figure
    assert not _signed("REDACCIÓN", record)
    assert not _signed("ANA RUIZ 2026", record)
