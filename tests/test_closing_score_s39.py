"""A short post that closes on the reviewer's own score, set apart in a line of its own under paragraphs of prose, is
a capsule review even under the rated floor (``closingscore``, short39); a notice, a list or a score in passing stays
what it was."""

import pytest

from scraper.extract import extract_page

_URL = "https://inkhollow.example.org/2026/11/capsule/"
_HEAD = ("<html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head><body><header><a href='/'>"
         "Inkhollow</a></header><article class='post'><h1 class='entry-title'>{title}</h1><div class='entry-content'>")


def _page(paras, lang="en", title="Notes from the reading chair"):
    body = "".join(f"<p>{p}</p>" for p in paras)
    return extract_page(_HEAD.format(lang=lang, title=title) + body + "</div></article></body></html>", _URL)


# (two paragraphs of a reader's take, some sixty words, then the score in its own line)
_EN = ["The ferryman's daughter inherits the crossing and a debt she did not know about, and the short novel follows "
       "one winter of fog, ice on the ropes and passengers who lie about where they are going.",
       "The river scenes are vivid and the dialogue is sharp, but the last chapters rush a reconciliation the book "
       "had not earned, and the debt is paid off too easily."]
# Uzbek (Latin script): the scale first in the ablative, then the score
_UZ = ["Bu qissani kuzgi ta'tilda bir kechada o'qib chiqdim. Muallif tog' qishlog'idagi bir oilaning uch avlodini "
       "qisqa boblarda ko'rsatadi, har bir bob boshqa bir kishining ovozi bilan yozilgan.",
       "Tili sodda va iliq, ayniqsa buvining xotiralari ta'sirli. Ammo oxirgi boblar shoshilinch yozilgandek tuyuladi, "
       "ba'zi qahramonlar esa bir-ikki jumlada qolib ketgan. Shunga qaramay, kitobni yopganimdan keyin ham bu oila "
       "haqida uzoq o'yladim va uni do'stlarimga ham tavsiya qilaman."]
# Tatar (Cyrillic): the case glued on to the numeral
_TT = ["«Ак каен» повестен кышкы кичләрдә укып чыктым. Автор авыл мәктәбендә эшләгән яшь укытучының беренче елын бик җылы "
       "итеп сурәтли, һәр бүлек аерым бер бала турында сөйли.",
       "Теле гади һәм матур, балаларның сөйләме ышандырырлык. Әмма соңгы бүлекләр ашыгып язылган кебек, "
       "кайбер геройлар бер-ике җөмләдә генә калалар, шуңа күрә «Ак каен» белән тулысынча канәгать түгелмен."]


@pytest.mark.parametrize("paras, lang", [
    (_EN + ["My rating: 3/5."], "en"),
    (_UZ + ["Bahoyim: 10-dan 7."], "uz"),
    (_TT + ["Бәям: 10нан 8."], "tt"),
])
def test_a_short_post_closing_on_its_score_is_a_review(paras, lang):
    record = _page(paras, lang)
    assert record.kind == "review", record.reason
    assert record.rating is not None


@pytest.mark.parametrize("paras", [
    # a notice: its call and its date come after the score of last month's book
    _EN[:1] + ["Last month's pick got 4/5 from the circle.",
               "Next session: Thursday 14 January at 19:00 in the harbour library, all welcome."],
    # the score in passing in a sentence, not set apart at the close
    _EN[:1] + ["A friend gave it 4/5 and lent me her copy, which I will pass on to the circle next week once "
               "the fog lifts and the ferry runs again."],
    # a score line after a single line of text: no prose for it to close
    ["A ferry, a debt and a winter of fog on the river crossing.", "Rating: 3/5."],
])
def test_a_short_post_that_does_not_close_on_its_score_stays(paras):
    record = _page(paras)
    assert record.kind != "review", record.reason


def test_a_short_notice_with_a_score_in_its_last_line_and_an_appointment_stays():
    paras = ["The circle meets again on Thursday 14 January at 19:00 in the harbour library to talk about the "
             "ferryman's daughter, the novel we chose in November; bring your copy and a question for the group.",
             "Tea and biscuits from half past six, and the room is on the first floor by the maps.",
             "Circle's score: 4/5."]
    assert _page(paras, title="Circle meeting in January").kind != "review"


@pytest.mark.parametrize("line, score", [
    ("Бәям: 10нан 8.", True),
    ("Qiymətim: 10-dan 9.", True),
    ("Իմ գնահատականը՝ 10-ից 8։", True),
    # hours, a range, a score over its scale, a score the sentence goes on after: none
    ("Açıqdır: 10-dan 18-ə qədər.", False),
    ("Saat: 10-dan 5-ə qədər.", False),
    ("Bal: 10-dan 17.", False),
    ("Баам: 10дон 9, бирок кийинки китеби жакшыраак.", False),
])
def test_a_lead_and_a_cased_scale_is_a_score_line(line, score):
    from scraper.extract.scorelines import own_verdict, scored
    assert bool(scored([line])) == score and own_verdict(line) == score
