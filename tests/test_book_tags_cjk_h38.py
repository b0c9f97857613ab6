"""Two rules for a Chinese blog post whose book its headline brackets and whose author its tags name:

- a tag line whose label sits in an element of its own before the links ("<span>标签：</span> <a>…</a>",
  "<strong>Tags:</strong> <a>…</a>"), as hosted blog platforms print it (``booktags._labelled``);
- the headline (the post's title, or the page's <title> where a masthead h1 holds the blog's name) sets one title in
  《》, and the one tag shaped as a Chinese name (a family name and one or two characters) that the text names twice is
  its author (``bookcjkcover.headline_bracket_tag``).

Near misses: a label element that says "category", a label element with words after it, two name-shaped tags, a
name-shaped tag the text names once, a tag that owns another bracketed title, a headline that brackets two titles.
Every line here is invented for these tests (invented books and people, in our own words).
"""

from lxml import html

from scraper.extract.book import Context
from scraper.extract.bookcjkcover import headline_bracket_tag
from scraper.extract.booktags import tag_links


def _tree(body):
    return html.fromstring(f"<html><body>{body}</body></html>")


def test_a_tags_label_in_its_own_element_before_the_links():
    box = '<div class="meta"><span class="lbl">标签：</span> <a href="#">随笔</a> <a href="#">周以宁</a> <span class="lbl">分类：</span> <a href="#">书单</a></div>'
    assert tag_links(_tree(box)) == ["随笔", "周以宁"]
    box = '<p class="post-foot"><strong>Tags:</strong> <a href="#">Harbour towns</a>, <a href="#">Mira Holt</a></p>'
    assert tag_links(_tree(box)) == ["Harbour towns", "Mira Holt"]
    box = '<div><b>Etiquetas:</b> <a href="#">Novela negra</a> <a href="#">Lucía Ferro</a></div>'
    assert tag_links(_tree(box)) == ["Novela negra", "Lucía Ferro"]


def test_near_miss_a_category_label_element_or_a_label_with_words_after_it():
    assert tag_links(_tree('<div><span>分类：</span> <a href="#">书单</a></div>')) == []
    assert tag_links(_tree('<div><span>Category:</span> <a href="#">Reviews</a></div>')) == []
    # the label element's own words go on after the colon: a sentence, no label of the links
    assert tag_links(_tree('<p><span>Tags: see also</span> our <a href="#">archive</a></p>')) == []
    # words between the label element and the link
    assert tag_links(_tree('<p><span>Tags:</span> none yet, but read <a href="#">the archive</a></p>')) == []


ZH_TEXT = ("周以宁这本写了五年，讲一个小镇邮局里三代人的信。\n"
           "周以宁的笔调很克制，很多话只说一半。\n"
           "邮局最后关门那一章，我读了两遍。")


def test_the_headline_s_bracketed_title_and_the_one_name_shaped_tag():
    assert headline_bracket_tag(["读《小镇邮局》：那些没寄出去的信"], ["读书", "周以宁", "随笔"], Context(ZH_TEXT)) == ("小镇邮局", "周以宁")
    # the post's own title holds no bracket (a masthead h1 read as it): the page's <title> does
    titles = ["旧书灯下", "重读《小镇邮局》_旧书灯下_博客"]
    assert headline_bracket_tag(titles, ["周以宁", "文学"], Context(ZH_TEXT)) == ("小镇邮局", "周以宁")


def test_near_misses_of_the_headline_tag_rule():
    # two name-shaped tags the text names twice: no telling which wrote it
    text = ZH_TEXT + "\n林小满是邮局的女儿，林小满后来去了省城。"
    assert headline_bracket_tag(["读《小镇邮局》"], ["周以宁", "林小满"], Context(text)) is None
    # the name-shaped tag is named once only
    assert headline_bracket_tag(["读《小镇邮局》"], ["周以宁"], Context("周以宁这本写了五年。邮局最后关门。")) is None
    # the tag owns another bracketed title: a book held up beside this one
    text = "这本让我想起王青禾的《河边的灯》。王青禾写得更冷。小镇邮局的人更暖。"
    assert headline_bracket_tag(["读《小镇邮局》"], ["王青禾"], Context(text)) is None
    # the headline brackets two titles (a list), or none
    assert headline_bracket_tag(["《小镇邮局》和《河边的灯》"], ["周以宁"], Context(ZH_TEXT)) is None
    assert headline_bracket_tag(["十二月读书小记"], ["周以宁"], Context(ZH_TEXT)) is None
    # a tag that is a word, not a name (no family name first, or a word for a book)
    assert headline_bracket_tag(["读《小镇邮局》"], ["读书", "小说"], Context(ZH_TEXT + "读书读书小说小说")) is None
