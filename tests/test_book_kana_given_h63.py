"""A Japanese caption "A『T』（publisher）" whose writer's given name is in kana (a Han surname, then hiragana or
katakana): the surname the review says again marks the name; a particle or a verb before the title is no name."""

from __future__ import annotations

from scraper.extract.book import Context
from scraper.extract.bookcjkimprint import fronted_cited
from scraper.extract.bookcjkline import cjk_record

BODY = "海辺の町で暮らす姉妹の十年を追う連作だ。森川は誰かを悪者にせず、沈黙の長さで気持ちを描く。"


def test_hiragana_given_name_caption():
    caption = "森川かなえ『静かな入江』（光文社）"
    assert cjk_record([caption], Context(caption + "\n" + BODY, (), "ja")) == ("静かな入江", "森川かなえ")


def test_katakana_given_name_caption():
    caption = "朝井リョウ『夜更けの駅』（集英社）"
    body = "就職を控えた学生たちの会話劇。朝井は若者の見栄を笑いながら、最後には寄り添ってみせる。"
    assert fronted_cited(caption, Context(caption + "\n" + body, (), "ja")) == ("夜更けの駅", "朝井リョウ")


def test_surname_not_said_again_is_left():
    caption = "森川かなえ『静かな入江』（光文社）"
    body = "海辺の町で暮らす姉妹の十年を追う連作だ。誰かを悪者にせず、沈黙の長さで気持ちを描く。"
    assert fronted_cited(caption, Context(caption + "\n" + body, (), "ja")) is None


def test_particle_or_verb_before_title_is_no_name():
    for line in ("前作では『遠い灯台』（講談社）が話題になった。", "翻訳した『遠い灯台』（講談社）を読み返した。",
                 "作家による『遠い灯台』（講談社）の続編。"):
        text = line + "\n前作も翻訳も作家も好きだ。前作の話はまた今度。"
        assert fronted_cited(line, Context(text, (), "ja")) is None, line


def test_plain_review_without_caption_is_left():
    text = "連休に読んだ長編。登場人物が多く、前半は少し迷ったが、後半の裁判の場面で一気に引き込まれた。"
    assert cjk_record([text], Context(text, (), "ja")) is None
