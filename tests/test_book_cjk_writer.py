"""A Chinese review that sets its book once in 《》 and names its writer as the subject of a clause that writes it
("《T》是某某在上海写成的", "某某用十个短篇，写了…"), the name named again in the text or a tag link ("/tags/某某");
a short story or essay of the book set in 〈〉 is a part of the book, not another work the post names. Near misses: a
character who writes a letter, a writer who wrote another bracketed book, two books in the opening, a word for the
book's writer.

Every page here is invented for these tests (invented sites, books and people, in our own words and markup).
"""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract import extract_page
from scraper.extract.anaphora import references
from scraper.extract.booktitles import cjk_writer
from scraper.extract.booktags import tag_links


def test_a_bracketed_title_and_the_name_that_wrote_it_as_a_clauses_subject():
    lines = ["《江心岛》是陆晚舟在厦门写成的，写的却是她小时候的渔村。", "陆晚舟写海的时候从不抒情。"]
    assert cjk_writer(lines, "\n".join(lines)) == ("江心岛", "陆晚舟")
    # traditional script, the name after a means ("用八個短篇，寫了"), named again only in a tag
    lines = ["書架上那本《鹽田》是舅舅留下的。", "沈青禾用八個短篇，寫了一群守著鹽田的人。"]
    assert cjk_writer(lines, "\n".join(lines)) is None  # named once: no telling it is a name
    assert cjk_writer(lines, "\n".join(lines + ["沈青禾"])) == ("鹽田", "沈青禾")


def test_a_character_a_writer_of_another_book_two_books_or_the_word_for_writer_is_no_author():
    letter = ["《江心岛》里，阿婆每年都给儿子写信。", "阿婆写了一封信，又撕掉。阿婆老了。"]
    assert cjk_writer(letter, "\n".join(letter)) is None  # a character writing a letter
    other = ["读完《江心岛》，我想起周远山写的《雾港》。", "周远山和这本书的作者是同乡。"]
    assert cjk_writer(other, "\n".join(other)) is None  # two titles in the opening
    other = ["这次读的是《江心岛》。", "周远山写过《雾港》，周远山写的也是海。"]
    assert cjk_writer(other, "\n".join(other)) is None  # the name's own book is another one, and two titles
    role = ["《江心岛》是作者在厦门写成的。", "作者写的时候才二十岁，作者很年轻。"]
    assert cjk_writer(role, "\n".join(role)) is None  # "the author" is no name


def test_a_tag_link_to_the_tags_own_page_is_a_tag():
    tree = lxml_html.fromstring("""<div><a class="tag" href="/tags/沈青禾">沈青禾</a><a href="/tags/%E9%B9%BD%E7%94%B0">鹽田</a>
<a href="/tags/list">所有標籤</a><a href="/about">關於</a></div>""")
    assert tag_links(tree) == ["沈青禾", "鹽田"]
    # a slug that spells the tag without its diacritics is its page too; one that spells something else is not
    tree = lxml_html.fromstring("""<p><a href="/blog/tag/tran-thi-lan">Trần Thị Lan</a> <a href="/blog/tag/moi-nhat">Sách hay</a></p>""")
    assert tag_links(tree) == ["Trần Thị Lan"]


STORY_REVIEW = """<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8"><title>守著鹽田的人 - 讀字小舍</title></head>
<body><header><a href="/">讀字小舍</a></header><article><h1>守著鹽田的人</h1>
<p>書架上那本《鹽田》是舅舅留下的，封面已經褪色。小時候以為那是一本講曬鹽的書，長大才知道，它寫的是一整個消失的村子。</p>
<p>沈青禾用八個短篇，寫了一群守著鹽田的人：收鹽的老工人、嫁到城裡又回來的女兒、在碼頭記帳的少年。每個人都在等一件不會再發生的事。</p>
<p>〈白色的海〉寫老工人最後一次收鹽，是這本書最安靜的一篇；〈帳本〉寫少年，最讓我難過。書中的對話不多，卻句句都有重量。</p>
<p>這本書的缺點是後半幾篇太像，讀到第六篇時有點疲倦。不過整本書讀完，我還是在陽台坐了很久，想起舅舅說話的樣子。</p>
<p>如果你也有一位不太說話的長輩，這本書值得慢慢讀。</p>
</article><section class="tags"><a class="tag" href="/tags/書評">書評</a><a class="tag" href="/tags/沈青禾">沈青禾</a></section>
<footer>© 讀字小舍</footer></body></html>"""


def test_a_chinese_review_of_a_story_collection_naming_its_stories_in_single_angle_brackets():
    text = "《鹽田》是舅舅留下的。〈白色的海〉是最安靜的一篇，這本書的缺點是後半太像，書中對話不多。"
    assert references(text, "鹽田") >= 2  # the stories are the book's parts, not other works
    assert references("《鹽田》和《雾港》都好。這本書很好，書中很美。", "鹽田") == 0  # a second book in 《》
    assert references("《소금밭》은 〈하얀 바다〉와 함께 읽었다. 이 책은 좋다.", "소금밭") == 0  # Korean 〈〉: another work
    record = extract_page(STORY_REVIEW, "https://duzi.example/2026/11/yantian/")
    assert record.is_review, record.reason
    assert (record.book_title, record.book_author) == ("鹽田", "沈青禾")
