"""followpleas.interjected_plea (holdout38 round, helper body38), in our own words, with near misses: the bidding to
follow or join the writer's own account on a named network, the network's name joined to the account word by a
hyphen ("наш Telegram-канал", "unserem Instagram-Kanal"), goes wherever it stands (uk, ru, de); a character's or
someone else's channel, or the same compound with no bidding, stays.
"""

from __future__ import annotations

from scraper.extract.followpleas import interjected_plea
from tests.cleaning import cleaned, paras

UK = [
    "Роман розповідає про доглядачку шлюзу на північному каналі, яка щотижня бачить ту саму баржу, що пливе вгору "
    "річкою і ніколи не повертається, і починає вести зошит про її шкіпера та ящики на палубі.",
    "Найсильніше в книжці — терпіння: підозра росте на двохстах сторінках без жодного підвищеного голосу, а погода "
    "над водою розповідає половину історії, туман, мокрий сніг і один сильний мороз.",
    "Останній розділ найслабший, злива пояснень після такої тиші, але я все одно раджу її всім, хто любить повільні "
    "загадки в холодних краях.",
]


def test_hyphenated_network_account_pleas_go():
    for line in ["Підписуйтеся на наш YouTube-канал, там щотижня нові огляди.",
                 "Подписывайтесь на наш Telegram-канал о книгах!",
                 "Folgt gern unserem Instagram-Kanal für mehr Lesetipps."]:
        assert interjected_plea(line), line


def test_hyphenated_network_account_near_misses_stay():
    for line in ["Героїня підписується на Telegram-канал сусідки й читає його щоночі.",  # the story
                 "Die Heldin folgt einem Instagram-Kanal über Pilze und verliert sich darin.",  # someone else's
                 "Наш Telegram-канал у романі — це вигадане місто, де всі мовчать.",  # no bidding, no network's ask
                 "Rating: 4/5 — folgt unserem Instagram-Kanal."]:  # a score
        assert not interjected_plea(line), line


def test_plea_before_a_last_link_goes_uk():
    page = paras(*UK, "Підписуйтеся на наш Telegram-канал, щоб нічого не пропустити.") + "<p><a href='#'>Новини у стрічці</a></p>"
    text, rules = cleaned(page, "novyny.example.ua")
    assert "Telegram" not in text and all(p in text for p in UK)
