"""A funding notice under the review's box, narrowed (rev34a; ``pleas.after_review_box``). Own words and markup.

Right after the box that holds the review, outside it, a short line on funding goes only when it is a notice to its
reader: a sentence of it thanks the reader or opens on a please ("… can be left at the office. Many thanks!"), and no
first person. The reviewer's own last paragraph set there, on the book's royalties, its price, a gift idea or a club's
membership, or a news item on where donations go, thanks nobody and stays.
"""

import pytest

from scraper.extract import extract_page

_PARAS = [
    "This month the reading group took on a slim novel about two brothers who run a ferry between an island and the "
    "mainland, and who stop speaking to each other the winter their father dies.",
    "Most of us were won over by the weather in it: the fog, the ice on the rails, the ferry running late every single "
    "day, and the brothers' silence growing heavier with each crossing.",
]


def _text(line: str, lang: str = "en") -> str:
    inner = "".join(f"<p>{p}</p>" for p in _PARAS)
    html = (f"<html lang='{lang}'><head><title>Group notes | Riverside Readers</title></head><body><article>"
            f"<h1>Group notes</h1><div class='entry-content'><div class='wp-block-group'>{inner}</div><p>{line}</p>"
            f"</div></article></body></html>")
    return extract_page(html, "https://riverside.example.org/notes/ferry/").body_text


@pytest.mark.parametrize("line", [
    "Le donazioni per la biblioteca si lasciano in segreteria. Grazie di cuore!",
    "Giften en donaties voor het leesfonds kunt u bij de balie afgeven. Hartelijk dank!",
    "Darowizny na bibliotekę można zostawić w kancelarii. Dziękujemy!",
    "Please leave donations for the book fund at the parish office on weekday mornings.",
])
def test_notice_to_the_reader_goes(line):
    text = _text(line)
    assert "ferry between an island" in text and line[:18] not in text


@pytest.mark.parametrize("line", [
    "Every penny of the author's royalties from this book is donated to the lifeboat charity.",
    "With its woodcut endpapers it would make a gift for anyone who grew up by the water.",
    "Support your nearest bookshop: the novel is out now in paperback from a small press, £10.99.",
    "The author was elected to the Society of Authors in 1961, when membership still meant a sponsor's letter.",
    "Thanks to a donation from a former member, the group now has six copies to lend.",
    "I donated my own copy to the library afterwards. Thank you all for a lovely evening.",
])
def test_reviewers_last_line_stays(line):
    assert line[:18] in _text(line)


def test_news_item_on_donations_stays():
    html = ("<html><head><title>Book drive | Valley Library News</title></head><body><article><h1>Book drive</h1>"
            "<div class='entry-content'><div class='news'><p>The valley library's winter book drive opens on Monday and "
            "runs to the end of January, gathering picture books for the two village branches that flooded.</p><p>"
            "Volunteers sort the boxes every Saturday in the old school hall, and the book bus takes the first crates "
            "up the valley before the schools reopen.</p></div><p>Donations can be dropped at any branch during opening "
            "hours.</p></div></article></body></html>")
    assert "Donations can be dropped" in extract_page(html, "https://valley.example.org/news/drive/").body_text
