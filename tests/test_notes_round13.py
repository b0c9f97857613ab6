"""scraper.extract.notes, round 13: a note set apart (italics) saying the copy was free and was received, whoever gave
it (a reading app, a programme: not only a publisher), in the languages the sentence rules do not read; the publisher
as the one who sent the copy ("The publisher sent our club a proof copy"); Norwegian "fikk"; the content-warning
labels "內容提醒" / "内容提醒" (a content reminder: a warning only when it names a hard thing) and Thai "คำเตือน".
Near misses: a free thing nobody received, a free copy said in plain text mid-review, a publisher giving something
that is no copy, a gift that is no copy, a content reminder about spoilers, a warning word inside a sentence.
"""

from __future__ import annotations

import pytest

from scraper.extract.notes import read_notes

BODY = "\n\n".join([
    "The novel follows two sisters who inherit a lighthouse and cannot agree on whether to sell it.",
    "Most of the book is their letters, which grow shorter and sharper as the winter goes on.",
    "I wanted more of the village, but the last fifty pages are as tense as any thriller I read this year.",
] * 2)


def notes(note: str, where: str = "bottom"):
    return read_notes(note + "\n\n" + BODY if where == "top" else BODY + "\n\n" + note)


@pytest.mark.parametrize("where", ["top", "bottom"])
@pytest.mark.parametrize("note", [
    "*Књигу сам добила бесплатно преко апликације за читање, али утисак је сасвим мој.*",  # sr, a reading app gave it
    "*Knihu jsem dostal zdarma v rámci čtenářského programu.*",  # cs
    "*이 전자책은 독서 앱의 체험단으로 무료로 제공받았습니다.*",  # ko
])
def test_an_italic_note_saying_the_copy_was_free_and_received_is_a_disclosure(note, where):
    assert notes(note, where).disclosure is not None


@pytest.mark.parametrize("note", [
    "*Бесплатан одломак романа можете прочитати на сајту аутора.*",  # sr: a free excerpt, nobody received it
    "*Kniha je zdarma ke stažení na webu nakladatele.*",  # cs: free to download, nothing received
    "Књигу сам добила бесплатно преко апликације за читање, али утисак је сасвим мој.",  # not set apart
])
def test_a_free_thing_nobody_received_or_a_plain_line_is_no_disclosure(note):
    assert notes(note).disclosure is None


@pytest.mark.parametrize("note", [
    "The publisher sent our reading group a proof copy of the new translation.",
    "*Content note: a house fire in chapter two. The publisher kindly sent the blog a finished copy.*",
    "Jeg fikk et anmeldereksemplar av boka, men meningene er mine egne.",  # nb "fikk"
])
def test_a_publisher_who_sent_a_copy_or_a_norwegian_fikk_is_a_disclosure(note):
    assert notes(note).disclosure is not None


@pytest.mark.parametrize("note", [
    "The publisher sent the author on a tour of forty bookshops before the launch.",  # no copy
    "The publisher gave the reissue a bright new cover and a map of the coast.",
    "Jeg fikk boka i julegave av mormor, og leste den på to dager.",  # a gift from family: no copy word
])
def test_a_publisher_giving_no_copy_or_a_family_gift_is_no_disclosure(note):
    assert notes(note).disclosure is None


@pytest.mark.parametrize("note, listed", [
    ("**內容提醒：本文提到家暴與死亡，請自行斟酌。**", "家暴"),  # zh-Hant, in bold
    ("内容提醒：书中有自杀情节的描写。", "自杀"),  # zh-Hans
    ("คำเตือน: มีฉากความรุนแรงในครอบครัว", "ความรุนแรง"),  # th
])
def test_chinese_content_reminder_and_thai_warning_labels(note, listed):
    found = notes(note, "top").content_warnings
    assert found is not None and listed in found


@pytest.mark.parametrize("note", [
    "內容提醒：本文有劇透，還沒讀完的人請先跳過。",  # a spoiler reminder names nothing hard
    "ผมอ่านคำเตือนของสำนักพิมพ์แล้วก็ยังซื้อมาอ่าน",  # th: "warning" inside a sentence
])
def test_a_spoiler_reminder_or_a_warning_word_in_a_sentence_is_no_warning(note):
    assert notes(note, "top").content_warnings is None


# -- the subject line a federated post folds its text under (<details><summary>), and a warning closing a line ------


def _post(summary: str) -> str:
    return ("<html><body><div class='status'><details open><summary>" + summary + "</summary><div class='e-content'>"
            + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n")) + "</div></details></div></body></html>")


@pytest.mark.parametrize("summary, listed", [
    ("review: The Glass Road (A. Vale) — cw: grief, drowning", "grief, drowning"),
    ("resenha: A Casa do Farol | CW: suicídio, luto", "suicídio, luto"),
    ("Rezension · TW: Gewalt gegen Kinder", "Gewalt gegen Kinder"),
])
def test_a_warning_in_the_subject_of_a_federated_post_is_read(summary, listed):
    import lxml.html
    page = lxml.html.fromstring(_post(summary))
    body = page.cssselect(".e-content")[0]
    assert read_notes(BODY, body).content_warnings == listed


@pytest.mark.parametrize("summary", [
    "review: The Glass Road (A. Vale), long thread",  # a subject with no warning
    "Spoilers for the ending below",  # a spoiler subject is no content warning
])
def test_a_subject_without_a_warning_is_none(summary):
    import lxml.html
    page = lxml.html.fromstring(_post(summary))
    assert read_notes(BODY, page.cssselect(".e-content")[0]).content_warnings is None


def test_a_dash_and_cw_inside_a_long_sentence_of_the_review_is_no_warning():
    line = ("The sequel is darker — CW: it is the book where the town burns, and I will say no more about it, but "
            "read the first one before you start this")
    assert read_notes(line + "\n\n" + BODY).content_warnings is None
