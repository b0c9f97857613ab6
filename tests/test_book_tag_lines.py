"""Tag links a theme writes after a "tags" label with no class to say so ("Tag : <a>…</a>", "タグ：", "Етикети:"), and a
picture box's caption without <figure> that says it shows a cover and quotes the title, by a Han-named tag."""

from lxml import html

from scraper.extract.book import Context
from scraper.extract.bookcover import figure_captions, from_caption
from scraper.extract.booktags import tag_links


def _tree(body):
    return html.fromstring(f"<html><body>{body}</body></html>")


def test_thai_and_japanese_and_bulgarian_tag_labels():
    assert tag_links(_tree('<div class="info">Tag : <a href="#">สมชาย ใจงาม</a> <a href="#">นิยายไทย</a></div>')) == ["สมชาย ใจงาม", "นิยายไทย"]
    footer = '<div class="foot">カテゴリ：<a href="/c/3">小説</a> ｜ タグ：<a href="#">森山花子</a> <a href="#">朗読</a> ｜ <a href="#c">コメント (2)</a></div>'
    assert tag_links(_tree(footer)) == ["森山花子", "朗読"]
    assert tag_links(_tree('<p>Етикети: <a href="#">Море</a>, <a href="#">роман</a></p>')) == ["Море", "роман"]


def test_near_miss_category_label_and_plain_links():
    assert tag_links(_tree('<div class="foot">Категория: <a href="#">Литература</a></div>')) == []
    assert tag_links(_tree('<p>Read more in <a href="#">our archive</a>, <a href="#">the shop</a></p>')) == []
    # a word ending in "tag" is no label ("Geburtstag:")
    assert tag_links(_tree('<p>Geburtstag: <a href="#">Fotos</a></p>')) == []


JA_TEXT = "講座で花子の話を聞いて読みました。夜に声に出して読むと、リズムがわかります。"


def _caption_box(caption):
    return _tree(f'<div class="entry_photo"><img src="/img/412.jpg" alt=""><div class="photo_caption">{caption}</div></div>')


def test_caption_box_without_figure_cover_and_han_tag():
    captioned = figure_captions(_caption_box("古本屋で見つけた『月の庭』。表紙が少し日焼けしている。"))
    assert captioned == [("古本屋で見つけた『月の庭』。表紙が少し日焼けしている。", "file: 412")]  # (no alt text: its file's words, as a figure's)
    assert from_caption(captioned, Context(JA_TEXT), ["森山花子", "朗読"]) == ("月の庭", "森山花子")


def test_near_miss_caption_without_cover_word():
    captioned = figure_captions(_caption_box("古本屋で見つけた『月の庭』。"))
    assert from_caption(captioned, Context(JA_TEXT), ["森山花子", "朗読"]) is None


def test_near_miss_han_tag_not_named_in_text():
    captioned = figure_captions(_caption_box("古本屋で見つけた『月の庭』。表紙が少し日焼けしている。"))
    assert from_caption(captioned, Context("夜に声に出して読むと、リズムがわかります。"), ["森山花子"]) is None
