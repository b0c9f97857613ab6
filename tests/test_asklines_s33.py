"""Tumblr's ask-box pointer closing a post, and a tip ask boxed between a review's paragraphs (the s33 round; own words
and markup): ``asklines``.

Near misses: a review's last line linking a post whose slug holds "ask", a closing line of the review without a link,
a boxed quotation about a tip with no link, a paragraph of the review that names a tip jar and links a page."""

from scraper.extract import extract_page

_PARAS = [
    "The Orchard Keeper's Daughter by Lise Amundsen follows a girl who inherits twelve apple trees and a debt, and I "
    "read it in two evenings on the sofa with the heating off, which felt right.",
    "The first half is slow in the best way: weather, pruning, a village that watches. The second half hurries, and "
    "the love story that arrives there never convinced me, but the prose stays clean and cold throughout.",
    "The ending, on the frozen hill, is the best thing in it. I will read whatever Amundsen writes next, and I have "
    "already lent my copy to my sister, who will not give it back.",
]
_URL = "https://applecellar.example.com/post/551203/the-orchard-keepers-daughter"


def _page(middle: str = "", last: str = "") -> str:
    ps = [f"<p>{p}</p>" for p in _PARAS]
    return ("<html><head><title>the orchard keeper's daughter</title></head><body><article class='post'>"
            f"<h2>the orchard keeper's daughter</h2><div class='post-body'>{ps[0]}{ps[1]}{middle}{ps[2]}{last}"
            "</div></article></body></html>")


def _text(html: str) -> str:
    return extract_page(html, _URL).body_text


def test_the_ask_box_pointer_closing_the_post_goes():
    text = _text(_page(last="<p>want me to read something? <a href='/ask'>drop it in my inbox</a></p>"))
    assert "drop it in my inbox" not in text and "frozen hill" in text


def test_a_link_to_a_post_about_asking_stays():
    line = "<p>more on this in <a href='/post/42/ask-the-orchard-keeper'>my chat with the author</a></p>"
    assert "my chat with the author" in _text(_page(last=line))


def test_a_closing_line_without_a_link_stays():
    assert "ask me anything about it" in _text(_page(last="<p>ask me anything about it, I will happily go on.</p>"))


_BOX = "<div class='wp-callout callout-info'><div class='callout-text'>{}</div></div>"


def test_a_boxed_tip_ask_between_the_paragraphs_goes():
    box = _BOX.format("This blog has no ads. If you would like to help, the tip jar is on "
                      "<a href='https://pay.example.org/applecellar'>my support page</a>.")
    text = _text(_page(middle=box))
    assert "tip jar" not in text and "The ending, on the frozen hill" in text


def test_a_boxed_quotation_about_a_tip_without_a_link_stays():
    box = _BOX.format("“She left a tip of three apples on the counter and walked out into the snow.”")
    assert "three apples" in _text(_page(middle=box))


def test_a_review_paragraph_naming_a_tip_jar_stays():
    para = ("<p>The café scenes are lovely: the girl empties the tip jar every Friday to pay the debt, and the "
            "<a href='/tag/amundsen'>author</a> makes that small ritual carry the whole middle of the book.</p>")
    assert "empties the tip jar" in _text(_page(middle=para))
