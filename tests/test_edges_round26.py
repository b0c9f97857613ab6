"""A magazine's rubric over the headline (edges._kicker), on posts of our own words and markup.

Without a <header>: the body's first line, set right before the page's <h1> as its sibling, short and no sentence
("Recenze · Próza", "書評・海外文学"), is the kicker and goes; a sentence before the <h1>, a line before an <h2>, or a
short line that is not right before the headline stays.
"""

from __future__ import annotations

from tests.cleaning import cleaned, paras

CS = ["Román sleduje jednu zimu v malém horském městě, kde se po zavření pily všichni pomalu rozjíždějí a zůstávají jen staří lidé a jejich psi.",
      "Autorka píše úsporně, ale každá věta má váhu, a dialogy mezi sousedy jsou vtipné i smutné zároveň, jak to v malých místech bývá.",
      "Prostřední část je trochu rozvláčná, přesto jsem knihu dočetla za dva večery."]
JA = ["雪に閉ざされた港町を舞台に、灯台守の老人と町に流れ着いた少女の一冬を描いた長編で、大きな事件は起きないが、毎日の仕事や食事の描写がとても丁寧だ。",
      "後半、少女が灯台の記録帳を読み解いていく場面で一気に引き込まれた。老人が何も説明しないぶん、読者が想像する余地が大きい作品だと思う。",
      "派手さはないが、冬の夜にゆっくり読みたい一冊である。"]


def test_a_rubric_right_before_the_headline_goes():
    for review, rubric, title in ((CS, "Recenze · Próza", "Zima, která nekončí"), (JA, "書評・海外文学", "灯台の冬")):
        inner = f"<p class='section'>{rubric}</p><h1>{title}</h1>{paras(*review)}"
        text, rules = cleaned(inner, "revue.example")
        assert rubric not in text and "kicker" in rules, rules
        assert all(t in text for t in review)


def test_lines_that_are_no_rubric_stay():
    for inner in (f"<p>Tohle je moje první recenze.</p><h1>Zima</h1>{paras(*CS)}",  # a sentence
                  f"<p>Recenze · Próza</p><h2>Zima</h2>{paras(*CS)}",  # over a section heading, not the page's h1
                  f"<p>Recenze · Próza</p><p>Host, 2026</p><h1>Zima</h1>{paras(*CS)}"):  # not right before the headline
        text, rules = cleaned(inner, "revue.example")
        assert "kicker" not in rules, (inner, rules)


# -- the readers' score and the count of its voters, after the review ------------------------------------------------

PL = ["Powieść opowiada o jednej zimie w małym nadmorskim miasteczku, w którym po zamknięciu stoczni wszyscy powoli wyjeżdżają, a zostają tylko starzy ludzie i ich psy. Autorka pisze o nich bez litości, ale z wielką czułością.",
      "Najmocniejsze są dialogi sąsiadów, jednocześnie zabawne i smutne, jak to w małych miejscowościach bywa, a każda rozmowa w kolejce po chleb mówi o tym miejscu więcej niż niejeden opis przyrody czy historii.",
      "Środek jest trochę rozwlekły, ale zakończenie wynagradza wszystko i długo o nim myślałam."]
CS_LONG = [CS[0] + " " + CS[1], CS[1] + " " + CS[0], CS[2]]


def test_a_readers_score_with_its_voters_after_the_review_goes():
    for review, own, readers in ((CS_LONG, "Hodnocení: 70 %", "Hodnocení čtenářů: 84 % (112 hlasů)"),
                                 (PL, "Moja ocena: 7/10", "Ocena czytelników: 8,2/10 (1 204 głosów)")):
        inner = paras(*review) + f"<p>{own}</p><h3>Další články</h3><ul><li><a href='/a/1'>Jiná kniha</a></li></ul><div class='votes'>{readers}</div>"
        text, rules = cleaned(inner, "revue.example")
        assert readers not in text and "readers' score" in rules, rules
        assert own in text and all(t in text for t in review)


def test_the_reviewers_own_score_and_counts_stay():
    for line in ("Hodnocení: 80 %", "Ocena: 4/5 (5 gwiazdek)", "Stran: 320 (2 svazky)"):
        text, rules = cleaned(paras(*PL) + f"<p>{line}</p>", "revue.example")
        assert line in text, (line, rules)
