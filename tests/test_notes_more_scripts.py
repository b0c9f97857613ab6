"""scraper.extract.notes in more languages and one more way of setting a note apart: a note wholly in brackets
(full-width or not) at the top or the bottom is set apart as one in italics is; the publisher and the giving in el,
he, ar, bn, lt, lv, hr; the content-warning labels of lt, lv, hr, sk, bn and ar ("تحذير للمحتوى"), "a heads-up
for/before …"; and the Japanese and Chinese "touches on", "mentions" as a depiction. Near misses: a bracketed aside
naming the publisher without a giving, a copy bought, a note saying there is none, a label inside a sentence.
"""

from __future__ import annotations

import pytest

from scraper.extract.notes import read_notes

BODY = "\n\n".join([
    "The story opens in a river town where a ferryman keeps a ledger of everyone he has carried across.",
    "Half-way through, the ledger goes missing and the town begins to argue about who was ever there at all.",
    "The ending ties the threads together a little too neatly, but the middle chapters are wonderful.",
] * 2)


def notes(note: str, where: str = "top", italic: bool = False):
    note = f"*{note}*" if italic else note
    return read_notes(note + "\n\n" + BODY if where == "top" else BODY + "\n\n" + note)


@pytest.mark.parametrize("where", ["top", "bottom"])
@pytest.mark.parametrize("note, italic", [
    ("（此书为出版社所赠，评价仍出自本人。）", False),  # zh, in full-width brackets
    ("(أرسلت لي دار النشر نسخة من الرواية مجاناً.)", False),  # ar, in brackets
    ("وصلتني الرواية من دار النشر هدية، والرأي رأيي.", True),  # ar "reached me"
    ("Ευχαριστώ τις εκδόσεις που μου έστειλαν το αντίτυπο.", True),  # el
    ("את הספר קיבלתי מההוצאה, בלי התחייבות לכתוב עליו.", True),  # he, the publisher with its prefixes
    ("Grāmatu saņēmu no izdevniecības bez maksas.", True),  # lv
    ("Knygą man atsiuntė leidykla, bet nuomonė mano.", True),  # lt
    ("Knjigu sam dobila od nakladnika na poklon.", True),  # hr
    ("বইটি প্রকাশক পাঠিয়েছেন, মতামত আমার নিজের।", True),  # bn
])
def test_a_note_set_apart_naming_the_publisher_and_a_giving_is_a_disclosure(note, italic, where):
    assert notes(note, where, italic).disclosure is not None


@pytest.mark.parametrize("note, italic", [
    ("（出版社は新潮社、二〇一九年の刊行。）", False),  # where it was published: no giving
    ("(دار النشر نفسها أصدرت الجزء الثاني العام الماضي.)", False),  # the publisher's other book
    ("Knygą pirkau pati knygyne, ne iš leidyklos.", True),  # lt: bought it herself
])
def test_a_note_set_apart_without_a_giving_is_no_disclosure(note, italic):
    assert notes(note, "bottom", italic).disclosure is None


@pytest.mark.parametrize("line, listed", [
    ("**Brīdinājums:** vardarbība ģimenē.", "vardarbība ģimenē."),  # lv
    ("Upozorenje: samoubojstvo, nasilje.", "samoubojstvo, nasilje."),  # hr
    ("Įspėjimai: prievarta, mirtis.", "prievarta, mirtis."),  # lt, plural
    ("تحذير للمحتوى: انتحار، عنف.", "انتحار، عنف."),  # ar, "for the content"
    ("সতর্কবার্তা: আত্মহত্যার প্রসঙ্গ আছে।", "আত্মহত্যার প্রসঙ্গ আছে।"),  # bn
    ("*A heads-up for sensitive readers: the novel dwells on grief and an overdose.*",
     "the novel dwells on grief and an overdose."),
])
def test_a_labelled_content_warning_in_more_languages(line, listed):
    assert read_notes(line + "\n\n" + BODY).content_warnings == listed


@pytest.mark.parametrize("note", [
    "※自死について言及する箇所があります。",  # ja: "mentions"
    "※本文提及家暴与死亡，请酌情阅读。",  # zh: "mentions"
])
def test_a_marked_note_that_touches_on_a_hard_thing_is_a_warning(note):
    assert read_notes(note + "\n\n" + BODY).content_warnings is not None


