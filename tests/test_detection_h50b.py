"""holdout50 round (det50b): a news engine's detail route, a headline crediting its book in an unspaced script, labelled
book lines in Odia and Sinhala, a member's review under a topic title that asks, a record line describing its book, and
a one-line funding box led by its bold label. Every text below is our own; near misses the rules must leave alone."""

from __future__ import annotations

from lxml import html as lxml_html

from scraper.extract import threads
from scraper.extract.book import Context
from scraper.extract.booklabelfields import labelled_fields
from scraper.extract.bookinfo import label_of
from scraper.extract.bookmarkedrecord import described_marked
from scraper.extract.bookthaiof import headline_of
from scraper.extract.fundbox import funding_box
from scraper.extract.pleas import SITE_KIND
from scraper.extract.reviewaddress import search_record


# --- a router query naming one item's view --------------------------------------------------------------------

def test_detail_route_is_one_item():
    for url in ("https://news.example.com/?page=detail&id=55120",
                "https://paper.example.org/index.php?mod=article&act=view&nid=812",
                "https://site.example.net/?id=77&page=news_detail",
                "https://site.example.net/index.php?action=show&newsid=4417&lang=en"):
        assert search_record(url), url


def test_detail_route_near_misses():
    for url in ("https://news.example.com/?page=2",
                "https://news.example.com/?page=category&id=5",
                "https://news.example.com/?page=detail",
                "https://news.example.com/?page=detail&catid=12",
                "https://news.example.com/?page=list&id=3",
                "https://news.example.com/blog/?page=detail&id=abc"):
        assert not search_record(url), url


# --- the headline credits the book, the opening quotes it alone -------------------------------------------------

def test_khmer_headline_of_writer():
    headline = "ការពិនិត្យ៖ «ព្រះច័ន្ទលើទន្លេ» របស់ សុខ វណ្ណា"
    lines = ["រូបគម្របសៀវភៅ «ព្រះច័ន្ទលើទន្លេ»", "ខ្ញុំអានសៀវភៅនេះក្នុងរដូវវស្សា ហើយចូលចិត្តណាស់។"]
    assert headline_of(headline, lines, Context("\n".join(lines), (), "km")) == ("ព្រះច័ន្ទលើទន្លេ", "សុខ វណ្ណា")


def test_thai_headline_by_writer():
    headline = "รีวิว \"บ้านริมคลอง\" โดย สมชาย ใจดี"
    lines = ["ปกหนังสือ \"บ้านริมคลอง\" ฉบับใหม่", "อ่านจบในสองคืน เรื่องเล่าเรียบง่ายแต่ลึกซึ้ง"]
    assert headline_of(headline, lines, Context("\n".join(lines), (), "th")) == ("บ้านริมคลอง", "สมชาย ใจดี")


def test_headline_of_near_misses():
    lines = ["រូបគម្របសៀវភៅ «ព្រះច័ន្ទលើទន្លេ»", "អត្ថបទខ្លី។"]
    ctx = Context("\n".join(lines), (), "km")
    # one run only: no name written whole
    assert headline_of("«ព្រះច័ន្ទលើទន្លេ» របស់ វណ្ណា", lines, ctx) is None
    # a pronoun after "of"
    assert headline_of("«ព្រះច័ន្ទលើទន្លេ» របស់ ខ្ញុំ ផ្ទាល់", lines, ctx) is None
    # the opening never quotes the title
    assert headline_of("«ព្រះច័ន្ទលើទន្លេ» របស់ សុខ វណ្ណា", ["អត្ថបទខ្លី។"], ctx) is None
    # the opening quotes another title too
    assert headline_of("«ព្រះច័ន្ទលើទន្លេ» របស់ សុខ វណ្ណា", lines + ["«ផ្កាឈូក» គឺល្អ"], ctx) is None
    # the name does not close the headline's head
    assert headline_of("«ព្រះច័ន្ទលើទន្លេ» របស់ សុខ វណ្ណា និង មិត្ត ភក្តិ", lines, ctx) is None
    # the blog's own name
    assert headline_of("«ព្រះច័ន្ទលើទន្លេ» របស់ សុខ វណ្ណា", lines, Context("", ("សុខ វណ្ណា",), "km")) is None


# --- labelled book lines: Odia, Sinhala ---------------------------------------------------------------------------

def test_odia_and_sinhala_labels():
    assert labelled_fields([label_of("ପୁସ୍ତକ: ନଦୀ କୂଳର ଗାଁ"), label_of("ଲେଖକ: ରମେଶ ସାହୁ")]) == ("ନଦୀ କୂଳର ଗାଁ", "ରମେଶ ସାହୁ")
    assert labelled_fields([label_of("පොත: ගඟ අසබඩ ගම"), label_of("කතුවරයා: සුනිල් පෙරේරා")]) == ("ගඟ අසබඩ ගම", "සුනිල් පෙරේරා")


