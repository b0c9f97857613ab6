"""Chinese/Japanese plain tag lines parted by spaces, and a bracketed title the headline names (round 26, helper bookB)."""

from lxml import html

from scraper.extract.booktags import tag_lines
from scraper.extract.booktitles import tagged_han_author


def _tags(body: str) -> list[str]:
    return tag_lines(html.fromstring(f"<html><body>{body}</body></html>"))


def test_chinese_tag_line_parted_by_spaces():
    assert _tags("<p class='tags'>标签：王安忆 长篇小说 上海</p>") == ["王安忆", "长篇小说", "上海"]


def test_japanese_tag_line_parted_by_spaces():
    assert _tags("<p>タグ：夏目漱石 読書 感想</p>") == ["夏目漱石", "読書", "感想"]


def test_latin_tag_line_keeps_its_phrases():
    # near miss: a Latin tag line's spaces are inside its tags
    assert _tags("<p>Tags: science fiction, Ursula Le Guin</p>") == ["science fiction", "Ursula Le Guin"]


def test_mixed_tag_value_is_not_split():
    # near miss: a value with Latin letters in it is one tag
    assert _tags("<p>标签：读书 note 2024</p>") == ["读书 note 2024"]


def test_headline_names_the_bracketed_title_and_tags_name_the_author():
    text = "这本书放了很久。《长河》写的是一个小镇的四季。作者写得很慢。"
    assert tagged_han_author(text, ["王安忆", "长篇小说"], headline="读完长河，想起小时候") == ("长河", "王安忆")


def test_headline_naming_no_bracketed_title_gives_none():
    # near miss: the headline names none of the bracketed titles
    text = "《长河》写的是一个小镇。"
    assert tagged_han_author(text, ["王安忆"], headline="秋天的一些读书笔记") is None


def test_two_bracketed_titles_in_the_headline_give_none():
    text = "《长河》和《小城》都写小镇。"
    assert tagged_han_author(text, ["王安忆"], headline="长河与小城") is None


def test_author_the_text_writes_is_not_the_tag_author():
    # near miss: the only name-shaped tag is named in the text (a character, a friend): no author from the tags
    text = "《长河》里的王安忆是一个渔夫。"
    assert tagged_han_author(text, ["王安忆"], headline="读完长河") is None


# --- bookscripts.han_edition: "重读了A，…" over "《T》，出版社版" ------------------------------------------------------

from scraper.extract.bookscripts import han_edition  # noqa: E402


def test_simplified_reread_author_and_edition_line():
    lines = ["上个月重读了王安忆，连着两个晚上读完。", "《长河》，上海文艺出版社版", "这本书写一个小镇的四季。"]
    assert han_edition(lines) == ("长河", "王安忆")


def test_traditional_read_author_possessive_and_edition_line():
    lines = ["最近讀了張曉風的散文，很喜歡。", "《細雨》、九歌出版社", "文字很輕。"]
    assert han_edition(lines) == ("細雨", "張曉風")


def test_reading_verb_before_no_name():
    # near miss: "读了三遍" (three times), "重读了一遍" (once more): no family name opens them
    lines = ["这本书我读了三遍，每次都哭。", "《长河》，上海文艺出版社版"]
    assert han_edition(lines) is None


def test_edition_line_without_a_publisher_is_no_record():
    # near miss: a bracketed title alone with a remark, no publisher's word
    lines = ["上个月重读了王安忆，连着两个晚上读完。", "《长河》，我最喜欢的一本"]
    assert han_edition(lines) is None


def test_two_editions_name_no_one_book():
    lines = ["重读了王安忆，", "《长河》，上海文艺出版社版", "《小城》，作家出版社版"]
    assert han_edition(lines) is None


def test_named_reading_far_down_the_post_is_not_read():
    lines = ["这本书放了很久。", "《长河》，上海文艺出版社版", "第二段。", "后来我又读了王安忆，觉得不一样。"]
    assert han_edition(lines) is None
