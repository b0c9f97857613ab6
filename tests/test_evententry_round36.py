"""A platform's entry line: the post saying it takes part in a writing campaign (evententry, called from edges.mark)."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.evententry import entry_line


@pytest.mark.parametrize("text", [
    "本文参与了「湖畔社区」秋季书评征文活动，欢迎你也来写一篇。",
    "本文正在參加「星火計劃」，歡迎留言交流。",
    "この記事は #秋の読書感想文 企画に参加しています。",
    "이 글은 가을 독서 챌린지 참여 글입니다.",
    "This post is my entry in the Lakeside Autumn Essay Contest.",
    "Ce billet participe au défi « Lire l'hiver ».",
])
def test_entry_lines(text):
    assert entry_line(text)


@pytest.mark.parametrize("text", [
    # near misses: the story's contest, the post naming itself without a campaign, a score, a long paragraph
    "主角参加了一场征文比赛，却发现评委是她失散多年的哥哥。",
    "本文参考了作者的访谈和两篇书评。",
    "This post contains spoilers for the last chapter.",
    "She enters the county essay contest and loses to her rival.",
    "本文参与了征文活动，评分：8/10",
    "この記事はネタバレを含みます。",
])
def test_not_entry_lines(text):
    assert not entry_line(text)


_PROSE = "这本小说写一个渡船驾驶员在湖上度过的漫长冬天，每一章都是一次横渡。文字朴素、耐心，常常很好笑，结尾安静却有力量。" * 3


def test_entry_line_between_sections_removed():
    line = "本文参与了「湖畔社区」秋季书评征文活动，欢迎你也来写一篇。"
    html = (f"<html><head><title>渡船的冬天</title></head><body><article><h1>渡船的冬天</h1><h2>一、好读的部分</h2>"
            f"<p>{_PROSE}</p><p>{line}</p><h2>二、旧了的部分</h2><p>{_PROSE}</p></article></body></html>")
    body = extract_page(html, "https://blog.example/ferry").body_text
    assert "征文活动" not in body and _PROSE[:10] in body


def test_story_contest_kept():
    line = "主角参加了一场征文比赛，却发现评委是她失散多年的哥哥，这一段写得最好。"
    html = (f"<html><head><title>渡船的冬天</title></head><body><article><h1>渡船的冬天</h1>"
            f"<p>{_PROSE}</p><p>{line}</p><p>{_PROSE}</p></article></body></html>")
    assert "征文比赛" in extract_page(html, "https://blog.example/ferry").body_text
