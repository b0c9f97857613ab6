"""Helper det70 of the holdout70 round: a blog tour's stop and a cover shown are announcements, whatever the script.

- A header that runs its section's link into the headline with no space between ("ニュースBlog Tour: …") hid the
  English "blog tour" from classify.ANNOUNCE_TITLE, whose word boundary needs a non-letter before it: a Latin word after
  a letter of another script now opens a word. The tour's name in the scripts written without spaces joins it
  ("ブログツアー", "블로그 투어", "блог-тур").
- A title that shows the cover ("Here's the cover of T", "Voici la couverture de T", "Ecco la copertina di T":
  announce._SHOWN) is a reveal, read from the post's whole title (the title-book rule may take the whole of it for the
  book's title).

Near misses: a review under a title with the same words glued to Latin letters, a review under a title about a
cover in another sense, a review that says "here is the cover" in its prose, a review whose section's link in
another script runs into its headline.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.classify import ANNOUNCE_TITLE

_BODY = ("<p>{0} The story follows two brothers who return to a harbour town after many years away and find the old "
         "boatyard closed, the school turned into flats and their mother's house for sale.</p>"
         "<p>The publisher describes it as a quiet family novel about what people keep from each other, set over one "
         "long winter, with chapters that move between the brothers and the neighbours who watched them grow up.</p>"
         "<p>The author was born on the coast and worked as a ferry engineer for twenty years before writing. Her first "
         "collection of stories came out three years ago and won a regional prize for new writing.</p>"
         "<p>The book will be in shops from the middle of next month in hardback, as an ebook and as an audiobook "
         "read by the author herself, and a launch is planned at the town library.</p>"
         "<p>Ann Reed says she wanted to write about the things that are never said aloud in small places, where "
         "everybody sees everything and nobody talks about it, and where the harbour is the one place to meet.</p>"
         "<p>The cover was painted by a local artist in cold blues and rust, showing the harbour early on a frozen "
         "morning with the fishing boats held fast in the ice and a single light on in the smokehouse.</p>")

_REVIEW = ("<p>{0} I read this novel in two evenings and I have not stopped thinking about it. The brothers feel real, "
           "their silences more than their words, and the harbour is drawn with a patience I loved.</p>"
           "<p>What did not work for me was the middle, where the neighbours take over and the pace sags badly; I "
           "found myself skimming those chapters, which I almost never do with a book I am enjoying this much.</p>"
           "<p>Still, the ending is brave and unsentimental, and the prose is the best I have read this year. I would "
           "recommend it to anyone who liked quiet family novels, and I will read whatever she writes next.</p>"
           "<p>My favourite scene is the night the two of them repair the old boat without speaking, which says more "
           "about brothers than any speech could, and which I have already reread twice since finishing.</p>")


def _page(kicker: str, headline: str, body: str, lang: str = "en") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{headline}</title></head><body>'
            '<div class="site"><main id="main"><article class="post type-post hentry">'
            f'<header class="entry-header"><span class="cat-links"><a href="/c/" rel="category tag">{kicker}</a></span>'
            f'<h1 class="entry-title">{headline}</h1><span class="byline">Mira</span></header>'
            f'<div class="entry-content">{body}</div></article></main></div></body></html>')


def _kind(kicker: str, headline: str, body: str, lang: str = "en") -> str:
    return extract_page(_page(kicker, headline, body, lang), "https://blog.example.org/2026/05/post/").kind


def test_glued_latin_tour_word_after_another_script():
    for glued in ("ニュースBlog Tour: 冬の港", "新闻Blog Tour：冬天的港口", "खबरBlog Tour: सर्दियों का बंदरगाह",
                  "أخبارGiveaway: ميناء الشتاء"):
        assert ANNOUNCE_TITLE.search(glued), glued
    for word in ("ブログツアー：冬の港", "블로그 투어: 겨울 항구", "Блог-тур: Зимняя гавань"):
        assert ANNOUNCE_TITLE.search(word), word


def test_glued_latin_letters_are_no_word_start():
    for title in ("Renews and returns", "Bluenews of the harbour", "Upupdate: a harbour novel"):
        assert not ANNOUNCE_TITLE.search(title), title


def test_tour_stop_and_shown_covers_are_announcements():
    stop = _BODY.format("Today we are one stop on the tour of this new novel, with other blogs following all week, "
                        "each showing a different part of the book, and the author answering readers on the last day.")
    assert _kind("Blog", "ブログツアー：冬の港", stop, "ja") == "announcement"
    assert _kind("Blog", "Блог-тур: Зимняя гавань", stop, "ru") == "announcement"
    assert _kind("Blog", "블로그 투어: 겨울 항구", stop, "ko") == "announcement"
    assert _kind("Blog", "Here's the cover of The Winter Harbour",
                 _BODY.format("We have waited a long time to show you this.")) == "announcement"
    assert _kind("Blog", "Voici la couverture de Le Port d'hiver",
                 _BODY.format("We are so happy to show it."), "fr") == "announcement"
    assert _kind("Blog", "Ecco la copertina di Il porto d'inverno",
                 _BODY.format("Finally we can show it."), "it") == "announcement"


def test_reviews_near_the_words_stay_reviews():
    assert _kind("Reviews", "Under the cover of winter: The Winter Harbour by Ann Reed",
                 _REVIEW.format("Here is the cover, and here is what I thought of it.")) == "review"
    assert _kind("Reviews", "The Winter Harbour by Ann Reed", _REVIEW.format("Here's the cover I fell for.")) == "review"
