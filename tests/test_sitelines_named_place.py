"""followpleas.follow_plea, a follow line closing the review: a blog or a site counts as the place one follows (beside a
page, a channel, a group), Hebrew's and Arabic's glued prepositions and conjunctions are read ("מוזמנים להירשם",
"בערוץ", "مدونتي"), Georgian and Armenian verbs and account words are known, and the writer's own or exclaimed place
on a network, named in quotation marks, is a pointer away whatever the verb ("drop in!", "see it!").
Pages of our own words; near misses that stay: a story's blog on a network, a book found through a network, someone
else's named channel in a plain sentence."""

from __future__ import annotations

import pytest

from scraper.extract.followpleas import follow_plea
from tests.cleaning import cleaned, paras

HOST = "nightshelf.example"
REVIEW = [
    "The novel follows two sisters who inherit a failing lighthouse hotel on a northern island and try to keep it open.",
    "Its best chapters are the winter ones, when the guests stop coming and the sisters finally say what they think.",
    "The ending is a little too neat for me, but I will remember the storm chapter for a long time. Four out of five.",
]


def post(closing: str) -> str:
    return f"<div class='review'>{paras(*REVIEW)}<p>{closing}</p></div><div class='helpful'>Useful?</div>"


@pytest.mark.parametrize("plea", [
    'עוד סקירות בערוץ "קוראת בלילה" ביוטיוב – מוזמנים להירשם!',  # he: glued preposition, infinitive after "invited"
    "المزيد من المراجعات في مدونتي «رف الليل»، تابعوني على انستغرام",  # ar: my blog + follow, no exclamation
    "ახალი რეცენზიებისთვის გამოიწერეთ ჩვენი YouTube არხი",  # ka: subscribe to our channel
    "Միացեք մեր Facebook խմբին՝ «Գրքերի անկյուն»",  # hy: join our group
    "Ще більше класики — на моєму каналі в YouTube «Полиця Марти», заходьте!",  # uk: named channel, exclaimed, no follow verb
    "මගේ කියවීම් ගැන වීඩියෝ YouTube චැනලය “පොත් මේසය” බලන්න!",  # si: my named channel, "see it!"
])
def test_a_follow_line_naming_the_writers_place_goes(plea):
    assert follow_plea(plea)
    text, rules = cleaned(post(plea), HOST)
    assert plea not in text and all(sentence in text for sentence in REVIEW)


@pytest.mark.parametrize("line", [
    "Её блог «Сад камней» в Instagram читают тысячи, и это лучшая линия романа.",  # ru: her blog, named, a plain sentence
    "הגיבורה פותחת בלוג באינסטגרם ומספרת שם על אמה.",  # he: the heroine's blog on a network
    'I found "The Salt Road" through a TikTok video and could not stop reading.',  # a book named, no place
    "Il canale «Mare Aperto» su YouTube ne ha parlato per primo, e a ragione.",  # it: someone else's channel
])
def test_near_misses_naming_a_place_on_a_network_stay(line):
    assert not follow_plea(line)
    text, _ = cleaned(post(line), HOST)
    assert line in text
