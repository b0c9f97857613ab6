"""scraper.extract.notes: a short note the writer opens with a note mark (※ ＊ ⚠ 注: 【注意】 [TW] \\*) at the top or
the bottom of a post, read in any language by structure and a few word roots (notewords.py): a publisher and a giving
make a free-copy disclosure, a hard thing and a depiction a content warning. Notes with the same marks that are
neither (where the copy came from, a spoiler notice, an affiliate note, "there is no violence") stay unrecorded.
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.notes import read_notes
from scraper.extract.notewords import NOTE_MARK

REVIEW = "\n\n".join([
    "이야기는 항구 도시의 오래된 여관에서 시작된다. 주인공은 돌아가신 할아버지의 장부를 정리하다가 낯선 이름들을 발견한다.",
    "The middle of the book follows the ledger's names one by one, and each chapter is a small, sad, funny life.",
    "物語の後半は、主人公が祖父の旅をたどる形で進みます。港町の描写がとても美しい。",
] * 2)


def notes(note: str, where: str = "top"):
    return read_notes(note + "\n\n" + REVIEW if where == "top" else REVIEW + "\n\n" + note)


@pytest.mark.parametrize("where", ["top", "bottom"])
@pytest.mark.parametrize("note", [
    "※ 이 글은 출판사에서 책을 지원받아 솔직하게 쓴 후기입니다.",  # ko
    "＊出版社さまから見本をお送りいただきました。",  # ja
    "※ 本书由出版社寄赠，感想为个人观点。",  # zh
    "※ यह प्रति प्रकाशक ने समीक्षा हेतु प्रदान की।",  # hi
    "※ أرسلت دار النشر نسخة من الرواية مشكورة.",  # ar
    "\\* Provided by the publisher; the opinions are mine.",  # en, an escaped asterisk as Markdown writes it
])
def test_a_marked_note_naming_the_publisher_and_a_giving_is_a_disclosure(note, where):
    assert notes(note, where).disclosure is not None


@pytest.mark.parametrize("note", [
    "※ 이 책은 동네 도서관에서 빌려 읽었습니다.",  # borrowed from a library
    "※ 출판사와 번역자 정보는 글 아래에 적어 두었습니다.",  # publisher named, nothing given
    "＊自分で買った文庫版で読みました。",  # bought
    "※ 出版社が決めた発売日は来月です。",  # the publisher's release date
])
def test_a_marked_note_that_gives_no_free_copy_is_no_disclosure(note):
    assert notes(note).disclosure is None


@pytest.mark.parametrize("where", ["top", "bottom"])
@pytest.mark.parametrize("note", [
    "※ 작품 속에 자해와 학대 장면이 나옵니다.",  # ko
    "⚠ 本书涉及自杀情节，请谨慎阅读。",  # zh
    "※ 戦争で人が死ぬ場面の描写が多めです。",  # ja
    "※ ในเล่มมีฉากความรุนแรงในครอบครัว",  # th
    "※ تحتوي الرواية على مشاهد تعذيب.",  # ar
    "注：书中有对酷刑的详细描写。",  # zh, "注:"
    "※ Há cenas de violência doméstica no livro.",  # pt: "no" = "in the"
    "#### ※ 이 글에는 전쟁 중 학살과 고문에 대한 언급이 있습니다.",  # ko, the note set as a heading
])
def test_a_marked_note_naming_a_hard_thing_and_its_depiction_is_a_warning(note, where):
    # (the note as written, its mark kept at the top, where warning_note reads it, or left off)
    assert notes(note, where).content_warnings in (note.lstrip("# "), note.lstrip("# ")[NOTE_MARK.match(note.lstrip("# ")).end():].strip())


@pytest.mark.parametrize("note, listed", [
    ("【注意】流血と拷問の場面があります。", "流血と拷問の場面があります。"),  # ja, a bracketed label
    ("［警告］自杀、虐待", "自杀、虐待"),  # zh, a bracketed label and a list
    ("[TW] gore, a drowning death", "gore, a drowning death"),
])
def test_a_bracketed_warning_label_before_hard_things(note, listed):
    assert notes(note).content_warnings == listed


@pytest.mark.parametrize("note", [
    "※ 폭력적인 장면은 없습니다. 편하게 읽으셔도 돼요.",  # ko: there is no violence
    "※ 暴力的な描写はありません。",  # ja: the same
    "注：本书没有血腥内容。",  # zh
    "※ No violence or death in this one, a gentle read.",
    "【注意】この記事には結末のネタバレが含まれます。",  # a spoiler notice
    "【お知らせ】この記事にはアフィリエイトリンクが含まれます。",  # an affiliate note
    "［警告］长文预警，慎入",  # a long-post notice
    "※ 死ぬほど笑える場面ばかりです。",  # "so funny I could die"
    "※ 2판 3쇄를 기준으로 쓴 글입니다.",  # which printing
    "[Note] The map at the front of the book shows the whole coast.",
])
def test_a_marked_note_that_warns_of_nothing_hard_is_no_warning(note):
    assert notes(note).content_warnings is None


def test_a_marked_note_in_the_middle_of_the_review_is_the_reviews_own_aside():
    middle = REVIEW + "\n\n※ 작품 속에 자해 장면이 나옵니다.\n\n" + REVIEW
    assert read_notes(middle).content_warnings is None


def test_the_notes_of_a_korean_post_through_extract_page():
    body = (
        "<p>※ 출판사에서 가제본을 제공받아 읽고 남기는 글입니다.</p><p>※ 전쟁 중의 살인 장면이 묘사됩니다.</p>"
        + "".join(f"<p>{line}</p>" for line in REVIEW.split("\n\n"))
    )
    page = (
        "<!doctype html><html lang='ko'><head><meta charset='utf-8'><title>『항구의 장부』 읽고 | 책방 일기</title></head><body>"
        f"<article class='post'><h1 class='entry-title'>『항구의 장부』 읽고</h1><div class='entry-content'>{body}</div></article>"
        "</body></html>"
    )
    record = extract_page(page, "https://chaekbang.example.kr/2026/11/harbour-ledger/")
    assert record.disclosure == "※ 출판사에서 가제본을 제공받아 읽고 남기는 글입니다."
    assert record.content_warnings.endswith("전쟁 중의 살인 장면이 묘사됩니다.")


@pytest.mark.parametrize("note", [
    "*출판사에서 가제본을 보내 주셔서 먼저 읽어 보았습니다.*",  # ko, a whole line in italics
    "_Экземпляр книги предоставило издательство._",  # ru
])
def test_a_note_in_italics_naming_the_publisher_and_a_giving_is_a_disclosure(note):
    assert notes(note).disclosure is not None
    assert notes(note, "bottom").disclosure is not None


def test_an_italic_standfirst_about_the_publisher_is_no_disclosure():
    assert notes("*A debut the publisher gave a big push this spring, and rightly.*").disclosure is None


@pytest.mark.parametrize("heading, listed", [
    ("## TWs: self-harm, a parent's death", "self-harm, a parent's death"),
    ("### Avisos de contenido: suicidio, abusos", "suicidio, abusos"),
])
def test_a_heading_labelled_as_a_warning_that_lists_hard_things(heading, listed):
    assert notes(heading).content_warnings == listed


@pytest.mark.parametrize("heading", [
    "## Warning: this one will keep you up all night",
    "## Aviso: a partir de aquí, mi opinión",
])
def test_a_heading_labelled_as_a_warning_about_nothing_hard_is_a_title(heading):
    assert notes(heading).content_warnings is None


@pytest.mark.parametrize("note", [
    "*Hinweis: Im Buch stirbt ein Kind; die Szene ist kurz, aber hart.*",  # de, a note label, a death and a scene
    "*Nota: il romanzo contiene scene di tortura.*",  # it
    "Note: there are scenes of wartime violence in the second half.",
])
def test_a_note_label_before_a_hard_thing_and_its_depiction_is_a_warning(note):
    assert notes(note).content_warnings is not None


@pytest.mark.parametrize("note", [
    "*Nota: il romanzo contiene una mappa della città.*",  # a note about a map
    "*Hinweis: Die Szene am Bahnhof ist mein Lieblingsmoment.*",  # a scene, nothing hard
    "*A novel that follows a family through a war, told in short scenes.*",  # an italic standfirst, no note label
])
def test_a_note_label_about_nothing_hard_or_an_italic_standfirst_is_no_warning(note):
    assert notes(note).content_warnings is None
