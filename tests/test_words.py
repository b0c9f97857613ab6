"""scraper.extract.words.count_words: words of running text in any script, one count for every cleaning rule.

Chinese, Japanese and Thai write no spaces between words: a paragraph of them is many words, not one; a short label
in them stays short. Korean and Latin-script text are counted by their spaces.
"""

from __future__ import annotations

import pytest

from scraper.extract import chrome
from scraper.extract.words import count_words


@pytest.mark.parametrize("text, words", [
    ("A quiet book about a lighthouse.", 6),
    ("Ein stilles Buch über einen Leuchtturm.", 6),  # not ASCII, no unspaced letters: by spaces
    ("이 책은 등대지기의 조용한 십 년을 따라간다.", 7),  # Korean: by its spaces
    ("Тихая книга о смотрителе маяка и его дочери.", 8),  # Cyrillic, two bytes a letter: by its spaces
    ("", 0),
])
def test_spaced_scripts_count_by_spaces(text, words):
    assert count_words(text) == words


@pytest.mark.parametrize("label", ["前の記事", "上一篇", "コメント(0)", "分享到微博", "บทความถัดไป", "次の記事 »"])
def test_a_short_label_in_an_unspaced_script_stays_short(label):
    assert count_words(label) <= 6


@pytest.mark.parametrize("paragraph", [
    "港町の小さな図書室で最後の一年を過ごす司書と毎日やってくる中学生の話です。大きな事件は起きませんが、ひとつひとつの場面がていねいに書かれています。",
    "故事发生在东海一座小岛上，一个守塔人带着女儿度过了十年，岛上只有风、雾和一台时好时坏的收音机，日子过得很慢。",
    "เรื่องราวของผู้ดูแลประภาคารกับลูกสาวบนเกาะเล็กๆ กลางทะเลที่มีแต่ลมและหมอกตลอดทั้งปีเป็นเวลาสิบปีเต็ม",
])
def test_a_paragraph_in_an_unspaced_script_is_many_words(paragraph):
    assert len(paragraph.split()) <= 2  # what the space count said
    assert count_words(paragraph) >= 25


def test_mixed_text_counts_both():
    assert count_words("Shelfmark で読んだ本を閉じた") == 1 + 4  # one spaced word, eight letters


def test_one_function_for_every_module():
    assert chrome.count_words is count_words


def test_latin_text_with_a_few_other_letters_is_counted_by_its_spaces():
    # a Japanese title quoted inside an English sentence: the sentence's words decide, the title is one of them
    assert count_words("I finally read 図書室の海 on the train home last night, and I loved it — twice, in fact.") == 18
    assert count_words("Ce « petit » roman m’a émue : c’est déjà l’hiver à Québec.") == 13  # by its spaces, as split counts
    # a long run of an unspaced script is counted by its letters however many spaced words stand beside it
    assert count_words("Notes: " + "港町の小さな図書室で最後の一年を過ごす司書の話です。" * 3) >= 35
    # Chinese written in short phrases between spaces (a list, a poem) is still counted letter by letter
    assert count_words("十月 书单 《雾中灯塔》 王晓岚 海岛 守塔人 女儿 十年 风 雾 收音机 慢慢 读完") == 29 // 2 + 2  # its letters, and the marks
