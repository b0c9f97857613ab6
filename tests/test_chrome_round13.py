"""chrome's closing asks, round 13: the networks named in Cyrillic ("Инстаграм", "Фејсбук") and the Serbian, Croatian,
Bulgarian "follow me"; Naver's and Daum's "add me as a neighbour" (이웃추가), which is how a Korean blog is followed; a
text smiley (":)", "^^") turning a closing line to the reader as an exclamation does; Kaskus's like (a "cendol" given)
and its thread rating ("rate bintang 5"), and "rate this thread". Near misses: a network named in
the review's own sentence, a smiley on the reviewer's last word of the book, the verb "follow" said of the story.
"""

from __future__ import annotations

import pytest

from tests.cleaning import cleaned, paras

HOST = "polica.example"

REVIEW = [
    "Роман прати три генерације једне породице у малом граду поред реке, и нигде не жури.",
    "Најбоља поглавља су она о баки која води књигу дугова целог комшилука и никоме не опрашта.",
    "Други део је слабији, јер се радња сели у престоницу, али последња сцена на станици је одлична.",
    "Читала сам га две недеље, по једно поглавље увече, и то је прави начин да се чита ова књига.",
]


@pytest.mark.parametrize("ask", [
    "<p>Прати ме и на Фејсбуку, тамо пишем краће белешке о свему што прочитам.</p>",  # sr, Cyrillic network
    "<p>Pratite me na Instagramu, gdje svaki tjedan objavljujem citate.</p>",  # hr
    "<p>Последвайте ме в Инстаграм за още ревюта на нови книги.</p>",  # bg
    "<p>다른 리뷰도 블로그에 올리고 있어요, 이웃추가 해주시면 감사해요 ^^</p>",  # ko: Naver's follow, a smiley
    "<p>서로이웃 신청 언제나 환영이에요 :)</p>",
])
def test_a_closing_follow_ask_on_a_network_or_with_a_smiley_goes(ask):
    text, rules = cleaned(paras(*REVIEW) + ask, HOST)
    assert rules in (["platform ask"], ["follow-me line"])
    assert all(sentence in text for sentence in REVIEW)


@pytest.mark.parametrize("line_", [
    "<p>Јунакиња на крају отвара профил на Инстаграму и ту роман постаје мало смешан.</p>",  # the network in the story
    "<p>Свима бих је препоручила, и бабама и унукама :)</p>",  # a smiley, no ask
    "<p>Druga polovica prati obitelj u Zagrebu, ali kraj je divan :)</p>",  # hr "prati" of the story, a smiley
    "<p>주인공이 이웃과 화해하는 마지막 장면이 정말 좋았어요 ^^</p>",  # ko: a neighbour in the story
])
def test_the_reviewers_own_closing_lines_with_a_network_or_a_smiley_stay(line_):
    text, rules = cleaned(paras(*REVIEW) + line_, HOST)
    assert rules == []


ULASAN = [
    "Novel ini bercerita tentang tiga bersaudara di kota kecil dekat sungai, dan alurnya sama sekali tidak terburu-buru.",
    "Bagian terbaik adalah bab tentang nenek yang mencatat utang seluruh kampung dan tidak pernah memaafkan siapa pun.",
    "Bagian kedua agak lemah karena pindah ke ibu kota, tapi adegan terakhir di stasiun benar-benar bagus.",
]


@pytest.mark.parametrize("ask", [
    "<p>Jangan lupa kirim cendol dan rate bintang 5 ya gan, biar ane semangat nulis lagi!</p>",  # id, Kaskus
    "<p>If this helped, rate this thread and hit the like button, cheers</p>",
])
@pytest.mark.parametrize("where", ["end", "middle"])
def test_a_forums_like_and_thread_rating_asked_together_go(ask, where):
    inner = paras(*ULASAN) + ask if where == "end" else paras(*ULASAN[:2]) + ask + paras(*ULASAN[2:])
    text, rules = cleaned(inner, HOST)
    assert rules == ["platform ask"]
    assert all(sentence in text for sentence in ULASAN)


@pytest.mark.parametrize("line_", [
    "<p>Ane kasih bintang 4 buat novel ini, bab terakhirnya bikin nangis.</p>",  # the reviewer's own rating
    "<p>Enaknya baca bab terakhir sambil minum es cendol di teras!</p>",  # cendol the drink
])
def test_the_reviewers_rating_or_a_drink_stays(line_):
    text, rules = cleaned(paras(*ULASAN) + line_, HOST)
    assert rules == []
