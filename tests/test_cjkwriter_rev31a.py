"""``booktitles.cjk_writer`` where only the headline sets the book in 《》: only the committed clause
"这是A写于…的长篇/小说" names the writer; a character writing ("A写下的那些话") or a noun ("笔记写于…") is no author.
Invented titles and names."""

from __future__ import annotations

from scraper.extract.booktitles import cjk_writer


def test_committed_clause():
    for lines, whole, want in (
        (["这是苏明远写于九十年代的长篇，我读了两遍。"], "这是苏明远写于九十年代的长篇。苏明远", ("灯塔", "苏明远")),
        (["這是林若雪寫於一九八五年的小說，至今仍有讀者。"], "這是林若雪寫於一九八五年的小說。林若雪", ("灯塔", "林若雪")),
        (["这是周海写成于上海的作品，篇幅不长。"], "这是周海写成于上海的作品。周海", ("灯塔", "周海")),
        (["韩冬用五年时间，写成了这部关于渔村的小说。"], "韩冬用五年时间，写成了这部小说。韩冬", ("灯塔", "韩冬")),
    ):
        assert cjk_writer(lines, whole, "灯塔") == want, lines


def test_character_or_noun_is_no_writer():
    for lines, whole in (
        (["阿贵写下的那些话，我一直记得。阿贵的一生很苦。"], "阿贵写下的那些话。阿贵的一生很苦。阿贵"),
        (["笔记写于去年冬天，那时我刚搬家。"], "笔记写于去年冬天。笔记也会继续写。"),
        (["小满写了一封信给父亲。小满很想家。"], "小满写了一封信。小满"),
    ):
        assert cjk_writer(lines, whole, "灯塔") is None, lines
