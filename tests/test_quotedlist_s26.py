"""A numbered list whose items each open on a work's title in quotes of any script, then a comma and its maker's name
("**1. «T»، A – 142 points.** remark", "2. “T”, A: remark", "3. 『T』、A"; a colon or a dash after the quote is a
collection's stories walked through, rev30c): a list's works
(``listedbook.numbered_works``, counted by the classifier as books named), in any language. Near misses: a review's
numbered points opening on a quoted line of dialogue ("“Never,” she said"), a quote ending a sentence, fewer than
three items, items out of sequence.

Every line here is invented for these tests (invented books and people, in our own words).
"""

from __future__ import annotations

from scraper.extract.listedbook import numbered_works


def test_items_opening_on_quoted_titles():
    fa = ["**۱. «باغ انار»، نسرین افشار – ۱۲۰ رأی.** بیشتر خوانندگان آن را دوست داشتند.",
          "**۲. «شب کویر»، کاوه نیک‌نام – ۹۸ رأی.** چند نفر آن را دو بار خوانده بودند.",
          "**۳. «خانهٔ ساحلی»، پرویز داوودی – ۷۷ رأی.** کمتر شناخته شده است."]
    assert len(numbered_works(fa)) == 3
    ru = ["1. «Тихий берег», Анна Орлова: роман о рыбаках.", "2. «Зимний сад», Пётр Жуков: короткая и злая книга.",
          "3. «Дом у реки», Вера Лисина: семейная сага на четыреста страниц."]
    assert len(numbered_works(ru)) == 3
    ja = ["1. 『灯台のある町』、森川一郎。静かな話。", "2. 『雨の図書館』、吉野まゆみ。猫が出る。", "3. 『冬の駅』、佐藤花子。短い。"]
    assert len(numbered_works(ja)) == 3
    en = ["1. “The Salt Orchard”, Ann Gale – a slow family saga", "2. “Winter Ferry”, Rob Finch: short and bitter",
          "3. “A House of Reeds”, Lena Moss, the debut everyone talks about"]
    assert len(numbered_works(en)) == 3


def test_near_misses():
    dialogue = ["1. “Never,” she said, and the first chapter ends.", "2. “Go home.” The brother leaves.",
                "3. “Why me?” The question returns in every part."]
    assert numbered_works(dialogue) == {}
    two = ["1. «Тихий берег»: роман о рыбаках.", "2. «Зимний сад»: короткая книга."]
    assert numbered_works(two) == {}
    skipped = ["1. «Тихий берег»: роман.", "3. «Зимний сад»: книга.", "4. «Дом у реки»: сага."]
    assert numbered_works(skipped) == {}
