"""A gathering's notice opening on the gathering, with its day and one mark of an appointment and no bid
(``gatherlead``, bpevent38); review lines naming a club, a day and a place stay."""

import pytest

from scraper.extract import extract_page

_PARAS = [
    "A lighthouse keeper's widow takes over the lamp after the storm that drowned her husband, and the novel follows "
    "her first year on the rock, with its supply boats, its inspectors and a brother-in-law who wants the post.",
    "The writing is spare and cold, and the log entries that open each chapter are the best thing in it, though the "
    "mainland scenes drag and the ending hurries past the one question the book had been asking.",
    "A quiet, stubborn novel, and I finished it wanting to climb a lighthouse stair in the wind.",
]
_URL = "https://tidewrack.example.net/2026/12/the-keeper/"
_HEAD = ("<html lang='{lang}'><head><meta charset='utf-8'><title>The Keeper | Tidewrack</title></head>"
         "<body><header><a href='/'>Tidewrack</a></header><article class='post'><h1 class='entry-title'>The "
         "Keeper</h1><div class='entry-content'>")


def _text(end="", lang="en"):
    ps = "".join(f"<p>{p}</p>" for p in _PARAS)
    page = _HEAD.format(lang=lang) + f"{ps}<p>Rating: 4/5</p>{end}</div></article></body></html>"
    return extract_page(page, _URL).body_text


@pytest.mark.parametrize("end, gone, lang", [
    # the circle first, a day of the month and a clock, no bid
    ("<p>Harbour reading circle at the old customs house, 9 January at 18:30, we take up the next volume.</p>",
     "customs house", "en"),
    # a standing rhythm: an ordinal before the weekday
    ("<p>The Quayside writers' group meets on the third Tuesday of each month in the chandlery loft.</p>",
     "chandlery loft", "en"),
    # a swap with its weekday beside its day
    ("<p>Coastal paperback swap returns Sunday the 14th on the pier, bring what you have finished.</p>",
     "paperback swap", "en"),
    # a walk with its weekdays and a pointer to the details
    ("<p>Harbour walk: the keepers' coast, from the breakwater to the dunes, Sunday afternoons in summer. Details on "
     "the contact page.</p>", "breakwater", "en"),
    # a month's name in another case beside its day, with the hour's word (Croatian)
    ("<p>Književna večer u gradskoj knjižnici, 22. siječnja u 19 sati — razgovaramo o pomorskim romanima.</p>",
     "Književna večer", "hr"),
    # an evening, a genitive month and a clock (Russian)
    ("<p>Литературный вечер в библиотеке на набережной, 15 января в 19:00.</p>", "Литературный вечер", "ru"),
    # a weekday in another case after "every", with the hour's word (Slovene)
    ("<p>Pesniški krožek v mestni knjižnici, vsak drugi petek ob 19. uri, tokrat o morju.</p>", "Pesniški krožek", "sl"),
    # the Ukrainian "every" glued to the weekday, a clock and a bid to come
    ("<p>Вечірні читання для дорослих щонеділі о 19:00 у читальні біля порту, вхід вільний.</p>",
     "Вечірні читання", "uk"),
])
def test_a_notice_opening_on_its_gathering_goes(end, gone, lang):
    text = _text(end=end, lang=lang)
    assert gone not in text and "lighthouse stair" in text


@pytest.mark.parametrize("end, kept", [
    # the reviewer's day and a library, a weekday beside its date: no gathering
    ("<p>I read the last chapters on Saturday 12 December at the harbour library, the rain on the windows.</p>",
     "rain on the windows"),
    # the club leads, with a weekday, but nothing of an appointment
    ("<p>Our reading group fought over the ending all Wednesday, and the widow's brother-in-law lost every vote.</p>",
     "lost every vote"),
    # a novel's scene: a club and a day of the month, no clock, rhythm or pointer
    ("<p>The keepers' club gathers on 14 January in the lamp room, and the widow is not invited.</p>",
     "not invited"),
    # a swap in the plot with a clock, the gathering past the line's opening words
    ("<p>When the supply boat finally comes in on the morning of 3 March, the widow trades her husband's coat at the "
     "quay for lamp oil and a swap of letters.</p>", "lamp oil"),
    # a club in the plot with a bare weekday and a clock: a scene's
    ("<p>The keepers' club meets on Thursday at 8pm in the lamp room, and those evenings are the novel's best.</p>",
     "novel's best"),
    # the writer's own circle opening an account, its weekday beside its date and a clock
    ("<p>Our reading circle took it apart on Friday, 4 December at 6pm, and the widow won the vote.</p>",
     "won the vote"),
    # a society in the story with a standing rhythm, named by a verb of meeting only
    ("<p>In the novel the lamp society meets every Monday at nine in the boathouse, the liveliest pages.</p>",
     "liveliest pages"),
])
def test_review_lines_with_clubs_days_and_places_stay(end, kept):
    assert kept in _text(end=end)