def test_odia_labels_near_misses():
    # a publisher's or a translator's row names no title nor author
    assert labelled_fields([label_of("ପ୍ରକାଶକ: ଗ୍ରନ୍ଥ ମନ୍ଦିର")]) == (None, None)


# --- a member's review under a title that asks -------------------------------------------------------------------

_REVIEW = ("Hello all. I promised in the chat to write a few lines after finishing it, so here they are. " * 3
           + "The novel follows two sisters who run a ferry across a wide river, and every chapter is one crossing. "
           * 4 + "My weak point with it: the middle drags. Still, I recommend it to anyone who likes slow books. " * 2)


def test_review_post_under_a_rhetorical_title():
    assert threads.review_post(_REVIEW, 180, True)
    url = "https://forum.example.org/board/topic/4412/1/"
    assert threads.thread_of_voices(url, "Did anyone else cry on the bus?", 0, own_review=True) is None
    assert threads.thread_of_voices(url, "Did anyone else cry on the bus?", 0) is not None


def test_review_post_near_misses():
    assert not threads.review_post(_REVIEW + " What should I read next?", 190, True)  # it asks its readers
    assert not threads.review_post(_REVIEW.replace("here they are.", "你们读过吗？"), 180, True)  # a full-width question mark
    assert not threads.review_post(_REVIEW.replace("here they are.", "¿alguien más"), 180, True)
    assert not threads.review_post(_REVIEW, 180, False)  # no book set apart
    assert not threads.review_post("A short note about a book. I liked it.", 9, True)
    assert "body" not in threads.SET_APART and "title" not in threads.SET_APART


# --- "Name, <em>Title</em>, a description of its kind." -------------------------------------------------------------

def _body(*blocks: str):
    return lxml_html.fromstring("<div>" + "".join(blocks) + "</div>")


def test_described_marked_record():
    body = _body("<p>" + "Long paragraph of the review itself. " * 6 + "</p>",
                 "<p>Ana Perla Ferro, <em>Sub la ponto, vespere</em>, originala romano.</p>")
    assert described_marked(body, Context("", (), "eo")) == ("Sub la ponto, vespere", "Ana Perla Ferro")
    body = _body("<p>Text of the post.</p>", "<p>Jan Kowalik, <i>Dom nad rzeką</i>, powieść.</p>")
    assert described_marked(body, Context("", (), "pl")) == ("Dom nad rzeką", "Jan Kowalik")


def test_described_marked_near_misses():
    ctx = Context("", (), "en")
    # a line of dialogue: no book's kind in its tail
    assert described_marked(_body("<p>Mara Quill, <em>come back at dawn</em>, she said softly.</p>"), ctx) is None
    # figures in the tail, a capitalised tail, a long tail
    assert described_marked(_body("<p>Mara Quill, <em>The Salt Road</em>, novel 2024.</p>"), ctx) is None
    assert described_marked(_body("<p>Mara Quill, <em>The Salt Road</em>, Harbour Press.</p>"), ctx) is None
    assert described_marked(_body("<p>Mara Quill, <em>The Salt Road</em>, a very long and winding debut novel indeed.</p>"), ctx) is None
    # the blog's own name
    assert described_marked(_body("<p>Mara Quill, <em>The Salt Road</em>, a novel.</p>"), Context("", ("Mara Quill",), "en")) is None


# --- a one-line funding box led by its bold label ------------------------------------------------------------------

def _box(body_html: str):
    body = lxml_html.fromstring(body_html)
    return body, body.xpath(".//div")[0]


def test_led_funding_box():
    body, block = _box("<div><p>Review text.</p><div class='x'><strong>Subtenu la forumon:</strong> la servilo kostas "
                       "monon, do donacoj estas bonvenaj.</div><p>More.</p></div>")
    assert funding_box(block, body, [], SITE_KIND) is block
    body, block = _box("<div><p>Review text.</p><div><b>Support the blog:</b> a small donation keeps the site going.</div></div>")
    assert funding_box(block, body, [], SITE_KIND) is block


def test_led_funding_box_near_misses():
    # a review's own line in a div, led by bold, about a character who donates: no site named, no funding of it
    body, block = _box("<div><div><b>The plot:</b> a widow donates her house to the village school.</div></div>")
    assert funding_box(block, body, [], SITE_KIND) is None
    # a bold lead with no colon
    body, block = _box("<div><div><b>Support the blog</b> a small donation keeps the site going.</div></div>")
    assert funding_box(block, body, [], SITE_KIND) is None
    # a box holding paragraphs of its own is not one line
    body, block = _box("<div><div><b>Support the blog:</b><p>a small donation keeps the site going.</p></div></div>")
    assert funding_box(block, body, [], SITE_KIND) is None
