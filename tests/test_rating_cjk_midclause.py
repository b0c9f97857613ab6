"""A rating label that opens a clause in the middle of an unspaced sentence (zh, ja: after a comma, "…、評価は星三つ。"),
with its topic particle or the zh copula ("評分是", "評分為"), its score closing the sentence; and the zh verb "give" whose
subject is dropped after a word that sums up ("總的來說給…", "所以給…"). Sentences of our own; near misses: a score that
the sentence goes on after (another thing's), a label another's possessive qualifies, a "give" with its own subject."""

from __future__ import annotations

import pytest

from scraper.extract.rating import find_rating


@pytest.mark.parametrize("line, value", [
    ("文体はやや重たいが、評価は星三つ。", 0.6),  # ja: after the comma, the topic particle
    ("後半が駆け足なので、私の評価は5点満点中4点。", 0.8),  # ja: "my" on the label
    ("結尾有點倉促，評分是八分（滿分十分）。", 0.8),  # zh (Traditional): the copula
    ("人物塑造很扎实，我的评分为四星半。", 0.9),  # zh (Simplified): "my", the copula 为
    ("我的評分是三顆星。", 0.6),  # zh: the copula on a label opening the line
])
def test_label_opening_a_clause(line, value):
    rating = find_rating(["前面的段落讲的是故事本身。", line])
    assert rating is not None and rating.value == value


@pytest.mark.parametrize("line, value", [
    ("總的來說，給四顆半星，扣的半顆給冗長的中段。", 0.9),  # zh (Traditional): "all told", then "give"
    ("整体来说给三颗星。", 0.6),  # zh (Simplified): "on the whole" written on to "give"
    ("所以給七分（滿分十分）。", 0.7),  # zh: "so", give
])
def test_give_after_a_summing_word(line, value):
    rating = find_rating(["這本小說寫的是一個小鎮的三代人。", line])
    assert rating is not None and rating.value == value


@pytest.mark.parametrize("line", [
    "小説は良かったが、評価は星三つだった映画版は退屈だった。",  # ja: the sentence goes on after the score (the film's)
    "原作は読んでいないけれど、Amazonの評価は星四つらしい。",  # ja: a site's average, qualified by its possessive
    "我不太同意，網友給四顆半星，實在太高。",  # zh: readers of a site give it, their subject said
    "讀書會上，他給三顆星，我沒有打分。",  # zh: a named other person gives it
])
def test_not_the_reviewers(line):
    assert find_rating(["這本小說寫的是一個小鎮的三代人。", line]) is None


def test_overall_word_on_a_zh_label():
    # "整體評分" (overall rating) wins over another score on the page
    rating = find_rating(["第一章：★★★", "整體評分：四星半"])
    assert rating is not None and rating.value == 0.9


@pytest.mark.parametrize("lines, value", [
    # tr, az: "my" as the noun's ending ("notum", my mark; "qiymətim", my assessment), or a word before it ("benim",
    # "mənim"); read as a label, so a line after the score (an author's note) does not hide it
    (["Roman uzun ve ağır.", "Kısacası: değerli. Benim notum 10 üzerinden 7.", "Yazar hakkında: Deniz, İzmir'de öğretmen."], 0.7),
    (["Roman uzun və ağırdır.", "Mənim qiymətim: 8/10.", "Müəllif haqqında: Aysel, Bakıda kitabxanaçı."], 0.8),
])
def test_possessed_label_nouns(lines, value):
    rating = find_rating(lines)
    assert rating is not None and rating.value == value


def test_possessed_noun_without_a_score_after_it():
    # (tr "notum" in another sense, "without my notes", and a count after it: no score)
    assert find_rating(["Roman uzun.", "Kitabı notum olmadan okudum, 10 üzerinden 8 kişi bitiremez.", "Yazar hakkında: Deniz."]) is None


@pytest.mark.parametrize("line, value", [
    ("All in all, after the slow middle part, my rating is 4/5.", 0.8),  # en: "my" before the label, mid-sentence
    ("Alles in allem ist meine Wertung 3 von 5.", 0.6),  # de
    ("Genel olarak puanım 10 üzerinden 9.", 0.9),  # tr: "my" on the noun
])
def test_my_label_mid_sentence(line, value):
    rating = find_rating(["The novel follows three sisters across one winter.", line, "About the author: a teacher in Leeds."])
    assert rating is not None and rating.value == value


@pytest.mark.parametrize("line", [
    "My score for the film adaptation was 2/5 and the book beats it.",  # en: the film's, the sentence goes on
    "Meine Wertung für die Verfilmung wäre 2 von 5, das Buch ist besser.",  # de: the film's, more after it
    "All in all, her rating is 4/5.",  # en: not "my"
])
def test_my_label_near_misses(line):
    assert find_rating(["The novel follows three sisters across one winter.", line, "About the author: a teacher in Leeds."]) is None


@pytest.mark.parametrize("line, value", [
    ("總體來說四顆半星。", 0.9),  # zh: a word that sums up, then the score closing the sentence
    ("总之三颗星。", 0.6),  # zh (Simplified)
    ("総じて星四つ。", 0.8),  # ja: the summing word ending its clause
    ("結論として、星三つです。", 0.6),  # ja: the sentence's copula after the score
])
def test_cjk_score_after_a_summing_word(line, value):
    rating = find_rating(["這本小說寫的是一個小鎮的三代人。", line, "作者簡介：住在台南的老師。"])
    assert rating is not None and rating.value == value


@pytest.mark.parametrize("line", [
    "酒店是五星，服務很好。",  # zh: a hotel's class
    "總之五星红旗飄揚。",  # zh: the flag, the score runs on
    "映画版は星二つです。",  # ja: the film's, its topic said
    "天上只有三颗星。",  # zh: stars in the sky
])
def test_cjk_summing_near_misses(line):
    assert find_rating(["這本小說寫的是一個小鎮的三代人。", line, "作者簡介：住在台南的老師。"]) is None