@pytest.mark.parametrize("text", [
    "※死に触れる箇所はありません。",  # says there is none
    "Mokytojos įspėjimas: skaityti lėtai.\n\n" + BODY,  # a teacher's warning, inside a sentence's subject
])
def test_near_misses_are_no_warning(text):
    assert read_notes(text if "\n" in text else text + "\n\n" + BODY).content_warnings is None


@pytest.mark.parametrize("line, listed", [
    ("Triggerwaarschuwing: zelfdoding en rouw.", "zelfdoding en rouw."),  # nl, a trigger warning in one word
    ("触发警告：书中涉及自残。", "书中涉及自残。"),  # zh, "trigger warning"
    ("انتباہ: ناول میں تشدد اور موت کا ذکر ہے۔", "ناول میں تشدد اور موت کا ذکر ہے۔"),  # ur
    ("阅读提示：书中写到亲人的死亡。", "书中写到亲人的死亡。"),  # zh, a reading note that names a hard thing
])
def test_more_content_warning_labels(line, listed):
    assert read_notes(line + "\n\n" + BODY).content_warnings == listed


def test_a_reading_note_warns_only_when_it_names_a_hard_thing():
    # a reading time, on a line and as a callout's title with its paragraph: no warning
    assert read_notes("阅读提示：本文约三千字，阅读需要十分钟。\n\n" + BODY).content_warnings is None
    assert read_notes("**閱讀提示：**\n\n全文約三千字，適合睡前讀。\n\n" + BODY).content_warnings is None
    assert read_notes("**閱讀提示：**\n\n書中有親人自殺的情節。\n\n" + BODY).content_warnings == "書中有親人自殺的情節。"


@pytest.mark.parametrize("note, warns", [
    ("*This post discusses stalking and an overdose.*", True),
    ("*This review mentions kidnapping and incest in passing.*", True),
    ("*This review mentions the sequel and the film.*", False),
])
def test_a_note_set_apart_saying_what_the_post_holds(note, warns):
    assert (read_notes(note + "\n\n" + BODY).content_warnings is not None) is warns


@pytest.mark.parametrize("sentence, discloses", [
    ("Recibí la novela por cortesía de la editorial, sin compromiso.", True),  # es
    ("Ho ricevuto il romanzo in anteprima dalla casa editrice.", True),  # it
    ("I received this edition from the publisher; the thoughts are mine.", True),  # en
    ("Kitap bana yayınevi tarafından hediye olarak verildi.", True),  # tr
    ("The author received a grant from the publisher to finish it.", False),  # not the reviewer
    ("If you received a copy from the publisher, tell me what you thought.", False),  # a question to readers
])
def test_a_copy_received_from_the_publisher(sentence, discloses):
    assert (notes(sentence, "bottom").disclosure is not None) is discloses


def test_an_info_table_does_not_push_a_disclosure_off_the_edge():
    table = "\n".join(f"| {label}: | {value} |" for label, value in
                      [("Yayınevi", "Deniz"), ("Sayfa sayısı", "412"), ("Basım yılı", "2021"), ("Dil", "Türkçe"), ("Cilt", "Karton")])
    markdown = table + "\n\nKitap bana yayınevi tarafından hediye olarak verildi.\n\n" + BODY + "\n\n" + BODY
    assert read_notes(markdown).disclosure is not None


@pytest.mark.parametrize("opening, warns", [
    ("Welcome back, readers. *Content note: this one deals with suicide and grief.* The novel opens on a ferry.", True),
    ("Hola otra vez. *Aviso: hay violencia y abusos en la segunda parte.* La novela empieza en un puerto.", True),
    # italics inside the opening that warn of nothing hard, or are a title
    ("Welcome back. *Warning: spoilers for the first book follow.* The sequel opens on a ferry.", False),
    ("This week: *Warning: Low Tide*, a thriller set on a ferry, and why I liked it.", False),
])
def test_a_warning_in_italics_inside_an_opening_block(opening, warns):
    assert (read_notes(opening + "\n\n" + BODY).content_warnings is not None) is warns


def test_a_warning_in_italics_deep_in_the_review_is_not_read():
    late = BODY + "\n\n" + BODY + "\n\nBy the end, *a warning: the last chapter has a suicide.* It hurt."
    assert read_notes(late).content_warnings is None
