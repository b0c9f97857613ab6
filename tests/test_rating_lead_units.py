"""ratinglead.py, extended (our own lines): a unit word between the score and its scale after a lead ("9 пунктаў з 10"),
a unit word after a worded score closing its clause, and a scale with its case written straight on to the numeral in a
script other than Latin, read anywhere in the sentence when the score closes it; near misses that must give no rating."""

from __future__ import annotations

import pytest

from scraper.extract.rating import find_rating


@pytest.mark.parametrize("line, raw, value", [
    # uk, ru, fr: the score, a unit word, "of", the scale, after a lead
    ("Загалом раджу. Моя оцінка — 7 балів з 10.", "7 балів з 10", 0.7),
    ("Книга на любителя. Итог: 8 баллов из 10, перечитаю летом.", "8 баллов из 10", 0.8),
    ("Pour résumer : 3 étoiles sur 5.", "3 étoiles sur 5", 0.6),
    # ta, kn, hy: the scale's case written on to the numeral, the score (with its own ending) closing the sentence
    ("கதை மெதுவாக நகர்ந்தது, அதனால் என் மதிப்பெண் 10ல் 7தான்.", "10ல் 7தான்", 0.7),
    ("ಕೊನೆಯ ಭಾಗ ಸ್ವಲ್ಪ ಉದ್ದವಾಯಿತು, ಹಾಗಾಗಿ ನನ್ನ ಅಂಕ 5ರಲ್ಲಿ 3.", "5ರಲ್ಲಿ 3", 0.6),
    ("Վերջը մի քիչ շտապ էր, ուստի իմ գնահատականը 10-ից 6։", "10-ից 6", 0.6),
    # ka: a worded score, its unit word, then the clause goes on ("… and advice: …")
    ("ჩემი აზრით — ხუთიდან ოთხი ქულა, და ყველას ვურჩევ.", "ხუთიდან ოთხი", 0.8),
])
def test_scores_found(line: str, raw: str, value: float) -> None:
    rating = find_rating([line])
    assert rating is not None and rating.raw == raw and rating.value == value


@pytest.mark.parametrize("line", [
    # a list's line of a comparison, the fraction then a reason after a comma (no unit word, not worded)
    "Le roman : 19/20, parce qu'il faut garder un point pour les digressions.",
    # a year with its case, then a number the sentence goes on after
    "Նա ծնվել է 1990-ից 5 տարի անց գյուղում։",
    "ඔහු 10න් 4 දෙනෙක් සමඟ ගමට ගියා හෙට.",
    # a count after the case, greater than the scale
    "ඒ පොතේ පිටු 10න් 40.",
    # a range of hours: "from 10 to 5" with the terminative on the second numeral (kk, ka)
    "Кітапхана сенбіде 10-нан 5-ке дейін ашық.",
    "მაღაზია შაბათს მუშაობს 10-დან 5-მდე.",
    "Дүкен жұмыс істейді 10-нан 6-ға.",
    # a unit word and "of", a score above the scale
    "Итог: 12 глав из 10.",
    # a unit word between, but the sentence goes on without a clause mark
    "Моя оцінка — 7 балів з 10 можливих для дебюту автора.",
])
def test_near_misses(line: str) -> None:
    assert find_rating([line]) is None
