"""scraper.extract.notes, round 15: a content-warning label with a few words before its colon ("Content warning for
anyone who needs it:", sv "Innehållsvarning för känsliga läsare:") when what follows is hard; a bare "attention" label
(pl "Uwaga:", de "Achtung:") only on a short note of a hard thing and its depiction; the Hindi "सामग्री चेतावनी"
(content warning); the Vietnamese "NXB" (nhà xuất bản, publisher) and the Georgian publisher ("გამომცემლობა") who
gave the copy; a giveaway that gave the copy to the writer. Near misses: the same words where they say something else.
"""

from __future__ import annotations

import pytest

from scraper.extract.notes import read_notes

BODY = "\n\n".join([
    "The novel follows a ferryman who keeps a ledger of every passenger he has ever carried across the river.",
    "Each chapter opens with a page of that ledger, and the entries slowly tell a second story under the first.",
    "I found the middle slow, but the ending made me turn back to the first page and start again.",
] * 2)


def notes(note: str, where: str = "top"):
    return read_notes(note + "\n\n" + BODY if where == "top" else BODY + "\n\n" + note)


@pytest.mark.parametrize("note", [
    "Content warning for anyone who needs it: a suicide attempt in chapter four.",  # en
    "Innehållsvarning för känsliga läsare: våld mot en hund och ett självmord.",  # sv
    "**Uwaga:** sceny przemocy wobec dzieci, opisane bez niedomówień.",  # pl, bold
    "Achtung: die Folter im dritten Teil wird ausführlich beschrieben.",  # de
    "**सामग्री चेतावनी:** इस उपन्यास में आत्महत्या और हिंसा के दृश्य हैं।",  # hi
    "ट्रिगर चेतावनी: बलात्कार का वर्णन।",  # hi
])
def test_a_qualified_or_attention_label_on_a_hard_thing_is_a_content_warning(note):
    assert notes(note).content_warnings is not None


@pytest.mark.parametrize("note", [
    "Content warning for the faint of heart: this one is a slow burn.",  # en: a qualified label, nothing hard
    "Innehållsvarning för den som väntar sig romantik: det finns ingen.",  # sv: nothing hard
    "Uwaga: ta książka jest bardzo długa i wciąga na wiele nocy.",  # pl: a remark, nothing hard
    "Uwaga: śmierć ojca to temat, o którym autorka pisze od lat w swoich felietonach i wywiadach dla prasy.",  # pl: no depiction
    "Achtung: der zweite Band erscheint erst im Herbst.",  # de: a remark
    "Attention: the sequel is out in May and it covers the trial.",  # en: a remark
    "मैंने यह चेतावनी पढ़ी थी कि किताब लंबी है।",  # hi: the word inside a sentence
])
def test_a_remark_after_such_a_label_is_no_content_warning(note):
    assert notes(note).content_warnings is None


@pytest.mark.parametrize("where", ["top", "bottom"])
@pytest.mark.parametrize("note", [
    "*Sách do NXB Kim Đồng gửi tặng để mình đọc và viết cảm nhận.*",  # vi, the abbreviation, in italics
    "*Mình nhận sách từ nhà xuất bản, cảm ơn NXB rất nhiều.*",  # vi
    "\\* ეს წიგნი გამომცემლობამ საჩუქრად გამოგვიგზავნა.",  # ka, after a note mark
    "*წიგნის ეგზემპლარი გამომცემლობამ მოგვაწოდა.*",  # ka, in italics
    "*The author gifted me a copy through her newsletter giveaway; my opinions are mine.*",  # en: given to me
])
def test_a_copy_given_by_the_house_is_a_disclosure(note, where):
    assert notes(note, where).disclosure is not None


@pytest.mark.parametrize("note", [
    "*NXB Trẻ in lại cuốn này năm ngoái với bìa mới.*",  # vi: the publisher reprinted it, nothing given
    "\\* გამომცემლობამ რომანი პირველად 1975 წელს გამოსცა.",  # ka: the house published it in 1975
    "*Enter our giveaway to win a signed copy from the publisher!*",  # en: a giveaway, nothing given to the writer
    "*If a publisher gifted me a copy, I say so in a giveaway post.*",  # en: a policy
])
def test_a_house_named_without_a_copy_given_to_the_writer_is_no_disclosure(note):
    assert notes(note, "bottom").disclosure is None
