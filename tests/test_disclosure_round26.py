"""Free-copy notes of the round 26 (det2), on our own sentences and markup, with near misses:

- hu: the publisher named as a compound ("könyvkiadó", the book publisher), thanked for the review copy;
- zh: a reading copy provided ("感謝…提供試讀本", "試閱本由…提供"), whoever the giver is called (a house's name,
  no word for "publisher");
- th: a note's length read at five letters a Thai word (not two), and a negation in another clause ("…, with no
  condition on the review") no denial of the giving; one in the giver's clause still is;
- the cleaning's lead-in rule leaves such a note, in italics right before a support box, in the review.
"""

from __future__ import annotations

import pytest

from scraper.extract.notes import find_disclosure
from scraper.extract.notegift import note_word_count
from tests.cleaning import cleaned, paras
from tests.test_notes_free_given import blocks


@pytest.mark.parametrize("line", [
    "Köszönjük a Tengerpart Könyvkiadónak a recenziós példányt!",  # hu, the compound
    "A recenziós példányért köszönet a Sós Szél Könyvkiadónak.",
    "（感謝海鹽文化提供試讀本，心得皆為個人意見。）",  # zh-Hant, a house's name
    "感谢潮汐书房提供试读本。",  # zh-Hans
    "本書試閱本由港口文化提供，謝謝。",
    "ขอบคุณสำนักพิมพ์ทะเลเกลือที่ส่งเล่มพิมพ์ใหม่มาให้อ่าน โดยไม่มีเงื่อนไขใดๆ กับการเขียนรีวิว",  # th, negation elsewhere
])
def test_free_copy_notes(line):
    assert find_disclosure(blocks(line)) == line


@pytest.mark.parametrize("line", [
    "A könyvkiadó gyönyörű új borítót adott a regénynek, köszönet érte.",  # hu: thanks for a cover, no copy
    "Ez a regény a Tengerpart Könyvkiadó legszebb kiadása.",
    "（這本書的試讀本在書店也拿得到，推薦大家先翻翻。）",  # zh: a reading copy at the shop, nobody provided one
    "ไม่มีสำนักพิมพ์ไหนส่งฉบับนี้มาให้ ขอบคุณที่อ่านจนจบนะคะ",  # th: no publisher sent it (negated in the giver's clause)
])
def test_near_misses_are_no_disclosure(line):
    assert find_disclosure(blocks(line)) is None


def test_thai_words_counted_at_five_letters():
    thai = "ขอบคุณสำนักพิมพ์ที่ส่งเล่มนี้มาให้อ่าน"
    assert note_word_count(thai) == len(thai) // 5
    assert note_word_count("Thanks to the publisher for the copy.") == 7  # other scripts as count_words counts them


HU = ["A regény egy kis tengerparti városban játszódik, ahol egy öreg halász minden reggel kijavítja a hálóit, és közben a bátyjáról mesél.",
      "A nyelve nyugodt és pontos, a szereplők lassan nőnek az ember szívéhez, és a vége sokáig foglalkoztatott, pedig szinte semmit sem magyaráz meg."]
TH = ["นิยายเรื่องนี้เล่าถึงครูสาวที่ถูกส่งไปสอนหนังสือในหมู่บ้านชายทะเล ที่เด็กๆ ออกเรือหาปลามากกว่ามาโรงเรียน และครอบครัวต้องพึ่งพาทะเลทุกวัน",
      "ภาษาเรียบง่ายแต่อบอุ่น ตัวละครค่อยๆ เติบโตขึ้นในใจคนอ่าน และตอนจบทำให้นั่งเงียบไปนานหลังจากปิดหนังสือบนรถไฟขากลับบ้าน"]
SUPPORT = "<div class='support-box'><p><strong>Support us!</strong> We are an independent magazine. Donate on our membership page!</p></div>"


@pytest.mark.parametrize("review, note", [
    (HU, "A recenziós példányt köszönjük a Tengerpart Könyvkiadónak!"),
    (TH, "ขอบคุณสำนักพิมพ์ที่ส่งเล่มพิมพ์ใหม่มาให้อ่าน โดยไม่มีเงื่อนไขใดๆ กับการเขียนรีวิว"),
])
def test_a_free_copy_note_before_a_support_box_is_no_lead_in(review, note):
    text, rules = cleaned(paras(*review) + f"<p><em>{note}</em></p>" + SUPPORT, "mag.example")
    assert note in text, rules
    assert "Donate on our membership page" not in text
