"""Notes read in the holdout23 round (det13), each on our own sentences with near misses that must stay unchanged.

A free copy got free, said by a verb whose ending is the person (es/pt/it/ca/pl drop the pronoun: "Recibí el libro
gratis …"); a character's or an author's free thing is none."""

from __future__ import annotations

import pytest

from scraper.extract.notes import find_disclosure, read_notes
from tests.test_notes_free_given import blocks

@pytest.mark.parametrize("line", [
    "Recibí esta novela gratis a través del club de lectura de mi biblioteca; la opinión es solo mía.",
    "Recebi o livro gratuitamente pelo clube de leitores da livraria, e isso não muda a minha opinião.",
    "Ho ricevuto gratis il romanzo con il gruppo di lettura del quartiere.",
    "Dostałam tę powieść za darmo w ramach klubu czytelniczego mojej księgarni.",
])
def test_a_copy_got_free_said_by_the_verb_ending(line):
    assert find_disclosure(blocks(line))


@pytest.mark.parametrize("line", [
    "La protagonista recibió gratis una casa en el pueblo y se muda allí con su hija.",
    "O protagonista recebeu gratuitamente uma casa na aldeia e muda-se com a filha.",
    "Il protagonista ha ricevuto gratis una casa in paese e ci si trasferisce con la figlia.",
    "Bohater dostał za darmo dom na wsi i przeprowadza się tam z córką.",
])
def test_someone_elses_free_thing_is_no_disclosure(line):
    assert find_disclosure(blocks(line)) is None


def test_italic_opening_note_in_markdown():
    md = ("## Dos casas\n\n*Recibí el libro gratis dentro del programa de lectores de una librería; eso no cambia lo que pienso.*\n\n"
          "Llevaba años esquivándolo y al final lo leí en una semana.")
    assert read_notes(md).disclosure


# A labelled warning in the languages whose hard things and depictions were not read (hu, fi, cs, el, ro), and the
# same labels over a remark or a denial.
@pytest.mark.parametrize("md", [
    "*Figyelem: a könyv családon belüli erőszakot és egy öngyilkosságot is leír.*\n\nA regény egy faluban játszódik.",
    "Huomio: kirja kuvaa väkivaltaa ja itsemurhaa suoraan.\n\nRomaani sijoittuu pieneen kylään.",
    "Pozor: kniha obsahuje scény domácího násilí.\n\nRomán se odehrává na vesnici.",
    "Atenție: romanul descrie scene de violență domestică.\n\nAcțiunea are loc într-un sat.",
])
def test_attention_label_over_a_depicted_hard_thing(md):
    assert read_notes(md).content_warnings


@pytest.mark.parametrize("md", [
    "Figyelem: ez a könyv hosszú, és a vége lassan bontakozik ki.\n\nA regény egy faluban játszódik.",
    "Figyelem: a regényben nincs erőszak, nyugodtan olvasható.\n\nA regény egy faluban játszódik.",
    "Pozor: v knize není žádné násilí, jen smutek.\n\nRomán se odehrává na vesnici.",
    "Huomio: kirja on pitkä ja hidas.\n\nRomaani sijoittuu pieneen kylään.",
])
def test_attention_label_over_a_remark_or_a_denial(md):
    assert read_notes(md).content_warnings is None


# Chinese says "there is none" before the thing: a negation after it denies something else ("but not in detail").
def test_chinese_negation_after_the_hard_thing_is_about_its_detail():
    assert read_notes("**内容提醒：**这篇文章会谈到校园暴力和自杀的情节，但不会细写。\n\n我第一次读这本书").content_warnings
    assert read_notes("**內容提醒：**本書提到家暴的段落，沒有血腥描寫。\n\n我第一次讀").content_warnings


@pytest.mark.parametrize("md", [
    "**内容提醒：**本书没有任何暴力描写，可以放心读。\n\n我第一次读这本书",
    "**內容提醒：**全書並無血腥情節。\n\n我第一次讀",
    "**内容提醒：**本文有剧透。\n\n我第一次读这本书",
])
def test_chinese_reminder_that_denies_or_names_spoilers(md):
    assert read_notes(md).content_warnings is None


