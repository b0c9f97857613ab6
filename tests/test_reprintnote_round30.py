"""The post's reprint notice (holdout31 round, helper BODY4), in our own words and markup, with near misses:
the terms for copying the post on a line at its end (reprintnote, via boilerplate)."""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.reprintnote import reprint_notice

_ZH = ("<p>这本小说讲的是一个在海边小镇修钟表的老人，他每天早上都会把镇上所有的钟对一遍。作者的文字很克制，没有什么大事发生，"
       "却让人一直想读下去，读到最后一章的时候我几乎舍不得翻页。</p>"
       "<p>不足之处是中间几章的回忆写得有些拖沓，人物关系也交代得不够清楚。不过整体来说，这是今年读过的最安静也最动人的一本书，"
       "推荐给喜欢慢节奏故事的朋友。</p>")
_RU = ("<p>Роман рассказывает о смотрителе маяка на северном острове, который ведёт дневник каждого проходящего судна. "
       "Автор пишет неторопливо и точно, и книга постепенно затягивает, хотя в ней почти ничего не происходит.</p>"
       "<p>Слабее вторая часть, где воспоминания о детстве героя повторяют уже известное. Но финал со штормом "
       "я перечитал дважды и советую книгу всем, кто любит тихую прозу.</p>")
_EN = ("<p>The novel follows a clock-mender in a seaside town who sets every clock in the harbour each morning. The "
       "prose is quiet and exact, and although little happens I could not put it down in the last chapters.</p>"
       "<p>The middle drags a little, with memories that tell us what we already guessed. Still, it is the calmest and "
       "most moving book I read this year, and I would hand it to anyone who likes slow stories.</p>")


def _page(article: str, lang: str, title: str) -> bytes:
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<main><article><h1>{title}</h1><div class="post-content">{article}</div></article></main></body></html>').encode()


def _body(html: bytes, url: str = "https://shu.example.cn/blog/12345") -> str:
    return extract_page(html, url).body_text


def test_reprint_notice_at_the_end_goes_zh():
    line = "<p>本文系作者原创，转载请联系作者并注明来源链接。</p>"
    body = _body(_page(_ZH + line, "zh", "《钟表匠》读后"))
    assert "转载" not in body and "慢节奏故事" in body


def test_reprint_notice_at_the_end_goes_ru():
    line = "<p>Перепечатка текста только с письменного разрешения автора блога.</p>"
    body = _body(_page(_RU + line, "ru", "Смотритель маяка"), "https://mayak.example.ru/2026/12/smotritel/")
    assert "Перепечатка" not in body and "тихую прозу" in body


def test_reprint_notice_at_the_end_goes_en():
    line = "<p><small>Please do not reproduce this review elsewhere without asking first.</small></p>"
    body = _body(_page(_EN + line, "en", "The Clock-Mender"), "https://slowshelf.example.com/clock-mender/")
    assert "reproduce" not in body and "likes slow stories" in body


def test_a_reprint_of_the_book_stays_en():
    # near miss: the review speaks of the book's reprint, with no request or ban
    line = "<p>The new reprint from a small press fixes the typos of the first edition, so look for that one.</p>"
    body = _body(_page(_EN + line, "en", "The Clock-Mender"), "https://slowshelf.example.com/clock-mender/")
    assert "new reprint" in body


def test_reprint_words_early_in_the_post_stay_zh():
    # near miss: the words in the review's first lines, with the review after them (not among the last three blocks)
    line = "<p>朋友说这本书在网上被人到处转载片段，禁止转载的声明也没用，于是我买了一本来读。</p>"
    body = _body(_page(line + _ZH + _ZH.replace("钟表", "灯塔"), "zh", "《钟表匠》读后"))
    assert "到处转载片段" in body


def test_notice_shapes():
    assert reprint_notice("無断転載・複製を禁じます。")
    assert reprint_notice("Nachdruck nur mit Genehmigung der Autorin.")
    assert reprint_notice("Reproduction totale ou partielle interdite.")
    assert reprint_notice("轉載請註明出處")
    assert not reprint_notice("Der Nachdruck von 1987 ist leichter zu finden als die Erstausgabe.")
    assert not reprint_notice("La reproduction des gravures du XVIIIe siècle est superbe.")
    assert not reprint_notice("这本书最早在杂志上连载，后来被多家报纸转载。")
