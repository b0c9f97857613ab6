"""gatherlead's misfires (rev-bpevent38): a review's closing sentence naming a club, a walk or an evening late in
the line, after the writer's own possessive, as an adverb of time ("вечером"), or with a story's bare "every
Sunday" stays; the notices opening on their gathering still go (test_gatherlead_s38)."""

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


def _text(end, lang="en"):
    ps = "".join(f"<p>{p}</p>" for p in _PARAS)
    page = _HEAD.format(lang=lang) + f"{ps}<p>Rating: 4/5</p>{end}</div></article></body></html>"
    return extract_page(page, _URL).body_text


@pytest.mark.parametrize("end, kept, lang", [
    # the club named late in the reviewer's sentence (a pointer in prose: "details on the discussion")
    ("<p>I took it to my book club on Tuesday; more details on the discussion in next week's post.</p>",
     "next week's post", "en"),
    ("<p>Read with the Tuesday book club: we discussed it on 3 December at 7pm and nobody liked the widow.</p>",
     "nobody liked", "en"),
    ("<p>Ich habe es mit meinem Lesekreis am 3. Dezember um 19 Uhr besprochen, und alle mochten die Witwe.</p>",
     "alle mochten", "de"),
    ("<p>Читала его для книжного клуба, обсуждали 3 декабря в 19:00 — вдову никто не любит.</p>",
     "никто не любит", "ru"),
    ("<p>In the novel the walking tour leaves the pier on 9 January at 18:30 and never comes back.</p>",
     "never comes back", "en"),
    # the writer's own club, a preposition before the possessive
    ("<p>En nuestro club de lectura lo comentamos el martes 3 de diciembre a las 19:00; a nadie le gustó la viuda.</p>",
     "a nadie", "es"),
    ("<p>Na naszym klubie książki rozmawialiśmy o niej 3 grudnia o 18:00 i nikt nie lubił wdowy.</p>",
     "nikt nie lubił", "pl"),
    ("<p>Bij onze leesclub op dinsdag 3 december om 19.30 uur vond niemand de weduwe sympathiek.</p>",
     "niemand de weduwe", "nl"),
    # "in the evening", an adverb of time, not an evening's event
    ("<p>Вечером 3 декабря в 21:00 я закрыла книгу и долго не могла уснуть.</p>", "не могла уснуть", "ru"),
    ("<p>Wieczorem 3 grudnia o godz. 21 skończyłam czytać i długo nie mogłam zasnąć.</p>", "nie mogłam zasnąć", "pl"),
    # a story's habit: a bare "every <weekday>" with no clock
    ("<p>She walks to the lamp every Sunday at dusk, and I loved those pages most of all.</p>", "those pages", "en"),
    ("<p>Every Sunday the widow walks the breakwater with her dog, and those chapters are the best in the book.</p>",
     "best in the book", "en"),
    ("<p>Книжный клуб в романе собирается каждую пятницу, и эти главы лучшие в книге.</p>", "лучшие в книге", "ru"),
    ("<p>Klub książki w powieści spotyka się w każdy piątek, i te rozdziały są najlepsze.</p>", "najlepsze", "pl"),
])
def test_review_sentences_naming_a_gathering_stay(end, kept, lang):
    text = _text(end, lang)
    assert kept in text and "lighthouse stair" in text


@pytest.mark.parametrize("end, gone", [
    # a label's colon, then the gathering
    ("<p>Harbour readers: the keepers' walk along the breakwater is back on 13 December; reply to this email to "
     "join.</p>", "keepers' walk"),
    # a name, then the gathering between commas
    ("<p>Lamp Room Readers, our book group, meets on the last Wednesday of the month in the harbour library.</p>",
     "Lamp Room Readers"),
    # a bare "every <weekday>" with its clock
    ("<p>Harbour reading circle every Thursday at 18:30 in the chandlery loft.</p>", "chandlery loft"),
])
def test_notices_opening_on_their_gathering_still_go(end, gone):
    text = _text(end)
    assert gone not in text and "lighthouse stair" in text