# A caution to sensitive readers about a scene, with no label word, in an opening note.
@pytest.mark.parametrize("md", [
    "## 読書メモ\n\n※少しネタバレ。中盤に動物がひどい目にあう場面があるので、苦手な方はご注意ください。\n\n夏休みに読みました。",
    "## Notes\n\nThere is a long scene of animal cruelty in chapter nine, so sensitive readers, beware.\n\nI read it in a weekend.",
    "※ 후반부에 학대 장면이 나오니 불편하신 분은 주의해 주세요.\n\n주말에 읽었습니다.",
    "Hay una escena de tortura muy explícita en la segunda parte; lectores sensibles, cuidado.\n\nLo leí en una semana.",
])
def test_caution_to_sensitive_readers_about_a_scene(md):
    assert read_notes(md).content_warnings


@pytest.mark.parametrize("md", [
    "※ネタバレあり。ネタバレが苦手な方はご注意ください。\n\n夏休みに読みました。",
    "Sensitive readers will love the quiet scenes between the two sisters.\n\nI read it in a weekend.",
    "この小説は長いので、苦手な方は注意してください。\n\n夏休みに読みました。",
    # (in the middle of the review, a remark of the review's own)
    "I read it in a weekend.\n\nThe plot is slow.\n\nThe ending is abrupt.\n\nThe translation is fine.\n\n"
    "There is a harrowing scene of torture, so sensitive readers should take care.",
])
def test_caution_near_misses(md):
    assert read_notes(md).content_warnings is None


# A warning paragraph of a shop's review box that the Markdown glued to the box's title (one list item, one line).
from lxml import html as _html  # noqa: E402


