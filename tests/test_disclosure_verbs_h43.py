"""Free-copy notes in Dutch with the simple past of "krijgen" and in Ukrainian with the plural thanks
(helper bodynotes43 of the holdout43 round), in our own words: "Het leesexemplaar kreeg ik van de uitgeverij", "Ik krijg
mijn recensie-exemplaren van …" and "Дякуємо видавництву … за примірник" are disclosures, as "gekregen" and "дякую"
already were; near misses: a book a sister gave, thanks to the readers, thanks for a recommendation.
"""

from __future__ import annotations

from scraper.extract.notes import find_disclosure


def _found(text: str) -> bool:
    return bool(find_disclosure([("text", text)], frozenset()))


def test_dutch_past_and_present_of_krijgen():
    assert _found("Het recensie-exemplaar van deze roman kreeg ik van uitgeverij Noordkaap.")
    assert _found("Wij kregen een recensie-exemplaar van de uitgever, waarvoor dank.")
    assert _found("Ik krijg mijn recensie-exemplaren rechtstreeks van de uitgeverij.")


def test_ukrainian_plural_thanks_for_a_copy():
    assert _found("Дякуємо видавництву «Лелека» за примірник для огляду.")
    assert _found("Щиро дякуємо видавництву «Смолоскип», яке надіслало нам примірник ще до виходу книжки.")


def test_near_misses():
    assert not _found("Dit boek kreeg ik van mijn zus voor mijn verjaardag.")
    assert not _found("Ik kreeg er kippenvel van, vooral in het laatste hoofdstuk.")
    assert not _found("Halverwege kreeg ik het gevoel dat het boek niet af was.")
    assert not _found("Дякуємо всім, хто дочитав до кінця.")
    assert not _found("Дякуємо подрузі, яка порадила цю книжку.")
