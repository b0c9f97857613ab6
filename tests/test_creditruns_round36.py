"""A desk's credits in Chinese, Japanese and Korean, one to a line and run together in the block's text
(creditlines.credit_lines, called by sitelines.mark on the post's first and last lines)."""

from __future__ import annotations

import pytest

from scraper.extract import extract_page
from scraper.extract.creditlines import credit_line, credit_lines


@pytest.mark.parametrize("text", [
    "責任編輯：周子涵核稿編輯：吳思遠",
    "责任编辑：周子涵 校对：吴思远",
    "責編：周子涵／審校：吳思遠",
    "編集：高橋みのり校正：佐藤一平",
    "편집: 한유나 교열: 박서준",
    "核稿編輯：吳思遠",
])
def test_credit_runs(text):
    assert credit_lines(text)


@pytest.mark.parametrize("text", [
    # near misses: a sentence with a role word, a record line, a run with a sentence in it, a score
    "她當過十年的責任編輯：那段經歷寫進了這本小說",
    "編輯：周子涵，2019年出版，共三百二十頁核稿編輯：吳思遠",
    "校對：我讀了兩遍才發現這本書的結構其實很簡單，卻寫得非常好看，推薦給每一位喜歡散文的朋友們讀一讀",
    "評分：8/10 編輯：周子涵",
    "Editor: Jane Roe Proofreader: John Doe",
])
def test_not_credit_runs(text):
    assert not credit_lines(text)


def test_single_credit_unchanged():
    assert credit_line("責任編輯：周子涵") and credit_lines("責任編輯：周子涵")


_ZH = "這部小說寫一座老城裡的三代人，每一章都從一扇窗子看出去。文字克制、耐心，常常很好笑，結尾安靜卻有力量。" * 3
_JA = "古い町の三世代を描く小説で、章ごとにひとつの窓から外を眺める。文章は抑制がきいて辛抱強く、ときにとても可笑しい。" * 3


@pytest.mark.parametrize("prose,credits", [
    (_ZH, "責任編輯：周子涵<br>核稿編輯：吳思遠"),
    (_JA, "編集：高橋みのり<br>校正：佐藤一平"),
])
def test_closing_credit_block_removed(prose, credits):
    html = (f"<html><head><title>窓の町</title></head><body><article><h1>窓の町</h1><p>{prose}</p><p>{prose}</p>"
            f"<p class='credits'>{credits}</p></article></body></html>")
    record = extract_page(html, "https://news.example/review/windows")
    first = credits.split("<br>")[0]
    assert first not in record.body_text
    assert prose[:15] in record.body_text


def test_closing_sentence_with_role_word_kept():
    line = "她當過十年的責任編輯：那段經歷後來寫進了這本小說的最後一章，讀來格外真切。"
    html = (f"<html><head><title>窓の町</title></head><body><article><h1>窓の町</h1><p>{_ZH}</p><p>{_ZH}</p>"
            f"<p>{line}</p></article></body></html>")
    assert line[:10] in extract_page(html, "https://news.example/review/windows").body_text
