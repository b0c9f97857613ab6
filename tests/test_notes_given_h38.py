"""A free-copy note that says the publisher gave the book to the writer with no copy word (notegiven.given_to_me, read by
notegift.edge_gift at the review's edge), a Chinese sample copy (样书/樣書) the writer got, and a Chinese "reminder" label
(提醒：, 温馨提示：) before a content warning (notewords.CW_WORDS, a bare label: a short note naming a hard thing and its
depiction). holdout38 round (helper notes38), in our own words, with near misses: a book given to someone else, given by
a relative and merely published by a house, a house that published or printed it, a giving denied, a copy sent on to a
friend, a character's copy in the story, a reminder of length or spoilers."""

from __future__ import annotations

import pytest

from scraper.extract.notegiven import given_to_me
from scraper.extract.notes import read_notes

FILLER = [
    "The first paragraph tells how the story opens in a harbour town, with a ferry and a shuttered hotel.",
    "The second paragraph weighs the middle, which drags a little while the two sisters argue over the house.",
    "The third paragraph praises the ending, quiet and earned, and the translation that keeps its dry humour.",
    "The fourth paragraph compares it with the author's first novel and says who might enjoy it most.",
]


def _notes(note: str, where: str = "end", italic: bool = False):
    line = f"*{note}*" if italic else note
    blocks = [line, *FILLER] if where == "start" else [*FILLER, line]
    return read_notes("\n\n".join(blocks))


GIVEN = [
    "Ce recueil nous a été très aimablement transmis par les éditions du Phare.",  # fr, passive with the house as agent
    "Les éditions de la Lande m'ont gentiment fait parvenir ce roman.",  # fr, the house as subject
    "Je remercie les éditions Brume de m'avoir envoyé ce livre.",  # fr, an infinitive
    "Esta novela me fue enviada amablemente por la editorial Sirena.",  # es
    "Nos lo cedió Ediciones Faro, muchas gracias.",  # es, the house after the verb
    "Il romanzo mi è stato gentilmente spedito dalla casa editrice Gabbiano.",  # it
    "Le Edizioni Scoglio mi hanno inviato il libro qualche settimana fa.",  # it, subject
    "O romance foi-me gentilmente cedido pela editora Maré.",  # pt
    "Der Roman wurde mir freundlicherweise vom Möwe Verlag zur Verfügung gestellt.",  # de, passive
    "Diesen Band hat mir der Verlag freundlicherweise geschickt.",  # de, subject after the pronoun
    "Het boek werd mij toegestuurd door uitgeverij De Vuurtoren.",  # nl
    "Το μυθιστόρημα μού το έστειλαν ευγενικά οι εκδόσεις Φάρος.",  # el, the house after the verb
    "Οι εκδόσεις Γλάρος μάς παραχώρησαν ένα αντίτυπο.",  # el, subject
    "Το βιβλίο είναι ευγενική παραχώρηση των εκδόσεων Κύμα.",  # el, "courtesy of", a noun
    "This novel was kindly sent to me by the publisher.",  # en
]


@pytest.mark.parametrize("note", GIVEN)
def test_the_house_gave_the_book_to_the_writer(note):
    assert given_to_me(note), note
    assert _notes(note).disclosure
    assert _notes(note, "start").disclosure
    assert _notes(note, italic=True).disclosure


NOT_GIVEN = [
    "Le recueil a été offert par les éditions du Phare à toutes les écoles du quartier.",  # fr, given to others
    "Le recueil a été offert à mon frère par les éditions du Phare.",
    "Mon frère m'a offert ce recueil des éditions du Phare pour Noël.",  # fr, a present; the house only published it
    "Les éditions du Phare m'ont donné envie de relire les classiques.",  # fr, "made me want"
    "Ce roman ne m'a pas été envoyé par l'éditeur : je l'ai acheté en librairie.",  # fr, denied
    "Le roman a été réédité par les éditions du Phare en 2019.",  # fr, a record of publication
    "Mi abuela me regaló esta novela de la editorial Sirena.",  # es, a present from a relative
    "La editorial no me envió nada, lo compré yo.",  # es, denied
    "Mio zio mi ha regalato il romanzo della casa editrice Gabbiano.",  # it, a present
    "A minha tia me deu o romance da editora Maré.",  # pt, a present
    "Mein Bruder hat mir den Roman vom Möwe Verlag geschenkt.",  # de, a present; the house only published it
    "Der Verlag hat den Band leider nicht mehr im Programm.",  # de, no giving
    "Mijn zus stuurde mij het boek van uitgeverij De Vuurtoren.",  # nl, a sister's parcel
    "Οι εκδόσεις Φάρος κυκλοφόρησαν το μυθιστόρημα το 1958.",  # el, a record
    "Η θεία μου μου χάρισε το βιβλίο των εκδόσεων Κύμα.",  # el, a relative's present
    "Εκδόσεις Γλάρος, 2021, 240 σελίδες.",  # el, a record line
    "Les éditions du Phare m'ont envoyé un courriel pour annoncer la suite.",  # fr, a mail, no book
    "La editorial Sirena me envió una invitación a la presentación.",  # es, an invitation
    "Der Verlag hat mir eine Einladung zur Lesung geschickt.",  # de, an invitation
    "De uitgeverij stuurde mij een uitnodiging voor de presentatie.",  # nl
]


@pytest.mark.parametrize("note", NOT_GIVEN)
def test_other_givings_are_no_disclosure(note):
    assert not given_to_me(note), note
    assert not _notes(note).disclosure


