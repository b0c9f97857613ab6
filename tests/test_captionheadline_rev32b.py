"""bookcaptionby (rev32b): a caption's "T by A" under the post's picture is another book when the English headline is
a book's title whole, capitalised as one, and the text names the caption's title nowhere beyond the captions (the
writer's earlier book, a book the review compares it with). A headline in sentence case ("Sunday reading: a small
book about tides") is the post's own words, and the caption's book stands; other languages, where title case marks
nothing, are read as before. Our own words and markup.
"""

from __future__ import annotations

from scraper.extract import extract_page
from scraper.extract.book import Context
from scraper.extract.bookcaptionby import caption_over_headline, titled_headline

PARAS = ("<p>Ngozi Adeyemi's new novel is her best yet. Adeyemi writes about a ferry town in slow decline, and the "
         "harbour master's family is drawn with great tenderness.</p><p>The prose is spare and exact, and the middle "
         "section drags a little, but the ending earns every page. I read it over two evenings and kept thinking "
         "about the youngest daughter for days afterwards.</p><p>The book moves between three decades, and each voice "
         "is distinct. The small cruelties of town life are never softened. Adeyemi's eye for detail has only "
         "sharpened since her debut. Four stars out of five.</p>")


def _blogger(h1: str, caption: str, lang: str = "en", paras: str = PARAS) -> str:
    table = ("<table class='tr-caption-container'><tbody><tr><td><a href='/p/cover.jpg'><img src='/p/cover.jpg' "
             f"alt=''></a></td></tr><tr><td class='tr-caption'>{caption}</td></tr></tbody></table>")
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{h1}</title></head><body>"
            f"<div class='post hentry'><h3 class='post-title entry-title'>{h1}</h3>"
            f"<div class='post-body entry-content'>{paras[:len(paras) // 2]}{table}{paras[len(paras) // 2:]}</div>"
            "</div></body></html>")


URL = "https://ferrytown.blogspot.com/2026/02/post.html"


def test_titled_headline_reads_english_title_case_only():
    assert titled_headline("Harbour Lights") and titled_headline("The Glass Orchard", "The Glass Orchard")
    assert not titled_headline("Slow mornings") and not titled_headline("Sunday reading: a small book about tides")
    assert not titled_headline("Harbour Lights", "Red Orchard")


def test_a_caption_book_under_another_titled_headline_is_not_the_post_book():
    for h1 in ("Harbour Lights", "The Ferryman's Daughter", "Salt and Rope"):
        record = extract_page(_blogger(h1, "Red Orchard by Ngozi Adeyemi, her 2019 debut"), URL)
        assert record.book_title == h1, (h1, record.book_title)


def test_the_caption_book_stands_under_a_sentence_case_headline_or_where_the_text_names_it():
    record = extract_page(_blogger("Sunday reading: a small book about tides",
                                   "Red Orchard by Ngozi Adeyemi, the old paperback from the library sale"), URL)
    assert (record.book_title, record.book_author) == ("Red Orchard", "Ngozi Adeyemi")
    found = ("Red Orchard", "Ngozi Adeyemi")
    named = Context("Red Orchard by Ngozi Adeyemi, her debut.\nI reread Red Orchard last spring.", (), "en")
    assert not caption_over_headline(found, "Harbour Lights", named, ["Red Orchard by Ngozi Adeyemi, her debut"])
    # (German capitalises its nouns: a one-word headline says nothing there)
    german = Context("Red Orchard von Ngozi Adeyemi.", (), "de")
    assert not caption_over_headline(found, "Abendspaziergänge", german, ["Red Orchard von Ngozi Adeyemi"])
    assert caption_over_headline(found, "Harbour Lights", Context("Red Orchard by Ngozi Adeyemi.", (), "en"),
                                 ["Red Orchard by Ngozi Adeyemi"])
