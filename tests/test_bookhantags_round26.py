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