SAMPLE_ZH = [
    "先交代一下：这本书是出版社的朋友寄来的样书，但评价只代表我自己。",
    "收到了编辑寄来的样书，在此致谢。",
    "样书由海鸥文化提供。",
    "這本書是出版社寄來的樣書，先說明一下。",
]
NOT_SAMPLE_ZH = [
    "我把多出来的样书寄给了外地的朋友。",  # sent on to a friend
    "这本书不是样书，是我自己在书店买的。",  # denied
    "小说写一个诗人，他收到样书那天在码头坐了一夜。",  # a character's copy
    "朋友收到了出版社的样书，我是借来读的。",  # borrowed
    "書店門口堆著一摞樣書，沒人翻。",  # a pile of sample copies, nothing received
]


@pytest.mark.parametrize("note", SAMPLE_ZH)
def test_a_sample_copy_the_writer_got_is_a_disclosure(note):
    assert given_to_me(note), note
    assert _notes(note, "start").disclosure


@pytest.mark.parametrize("note", NOT_SAMPLE_ZH)
def test_other_sample_copies_are_none(note):
    assert not given_to_me(note), note


WARNED = [
    "（提醒：书里有不少战争和屠杀的场面，心软的读者要有准备。）",
    "温馨提示：书中有关于自杀的描写，情绪低落时请慎读。",
    "友情提醒：書中有家暴與性侵的情節，請斟酌閱讀。",
]
NOT_WARNED = [
    "提醒：这本书有六百多页，最好留出一个长假来读。",  # its length
    "温馨提示：本文有剧透。",  # a spoiler note
    "提醒：书中没有任何暴力描写，可以放心给孩子读。",  # denied
    "小提示：第二部分可以跳着读。",
]


@pytest.mark.parametrize("note", WARNED)
def test_a_reminder_label_before_hard_things_is_a_warning(note):
    assert _notes(note, "start").content_warnings
    assert _notes(note).content_warnings


@pytest.mark.parametrize("note", NOT_WARNED)
def test_other_reminders_are_no_warning(note):
    assert not _notes(note, "start").content_warnings
    assert not _notes(note).content_warnings


# A named giver "sent me the book" (copywords.RECEIVED_FOR_REVIEW: "Harbour Press kindly sent me …"); a relative or a
# friend ("my mum", "my best friend") is no giver of a free copy.
@pytest.mark.parametrize("note", [
    "Lantern Books kindly sent me the hardback edition last spring.",
    "Quayside Press sent us a proof copy in March.",
])
def test_a_named_giver_sending_the_copy_is_a_disclosure(note):
    assert _notes(note).disclosure
    assert _notes(note, "start").disclosure


@pytest.mark.parametrize("note", [
    "My mum sent me this book for my birthday, wrapped in a tea towel.",
    "My best friend sent me the book when I was ill in bed.",
    "Our neighbour sent us a copy of the local paper with the review in it.",
])
def test_a_relative_or_a_friend_sending_the_book_is_none(note):
    assert not _notes(note).disclosure
    assert not _notes(note, "start").disclosure


# A note set apart (italics, a note mark) naming the house and a giving, the giving denied in its clause (el, ru, ko mark)
@pytest.mark.parametrize("note", [
    "Οι εκδόσεις Αλκυών δεν μου έστειλαν το βιβλίο· το αγόρασα μόνη μου.",
    "Издательство не присылало мне эту книгу, я купил её на ярмарке.",
])
def test_a_denied_giving_set_apart_is_none(note):
    assert not _notes(note, italic=True).disclosure


@pytest.mark.parametrize("note", [
    "Οι εκδόσεις Αλκυών μου έστειλαν το βιβλίο, ευχαριστώ.",
    "Книгу мне прислало издательство «Прибой», спасибо.",
    "※ 출판사로부터 책을 제공받아 읽었습니다.",
])
def test_a_giving_set_apart_is_a_disclosure(note):
    assert _notes(note, italic=True).disclosure


@pytest.mark.parametrize("note", [
    "L'editorial del Far em va enviar la novel·la fa un mes.",  # ca, the house as subject
    "Aquest recull m'ha estat enviat amablement per Edicions del Far.",  # ca, passive
])
def test_catalan_the_house_gave_the_book(note):
    assert given_to_me(note), note
    assert _notes(note).disclosure


@pytest.mark.parametrize("note", [
    "La meva tieta em va regalar aquest recull de l'editorial del Far.",  # a present; the house only published it
    "L'editorial em va enviar un correu per presentar la col·lecció.",  # a mail
])
def test_catalan_other_givings_are_none(note):
    assert not given_to_me(note), note
    assert not _notes(note).disclosure


# ja, the neighbour of the Chinese sample copy: a sample copy or proofs received in the humble form
@pytest.mark.parametrize("note", [
    "この本は版元の担当さんから見本をいただきました。",
    "発売前にゲラを読ませていただきました、感謝です。",
    "見本誌をお送りいただきました。",
])
def test_japanese_sample_copy_received_is_a_disclosure(note):
    assert given_to_me(note), note
    assert _notes(note).disclosure


@pytest.mark.parametrize("note", [
    "この一節を文章の見本にさせていただきます。",  # taken as a model
    "見本市で栞をいただきました。",  # a trade fair's bookmark
    "見本はいただいていません。自分で買いました。",  # denied
    "主人公は出版社から見本を受け取って泣いた。",  # a character's copy
])
def test_japanese_other_samples_are_none(note):
    assert not given_to_me(note), note
    assert not _notes(note).disclosure
