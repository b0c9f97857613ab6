"""A short review filed under its blog's review category (metadata._filed_links, shortmarks.filed_owned).

A theme that gives its category box no known class still links the post's category to the blog's "/category/<slug>/"
archive from inside the <article>, in a box of links; a link to a category inside a sentence files nothing. A short
post (under 120 words' worth) whose book was read with its author is a review when that filing says so and its own prose
calls the work "the novel" and names the author again off the title's line; the filing alone never makes one. Pages of
our own words and markup.
"""

from __future__ import annotations

import lxml.html

from scraper.extract import extract_page
from scraper.extract.metadata import read_metadata

EN = ["When the two sisters come home to the orchard after their mother's funeral, every old quarrel comes back with "
      "them. This novel is about what they owe the land and what they owe each other, and it never pretends the answer "
      "is simple.",
      "Lindqvist is very good at weather and at silence. The long scene in the storm, when the sisters sit in the dark "
      "barn without speaking, is the best thing in it.",
      "The ending ties up a little too neatly for my taste. Still, I will be thinking about the older sister and her "
      "stubborn kindness for a long time."]
DE = ["Als der Fährmann Aron im November seine letzte Saison beginnt, steigen jede Nacht dieselben drei Fahrgäste zu, "
      "und keiner von ihnen will sagen, wohin er eigentlich fährt. Dieser Roman lebt von diesem Geheimnis und vom "
      "Wasser, das nie ganz still ist.",
      "Feldmann schreibt knapp und genau, ohne je kalt zu werden. Die Szene im Nebel, als die Lampe am Bug erlischt, "
      "habe ich zweimal gelesen.",
      "Das Ende ist mir etwas zu glatt geraten, und eine Nebenfigur, die Wirtin am Anleger, verschwindet einfach aus der "
      "Geschichte. Trotzdem bleibt die Stimmung noch lange nach dem Lesen, und ich werde an Aron und seine stillen "
      "Fahrgäste denken, wenn ich das nächste Mal am Fluss stehe."]
HI = ["जब मीना अपने पुराने कस्बे में लौटती है तो उसे अपनी दादी का घर बेचना है, पर घर की हर दीवार में कोई न कोई याद छिपी है। "
      "यह उपन्यास उन्हीं यादों और आज के बीच धीरे धीरे चलता है और पाठक को अपने साथ बहा ले जाता है।",
      "वर्मा की भाषा बहुत सरल है, पर हर वाक्य में गहराई है। बरसात वाले अध्याय इस साल पढ़ी गई सबसे सुंदर चीज़ों में से हैं, "
      "और नदी किनारे का दृश्य मैं लंबे समय तक नहीं भूलूँगी।",
      "अंत थोड़ा जल्दी में लिखा गया लगता है, फिर भी यह किताब मन को छू जाती है और मैं इसे सबको पढ़ने की सलाह दूँगी।"]


def _page(lang: str, headline: str, paragraphs: list[str], *, caption: str = "", filed: str = "",
          in_text: str = "") -> str:
    figure = f"<figure class='wp-fig'><img src='/up/cover.jpg' alt=''><figcaption>{caption}</figcaption></figure>" \
        if caption else ""
    box = f"<div class='topline'><a href='/category/{filed[:6].lower()}/'>{filed}</a></div>" if filed else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs) + (f"<p>{in_text}</p>" if in_text else "")
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{headline} | Lamp Reads</title></head>"
            "<body><header><a href='/'>Lamp Reads</a><nav><a href='/category/news/'>News</a> "
            "<a href='/category/essays/'>Essays</a></nav></header>"
            f"<main><article>{box}<h1>{headline}</h1>{figure}<div class='entry'>{body}</div></article></main>"
            "<footer>© 2026 Lamp Reads</footer></body></html>")


def test_category_links_in_a_box_inside_the_article_are_read():
    for box in ("<div class='c1'><a href='/category/reviews/'>Reviews</a></div>",
                "<span class='meta'><a href='https://b.example/category/resenas/'>Reseñas</a> · "
                "<a href='https://b.example/category/novela/'>Novela</a></span>",
                "<div><a href='/blog/category/kritik/'>Kritik</a>, <a href='/blog/category/roman/'>Roman</a></div>"):
        tree = lxml.html.fromstring(f"<html><body><article>{box}<h1>T</h1><p>Some text here.</p></article></body></html>")
        assert read_metadata(tree, "https://b.example/post/").categories, box


def test_a_category_link_in_a_sentence_or_outside_the_article_files_nothing():
    for html in ("<article><h1>T</h1><p>All my <a href='/category/reviews/'>reviews</a> are here.</p></article>",
                 "<nav><a href='/category/reviews/'>Reviews</a></nav><article><h1>T</h1><p>Text.</p></article>"):
        tree = lxml.html.fromstring(f"<html><body>{html}</body></html>")
        assert read_metadata(tree, "https://b.example/post/").categories == [], html


def test_a_short_review_filed_as_one_whose_book_a_caption_names():
    pages = [
        ("en", "The Salt Orchard: home to the coast", EN, "Mara Lindqvist's novel The Salt Orchard, first paperback edition",
         "Book reviews", ("The Salt Orchard", "Mara Lindqvist")),
        ("de", "Die Nachtfähre: nachts auf dem Fluss", DE, "Jonas Feldmanns Roman Die Nachtfähre, Taschenbuchausgabe", "Rezensionen",
         ("Die Nachtfähre", "Jonas Feldmann")),
        ("hi", "नदी के पार: यादों का घर", HI, "सुधा वर्मा का उपन्यास नदी के पार, पहला संस्करण", "पुस्तक समीक्षा",
         ("नदी के पार", "सुधा वर्मा")),
    ]
    for lang, headline, paragraphs, caption, filed, book in pages:
        record = extract_page(_page(lang, headline, paragraphs, caption=caption, filed=filed),
                              f"https://lamp.example/{lang}/post-1/")
        assert record.kind == "review", (lang, record.kind, record.reason)
        assert (record.book_title, record.book_author) == book, lang


def test_the_same_short_posts_unfiled_or_filed_in_a_sentence_stay_unreviewed():
    for lang, headline, paragraphs, caption in (
            ("en", "The Salt Orchard: home to the coast", EN, "Mara Lindqvist's novel The Salt Orchard, first paperback edition"),
            ("de", "Die Nachtfähre: nachts auf dem Fluss", DE, "Jonas Feldmanns Roman Die Nachtfähre, Taschenbuchausgabe")):
        for extra in ({}, {"in_text": "More in <a href='/category/reviews/'>our reviews</a> section."}):
            record = extract_page(_page(lang, headline, paragraphs, caption=caption, **extra),
                                  f"https://lamp.example/{lang}/post-2/")
            assert record.kind != "review", (lang, extra, record.reason)


def test_a_notice_filed_under_reviews_that_never_names_the_author_again_is_none():
    notice = ["The paperback of this novel reaches the shops next month with a new cover and an afterword about the "
              "coast where it was written. We will have signed copies at the counter while they last, and the first "
              "twenty buyers get a tote bag with the orchard drawn on it by a local artist.",
              "Preorders are open now on our site and by telephone. Ask at the counter about the reading group edition, "
              "which comes with questions for discussion and a short essay about apples and inheritance."]
    record = extract_page(_page("en", "The Salt Orchard by Mara Lindqvist", notice, filed="Book reviews"),
                          "https://lamp.example/en/post-3/")
    assert record.kind != "review", record.reason
