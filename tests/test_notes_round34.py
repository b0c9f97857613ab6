"""Notes rules of the holdout34 round, on our own sentences and markup, with near misses:

- the subject line of a federated post (its <summary>, the platform's content-warning field) that holds a topic and
  then a warning label after a comma ("book review, cw: …"), or a bare list of hard things (notewarnings.subject_warning);
- a caution to sensitive readers that tells them they may skip those pages (zh, ja, ko, en, es, fr, de, pt);
- a copy sent by a friend who works at a publishing house (zh), and a Turkish publisher named "… Yayınları" /
  "… Yayıncılık" as the giver (copywords.RECEIVED_CJK, RECEIVED_FOR_REVIEW).
"""

from __future__ import annotations

import lxml.html
import pytest

from scraper.extract.notes import read_notes
from scraper.extract.notewarnings import subject_warning

BODY = ("Finished the novel on the train home and wanted to write it down.\n\n"
        "The two brothers share a flat in the old quarter and barely speak; the prose is plain and patient.\n\n"
        "The ending hurries a little. Four stars from me.")


def _post(summary: str) -> str:
    return ("<html><body><div class='status'><details open><summary>" + summary + "</summary><div class='e-content'>"
            + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n")) + "</div></details></div></body></html>")


def _warnings(summary: str) -> str | None:
    page = lxml.html.fromstring(_post(summary))
    return read_notes(BODY, page.cssselect(".e-content")[0]).content_warnings


@pytest.mark.parametrize("summary, listed", [
    ("book review, cw: drowning, grief", "drowning, grief"),
    ("resenha de romance; tw: suicídio, luto", "suicídio, luto"),
    ("Buchbesprechung, CN: Gewalt, Missbrauch", "Gewalt, Missbrauch"),
    ("reseña, aviso de contenido: violencia, muerte", "violencia, muerte"),
])
def test_a_topic_then_a_warning_label_in_the_subject(summary, listed):
    assert _warnings(summary) == listed


@pytest.mark.parametrize("summary", [
    "book review; domestic violence, suicide",  # no label: a list naming two hard things
    "lectura del mes, violencia doméstica, suicidio",
])
def test_a_subject_listing_hard_things_without_a_label(summary):
    assert _warnings(summary) == summary


@pytest.mark.parametrize("summary", [
    "book review, long post",  # a topic alone
    "resenha de livro",
    "review, spoilers for the ending",
    "a war novel, mildly recommended",  # one hard word in a topic: no list
    "book review, warning: it is long",  # a soft label over no hard thing
])
def test_subjects_that_warn_of_nothing(summary):
    assert _warnings(summary) is None


def test_subject_warning_alone():
    assert subject_warning("thread, cw: self-harm") == "self-harm"
    assert subject_warning("thread about my reading year") is None


_PARAS = ["I read it over a cold week in November.", "The translation is careful and plain.", "Four and a half stars."]


@pytest.mark.parametrize("note", [
    # zh: "The book describes the butchering of pigs in detail; friends who are sensitive to this can skip those chapters."
    "⚠️ 阅读提醒：书中有杀猪的细节描写，对此敏感的朋友可以跳过那几章。",
    # ja: "There is a scene of violence in chapter three; those who cannot bear it may skip it."
    "※三章に暴力の場面があります。苦手な方は読み飛ばしてください。",
    # ko: "There is a violent scene in the middle; sensitive readers may skip it."
    "중반에 폭력 장면이 있으니 민감하신 분은 건너뛰셔도 됩니다.",
    # en, es, fr, de, pt
    "Sensitive readers may want to skip chapter nine, which describes a drowning.",
    "Lectores sensibles: pueden saltarse el capítulo cuatro, que describe una tortura.",
    "Lecteurs sensibles, vous pouvez sauter le chapitre sept : il décrit un viol.",
    "Empfindliche Leser können Kapitel drei überspringen, es beschreibt Gewalt gegen Kinder.",
    "Leitores sensíveis podem pular o capítulo dois, que descreve um suicídio.",
])
def test_a_note_telling_sensitive_readers_to_skip(note):
    assert read_notes("\n\n".join([note, *_PARAS])).content_warnings


@pytest.mark.parametrize("note", [
    "对诗歌不感兴趣的朋友可以跳过第三部分。",  # zh: those not into poetry may skip part three (no sensitive readers, no hard thing)
    "敏感的朋友可以跳过前言，直接从第一章读起。",  # zh: sensitive readers may skip the preface (nothing hard depicted)
    "Sensitive readers may skip the long preface; the novel proper starts on page forty.",  # en: nothing hard
    "Lectores sensibles: pueden saltarse el prólogo, es muy largo.",  # es: nothing hard
])
def test_skip_notes_that_warn_of_nothing(note):
    assert read_notes("\n\n".join([note, *_PARAS])).content_warnings is None


@pytest.mark.parametrize("line", [
    # zh: "a friend who is an editor at a publishing house mailed me the new edition"
    "上个月在出版社当编辑的朋友寄来了这本书的新版，我一口气读完了。",
    "在出版社工作的朋友送我一本，说我肯定喜欢。",
    "出版社的编辑寄来了样书。",  # (as before)
])
def test_a_copy_from_a_friend_at_a_publishing_house(line):
    assert read_notes("\n\n".join([line, *_PARAS])).disclosure


@pytest.mark.parametrize("line", [
    "在出版社工作的朋友推荐了这本书，我自己买了一本。",  # recommended, bought myself
    "出版社当编辑的朋友说这本书卖得很好。",  # said it sells well
    "我送给出版社的朋友一本旧书。",  # I gave a book to a friend at a publisher
])
def test_publishing_friends_who_gave_no_copy(line):
    assert read_notes("\n\n".join([line, *_PARAS])).disclosure is None


@pytest.mark.parametrize("line", [
    "*Bu roman bana Deniz Yayınları tarafından hediye edildi; görüşler bana aittir.*",
    "Kitap, Kuzey Yayıncılık tarafından ücretsiz olarak gönderildi.",
    "Martı Yayınları bu kitabı bana hediye olarak gönderdi, teşekkürler.",
])
def test_a_turkish_publications_house_as_the_giver(line):
    assert read_notes("\n\n".join([*_PARAS, line])).disclosure


@pytest.mark.parametrize("line", [
    "Kitabı Deniz Yayınları'nın sitesinden kendim satın aldım.",  # bought it myself from the house's site
    "Bu roman ilk kez 1998'de Kuzey Yayıncılık tarafından basıldı.",  # first printed by the house
    "Kitap bana bir arkadaşım tarafından hediye edildi.",  # a friend's gift, no publisher
])
def test_turkish_publishers_that_gave_no_copy(line):
    assert read_notes("\n\n".join([*_PARAS, line])).disclosure is None