def _box(first: str, title: str = "A clever idea, a tiring build") -> tuple[str, object]:
    paragraphs = [first, "A junk dealer sews the remains of the victims into one body, and the body walks out at night.",
                  "I loved the neighbourhood and its people, but the last chapters are longer than they need to be."]
    root = _html.fromstring("<div><ol><li><div class='title'>" + title + "</div><div class='content'>"
                            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div></li></ol></div>")
    return "1. \n" + title + " " + " ".join(paragraphs), root


@pytest.mark.parametrize("first", [
    "Content warning: graphic descriptions of bombings and corpses.",
    "تنبيه: في الرواية وصف صريح لعنف وتفجيرات.",
    "Inhaltswarnung: Gewalt gegen Kinder wird ausführlich beschrieben.",
])
def test_warning_paragraph_glued_into_a_box_line(first):
    md, root = _box(first)
    assert read_notes(md, root).content_warnings


@pytest.mark.parametrize("first", [
    "Attention: this novel is long and its middle is slow.",  # a bare attention label over a remark
    "A junk dealer collects what is left after the bombings.",  # no label
])
def test_glued_paragraph_near_misses(first):
    md, root = _box(first)
    assert read_notes(md, root).content_warnings is None


def test_label_paragraph_outside_the_clean_review_is_not_read():
    root = _html.fromstring("<div><aside><p>Content warning: violence in our comments is removed.</p></aside>"
                            "<article><p>I loved the neighbourhood and its people.</p></article></div>")
    assert read_notes("I loved the neighbourhood and its people.", root).content_warnings is None


# A short note at the review's edge that thanks the publisher for a copy or for sending it, in any language; thanks for
# a translation, an edition's look or a reissue, a policy, or the same thanks in the review's middle are none.
_PARAS = [
    "The story follows a ferry captain across one hard winter, and each chapter is a crossing with its own weather.",
    "The middle of the book slows down, but the last crossing made up for it and I read it in one evening.",
    "Her sentences are short and plain, and the sea is always there at the edge of every page of it.",
    "I would give it to anyone who liked the quieter novels of the last few years, and I will read her next.",
]


@pytest.mark.parametrize("note", [
    "Merci aux éditions du Rocher pour l'envoi de ce roman.",
    "Köszönöm a kiadónak a recenziós példányt.",
    "شكرا لدار النشر على إرسال نسخة من الرواية.",
    "Ευχαριστώ τις εκδόσεις για το αντίτυπο.",
    "Kitabı gönderdiği için yayınevine teşekkür ederim.",
    "Agradezco a la editorial el envío del ejemplar.",
    "ขอบคุณสำนักพิมพ์ที่ส่งนิยายเล่มนี้มาให้อ่าน",
])
@pytest.mark.parametrize("at_start", [True, False])
def test_thanks_to_the_publisher_for_a_copy_at_the_edge(note, at_start):
    blocks = [note, *_PARAS] if at_start else [*_PARAS, note]
    assert read_notes("\n\n".join(blocks)).disclosure == note


@pytest.mark.parametrize("note", [
    "Thanks to the publisher for the beautiful new translation.",
    "Merci aux éditions du Rocher pour leur travail sur cette collection.",
    "Köszönöm a kiadónak, hogy újra kiadta ezt a regényt.",
    "شكرا لدار النشر على هذه الترجمة الجميلة.",
    "Publishers: thank you, but I no longer accept review copies.",
    "ขอบคุณสำนักพิมพ์ที่ส่งเสริมนักเขียนรุ่นใหม่",
])
def test_thanks_to_the_publisher_for_something_else(note):
    assert read_notes("\n\n".join([note, *_PARAS])).disclosure is None


def test_thanks_for_a_copy_in_the_middle_of_a_long_review_is_not_an_edge_note():
    blocks = [*_PARAS, "Köszönöm a kiadónak a recenziós példányt.", *_PARAS]
    assert read_notes("\n\n".join(blocks)).disclosure is None


# Warning labels and hard things in tl, eu, si, my, km (the Khmer colon ៖ too); a Tagalog review's first sentence
# without a label stays unread.
@pytest.mark.parametrize("note", [
    "Babala: may karahasan at pagpapakamatay sa ikalawang bahagi.",
    "Abisua: indarkeria eta suizidioa.",
    "අවවාදයයි: හිංසනය, සියදිවි නසා ගැනීම.",
    "သတိပေးချက် - အကြမ်းဖက်မှု၊ ကိုယ့်ကိုယ်ကိုသတ်သေမှု",
    "ការព្រមាន៖ អំពើហិង្សា ការធ្វើអត្តឃាត",
])
def test_more_warning_labels(note):
    assert read_notes("\n\n".join([note, *_PARAS])).content_warnings


def test_tagalog_sentence_about_violence_without_a_label():
    md = "\n\n".join(["Maraming karahasan sa nobelang ito, pero maganda ang pagkakasulat.", *_PARAS])
    assert read_notes(md).content_warnings is None


# A bare "Warning:" or "注意：" label warns when what it says names a hard thing (as a content reminder's); an explicit
# content or trigger warning label warns of whatever it lists.
@pytest.mark.parametrize("note", [
    "Warning: suicide, self-harm and the death of a parent.",
    "Warnings: domestic violence, drowning.",
    "注意：書中有大量暴力描寫。",
    "注意：自殺の場面があります。",
    "Trigger warning: grief, the loss of a parent.",
    "Content warning: grief.",
])
def test_warning_labels_that_warn(note):
    assert read_notes("\n\n".join([note, *_PARAS])).content_warnings


@pytest.mark.parametrize("note", [
    "Warning: you will want to move to the seaside after reading it.",
    "Warning: this one is long, so clear a weekend.",
    "注意：本書很長，請準備好時間。",
    "注意：この本は上下巻です。",
])
def test_bare_warning_labels_over_a_remark(note):
    assert read_notes("\n\n".join([note, *_PARAS])).content_warnings is None


# The caution to sensitive readers after the sentence that says what is depicted; not after a spoiler note.
@pytest.mark.parametrize("note", [
    "※動物への虐待の描写があります。苦手な方はお気をつけください。",
    "※ 후반부에 자해 장면이 나옵니다. 불편하신 분은 주의하세요.",
    "There are two long scenes of torture in the second half. Sensitive readers, take care.",
])
def test_caution_after_the_sentence_that_says_what(note):
    assert read_notes("\n\n".join([note, *_PARAS])).content_warnings


@pytest.mark.parametrize("note", [
    "※ネタバレを含みます。苦手な方はご注意ください。",
    "Spoilers for the whole plot below. Sensitive readers, take care.",
])
def test_caution_after_a_spoiler_note(note):
    assert read_notes("\n\n".join([note, *_PARAS])).content_warnings is None


# The staples of a warning's list (grief, illness, a loss, addiction …) are hard things under a bare label too.
@pytest.mark.parametrize("note", [
    "Warning: grief, loss of a parent.",
    "Warning: cancer, terminal illness, panic attacks.",
    "Attention : ce roman décrit le deuil d'une mère et la dépression.",
    "Achtung: Der Roman beschreibt Trauer und Sucht.",
])
def test_list_staples_under_a_bare_label(note):
    assert read_notes("\n\n".join([note, *_PARAS])).content_warnings


def test_a_bare_attention_over_a_mood_is_none():
    assert read_notes("\n\n".join(["Attention : ce roman décrit un été très lent au bord de la mer.", *_PARAS])).content_warnings is None


# A copy lent or borrowed (a friend's, a library's) is no free copy of the writer's; the book given to me by the
# publisher in bg, sr, fa is a disclosure; the same publisher that recommended or published it is none.
@pytest.mark.parametrize("note", [
    "Gracias a mi hermana por prestarme su ejemplar.",
    "Thanks to my neighbour, who lent me her review copy.",
    "Merci à Léa qui m'a prêté son exemplaire, emprunté à la médiathèque.",
    "Danke an meine Kollegin, die mir ihr Leseexemplar geliehen hat.",
    "Dziękuję przyjaciółce za pożyczenie egzemplarza recenzenckiego.",
])
def test_a_lent_copy_is_no_disclosure(note):
    assert read_notes("\n\n".join([note, *_PARAS])).disclosure is None


@pytest.mark.parametrize("note", [
    "Книгата ми беше изпратена от издателството.",
    "Knjigu mi je poklonila izdavačka kuća.",
    "این کتاب را نشر ققنوس برایم فرستاد.",
])
def test_the_book_given_to_me_by_the_publisher(note):
    assert read_notes("\n\n".join([*_PARAS, note])).disclosure == note


@pytest.mark.parametrize("note", [
    "Knjigu mi je preporučila izdavačka kuća na sajmu.",
    "Издателството изпрати книгата на автора за подпис.",
    "این کتاب در سال گذشته توسط نشر ققنوس منتشر شد.",
])
def test_the_publisher_named_beside_the_book_but_no_gift_to_me(note):
    assert read_notes("\n\n".join([*_PARAS, note])).disclosure is None


def test_negations_of_one_language_are_no_words_of_another():
    from scraper.extract.notewords import names_hard_thing
    assert names_hard_thing("nu volgt een scène met geweld en misbruik")  # nl "nu" is "now"
    assert not names_hard_thing("Romanul nu conține violență.")  # ro "nu" is "not"
    assert not names_hard_thing("A regényben nincs erőszak.")


# ko "트리거 주의" as a label; "deals with", "addresses", "portrays" as depictions (pt, sv) beside a hard thing only.
@pytest.mark.parametrize("note", [
    "※트리거 주의: 자살, 학대",
    "⚠️ Este livro aborda violência doméstica e suicídio.",
    "Obs: boken skildrar våld och självmord.",
])
def test_more_depiction_words_and_labels(note):
    assert read_notes("\n\n".join([note, *_PARAS])).content_warnings


@pytest.mark.parametrize("note", [
    "⚠️ Este livro aborda a vida numa aldeia do Minho.",
    "Obs: boken är lång och skildrar en långsam sommar.",
])
def test_depiction_words_without_a_hard_thing(note):
    assert read_notes("\n\n".join([note, *_PARAS])).content_warnings is None


# A copy made available free by the publisher (de), given by the publisher (ja, zh), sent as a gift (vi); near misses:
# a copy given to libraries, a new edition out, a bookmark given with pre-orders, a gift to the author, a denial.
@pytest.mark.parametrize("note", [
    "Dieses Buch wurde mir vom Verlag kostenlos zur Verfügung gestellt.",
    "本書は出版社からいただきました。",
    "这本书是出版社送的，谢谢！",
    "Sách được nhà xuất bản gửi tặng.",
])
def test_a_copy_the_publisher_gave(note):
    assert read_notes("\n\n".join([*_PARAS, note])).disclosure == note


@pytest.mark.parametrize("note", [
    "Der Verlag hat das Buch den Bibliotheken kostenlos zur Verfügung gestellt.",
    "出版社から新装版が出ました。",
    "出版社からいただいたものではなく、自分で買いました。",
    "Nhà xuất bản tặng kèm bookmark cho độc giả đặt trước.",
    "这本书是出版社送给作者的纪念版。",
    "這本不是出版社寄給我的，是我自己買的。",
])
def test_the_publisher_named_with_no_copy_given_to_me(note):
    assert read_notes("\n\n".join([*_PARAS, note])).disclosure is None
