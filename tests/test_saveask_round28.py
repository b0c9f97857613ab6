"""Saving the post as an action a line asks of the reader (holdout29 round 28, the body helper).

Knowledge-base and blog platforms let a reader save a post to their collection or bookmarks, and writers splice the
ask into the post between sections ("If this helped, give it a like and save it to your library ~"). An ask of two
kinds of platform action in one short line is an ask wherever it stands (closingask.closing_ask); saving is now one of
the kinds (platforms.READER_ACTIONS["save"]), and Chinese "点个赞" (give a like) is read as liking beside "点赞".
What stays: a review's sentence that calls the book worth collecting ("值得收藏"), a line asking for one action only
in the middle of the post, and a character who bookmarks a page. Our own words and markup, Chinese, English, Russian.
"""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.closingask import ask_line as _ask
from scraper.extract.platforms import READER_ACTIONS

ZH = ["这部小说写的是一个在海边长大的女孩，她的父亲是灯塔看守人。作者用很克制的语言写家庭里的沉默，读起来很慢，却很有力量。",
      "后半部分节奏变快，几封旧信把前面所有的细节都串了起来。结尾没有给出答案，但给了足够的余地让读者自己去想。",
      "人物之外的世界写得比较单薄，几个配角只是为了推动情节。这是我少给一颗星的原因。"]


@pytest.mark.parametrize("line", [
    "如果这篇书评对你有用，欢迎点个赞，顺手收藏一下～",
    "If this review helped, hit the like button and save this post for later ~",
    "Если отзыв был полезен, ставьте лайк и добавьте пост в закладки ~",
])
def test_a_line_asking_to_like_and_save_is_an_ask_anywhere(line):
    assert _ask(line, at_end=False) == "platform ask", line


@pytest.mark.parametrize("line", [
    "这本书装帧很好，值得收藏。",  # worth collecting: the book, not the post
    "Save this post for later ~",  # one action only, in the middle of the post
    "She bookmarks the page where her father's letter was hidden and never opens the book again.",
])
def test_lines_that_ask_no_two_actions_are_not_asks_mid_post(line):
    assert _ask(line, at_end=False) is None, line


def test_the_save_kind_reads_its_bidding_not_the_word_alone():
    assert READER_ACTIONS["save"].search("欢迎收藏")
    assert not READER_ACTIONS["save"].search("我的收藏里有三个版本")
    assert READER_ACTIONS["save"].search("добавьте этот отзыв в закладки")


def test_a_spliced_ask_between_sections_goes_and_the_review_stays():
    ask = "如果这篇书评对你有用，欢迎点个赞，顺手收藏一下～"
    page = ("<html><head><title>灯塔看守人的女儿 读书笔记</title></head><body><article><h1>灯塔看守人的女儿</h1>"
            f"<div class='note-body'><h2>一、沉默</h2><p>{ZH[0]}</p><p>{ask}</p><h2>二、旧信</h2><p>{ZH[1]}</p>"
            f"<p>{ZH[2]}</p><p>评分：★★★★☆</p></div></article></body></html>")
    record = extract_page(page, "https://notes.example/u/lin/lighthouse")
    assert ask not in record.body_text
    for paragraph in ZH:
        assert paragraph in record.body_text
